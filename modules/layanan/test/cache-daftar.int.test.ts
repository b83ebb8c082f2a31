import { beforeAll, describe, expect, it } from 'vitest';
import { sql, type Db } from '@simasn/db';
import { daftarUnit, sisipRiwayat, tambahPegawai, type PegawaiInti } from '@simasn/kepegawaian';
import { denganDb, versiData, type Konteks } from '@simasn/platform';
import { fixturePerBerkas, NIP } from '@simasn/kepegawaian/uji';
import { ajukanKenaikanPangkat, daftarKenaikanPangkat, daftarKgbBulanan, daftarPensiun } from '../src/index.ts';

/**
 * The computed lists kept between requests (the unit tree, the KP eligibility of a period, the
 * pension list): served again without recomputing while the data stands, recomputed after any
 * committed write to what they read (versi_data, migration 0020), never across reaches, never
 * from inside a transaction.
 */
const PERIODE = '2026-04-01';
const pada = (ctx: Konteks, iso: string): Konteks => ({ ...ctx, sekarang: () => new Date(`${iso}T03:00:00Z`) });

const fx = fixturePerBerkas();
let bkd: Konteks;
let opd: Konteks;
let opdDinkes: Konteks;

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
  return d;
}

async function pegawai(nip: string): Promise<PegawaiInti> {
  return fx.db.one<PegawaiInti>(sql`select id, nip, nama, jalur_unit as "jalurUnit", status_kepegawaian as "statusKepegawaian", versi from pegawai where nip = ${nip}`);
}

beforeAll(async () => {
  const jam = '2026-03-16';
  bkd = pada(await fx.ctx('admin.bkd'), jam);
  opd = pada(await fx.ctx('admin.bkpsdm'), jam);
  opdDinkes = pada(await fx.ctx('admin.dinkes'), jam);
  for (const nip of [NIP.a1, NIP.b1]) {
    await sisipRiwayat(fx.sistem, await pegawai(nip), 'pendidikan', { tingkat: 'S1', tahunLulus: 2010 }, 'manual');
    await sisipRiwayat(fx.sistem, await pegawai(nip), 'skp', { tahun: 2024, predikat: 'baik' }, 'manual');
    await sisipRiwayat(fx.sistem, await pegawai(nip), 'skp', { tahun: 2025, predikat: 'baik' }, 'manual');
  }
});

describe('versi_data', () => {
  it('moves once per committed transaction and area, not before the commit, not for a rollback', async () => {
    const awal = await versiData(fx.db, 1, ['pegawai']);
    const usulan = await versiData(fx.db, 1, ['usulan']);
    const p = await pegawai(NIP.a1);
    // (PGlite has one connection: inside the transaction only `tx` may be used.)
    await fx.db.transaction(async (tx) => {
      await sisipRiwayat(denganDb(fx.sistem, tx), p, 'diklat', { nama: 'Diklat uji', jenis: 'teknis', tanggalMulai: '2025-01-06', tanggalSelesai: '2025-01-10', jumlahJp: 40 },
        'manual');
      await sisipRiwayat(denganDb(fx.sistem, tx), p, 'diklat', { nama: 'Diklat uji 2', jenis: 'teknis', tanggalMulai: '2025-02-03', tanggalSelesai: '2025-02-07', jumlahJp: 40 },
        'manual');
      // Inside the transaction, and for everyone else until it commits: the version as it was.
      expect(await versiData(tx, 1, ['pegawai'])).toBe(awal);
    });
    expect(await versiData(fx.db, 1, ['pegawai'])).toBe(awal + 1);
    expect(await versiData(fx.db, 1, ['usulan'])).toBe(usulan);
    expect(await versiData(fx.db, 1, ['pegawai', 'usulan'])).toBe(awal + 1 + usulan);
    await fx.db.transaction(async (tx) => {
      await tx.run(sql`update pegawai set nama = nama || ' X' where nip = ${NIP.a1}`);
      throw new Error('batal');
    }).catch(() => {});
    expect(await versiData(fx.db, 1, ['pegawai'])).toBe(awal + 1);
    // The runtime role cannot set a version by hand (owner-only table); here (the owner) the trigger's write is what counts.
    await fx.db.run(sql`update unit_organisasi set nama = nama where id = ${fx.unit.yankes}`);
    expect(await versiData(fx.db, 1, ['pegawai'])).toBe(awal + 2);
  });
});

