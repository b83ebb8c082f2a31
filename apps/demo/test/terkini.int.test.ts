import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Db } from '@simasn/db';
import { bukaDbUji } from '@simasn/db/uji';
import { golonganAkhir, jabatanAkhir, pendidikanTerakhir } from '@simasn/domain';
import { perbaruiDataTerkini } from '@simasn/kepegawaian';
import { buatDemo } from '@simasn/demo';

/**
 * The derived current state the database keeps (perbaruiDataTerkini, SQL) agrees with the domain's
 * rules (packages/domain/src/terkini.ts) for every employee of a generated kabupaten: golongan and
 * masa kerja, jabatan (jenis, TMT), unit (path, perangkat daerah) and pendidikan terakhir. Ties
 * the demo rarely draws are added first: a second jabatan on the same TMT (the later entry wins),
 * a higher golongan on the same TMT, a lower jenjang graduated later.
 */
let db: Db;
beforeAll(async () => {
  db = await bukaDbUji();
  await buatDemo(db, { jumlahPegawai: 300, jumlahOpd: 4, akun: false });
});
afterAll(async () => {
  await db?.close();
});

interface Terkini {
  id: number;
  golongan_akhir: string | null;
  tmt_golongan_akhir: string | null;
  mk_golongan_tahun: number | null;
  mk_golongan_bulan: number | null;
  jabatan_id: number | null;
  jenis_jabatan: string | null;
  tmt_jabatan: string | null;
  unit_id: number | null;
  jalur_unit: string | null;
  perangkat_daerah_id: number | null;
  pendidikan_terakhir: string | null;
}

describe('derived current state: SQL and domain agree on a demo kabupaten', () => {
  it('golongan, jabatan, unit and pendidikan of every employee, ties included', async () => {
    const contoh = await db.many<{ id: number, status_kepegawaian: string, tmt_jabatan: string, tmt_golongan_akhir: string, golongan_akhir: string, pendidikan_terakhir: string }>(
      sql`
      select id, status_kepegawaian, tmt_jabatan, tmt_golongan_akhir, golongan_akhir, pendidikan_terakhir
        from pegawai where instansi_id = 1 order by id limit 40`,
    );
    const unitLain = await db.many<{ id: number }>(sql`select id from unit_organisasi where instansi_id = 1 order by id desc limit 5`);
    const jabatanLain = await db.many<{ id: number }>(sql`select id from jabatan where instansi_id = 1 order by id desc limit 5`);
    for (const [i, p] of contoh.entries()) {
      // A second jabatan on the same TMT as the current one, entered later: it becomes the current one.
      if (i % 2 === 0) {
        await db.run(sql`insert into riwayat_jabatan (instansi_id, pegawai_id, jabatan_id, unit_id, tmt)
          values (1, ${p.id}, ${jabatanLain[i % 5]!.id}, ${unitLain[i % 5]!.id}, ${p.tmt_jabatan}) on conflict do nothing`);
      }
      // A higher PNS golongan on the same TMT as the current one.
      const naik = { 'II/a': 'II/b', 'II/c': 'II/d', 'III/a': 'III/b', 'III/b': 'III/c', 'III/c': 'III/d', 'IV/a': 'IV/b' }[p.golongan_akhir];
      if (i % 3 === 0 && p.status_kepegawaian !== 'PPPK' && naik) {
        await db.run(sql`insert into riwayat_pangkat (instansi_id, pegawai_id, golongan, jenis_kp, tmt, mk_tahun, mk_bulan)
          values (1, ${p.id}, ${naik}, 'lainnya', ${p.tmt_golongan_akhir}, 3, 4) on conflict do nothing`);
      }
      // A lower jenjang graduated later does not replace the highest.
      if (i % 4 === 0) {
        await db.run(sql`insert into riwayat_pendidikan (instansi_id, pegawai_id, tingkat, tahun_lulus)
          values (1, ${p.id}, 'SMA', 2099) on conflict do nothing`);
      }
    }
    expect(await perbaruiDataTerkini(db, 1, null)).toBeGreaterThan(0);

    const pegawai = await db.many<Terkini>(sql`
      select id, golongan_akhir, tmt_golongan_akhir, mk_golongan_tahun, mk_golongan_bulan, jabatan_id, jenis_jabatan, tmt_jabatan,
             unit_id, jalur_unit, perangkat_daerah_id, pendidikan_terakhir
        from pegawai where instansi_id = 1 order by id`);
    expect(pegawai.length).toBe(300);
    const kelompok = <T extends { pegawai_id: number }>(rows: T[]) => {
      const m = new Map<number, T[]>();
      for (const r of rows) m.set(r.pegawai_id, [...(m.get(r.pegawai_id) ?? []), r]);
      return m;
    };
    const pangkat = kelompok(await db.many<{ pegawai_id: number, golongan: string, tmt: string, mk_tahun: number, mk_bulan: number }>(sql`
      select pegawai_id, golongan, tmt, mk_tahun, mk_bulan from riwayat_pangkat where instansi_id = 1`));
    const jabatan = kelompok(await db.many<{ pegawai_id: number, id: number, jabatan_id: number, unit_id: number, tmt: string }>(sql`
      select pegawai_id, id, jabatan_id, unit_id, tmt from riwayat_jabatan where instansi_id = 1`));
    const pendidikan = kelompok(await db.many<{ pegawai_id: number, tingkat: string, tahunLulus: number }>(sql`
      select pegawai_id, tingkat, tahun_lulus as "tahunLulus" from riwayat_pendidikan where instansi_id = 1`));
    const jenisJabatan = new Map((await db.many<{ id: number, jenis: string }>(sql`select id, jenis from jabatan where instansi_id = 1`)).map((j) => [j.id, j.jenis]));
    const unit = new Map((await db.many<{ id: number, jalur: string, perangkat_daerah_id: number }>(sql`
      select id, jalur, perangkat_daerah_id from unit_organisasi where instansi_id = 1`)).map((u) => [u.id, u]));

    const beda: string[] = [];
    let sama = 0;
    for (const p of pegawai) {
      const g = golonganAkhir(pangkat.get(p.id) ?? []);
      const j = jabatanAkhir(jabatan.get(p.id) ?? []);
      const d = pendidikanTerakhir(pendidikan.get(p.id) ?? []);
      const u = j ? unit.get(j.unit_id) : undefined;
      const menurutDomain: Omit<Terkini, 'id'> = { golongan_akhir: g?.golongan ?? null, tmt_golongan_akhir: g?.tmt ?? null, mk_golongan_tahun: g?.mk_tahun ?? null,
        mk_golongan_bulan: g?.mk_bulan ?? null, jabatan_id: j?.jabatan_id ?? null, jenis_jabatan: j ? jenisJabatan.get(j.jabatan_id) ?? null : null, tmt_jabatan: j?.tmt ?? null,
        unit_id: j?.unit_id ?? null, jalur_unit: u?.jalur ?? null, perangkat_daerah_id: u?.perangkat_daerah_id ?? null, pendidikan_terakhir: d?.tingkat ?? null };
      const { id, ...menurutSql } = p;
      if (JSON.stringify(menurutSql) !== JSON.stringify(menurutDomain)) beda.push(`${id}: ${JSON.stringify(menurutSql)} <> ${JSON.stringify(menurutDomain)}`);
      else sama++;
    }
    expect(beda).toEqual([]);
    expect(sama).toBe(300);
  }, 300_000);
});
