import { describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { GalatAplikasi } from '@simasn/platform';
import { golonganAkhir, pendidikanTerakhir, TEKS_DISAMARKAN } from '@simasn/domain';
import { ambilPegawai, cariPegawai, daftarRiwayat, hapusRiwayat, perbaruiDataTerkini, statistikPegawai, tambahRiwayat, ubahPegawai, ubahRiwayat } from '../src/index.ts';
import { fixturePerBerkas, NIP } from '../src/uji.ts';

const fx = fixturePerBerkas();

const status = async (p: Promise<unknown>) => {
  try {
    await p;
    return 200;
  } catch (e) {
    if (e instanceof GalatAplikasi) return e.status;
    throw e;
  }
};

describe('current state derived from riwayat', () => {
  it('follows the riwayat: latest golongan, highest pendidikan, latest jabatan; and back after a delete', async () => {
    const admin = await fx.ctx('admin.bkd');
    await tambahRiwayat(admin, NIP.a1, 'pangkat', { golongan: 'III/b', tmt: '2019-04-01', jenisKp: 'reguler', mkTahun: 4, mkBulan: 0, nomorSk: '823/12/2019' });
    await tambahRiwayat(admin, NIP.a1, 'pendidikan', { tingkat: 'S2', tahunLulus: 2018 });
    await tambahRiwayat(admin, NIP.a1, 'pendidikan', { tingkat: 'S1', tahunLulus: 2012 });
    const p = await ambilPegawai(admin, NIP.a1);
    expect(p.golongan).toMatchObject({ kode: 'III/b', pangkat: 'Penata Muda Tingkat I', tmt: '2019-04-01', mkTahun: 4 });
    expect(p.pendidikanTerakhir).toBe('S2');
    const r = await daftarRiwayat(admin, NIP.a1, 'pangkat');
    expect(r.map((x) => x.data.golongan)).toEqual(['III/b', 'III/a']);
    await hapusRiwayat(admin, NIP.a1, 'pangkat', r[0]!.id, r[0]!.versi);
    expect((await ambilPegawai(admin, NIP.a1)).golongan?.kode).toBe('III/a');
  });

  it('moves the employee with a new riwayat jabatan, within the admin OPD reach only', async () => {
    const adminBkpsdm = await fx.ctx('admin.bkpsdm');
    expect(await status(tambahRiwayat(adminBkpsdm, NIP.a1, 'jabatan', { jabatanId: fx.jabatan.perawat, unitId: fx.unit.yankes, tmt: '2024-01-02' }))).toBe(422);
    await tambahRiwayat(adminBkpsdm, NIP.a1, 'jabatan', { jabatanId: fx.jabatan.pelaksana, unitId: fx.unit.bkpsdm, tmt: '2024-01-02' });
    const p = await ambilPegawai(adminBkpsdm, NIP.a1);
    expect(p.unit?.id).toBe(fx.unit.bkpsdm);
    expect(p.unit?.jalur.map((u: { kode: string }) => u.kode)).toEqual(['BKPSDM']);
  });

  it('SQL recomputation agrees with the domain rules for every employee', async () => {
    await perbaruiDataTerkini(fx.db, 1, null);
    const peg = await fx.db.many<{ id: number, golongan_akhir: string, pendidikan_terakhir: string | null }>(sql`select id, golongan_akhir, pendidikan_terakhir from pegawai`);
    for (const p of peg) {
      const pangkat = await fx.db.many<{ golongan: string, tmt: string }>(sql`select golongan, tmt from riwayat_pangkat where pegawai_id = ${p.id}`);
      const pend = await fx.db.many<{ tingkat: string, tahunLulus: number }>(sql`select tingkat, tahun_lulus as "tahunLulus" from riwayat_pendidikan where pegawai_id = ${p.id}`);
      expect(p.golongan_akhir).toBe(golonganAkhir(pangkat)?.golongan ?? null);
      expect(p.pendidikan_terakhir).toBe(pendidikanTerakhir(pend)?.tingkat ?? null);
    }
  });

  it('refuses a PPPK golongan for a PNS and a stale version of a riwayat', async () => {
    const admin = await fx.ctx('admin.bkd');
    expect(await status(tambahRiwayat(admin, NIP.b1, 'pangkat', { golongan: 'IX', tmt: '2020-01-01' }))).toBe(422);
    const [r] = await daftarRiwayat(admin, NIP.b1, 'pangkat');
    await ubahRiwayat(admin, NIP.b1, 'pangkat', r!.id, { ...r!.data, nomorSk: 'SK-baru', versi: r!.versi });
    expect(await status(ubahRiwayat(admin, NIP.b1, 'pangkat', r!.id, { ...r!.data, nomorSk: 'SK-lama', versi: r!.versi }))).toBe(409);
  });
});

describe('access is scoped inside the query', () => {
  it('gives each role exactly its reach in lists', async () => {
    const semua = (await cariPegawai(await fx.ctx('admin.bkd'), {})).items.map((p) => p.nip).sort();
    expect(semua).toEqual([NIP.a1, NIP.a2, NIP.b1].sort());
    expect((await cariPegawai(await fx.ctx('admin.bkpsdm'), {})).items.map((p) => p.nip).sort()).toEqual([NIP.a1, NIP.a2].sort());
    expect((await cariPegawai(await fx.ctx('admin.dinkes'), {})).items.map((p) => p.nip)).toEqual([NIP.b1]);
    expect((await cariPegawai(await fx.ctx(NIP.b1), {})).items.map((p) => p.nip)).toEqual([NIP.b1]);
    // The atasan leads Bidang Mutasi: himself and a1 (a1 moved to the BKPSDM root above, so only himself now).
    expect((await cariPegawai(await fx.ctx(NIP.a2), {})).items.map((p) => p.nip)).toEqual([NIP.a2]);
    for (const nama of ['pimpinan', 'perencana', 'inspektorat', 'verifikator']) {
      expect((await cariPegawai(await fx.ctx(nama), {})).total).toBe(3);
    }
  });

  it('answers 404 for an employee outside the reach, by every read path', async () => {
    const adminDinkes = await fx.ctx('admin.dinkes');
    expect(await status(ambilPegawai(adminDinkes, NIP.a1))).toBe(404);
    // A sub-resource of an unreachable employee is simply empty: the reach is in its query too.
    expect(await daftarRiwayat(adminDinkes, NIP.a1, 'pangkat')).toEqual([]);
    expect(await status(ubahPegawai(adminDinkes, NIP.a1, { nama: 'X', versi: 1 }))).toBe(404);
    expect(await status(tambahRiwayat(adminDinkes, NIP.a1, 'skp', { tahun: 2024, predikat: 'baik' }))).toBe(404);
    expect((await cariPegawai(adminDinkes, { q: NIP.a1 })).total).toBe(0);
    expect((await statistikPegawai(adminDinkes)).total.jumlah).toBe(1);
  });

  it('refuses writes to roles without the permission and hides personal data from those without need', async () => {
    expect(await status(ubahPegawai(await fx.ctx('inspektorat'), NIP.a1, { nama: 'X', versi: 1 }))).toBe(403);
    expect(await status(ubahPegawai(await fx.ctx(NIP.a1), NIP.a1, { nama: 'X', versi: 1 }))).toBe(403);
    const olehPimpinan = await ambilPegawai(await fx.ctx('pimpinan'), NIP.b1);
    expect(olehPimpinan.dataPribadiTerlihat).toBe(false);
    expect(olehPimpinan.nik).toMatch(/^\d{4}\*+\d{2}$/);
    expect(olehPimpinan.alamat).toBe(TEKS_DISAMARKAN);
    expect(olehPimpinan.email).toBe('c***@uji.go.id');
    const olehAdmin = await ambilPegawai(await fx.ctx('admin.dinkes'), NIP.b1);
    expect(olehAdmin.nik).toMatch(/^\d{16}$/);
    expect(olehAdmin.alamat).toBe('Jl. Uji 1');
    const log = await fx.db.many(sql`select 1 from audit_log where aksi = 'pegawai.baca_data_pribadi' and entitas_id = ${NIP.b1}`);
    expect(log.length).toBeGreaterThan(0);
    expect(await status(daftarRiwayat(await fx.ctx('pimpinan'), NIP.b1, 'keluarga'))).toBe(403);
  });

  it('searches by NIP prefix and by words of the name', async () => {
    const c = await fx.ctx('admin.bkd');
    expect((await cariPegawai(c, { q: '1990 0101' })).items.map((p) => p.nip)).toEqual([NIP.a1]);
    expect((await cariPegawai(c, { q: 'citra les' })).items.map((p) => p.nip)).toEqual([NIP.b1]);
    expect((await cariPegawai(c, { q: '%' })).total).toBe(0);
    expect((await cariPegawai(c, { golongan: 'IV/a' })).items.map((p) => p.nip)).toEqual([NIP.a2]);
    expect((await cariPegawai(c, { unitId: fx.unit.dinkes })).items.map((p) => p.nip)).toEqual([NIP.b1]);
  });
});

describe('identity edits', () => {
  it('checks the NIP, keeps one winner on concurrent edits and audits before/after', async () => {
    const admin = await fx.ctx('admin.bkd');
    const p = await ambilPegawai(admin, NIP.b1);
    expect(await status(ubahPegawai(admin, NIP.b1, { tanggalLahir: '1988-02-03', versi: p.versi }))).toBe(422);
    const hasil = await Promise.allSettled([
      ubahPegawai(admin, NIP.b1, { tempatLahir: 'Malang', versi: p.versi }),
      ubahPegawai(admin, NIP.b1, { tempatLahir: 'Kediri', versi: p.versi }),
    ]);
    expect(hasil.filter((h) => h.status === 'fulfilled')).toHaveLength(1);
    const gagal = hasil.find((h) => h.status === 'rejected') as PromiseRejectedResult;
    expect((gagal.reason as GalatAplikasi).status).toBe(409);
    const a = await fx.db.one<{ sebelum: Record<string, unknown>, sesudah: Record<string, unknown> }>(sql`
      select sebelum, sesudah from audit_log where aksi = 'pegawai.ubah' and entitas_id = ${NIP.b1} order by id desc limit 1`);
    expect(a.sebelum).toEqual({ tempatLahir: null });
    expect(['Malang', 'Kediri']).toContain(a.sesudah.tempatLahir);
  });
});
