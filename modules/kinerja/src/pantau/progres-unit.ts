import { sql } from '@simasn/db';
import { formatPersen } from '@simasn/domain';
import { CacheVersi, kunciLingkup, lingkup, syaratLingkup, uraikan, type Konteks, type Lingkup } from '@simasn/platform';
import { skemaProgres } from './pantau.types.ts';
import { tahunAtau } from './tahun.ts';

type BarisProgres = { unitId: number, unit: string, pegawai: number, belum: number, draf: number, diajukan: number, disetujui: number, adaRealisasi: number };

/**
 * Kept per reach, unit and year until the pegawai data or the SKP and their realisasi change (the
 * 'kinerja' area of versi_data, migration 0043): it reads every active ASN of the reach.
 */
const cacheProgres = new CacheVersi<BarisProgres[]>({ ranah: ['pegawai', 'kinerja'], maks: 16 });

/**
 * SKP progress per unit for admin OPD and BKD: active employees, how many have no SKP, a draft,
 * one waiting for agreement, an agreed one, and an agreed one with realisasi. Without `unitId`,
 * one row per perangkat daerah in reach; with it, one row per unit inside that perangkat daerah.
 */
export async function progresUnit(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaProgres, masukan);
  const l = lingkup(ctx, 'kinerja:baca');
  const tahun = tahunAtau(ctx, f.tahun);
  const { nilai: rows } = await cacheProgres.ambil(ctx, { l: kunciLingkup(l), unit: f.unitId ?? null, tahun }, () => hitungProgres(ctx, l, f.unitId, tahun));
  return { tahun, items: rows.map((r) => ({ ...r, persenDisepakati: formatPersen(r.pegawai ? (r.disetujui / r.pegawai) * 100 : 0) })) };
}

async function hitungProgres(ctx: Konteks, l: Lingkup, unitId: number | undefined, tahun: number): Promise<BarisProgres[]> {
  const kelompok = unitId ? sql`u.id` : sql`u.perangkat_daerah_id`;
  // Set-based: each employee's SKP of the year (the agreed one, else the latest version) and who has a realisasi,
  // each read once for the year and joined, not looked up per employee.
  return ctx.db.many<BarisProgres>(sql`
    with status_skp as (
      select distinct on (s.pegawai_id) s.pegawai_id, s.status from skp s
       where s.instansi_id = ${ctx.instansiId} and s.tahun = ${tahun} and s.status <> 'diganti'
       order by s.pegawai_id, (s.status = 'disetujui') desc, s.nomor_versi desc),
    realisasi as (
      select distinct s.pegawai_id from skp s join skp_realisasi r on r.instansi_id = s.instansi_id and r.skp_seri_id = s.id
       where s.instansi_id = ${ctx.instansiId} and s.tahun = ${tahun}),
    dasar as (
      select ${kelompok} as unit_id, p.id, st.status, re.pegawai_id is not null as realisasi
        from pegawai p join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
        left join status_skp st on st.pegawai_id = p.id
        left join realisasi re on re.pegawai_id = p.id
       where p.instansi_id = ${ctx.instansiId} and p.kedudukan = 'aktif' and ${syaratLingkup(l)}
         and (${unitId ?? null}::bigint is null or u.perangkat_daerah_id = ${unitId ?? null}))
    select d.unit_id as "unitId", un.nama as unit, count(*)::int as pegawai, count(*) filter (where d.status is null)::int as belum,
           count(*) filter (where d.status = 'draf')::int as draf, count(*) filter (where d.status = 'diajukan')::int as diajukan,
           count(*) filter (where d.status = 'disetujui')::int as disetujui, count(*) filter (where d.status = 'disetujui' and d.realisasi)::int as "adaRealisasi"
      from dasar d join unit_organisasi un on un.instansi_id = ${ctx.instansiId} and un.id = d.unit_id
     group by d.unit_id, un.nama, un.jalur order by un.jalur`);
}