describe('the unit tree', () => {
  it('counts each subtree in one pass, is served from the cache, and follows a new employee at once', async () => {
    const db = dbTerhitung(fx.db);
    const ctx = { ...bkd, db };
    const pertama = await daftarUnit(ctx);
    // The counts as the definition says: active employees whose unit lies in the subtree.
    const aktif = await fx.db.many<{ jalur: string }>(sql`select u.jalur from pegawai p join unit_organisasi u on u.id = p.unit_id where p.kedudukan = 'aktif'`);
    for (const u of pertama) expect(u.jumlahPegawai, u.nama).toBe(aktif.filter((a) => a.jalur.startsWith(u.jalur)).length);
    expect(pertama.find((u) => u.id === fx.unit.dinkes)!.jumlahPegawai).toBeGreaterThan(0);
    db.kueri = 0;
    expect(await daftarUnit(ctx)).toEqual(pertama);
    expect(db.kueri).toBe(1); // the version only
    await tambahPegawai(fx.sistem, { nip: '199505052020121001', nama: 'Pegawai Baru Yankes', tanggalLahir: '1995-05-05', jenisKelamin: 'L', statusKepegawaian: 'PNS',
      tmtCpns: '2020-12-01', penempatan: { jabatanId: fx.jabatan.pelaksana, unitId: fx.unit.yankes, tmt: '2020-12-01' },
      pangkat: { golongan: 'III/a', tmt: '2020-12-01', jenisKp: 'reguler', mkTahun: 0, mkBulan: 0 } });
    const kedua = await daftarUnit(ctx);
    const n = (d: typeof pertama, id: number) => d.find((u) => u.id === id)!.jumlahPegawai;
    expect(n(kedua, fx.unit.yankes)).toBe(n(pertama, fx.unit.yankes) + 1);
    expect(n(kedua, fx.unit.dinkes)).toBe(n(pertama, fx.unit.dinkes) + 1);
    expect(n(kedua, fx.unit.mutasi)).toBe(n(pertama, fx.unit.mutasi));
  });

  it('inside a transaction reads its own writes and leaves nothing behind after a rollback', async () => {
    const ctx = { ...bkd, db: dbTerhitung(fx.db) };
    const sebelum = await daftarUnit(ctx);
    await fx.db.transaction(async (tx) => {
      await tx.run(sql`update unit_organisasi set nama = 'Nama Sementara' where id = ${fx.unit.mutasi}`);
      expect((await daftarUnit(denganDb(bkd, tx))).find((u) => u.id === fx.unit.mutasi)!.nama).toBe('Nama Sementara');
      throw new Error('batal');
    }).catch(() => {});
    expect(await daftarUnit(ctx)).toEqual(sebelum);
    expect(await daftarUnit(bkd)).toEqual(sebelum);
  });
});

describe('the KP list of a period', () => {
  it('is computed once per reach: another caller never gets rows outside their own reach', async () => {
    const semua = await daftarKenaikanPangkat(bkd, { periode: PERIODE });
    expect(semua.memenuhi.map((r) => r.nip).sort()).toEqual([NIP.a1, NIP.b1].sort());
    expect((await daftarKenaikanPangkat(opd, { periode: PERIODE })).memenuhi.map((r) => r.nip)).toEqual([NIP.a1]);
    expect((await daftarKenaikanPangkat(opdDinkes, { periode: PERIODE })).memenuhi.map((r) => r.nip)).toEqual([NIP.b1]);
    expect((await daftarKenaikanPangkat(bkd, { periode: PERIODE })).memenuhi.map((r) => r.nip).sort()).toEqual([NIP.a1, NIP.b1].sort());
    expect((await daftarKenaikanPangkat(bkd, { periode: PERIODE, unitId: fx.unit.dinkes })).memenuhi.map((r) => r.nip)).toEqual([NIP.b1]);
  });

  it('pages from the cache and follows a riwayat write and a new usulan at once', async () => {
    const db = dbTerhitung(fx.db);
    const ctx = { ...bkd, db };
    await daftarKenaikanPangkat(ctx, { periode: PERIODE });
    db.kueri = 0;
    const h = await daftarKenaikanPangkat(ctx, { periode: PERIODE, page: 1, limit: 1, sort: 'nama' });
    expect(h.memenuhi).toHaveLength(1);
    expect(db.kueri).toBe(1);
    // A hukuman disiplin sedang running over the period blocks b1.
    await sisipRiwayat(fx.sistem, await pegawai(NIP.b1), 'hukdis', { jenis: 'potong_tukin_12', tmt: '2026-01-01', masaBulan: 12 }, 'manual');
    const l = await daftarKenaikanPangkat(ctx, { periode: PERIODE });
    expect(l.memenuhi.map((r) => r.nip)).toEqual([NIP.a1]);
    expect(l.tidakMemenuhi.map((r) => r.nip)).toContain(NIP.b1);
    // The OPD files a1's usulan: the list shows it (the requests' area).
    const [u] = await ajukanKenaikanPangkat(opd, { periode: PERIODE, pegawai: [{ nip: NIP.a1 }] });
    expect((await daftarKenaikanPangkat(ctx, { periode: PERIODE })).memenuhi.find((r) => r.nip === NIP.a1)!.usulan).toMatchObject({ id: u!.id, status: 'diproses' });
  });
});

