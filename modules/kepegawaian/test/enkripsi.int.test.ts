import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { CincinKunci, kunciData, KunciData, pasangKunciData, periksaSandiTersimpan, sandikanUlang, siapkanKunciData } from '@simasn/platform';
import { bukuXlsx, fixturePerBerkas, NIP, PDF } from '../src/uji.ts';
import { ajukanUsulan, ambilPegawai, ambilUsulan, cariPegawai, daftarRiwayat, imporPegawai, KOLOM_TERENKRIPSI_KEPEGAWAIAN, setujuiUsulan, tambahRiwayat, ubahPegawai,
  unggahBerkas } from '../src/index.ts';

/**
 * Personal data encrypted at rest (issue 10 item 2) on the real database (PGlite, and
 * PostgreSQL when TEST_DATABASE_URL is set): the columns hold ciphertext, exact search by NIK
 * works through the blind index, data stored in clear before encryption is encrypted at start,
 * rotation rewrites everything so the old key is no longer needed, and a missing or wrong key
 * stops the start with a clear message.
 */
const fx = fixturePerBerkas();
const NIK_A1 = `3508${NIP.a1.slice(2, 14)}`;
const NIK_B1 = `3508${NIP.b1.slice(2, 14)}`;
const NIK_ISTRI = '3508014506920002';
const kunciAwal = kunciData();
afterAll(() => pasangKunciData(kunciAwal));

const mentah = async () => {
  const p = await fx.db.many<{ nip: string, nik: string | null, nik_indeks: string | null, alamat: string | null, telepon: string | null, email: string | null }>(sql`
    select nip, nik, nik_indeks, alamat, telepon, email from pegawai order by nip`);
  const k = await fx.db.many<{ nik: string | null, nik_indeks: string | null }>(sql`select nik, nik_indeks from keluarga order by id`);
  return { p, k };
};
const nipDitemukan = async (nama: string, q: string) => (await cariPegawai(await fx.ctx(nama), { q })).items.map((x) => x.nip);

