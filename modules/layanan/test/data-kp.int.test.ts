import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { fixturePerBerkas, NIP } from '@simasn/kepegawaian/uji';
import type { Konteks } from '@simasn/platform';
import { kelayakanKp } from '@simasn/domain';
import { tambahPegawai } from '@simasn/kepegawaian';
import { syaratMasaKp } from '../src/kenaikan-pangkat/daftar-kenaikan-pangkat.ts';
import { keDataKp, sqlDataKp, type BarisKp } from '../src/kenaikan-pangkat/data-kp.ts';

/**
 * The KP inputs as one set-based query (each riwayat read once for the population) return exactly
 * what the per-employee lookups returned: the latest two SKP newest first, the hukuman disiplin of
 * the last five years plus any PDHTAPS, every diploma with its date (or 31 December of the year),
 * null where there is none, for the whole population and for one employee.
 */
const PERIODE = '2026-04-01';
const fx = fixturePerBerkas();
let bkd: Konteks;

/** The former form, one correlated lookup per employee and riwayat: the reference. */
const rujukan = (ctx: Konteks, syarat: ReturnType<typeof sql>) =>
  sql`
  select p.id, p.nip, p.nama, u.nama as unit, pd.nama as perangkat_daerah, p.golongan_akhir, p.tmt_golongan_akhir, p.tmt_cpns,
         j.nama as jabatan, j.jenis as jenis_jabatan, j.tingkat_struktural, j.eselon, j.jenjang, p.tmt_jabatan,
         (select json_agg(json_build_object('tahun', s.tahun, 'predikat', s.predikat) order by s.tahun desc)
            from (select tahun, predikat from riwayat_skp where instansi_id = p.instansi_id and pegawai_id = p.id order by tahun desc limit 2) s) as skp,
         (select json_agg(json_build_object('jenis', h.jenis, 'tmt', h.tmt, 'masa_bulan', h.masa_bulan))
            from riwayat_hukdis h where h.instansi_id = p.instansi_id and h.pegawai_id = p.id
             and (h.jenis = 'pdhtaps' or h.tmt > ${PERIODE}::date - interval '5 years')) as hukdis,
         (select json_agg(json_build_object('tingkat', r.tingkat, 'tanggal', coalesce(r.tanggal_ijazah, make_date(r.tahun_lulus, 12, 31))))
            from riwayat_pendidikan r where r.instansi_id = p.instansi_id and r.pegawai_id = p.id) as ijazah
    from pegawai p
    left join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
    left join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
    left join unit_organisasi pd on pd.instansi_id = p.instansi_id and pd.id = p.perangkat_daerah_id
   where p.instansi_id = ${ctx.instansiId} and p.status_kepegawaian = 'PNS' and p.kedudukan = 'aktif'
     and p.golongan_akhir is not null and p.tmt_golongan_akhir is not null and ${syarat}
   order by pd.nama nulls last, p.golongan_akhir desc, p.nama, p.id`;

/** Order inside the unordered aggregates is not part of the contract: compare them sorted. */
const rapikan = (rows: BarisKp[]) =>
  rows.map((r) => ({ ...r, hukdis: r.hukdis && [...r.hukdis].sort((a, b) => `${a.tmt}${a.jenis}`.localeCompare(`${b.tmt}${b.jenis}`)),
    ijazah: r.ijazah && [...r.ijazah].sort((a, b) => `${a.tanggal}${a.tingkat}`.localeCompare(`${b.tanggal}${b.tingkat}`)) })
  );

beforeAll(async () => {
  bkd = await fx.ctx('admin.bkd');
  const id = async (nip: string) => (await fx.db.one<{ id: number }>(sql`select id from pegawai where nip = ${nip}`)).id;
  const a1 = await id(NIP.a1);
  const b1 = await id(NIP.b1);
  // a1: three SKP years (only the latest two count), two diplomas (one dated, one by year), an old
  // hukuman disiplin (left out), a recent one and an old PDHTAPS (both kept). b1: one SKP, nothing else.
  await fx.db.run(sql`insert into riwayat_skp (instansi_id, pegawai_id, tahun, predikat) values
    (1, ${a1}, 2022, 'cukup'), (1, ${a1}, 2024, 'sangat_baik'), (1, ${a1}, 2023, 'baik'), (1, ${b1}, 2025, 'baik')`);
  await fx.db.run(sql`insert into riwayat_pendidikan (instansi_id, pegawai_id, tingkat, tahun_lulus, tanggal_ijazah) values
    (1, ${a1}, 'SMA', 2003, null), (1, ${a1}, 'S1', 2008, '2008-09-20')`);
  await fx.db.run(sql`insert into riwayat_hukdis (instansi_id, pegawai_id, tingkat, jenis, tmt, masa_bulan) values
    (1, ${a1}, 'ringan', 'teguran_lisan', '2015-02-01', 0), (1, ${a1}, 'sedang', 'potong_tukin_6', '2025-06-01', 6),
    (1, ${a1}, 'berat', 'pdhtaps', '2012-01-01', 0)`);
});