describe('the pension list', () => {
  it('is kept per day and reach and follows a new employee near BUP at once', async () => {
    const db = dbTerhitung(fx.db);
    const ctx = { ...bkd, db };
    const sebelum = await daftarPensiun(ctx);
    db.kueri = 0;
    expect(await daftarPensiun(ctx)).toEqual(sebelum);
    expect(db.kueri).toBe(1);
    await tambahPegawai(fx.sistem, { nip: '196807102000031004', nama: 'Darmaji', tanggalLahir: '1968-07-10', jenisKelamin: 'L', statusKepegawaian: 'PNS', tmtCpns: '2000-03-01',
      penempatan: { jabatanId: fx.jabatan.pelaksana, unitId: fx.unit.mutasi, tmt: '2000-03-01' },
      pangkat: { golongan: 'III/c', tmt: '2018-04-01', jenisKp: 'reguler', mkTahun: 18, mkBulan: 0 } });
    const sesudah = await daftarPensiun(ctx);
    expect(sesudah.total).toBe(sebelum.total + 1);
    expect(sesudah.pegawai.map((p) => p.nip)).toContain('196807102000031004');
    // Another day is another list; another reach sees only its own.
    expect((await daftarPensiun(pada(ctx, '2020-01-01'))).pegawai.map((p) => p.nip)).not.toContain('196807102000031004');
    expect((await daftarPensiun(opdDinkes)).pegawai.map((p) => p.nip)).not.toContain('196807102000031004');
    expect((await daftarPensiun(opd)).pegawai.map((p) => p.nip)).toContain('196807102000031004');
  });
});

describe('the monthly KGB list', () => {
  // a1: III/a since 2017-03 with MKG 10 at that TMT: a KGB to MKG 12 on 1 March 2027.
  const BULAN = '2027-03';
  it('is computed once per month and reach, follows a riwayat gaji written at once, and marks overdue rows by the day', async () => {
    const db = dbTerhitung(fx.db);
    const ctx = pada({ ...bkd, db }, '2027-02-15');
    const awal = await daftarKgbBulanan(ctx, { bulan: BULAN });
    expect(awal.items.find((x) => x.nip === NIP.a1)).toMatchObject({ status: 'jatuh_tempo', tmtKgb: '2027-03-01', lewatTmt: false });
    // Another reach never gets the rows computed for BKD: Dinkes does not see a1, the BKPSDM admin does.
    expect((await daftarKgbBulanan(pada(opdDinkes, '2027-02-15'), { bulan: BULAN })).items.map((x) => x.nip)).not.toContain(NIP.a1);
    expect((await daftarKgbBulanan(pada(opd, '2027-02-15'), { bulan: BULAN })).items.map((x) => x.nip)).toContain(NIP.a1);
    expect((await daftarKgbBulanan(pada(bkd, '2027-02-15'), { bulan: BULAN, unitId: fx.unit.dinkes })).items.map((x) => x.nip)).not.toContain(NIP.a1);
    // Pages, search and filters read the cached month: only the version is read.
    db.kueri = 0;
    const h = await daftarKgbBulanan(ctx, { bulan: BULAN, page: 1, limit: 1, q: NIP.a1 });
    expect(h.items.map((x) => x.nip)).toEqual([NIP.a1]);
    expect(db.kueri).toBe(1);
    // The day moves past the TMT, the data does not: the same rows, now overdue.
    expect((await daftarKgbBulanan(pada({ ...bkd, db }, '2027-03-05'), { bulan: BULAN })).items.find((x) => x.nip === NIP.a1)?.lewatTmt).toBe(true);
    // A letter issued (riwayat gaji written, here by hand as an import would): the next read shows it, not the stale "due".
    await fx.db.run(
      sql`insert into riwayat_gaji (instansi_id, pegawai_id, jenis, golongan, tmt, mk_tahun, mk_bulan, gaji_pokok, gaji_pokok_lama, aturan_gaji, nomor_surat, tanggal_surat)
      select 1, id, 'kgb', 'III/a', '2027-03-01', 12, 0, 3355400, 3252900, 'gapok-pp5-2024', '822/001/KGB/2027', '2027-02-10' from pegawai where nip = ${NIP.a1}`,
    );
    const sesudah = await daftarKgbBulanan(ctx, { bulan: BULAN });
    expect(sesudah.items.filter((x) => x.nip === NIP.a1).map((x) => x.status)).toEqual(['terbit']);
    expect(sesudah.ringkasan.terbit).toBe(awal.ringkasan.terbit + 1);
    expect(sesudah.ringkasan.jatuhTempo).toBe(awal.ringkasan.jatuhTempo - 1);
  });
});