describe('personal data encrypted at rest', () => {
  it('stores NIK, alamat and telepon of pegawai and the NIK of keluarga as ciphertext; the actions see them in clear', async () => {
    const admin = await fx.ctx('admin.bkd');
    const p = await ambilPegawai(admin, NIP.a1);
    await ubahPegawai(admin, NIP.a1, { telepon: '0812-3456-7890', alamat: 'Jl. Melati 3, Sukamaju', versi: p.versi });
    await tambahRiwayat(admin, NIP.a1, 'keluarga', { hubungan: 'istri', nama: 'Rina', nik: NIK_ISTRI, tanggalLahir: '1992-06-05', jenisKelamin: 'P' });
    const { p: rows, k } = await mentah();
    const teks = JSON.stringify({ rows: rows.map(({ nip: _, ...r }) => r), k });
    // No 16-digit NIK, no phone number, no address anywhere in the stored columns.
    expect(teks).not.toMatch(/\d{16}/);
    expect(teks).not.toContain('3456');
    expect(teks).not.toContain('Melati');
    for (const r of rows) {
      expect(r.nik).toMatch(new RegExp(`^enc:v1:${kunciAwal.utama.id}:`));
      expect(r.nik_indeks).toMatch(/^[\w-]{43}$/);
    }
    expect(k[0]!.nik).toMatch(/^enc:v1:/);
    // E-mail stays searchable by the notification outbox (README: Kunci enkripsi data).
    expect(rows.find((r) => r.nip === NIP.a1)!.email).toContain('@uji.go.id');

    const d = await ambilPegawai(admin, NIP.a1);
    expect([d.nik, d.alamat, d.telepon]).toEqual([NIK_A1, 'Jl. Melati 3, Sukamaju', '0812-3456-7890']);
    expect((await daftarRiwayat(admin, NIP.a1, 'keluarga'))[0]!.data.nik).toBe(NIK_ISTRI);
    // A caller without personal-data permission still gets the masked form, computed from the clear value.
    expect((await ambilPegawai(await fx.ctx('pimpinan'), NIP.a1)).nik).toBe(`3508${'*'.repeat(10)}${NIK_A1.slice(-2)}`);
  });

  it('keeps the personal data of a change proposal encrypted in its stored data; the verifier sees it in clear and approval applies it', async () => {
    const asn = await fx.ctx(NIP.a2);
    const ajukan = async () => {
      const b = await unggahBerkas(asn, NIP.a2, { namaBerkas: 'ktp.pdf', isi: PDF });
      return ajukanUsulan(asn, { jenis: 'identitas', data: { telepon: '0857-1111-2222', alamat: 'Jl. Kamboja 7' }, alasan: 'pindah rumah', berkasId: b.id });
    };
    const u = await ajukan();
    // The same proposal again is still recognised, though each ciphertext differs.
    await expect(ajukan()).rejects.toMatchObject({ status: 409 });
    const r = await fx.db.one<{ data_lama: unknown, data_baru: unknown }>(sql`select data_lama::text, data_baru::text from usulan_perubahan where id = ${u.id}`);
    expect(JSON.stringify(r)).not.toMatch(/1111|Kamboja|Jl\. Uji/);
    expect(JSON.stringify(r)).toContain('enc:v1:');
    const verif = await fx.ctx('verifikator');
    const d = await ambilUsulan(verif, u.id);
    expect(d.perbandingan.map((x) => [x.isian, x.lama, x.baru])).toEqual([['alamat', 'Jl. Uji 1', 'Jl. Kamboja 7'], ['telepon', null, '0857-1111-2222']]);
    await setujuiUsulan(verif, u.id);
    expect((await ambilPegawai(verif, NIP.a2)).telepon).toBe('0857-1111-2222');
  });

  it('finds an employee by exact NIK through the blind index, within the personal-data reach only', async () => {
    expect(await nipDitemukan('admin.bkd', NIK_A1)).toEqual([NIP.a1]);
    expect(await nipDitemukan('verifikator', NIK_B1)).toEqual([NIP.b1]);
    expect(await nipDitemukan('admin.bkpsdm', NIK_A1)).toEqual([NIP.a1]);
    expect(await nipDitemukan('admin.dinkes', NIK_A1)).toEqual([]);
    // Without pegawai:data_pribadi a NIK finds nobody (it would tell whose NIK it is).
    expect(await nipDitemukan('pimpinan', NIK_A1)).toEqual([]);
    // A NIP prefix still works as before.
    expect(await nipDitemukan('admin.bkd', NIP.a1.slice(0, 8))).toEqual([NIP.a1]);
  });

  it("import writes ciphertext, changes nothing on a second run, and refuses a NIK that is another employee's or twice in the file", async () => {
    const admin = await fx.ctx('admin.bkd');
    const kepala = ['nip', 'nik', 'nama', 'tanggal_lahir', 'jenis_kelamin', 'status_kepegawaian', 'tmt_cpns', 'alamat', 'telepon'];
    const isi = await bukuXlsx({
      pegawai: [kepala, ['198503172010012004', '3508015703850004', 'Dewi Anggraini', '17-03-1985', 'P', 'PNS', '01-01-2010', 'Jl. Kenanga 9', '081311112222']],
    });
    const h = await imporPegawai(admin, { namaBerkas: 'p.xlsx', isi });
    expect(h.masalah).toEqual([]);
    expect(h.ditulis).toMatchObject({ pegawaiBaru: 1 });
    const r = await fx.db.one<{ nik: string, alamat: string, telepon: string }>(sql`select nik, alamat, telepon from pegawai where nip = '198503172010012004'`);
    expect(JSON.stringify(r)).not.toMatch(/3508015703850004|Kenanga|081311112222/);
    expect(await nipDitemukan('admin.bkd', '3508015703850004')).toEqual(['198503172010012004']);
    const lagi = await imporPegawai(admin, { namaBerkas: 'p.xlsx', isi });
    expect(lagi.ditulis).toMatchObject({ pegawaiBaru: 0, pegawaiDiubah: 0 });

    const ganda = await imporPegawai(admin, { namaBerkas: 'g.xlsx', isi: await bukuXlsx({ pegawai: [
      kepala,
      ['199203152015032001', NIK_A1, 'Fitri', '15-03-1992', 'P', 'PNS', '01-03-2015', null, null],
      ['199203152015031002', '3508011503920005', 'Gilang', '15-03-1992', 'L', 'PNS', '01-03-2015', null, null],
      ['199203152015031003', '3508011503920005', 'Hadi', '15-03-1992', 'L', 'PNS', '01-03-2015', null, null],
    ] }) }, { dryRun: true });
    expect(ganda.masalah.map((m) => [m.baris, m.kolom, m.pesan])).toEqual([
      [2, 'nik', `NIK ini sudah tercatat untuk pegawai lain (NIP ${NIP.a1})`],
      [4, 'nik', 'NIK ganda: sudah dipakai di baris 3 (NIP 199203152015031002)'],
    ]);
  });

  it('encrypts data stored in clear before encryption at start, and then finds it by NIK', async () => {
    // As a database migrated from before 0012 holds it.
    await fx.db.run(sql`update pegawai set nik = ${NIK_B1}, nik_indeks = null, alamat = 'Jl. Terbuka 1', telepon = '0899' where nip = ${NIP.b1}`);
    expect((await periksaSandiTersimpan(fx.db, KOLOM_TERENKRIPSI_KEPEGAWAIAN)).jelas).toBe(3);
    const log: string[] = [];
    await siapkanKunciData(fx.db, { daftar: KOLOM_TERENKRIPSI_KEPEGAWAIAN, dataDir: null, env: { SIMASN_KUNCI_DATA: process.env.SIMASN_KUNCI_DATA }, log: (s) => log.push(s) });
    expect(log.join('\n')).toContain('pegawai 1 baris');
    const r = await fx.db.one<{ nik: string, nik_indeks: string, alamat: string, telepon: string }>(sql`
      select nik, nik_indeks, alamat, telepon from pegawai where nip = ${NIP.b1}`);
    expect(JSON.stringify(r)).not.toMatch(/\d{16}|Terbuka|0899/);
    expect((await periksaSandiTersimpan(fx.db, KOLOM_TERENKRIPSI_KEPEGAWAIAN)).jelas).toBe(0);
    expect(await nipDitemukan('admin.bkd', NIK_B1)).toEqual([NIP.b1]);
    expect((await ambilPegawai(await fx.ctx('admin.bkd'), NIP.b1)).alamat).toBe('Jl. Terbuka 1');
  });

  it('rotation rewrites every value and blind index under the new key; afterwards the old key is not needed', async () => {
    const lama = process.env.SIMASN_KUNCI_DATA!;
    const baru = KunciData.acak();
    const putar = await siapkanKunciData(fx.db, { daftar: KOLOM_TERENKRIPSI_KEPEGAWAIAN, dataDir: null, env: { SIMASN_KUNCI_DATA: baru.base64, SIMASN_KUNCI_DATA_LAMA: lama } });
    // Mid-rotation (nothing rewritten yet) the old rows are still found by NIK.
    expect(await nipDitemukan('admin.bkd', NIK_A1)).toEqual([NIP.a1]);
    const h = await sandikanUlang(fx.db, KOLOM_TERENKRIPSI_KEPEGAWAIAN, putar, { sasaran: 'bukan-utama', batch: 2 });
    expect(h).toEqual({ pegawai: 4, keluarga: 1, usulan_perubahan: 1 });
    expect((await periksaSandiTersimpan(fx.db, KOLOM_TERENKRIPSI_KEPEGAWAIAN)).perKunci).toEqual({ [baru.kunci.id]: 16 });
    expect(await sandikanUlang(fx.db, KOLOM_TERENKRIPSI_KEPEGAWAIAN, putar, { sasaran: 'bukan-utama' })).toEqual({ pegawai: 0, keluarga: 0, usulan_perubahan: 0 });

    // The new key alone opens everything.
    pasangKunciData(new CincinKunci(baru.kunci));
    const admin = await fx.ctx('admin.bkd');
    expect((await ambilPegawai(admin, NIP.a1)).telepon).toBe('0812-3456-7890');
    expect((await daftarRiwayat(admin, NIP.a1, 'keluarga'))[0]!.data.nik).toBe(NIK_ISTRI);
    expect(await nipDitemukan('admin.bkd', NIK_A1)).toEqual([NIP.a1]);
    expect(await nipDitemukan('admin.bkd', '3508015703850004')).toEqual(['198503172010012004']);
    expect((await ambilUsulan(admin, (await fx.db.one<{ id: number }>(sql`select min(id)::int as id from usulan_perubahan`)).id)).perbandingan[1]!.baru).toBe('0857-1111-2222');
    const { p } = await mentah();
    expect(p.every((r) => r.nik!.startsWith(`enc:v1:${baru.kunci.id}:`))).toBe(true);

    // The old key alone opens nothing: the start is refused, naming the key, never showing it.
    const salah = await siapkanKunciData(fx.db, { daftar: KOLOM_TERENKRIPSI_KEPEGAWAIAN, dataDir: null, env: { SIMASN_KUNCI_DATA: lama } }).catch((e: Error) => e);
    expect((salah as Error).message).toMatch(new RegExp(`dengan kunci ${baru.kunci.id} \\(16 nilai\\) yang tidak terpasang.*SIMASN tidak dijalankan`));
    expect((salah as Error).message).not.toContain(lama);
  });

  it('refuses to start without a key when the database holds encrypted data, and never makes a new key over it', async () => {
    const tanpa = await siapkanKunciData(fx.db, { daftar: KOLOM_TERENKRIPSI_KEPEGAWAIAN, dataDir: null, env: {} }).catch((e: Error) => e);
    expect((tanpa as Error).message).toMatch(/berisi data pribadi terenkripsi.*kunci enkripsi data tidak ditemukan.*SIMASN_KUNCI_DATA/);
    const folder = mkdtempSync(join(tmpdir(), 'simasn-kunci-'));
    const tanpaBerkas = await siapkanKunciData(fx.db, { daftar: KOLOM_TERENKRIPSI_KEPEGAWAIAN, dataDir: folder, env: {} }).catch((e: Error) => e);
    expect((tanpaBerkas as Error).message).toContain(`kembalikan berkas ${join(folder, 'kunci-data')} dari cadangan`);
    expect(existsSync(join(folder, 'kunci-data'))).toBe(false);
  });
});
