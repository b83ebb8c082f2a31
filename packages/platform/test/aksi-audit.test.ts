import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { keteranganAudit, LABEL_AKSI_AUDIT, LABEL_ENTITAS_AUDIT, LABEL_SUMBER_AUDIT, labelAksiAudit, labelEntitasAudit, uraianPerubahan, type EntriAudit } from '../src/index.ts';

const AKAR = fileURLToPath(new URL('../../../', import.meta.url));

function sumber(folder: string): string[] {
  return readdirSync(folder).flatMap((n) => {
    const j = join(folder, n);
    if (n === 'node_modules' || n === 'test' || n === 'dist') return [];
    if (statSync(j).isDirectory()) return sumber(j);
    return /\.tsx?$/.test(n) ? [j] : [];
  });
}

const BERKAS = ['modules', 'packages', 'apps'].flatMap((f) => sumber(join(AKAR, f)));

/** Every action code the sources write to the audit log: literal ones, and the workflow engine's transitions. */
function kodeTertulis(): Map<string, string> {
  const kode = new Map<string, string>();
  for (const f of BERKAS) {
    const isi = readFileSync(f, 'utf8');
    if (!/catatAudit|auditTransisi/.test(isi)) continue;
    for (const m of isi.matchAll(/aksi: (?:f\.setuju \? )?'([a-z_]+\.[a-z_]+)'(?: : '([a-z_]+\.[a-z_]+)')?/g)) {
      for (const k of [m[1], m[2]]) if (k) kode.set(k, f);
    }
    for (const m of isi.matchAll(/auditTransisi\([^,]+, [^,]+, '([a-z_]+)'/g)) kode.set(`layanan.${m[1]}`, f);
  }
  return kode;
}

describe('audit action labels', () => {
  it('has an Indonesian label for every action code written anywhere', () => {
    const kode = kodeTertulis();
    expect(kode.size).toBeGreaterThan(50);
    const tanpa = [...kode].filter(([k]) => !(k in LABEL_AKSI_AUDIT)).map(([k, f]) => `${k} (${f.slice(AKAR.length)})`);
    expect(tanpa).toEqual([]);
  });

  it('labels read as words: no code, no underscore, capitalised', () => {
    for (const [k, l] of Object.entries({ ...LABEL_AKSI_AUDIT, ...LABEL_ENTITAS_AUDIT })) {
      expect(l, k).toMatch(/^[A-Z][^_]*$/);
      if (/[._]/.test(k)) expect(l, k).not.toContain(k);
    }
  });

  it('shows a code unknown to this version in words, never raw', () => {
    expect(labelAksiAudit('pegawai.baca_data_pribadi')).toBe('Membuka data pribadi pegawai');
    expect(labelAksiAudit('sarana_prasarana.hapus')).toBe('Menghapus: sarana dan prasarana');
    expect(labelAksiAudit('lama.entah_apa')).toBe('Entah apa: lama');
    expect(labelEntitasAudit('tabel_baru')).toBe('Tabel baru');
  });

  it('shows changes as rows of words: codes by their labels, ids by their names, a value only before said so', () => {
    const rujukan = { unit: { 74: 'Dinas Kesehatan' }, pegawai: {}, berkas: { 52: 'kk.pdf' }, kode: { verifikasi: 'Verifikasi BKD', usulan_bkn: 'Usulan ke BKN' } };
    expect(uraianPerubahan({ versi: 8, langkah: 'verifikasi' }, { langkah: 'usulan_bkn', berkas: 52, filter: { unitId: 74, aktif: true, q: null } }, { rujukan })).toEqual([
      { isian: 'versi (sebelum)', sebelum: null, sesudah: '8' },
      { isian: 'langkah', sebelum: 'Verifikasi BKD', sesudah: 'Usulan ke BKN' },
      { isian: 'berkas', sebelum: null, sesudah: 'kk.pdf' },
      { isian: 'filter, unit', sebelum: null, sesudah: 'Dinas Kesehatan' },
      { isian: 'filter, aktif', sebelum: null, sesudah: 'ya' },
    ]);
    expect(uraianPerubahan(null, { tmtGolongan: '2026-11-01', dibuat: '2026-12-03T08:00:00.000Z', angka: 1.5, daftar: [] })).toEqual([
      { isian: 'TMT golongan', sebelum: null, sesudah: '1 November 2026' },
      { isian: 'dibuat', sebelum: null, sesudah: '3 Desember 2026 15.00 WIB' },
      { isian: 'angka', sebelum: null, sesudah: '1,5' },
    ]);
    // A code without a label of its own (the usulan hukdis of a discipline recap) reads as words.
    expect(uraianPerubahan({ usulan: 'teguran_lisan' }, { usulan: 'pernyataan_tidak_puas_tertulis', catatan: 'bukan_kode x' })).toEqual([
      { isian: 'usulan', sebelum: 'Teguran lisan', sesudah: 'Pernyataan tidak puas tertulis' },
      { isian: 'catatan', sebelum: null, sesudah: 'bukan_kode x' },
    ]);
  });

  it('refuses, at compile time, an action without a label', () => {
    const cek = (e: EntriAudit) => e;
    // @ts-expect-error an action code must be one of LABEL_AKSI_AUDIT's keys
    expect(cek({ aksi: 'pegawai.tanpa_label', entitas: 'pegawai' }).aksi).toBe('pegawai.tanpa_label');
  });

  it('shows where data came from in words: the sumber field and the older "sumber: impor" notes', () => {
    expect(uraianPerubahan(null, { kode: 'skp', sumber: 'arsip' }).find((b) => b.isian === 'sumber')!.sesudah).toBe('Dari arsip pegawai');
    expect(uraianPerubahan(null, { sumber: 'dukcapil', jumlahSelisih: 0 })[0]!.sesudah).toBe('Dukcapil (web service)');
    expect(keteranganAudit('sumber: impor')).toBe('Sumber data: Impor berkas XLSX/CSV');
    expect(keteranganAudit('sumber: usulan')).toBe('Sumber data: Usulan perubahan ASN (SIMAK)');
    expect(keteranganAudit('NIK lama salah ketik')).toBe('NIK lama salah ketik');
    // Every source the writers record has its words.
    for (const s of ['manual', 'impor', 'usulan', 'demo', 'arsip', 'unggah', 'lokal', 'dukcapil']) expect(LABEL_SUMBER_AUDIT[s], s).toMatch(/^[A-Z]/);
  });
});
