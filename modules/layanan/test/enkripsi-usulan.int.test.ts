import { describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { CincinKunci, kunciData, KunciData, pasangKunciData, periksaSandiTersimpan, sandikanUlang, siapkanKunciData } from '@simasn/platform';
import { daftarkanLayanan, definisikanLayanan, gabungDataUsulan, KOLOM_TERENKRIPSI_ALUR, prosesUsulanLayanan } from '@simasn/platform/alur';
import { fixturePerBerkas, NIP } from '@simasn/kepegawaian/uji';
import { ajukanUsulanLayanan, ambilUsulanLayanan, daftarUsulanLayanan, layananPegawai } from '../src/index.ts';

/**
 * A service request's data encrypted at rest (issue 10 item 1): rows stored in clear before
 * encryption (as a database from before this change holds them) are encrypted at start by the
 * same step that encrypts pegawai's NIK, `simasn kunci putar` rewrites them under a new key, and
 * every read through the engine gives the values back in clear. Raw SQL never shows a NIK.
 */
const fx = fixturePerBerkas();
const NIK_P = '3508011007680001';
const NIK_ANAK = '3508014406080004';
const NIK_DALAM_TEKS = '3508010101090001';
const dataLama = { bup: 58, tanggalBup: '2026-07-10', tmtPensiun: '2026-08-01', aturanBup: 'bup-pp11-2017', catatanVerifikasi: `KK ${NIK_DALAM_TEKS} sudah dicocokkan`,
  pemeriksaanKeluarga: { sumber: 'lokal', diperiksaPada: '2026-03-16T03:00:00.000Z', nikPegawai: NIK_P, nikDitemukan: true, jumlahAnggotaKk: 3,
    selisih: [{ jenis: 'tidak_tercatat_di_simasn', keluargaId: null, nik: NIK_ANAK, nama: 'FITRI AYU', tanggalLahir: '2008-06-04', uraian: 'Fitri Ayu (anak) belum tercatat' }] } };
// A service whose request and step data carry personal fields (as a leave request's contact might).
daftarkanLayanan(definisikanLayanan({ jenis: 'uji_pribadi', label: 'Uji data pribadi', langkah: [
  { kode: 'awal', label: 'Awal', peran: ['admin_bkd'], aksi: ['teruskan'] },
  { kode: 'akhir', label: 'Akhir', peran: ['admin_bkd'], aksi: ['setujui'] },
], dokumen: [] }));
const mentah = async () => (await fx.db.many<{ data: string }>(sql`select data::text as data from usulan_layanan order by id`)).map((r) => r.data).join('\n');

describe('usulan_layanan.data at rest', () => {
  let idLama = 0;

  it('a request written through the engine keeps its personal values as ciphertext, other values in clear', async () => {
    const bkd = await fx.ctx('admin.bkd');
    // The typed values, one of them looking like a ciphertext, read back as typed.
    const u = await ajukanUsulanLayanan(bkd, { jenis: 'uji_pribadi', nip: NIP.a1, data: { bulan: '2026-04', telepon: '0812-3456-7890', nomorSurat: 'enc:v1:bukan:sandi' } });
    // An effect merging what it computed.
    await gabungDataUsulan(bkd, u.id, { keluarga: [{ nama: 'Sumiati', nik: NIK_ANAK }] });
    const p = await prosesUsulanLayanan(bkd, u.id, { aksi: 'teruskan', versi: u.versi });
    expect(p.data).toEqual({ bulan: '2026-04', telepon: '0812-3456-7890', nomorSurat: 'enc:v1:bukan:sandi', keluarga: [{ nama: 'Sumiati', nik: NIK_ANAK }] });
    const r = await fx.db.one<{ data: Record<string, string>, teks: string }>(sql`select data, data::text as teks from usulan_layanan where id = ${u.id}`);
    expect(r.data.bulan).toBe('2026-04');
    expect(r.data.telepon).toMatch(/^enc:v1:/);
    expect(r.data.nomorSurat).toMatch(new RegExp(`^enc:v1:${kunciData().utama.id}:`));
    expect(r.teks).not.toMatch(/\d{16}|Sumiati|0812/);
  });

  it('rows stored in clear are encrypted at start; the engine reads them back', async () => {
    const p = await fx.db.one<{ id: number }>(sql`select id from pegawai where nip = ${NIP.b1}`);
    idLama = (await fx.db.one<{ id: number }>(sql`
      insert into usulan_layanan (instansi_id, jenis, pegawai_id, langkah, status, data, diajukan_pada, diubah_pada)
      values (1, 'pensiun', ${p.id}, 'verifikasi', 'diproses', ${JSON.stringify(dataLama)}::jsonb, now(), now()) returning id`)).id;
    expect(await mentah()).toContain(NIK_P);
    // nikPegawai, the member's nik, nama, tanggalLahir and uraian, and the free text holding a NIK.
    expect((await periksaSandiTersimpan(fx.db, KOLOM_TERENKRIPSI_ALUR)).jelas).toBe(6);
    const log: string[] = [];
    await siapkanKunciData(fx.db, { daftar: KOLOM_TERENKRIPSI_ALUR, dataDir: null, env: { SIMASN_KUNCI_DATA: process.env.SIMASN_KUNCI_DATA }, log: (s) => log.push(s) });
    expect(log.join('\n')).toContain('usulan_layanan 1 baris');
    const semua = await mentah();
    expect(semua).not.toMatch(/\d{16}|FITRI|Fitri|2008-06-04/);
    expect((await periksaSandiTersimpan(fx.db, KOLOM_TERENKRIPSI_ALUR)).jelas).toBe(0);
    const bkd = await fx.ctx('admin.bkd');
    expect((await ambilUsulanLayanan(bkd, idLama)).data).toEqual(dataLama);
    expect((await daftarUsulanLayanan(bkd, { jenis: 'pensiun' })).items[0]!.data).toEqual(dataLama);
    expect((await layananPegawai(bkd, { nip: NIP.b1 })).usulan[0]!.data).toEqual(dataLama);
    // A second start has nothing left to do.
    expect(await sandikanUlang(fx.db, KOLOM_TERENKRIPSI_ALUR, kunciData(), { sasaran: 'jelas' })).toEqual({ usulan_layanan: 0 });
  });

  it('kunci putar rewrites them under the new key; afterwards the new key alone opens them', async () => {
    const lama = process.env.SIMASN_KUNCI_DATA!;
    const baru = KunciData.acak();
    const putar = await siapkanKunciData(fx.db, { daftar: KOLOM_TERENKRIPSI_ALUR, dataDir: null, env: { SIMASN_KUNCI_DATA: baru.base64, SIMASN_KUNCI_DATA_LAMA: lama } });
    expect(await sandikanUlang(fx.db, KOLOM_TERENKRIPSI_ALUR, putar, { sasaran: 'bukan-utama', batch: 1 })).toEqual({ usulan_layanan: 2 });
    expect(Object.keys((await periksaSandiTersimpan(fx.db, KOLOM_TERENKRIPSI_ALUR)).perKunci)).toEqual([baru.kunci.id]);
    expect(await sandikanUlang(fx.db, KOLOM_TERENKRIPSI_ALUR, putar, { sasaran: 'bukan-utama' })).toEqual({ usulan_layanan: 0 });
    pasangKunciData(new CincinKunci(baru.kunci));
    try {
      expect((await ambilUsulanLayanan(await fx.ctx('admin.bkd'), idLama)).data).toEqual(dataLama);
      expect(await mentah()).not.toMatch(/\d{16}/);
    } finally {
      pasangKunciData(new CincinKunci(baru.kunci, [KunciData.dariBase64(lama)]));
    }
  });
});
