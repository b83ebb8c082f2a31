import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@simasn/db';
import { tambahRiwayat } from '@simasn/kepegawaian';
import { fixturePerBerkas, NIP } from '@simasn/kepegawaian/uji';
import type { Konteks } from '@simasn/platform';
import { daftarKekuranganIpAsn, hitungIpAsn } from '../src/index.ts';

/**
 * The IP ASN page's data (the index and the per-employee list) is computed once per reach, unit,
 * reference date and rule set and kept while the personnel data stands (versi_data): served again
 * without the feature query, recomputed after any committed riwayat write, never across reaches,
 * and the per-employee filter, search and pages give what the SQL filter gave.
 */
const TANGGAL = '2026-06-30';
const fx = fixturePerBerkas();
let bkd: Konteks;
let dinkes: Konteks;
let bkpsdm: Konteks;

/** The database with a count of the statements run through it (a handle of its own, so a cache of its own). */
function dbTerhitung(db: Db): Db & { kueri: number } {
  const d = { ...db, kueri: 0 } as Db & { kueri: number };
  for (const m of ['many', 'one', 'maybeOne', 'run'] as const) {
    const asli = db[m].bind(db) as (...a: unknown[]) => unknown;
    (d as unknown as Record<string, unknown>)[m] = (...a: unknown[]) => {
      d.kueri++;
      return asli(...a);
    };
  }
  d.transaction = (fn) =>
    db.transaction((tx) => {
      d.kueri++;
      return fn(tx);
    });
  return d;
}

beforeAll(async () => {
  bkd = await fx.ctx('admin.bkd');
  dinkes = await fx.ctx('admin.dinkes');
  bkpsdm = await fx.ctx('admin.bkpsdm');
  await tambahRiwayat(fx.sistem, NIP.a1, 'pendidikan', { tingkat: 'S1', namaSekolah: 'Universitas Jember', tahunLulus: 2013 });
  await tambahRiwayat(fx.sistem, NIP.a1, 'skp', { tahun: 2025, predikat: 'baik' });
});

describe('the IP ASN index', () => {
  it('is served from the cache while the data stands and follows a riwayat write at once', async () => {
    const db = dbTerhitung(fx.db);
    const ctx = { ...bkd, db };
    const awal = await hitungIpAsn(ctx, { tanggal: TANGGAL });
    expect(awal.celahData.tanpaSkp).toBe(2); // a2, b1
    db.kueri = 0;
    expect(await hitungIpAsn(ctx, { tanggal: TANGGAL })).toEqual(awal);
    expect(db.kueri).toBe(1); // the version only
    // Another date is another index.
    expect((await hitungIpAsn(ctx, { tanggal: '2024-12-31' })).celahData.tanpaSkp).toBe(3);
    await tambahRiwayat(fx.sistem, NIP.b1, 'skp', { tahun: 2025, predikat: 'sangat_baik' });
    const sesudah = await hitungIpAsn(ctx, { tanggal: TANGGAL });
    expect(sesudah.celahData.tanpaSkp).toBe(1);
    expect(sesudah.rataRata.kinerja).toBeGreaterThan(awal.rataRata.kinerja);
  });

  it('never gives one reach what was computed for another', async () => {
    expect((await hitungIpAsn(bkd, { tanggal: TANGGAL })).jumlahPegawai).toBe(3);
    expect((await hitungIpAsn(dinkes, { tanggal: TANGGAL })).jumlahPegawai).toBe(1);
    expect((await hitungIpAsn(bkpsdm, { tanggal: TANGGAL })).jumlahPegawai).toBe(2);
    expect((await hitungIpAsn(bkd, { tanggal: TANGGAL, unitId: fx.unit.dinkes })).jumlahPegawai).toBe(1);
  });
});