describe('the KP inputs as one set-based query', () => {
  it('equal the per-employee lookups, for the population and for one employee', async () => {
    const baru = await fx.db.many<BarisKp>(sqlDataKp(bkd, PERIODE, sql`true`));
    const lama = await fx.db.many<BarisKp>(rujukan(bkd, sql`true`));
    expect(baru.length).toBeGreaterThan(1);
    expect(rapikan(baru)).toEqual(rapikan(lama));
    const a1 = baru.find((r) => r.nip === NIP.a1)!;
    expect(a1.skp).toEqual([{ tahun: 2024, predikat: 'sangat_baik' }, { tahun: 2023, predikat: 'baik' }]);
    expect(a1.hukdis?.map((h) => h.jenis).sort()).toEqual(['pdhtaps', 'potong_tukin_6']);
    expect(a1.ijazah?.map((x) => x.tanggal).sort()).toEqual(['2003-12-31', '2008-09-20']);
    expect(baru.find((r) => r.nip === NIP.b1)).toMatchObject({ skp: [{ tahun: 2025, predikat: 'baik' }], hukdis: null });
    const satu = sql`p.nip = ${NIP.a1}`;
    expect(rapikan(await fx.db.many<BarisKp>(sqlDataKp(bkd, PERIODE, satu)))).toEqual(rapikan(await fx.db.many<BarisKp>(rujukan(bkd, satu))));
  });
});

describe('the time-in-golongan condition of the KP list', () => {
  it('keeps everyone the rules would list (a type whose time is met) and leaves out only who has none', async () => {
    // Around each type's minimum at 1 October 2026: pelaksana 3 years 11 months (out) and 4 years (in); a perawat
    // (fungsional, 2 years) at 1 year 11 months (out) and 2 years (in); a pelaksana 1 year in the golongan with a diploma
    // after the CPNS TMT (penyesuaian ijazah, in) and one without (out).
    const periode = '2026-10-01';
    const tambah = async (nip: string, jabatanId: number, tmt: string, tmtCpns = '2015-03-01') =>
      tambahPegawai(fx.sistem, { nip, nama: `Uji ${nip.slice(-4)}`, tanggalLahir: '1990-01-01', jenisKelamin: 'L', statusKepegawaian: 'PNS', tmtCpns,
        penempatan: { jabatanId, unitId: fx.unit.mutasi, tmt }, pangkat: { golongan: 'II/c', tmt, jenisKp: 'reguler', mkTahun: 5, mkBulan: 0 } });
    await tambah('199001012015031101', fx.jabatan.pelaksana, '2022-11-01');
    await tambah('199001012015031102', fx.jabatan.pelaksana, '2022-10-01');
    await tambah('199001012015031103', fx.jabatan.perawat, '2024-11-01');
    await tambah('199001012015031104', fx.jabatan.perawat, '2024-10-01');
    await tambah('199001012015031105', fx.jabatan.pelaksana, '2025-10-01');
    await tambah('199001012015031106', fx.jabatan.pelaksana, '2025-10-01');
    await fx.db.run(sql`insert into riwayat_pendidikan (instansi_id, pegawai_id, tingkat, tahun_lulus, tanggal_ijazah)
      select 1, id, 'S1', 2020, '2020-08-01' from pegawai where nip = '199001012015031105'`);
    const semua = await fx.db.many<BarisKp>(sqlDataKp(bkd, periode, sql`true`));
    const didaftar = semua.filter((b) => {
      const h = kelayakanKp(keDataKp(b), periode);
      return h.ok && (h.nilai.memenuhiSyarat || h.nilai.masaTerpenuhi);
    }).map((b) => b.nip).sort();
    const dibaca = (await fx.db.many<BarisKp>(sqlDataKp(bkd, periode, syaratMasaKp(periode)))).map((b) => b.nip).sort();
    expect(dibaca).toEqual(didaftar);
    expect(dibaca).toEqual(expect.arrayContaining(['199001012015031102', '199001012015031104', '199001012015031105']));
    for (const nip of ['199001012015031101', '199001012015031103', '199001012015031106']) expect(dibaca).not.toContain(nip);
  });
});
