import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Each table has one owning workspace; only the owner's code writes it (insert, update, delete),
 * the others call the owner's exported action inside their transaction (`simpanBerkas`,
 * `ubahKedudukan`, `gabungDataUsulan`, `catatAudit`...). ARCHITECTURE.md ("Which module owns which
 * table") lists the same map; this test keeps the three in step: every table of the migrations has
 * an owner, the document lists it, and no source file writes a table its workspace does not own.
 *
 * What it sees: statements naming the table literally (`insert into berkas`, `update pegawai`,
 * `delete from sesi`) in packages/*\/src, modules/*\/src, apps/server/src and apps/cli/src.
 * Statements on a computed name (`insert into ${raw(tabel)}`, the riwayat writer) are the
 * owner's by construction. Test fixtures (`src/uji.ts`, test/) and the demo generator (an app
 * that seeds the database in bulk) are not checked.
 */

const AKAR = fileURLToPath(new URL('../../../', import.meta.url));

export const PEMILIK_TABEL: Record<string, readonly string[]> = { 'modules/kepegawaian': [
  'instansi',
  'unit_organisasi',
  'jabatan',
  'pegawai',
  'riwayat_pangkat',
  'riwayat_jabatan',
  'riwayat_pendidikan',
  'riwayat_diklat',
  'riwayat_skp',
  'riwayat_hukdis',
  'keluarga',
  'berkas',
  'berkas_isi',
  'usulan_perubahan',
], 'modules/akun': ['akun', 'akun_peran', 'sesi', 'gagal_masuk'], 'packages/platform': [
  'audit_log',
  'audit_antre',
  'audit_rantai',
  'audit_pengaturan',
  'versi_data',
  'pekerjaan',
  'usulan_layanan',
  'jejak_usulan_layanan',
  'dokumen_usulan_layanan',
  'notifikasi',
  'email_keluar',
], 'modules/indeks': [
  'hasil_indeks',
  'dokumen_bukti',
  'instrumen_merit',
  'penilaian_merit',
  'skor_merit',
  'penilaian_nspk',
  'layanan_survei',
  'token_formulir_survei',
  'respon_survei',
], 'modules/sakip': [
  'renstra',
  'tujuan_renstra',
  'sasaran_renstra',
  'program_kegiatan',
  'pagu_anggaran',
  'indikator_kinerja',
  'target_indikator',
  'indikator_program',
  'perjanjian_kinerja',
  'pk_indikator',
  'pk_anggaran',
  'realisasi_indikator',
  'realisasi_bukti',
  'realisasi_anggaran',
  'narasi_lkjip',
  'sarana_prasarana',
], 'modules/layanan': ['nomor_surat', 'riwayat_gaji', 'kependudukan_lokal'], 'modules/kalender': ['kalender_unit', 'daftar_libur', 'hari_libur', 'jadwal_shift'],
  'modules/presensi': [
    'titik_presensi',
    'perangkat_presensi',
    'presensi',
    'sinyal_presensi',
    'swafoto_presensi',
  ], 'modules/cuti': ['usulan_cuti', 'pembatalan_cuti', 'pengganti_atasan'], 'modules/aktivitas': ['aktivitas_harian'],
  'modules/kinerja': ['skp', 'skp_rhk', 'skp_indikator', 'skp_perilaku', 'skp_realisasi', 'skp_umpan_balik', 'skp_dialog', 'skp_penilaian', 'skp_aktivitas'], 'modules/rekap': [
    'hari_presensi',
    'rekap_presensi_bulan',
    'tutup_hari_presensi',
    'mulai_presensi_unit',
    'antrean_hari_presensi',
    'usulan_hukdis_presensi',
  ], 'modules/tpp': ['tpp_bulan', 'tpp_pegawai', 'tpp_tinjau_opd', 'tpp_penyesuaian', 'tpp_gaji_bulan'],
  'modules/pembelajaran': ['kursus', 'kursus_prasyarat', 'kursus_modul', 'kursus_soal', 'kursus_peserta', 'kursus_modul_selesai', 'kursus_kuis_percobaan', 'sertifikat_kursus'],
  'modules/ujian': ['bank_soal', 'butir_soal', 'versi_butir', 'tes_ujian', 'percobaan_ujian', 'jawaban_ujian', 'sinyal_ujian'],
  'modules/kompetensi': ['kompetensi_teknis', 'standar_kompetensi', 'asesmen_kompetensi', 'level_asesmen'] };

function tabelMigrasi(): string[] {
  const folder = join(AKAR, 'packages/db/migrations');
  const tabel: string[] = [];
  for (const f of readdirSync(folder).filter((n) => n.endsWith('.sql')).sort()) {
    const teks = readFileSync(join(folder, f), 'utf8').replace(/--.*$/gm, '');
    for (const m of teks.matchAll(/create\s+table\s+(?:if\s+not\s+exists\s+)?([a-z_][a-z0-9_]*)/gi)) tabel.push(m[1]!.toLowerCase());
    // A table a later migration drops (sesi_versi, 0021) has no owner any more.
    for (const m of teks.matchAll(/drop\s+table\s+(?:if\s+exists\s+)?([a-z_][a-z0-9_]*)/gi)) tabel.splice(tabel.indexOf(m[1]!.toLowerCase()) >>> 0, 1);
  }
  return tabel;
}

function berkasTs(folder: string, keluar: string[] = []): string[] {
  for (const n of readdirSync(folder)) {
    if (n === 'node_modules' || n.startsWith('.')) continue;
    const p = join(folder, n);
    if (statSync(p).isDirectory()) berkasTs(p, keluar);
    else if (/\.tsx?$/.test(n) && n !== 'uji.ts') keluar.push(p);
  }
  return keluar;
}

/** The tables a source text writes by name. */
export function tabelDitulis(teks: string): string[] {
  const tanpaKomentar = teks.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1').replace(/--.*$/gm, '');
  return [...tanpaKomentar.matchAll(/\b(?:insert\s+into|update|delete\s+from)\s+([a-z_][a-z0-9_]*)/gi)].map((m) => m[1]!.toLowerCase());
}

function ruangKerja(): string[] {
  const r: string[] = [];
  for (const induk of ['packages', 'modules']) for (const n of readdirSync(join(AKAR, induk))) r.push(`${induk}/${n}`);
  return [...r, 'apps/server', 'apps/cli'];
}

export function periksaPemilik(): { berkas: string, tabel: string, pemilik: string }[] {
  const pemilik = new Map(Object.entries(PEMILIK_TABEL).flatMap(([w, t]) => t.map((x) => [x, w] as const)));
  const salah: { berkas: string, tabel: string, pemilik: string }[] = [];
  for (const w of ruangKerja()) {
    let daftar: string[];
    try {
      daftar = berkasTs(join(AKAR, w, 'src'));
    } catch {
      continue;
    }
    for (const b of daftar) {
      for (const t of tabelDitulis(readFileSync(b, 'utf8'))) {
        const p = pemilik.get(t);
        if (p && p !== w) salah.push({ berkas: relative(AKAR, b).split(sep).join('/'), tabel: t, pemilik: p });
      }
    }
  }
  return salah;
}

describe('one owner per table', () => {
  it('reads the statements that write a table', () => {
    expect(
      tabelDitulis(
        'sql`insert into berkas (a) values (1)`; sql`update pegawai set x = 1`; sql`DELETE FROM sesi`; // update akun\n'
          + 'sql`... on conflict (a) do update set b = 1 ... for update of u`',
      ),
    ).toEqual(['berkas', 'pegawai', 'sesi', 'set', 'of']);
  });

  it('gives every table of the migrations exactly one owner', () => {
    const tabel = tabelMigrasi();
    const dimiliki = Object.values(PEMILIK_TABEL).flat();
    expect(tabel.filter((t) => !dimiliki.includes(t))).toEqual([]);
    expect(dimiliki.filter((t) => !tabel.includes(t))).toEqual([]);
    expect(dimiliki.length).toBe(new Set(dimiliki).size);
  });

  it('is the map ARCHITECTURE.md lists', () => {
    const doc = readFileSync(join(AKAR, 'ARCHITECTURE.md'), 'utf8');
    const bagian = doc.slice(doc.indexOf('## Which module owns which table'));
    for (const [w, daftar] of Object.entries(PEMILIK_TABEL)) {
      const baris = bagian.split('\n').find((l) => l.startsWith(`| \`${w}\``));
      expect(baris, w).toBeDefined();
      const tercatat = [...baris!.split('|')[2]!.matchAll(/`([a-z_0-9]+)`/g)].map((m) => m[1]);
      expect(tercatat.sort(), w).toEqual([...daftar].sort());
    }
  });

  it('no workspace writes a table it does not own', () => {
    expect(periksaPemilik()).toEqual([]);
  });
});