describe('the per-employee list', () => {
  it('filters, searches and pages the kept rows as the query did, and follows a write at once', async () => {
    const db = dbTerhitung(fx.db);
    const ctx = { ...bkd, db };
    const semua = await daftarKekuranganIpAsn(ctx, { tanggal: TANGGAL });
    expect(semua.total).toBe(3);
    db.kueri = 0;
    const halaman2 = await daftarKekuranganIpAsn(ctx, { tanggal: TANGGAL, page: 2, limit: 2 });
    expect(db.kueri).toBe(1);
    expect(halaman2).toMatchObject({ total: 3, page: 2, limit: 2 });
    expect(halaman2.items.map((i) => i.nip)).toEqual([semua.items[2]!.nip]);
    // The filter is the SQL condition: "no education record" is b1 only; a NIP prefix and a part of the name find a1.
    expect((await daftarKekuranganIpAsn(ctx, { tanggal: TANGGAL, kekurangan: 'pendidikan_kosong' })).items.map((i) => i.nip).sort()).toEqual([NIP.a2, NIP.b1].sort());
    expect((await daftarKekuranganIpAsn(ctx, { tanggal: TANGGAL, q: NIP.a1.slice(0, 12) })).items.map((i) => i.nip)).toContain(NIP.a1);
    const namaA1 = semua.items.find((i) => i.nip === NIP.a1)!.nama;
    const kata = namaA1.split(' ').find((k) => k.length > 3)!.toUpperCase();
    expect((await daftarKekuranganIpAsn(ctx, { tanggal: TANGGAL, q: kata })).items.map((i) => i.nip)).toContain(NIP.a1);
    expect(db.kueri).toBe(4);
    // A diploma recorded for b1: the next read no longer lists b1 as lacking one.
    await tambahRiwayat(fx.sistem, NIP.b1, 'pendidikan', { tingkat: 'D3', namaSekolah: 'Akper Jember', tahunLulus: 2010 });
    expect((await daftarKekuranganIpAsn(ctx, { tanggal: TANGGAL, kekurangan: 'pendidikan_kosong' })).items.map((i) => i.nip)).toEqual([NIP.a2]);
  });

  it('never gives one reach the rows computed for another', async () => {
    expect((await daftarKekuranganIpAsn(bkd, { tanggal: TANGGAL })).total).toBe(3);
    expect((await daftarKekuranganIpAsn(dinkes, { tanggal: TANGGAL })).items.map((i) => i.nip)).toEqual([NIP.b1]);
    expect((await daftarKekuranganIpAsn(bkpsdm, { tanggal: TANGGAL })).items.map((i) => i.nip).sort()).toEqual([NIP.a1, NIP.a2].sort());
    expect((await daftarKekuranganIpAsn(await fx.ctx(NIP.a1), { tanggal: TANGGAL })).items.map((i) => i.nip)).toEqual([NIP.a1]);
  });
});

describe('the dashboard statistics', () => {
  it('is kept per reach and follows a new employee at once', async () => {
    const { statistikPegawai, tambahPegawai } = await import('@simasn/kepegawaian');
    const db = dbTerhitung(fx.db);
    const ctx = { ...bkd, db };
    const awal = await statistikPegawai(ctx);
    db.kueri = 0;
    expect(await statistikPegawai(ctx)).toEqual(awal);
    expect(db.kueri).toBe(1);
    const dinkesAwal = await statistikPegawai(dinkes);
    expect((await statistikPegawai(bkpsdm)).total.jumlah).toBe(awal.total.jumlah - dinkesAwal.total.jumlah);
    expect(dinkesAwal.total.jumlah).toBeLessThan(awal.total.jumlah);
    await tambahPegawai(fx.sistem, { nip: '199505052020122002', nama: 'Pegawai Baru Yankes', tanggalLahir: '1995-05-05', jenisKelamin: 'P', statusKepegawaian: 'PNS',
      tmtCpns: '2020-12-01', penempatan: { jabatanId: fx.jabatan.pelaksana, unitId: fx.unit.yankes, tmt: '2020-12-01' },
      pangkat: { golongan: 'III/a', tmt: '2020-12-01', jenisKp: 'reguler', mkTahun: 0, mkBulan: 0 } });
    const sesudah = await statistikPegawai(ctx);
    expect(sesudah.total).toEqual({ l: awal.total.l, p: awal.total.p + 1, jumlah: awal.total.jumlah + 1 });
    expect((await statistikPegawai(dinkes)).total.jumlah).toBe(dinkesAwal.total.jumlah + 1);
    // The BKPSDM admin's reach does not hold Yankes: not one more there.
    expect((await statistikPegawai(bkpsdm)).total.jumlah).toBe(awal.total.jumlah - dinkesAwal.total.jumlah);
  });
});
