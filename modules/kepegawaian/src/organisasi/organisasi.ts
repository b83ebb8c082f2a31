import { sql } from '@simasn/db';
import { CacheVersi, lingkup, uraikan, type Konteks, type z } from '@simasn/platform';
import { skemaCariJabatan, type Jabatan, type SimpulUnit } from './organisasi.types.ts';

export { skemaCariJabatan, type Jabatan, type SimpulUnit };

/**
 * The unit tree of the instansi (organisation structure is public information) with the number
 * of active employees in each unit's subtree: the same for every caller of the instansi, computed
 * once per version of the personnel data (units and employees, `versi_data`) and kept.
 */
export async function daftarUnit(ctx: Konteks): Promise<SimpulUnit[]> {
  return (await daftarUnitBerversi(ctx)).unit;
}

const cacheUnit = new CacheVersi<SimpulUnit[]>({ ranah: ['pegawai'], maks: 8 });

/** The unit tree and the data version it was computed at (null inside a transaction): the route's ETag. */
export async function daftarUnitBerversi(ctx: Konteks): Promise<{ unit: SimpulUnit[], versi: number | null }> {
  lingkup(ctx, 'organisasi:baca');
  const h = await cacheUnit.ambil(ctx, 'pohon', () => hitungPohonUnit(ctx));
  return { unit: h.nilai, versi: h.versi };
}

/**
 * One pass: active employees counted per unit, each count added to every unit on its path (the
 * ids of `jalur`, the unit's own included), joined to the units. (It was a subquery per unit
 * scanning every unit's path: quadratic, 100 ms and more at 400 units.)
 */
function hitungPohonUnit(ctx: Konteks): Promise<SimpulUnit[]> {
  return ctx.db.many<SimpulUnit>(sql`
    with hitung as (
      select unit_id, count(*)::int as n from pegawai where instansi_id = ${ctx.instansiId} and kedudukan = 'aktif' and unit_id is not null group by unit_id),
    naik as (
      select a.id::bigint as akar, h.n
        from hitung h join unit_organisasi x on x.instansi_id = ${ctx.instansiId} and x.id = h.unit_id
       cross join lateral unnest(string_to_array(trim(both '/' from x.jalur), '/')) as a(id)),
    jumlah as (select akar, sum(n)::int as n from naik group by akar)
    select u.id, u.induk_id as "indukId", u.kode, u.nama, u.singkatan, u.jenis, u.jalur, coalesce(j.n, 0) as "jumlahPegawai"
      from unit_organisasi u left join jumlah j on j.akar = u.id
     where u.instansi_id = ${ctx.instansiId} and u.aktif
     order by u.jalur`);
}

/** Jabatan catalogue, for pickers (struktural of a unit and every fungsional/pelaksana). */
export async function cariJabatan(ctx: Konteks, masukan: z.input<typeof skemaCariJabatan>): Promise<Jabatan[]> {
  lingkup(ctx, 'organisasi:baca');
  const f = uraikan(skemaCariJabatan, masukan);
  return ctx.db.many<Jabatan>(sql`
    select j.id, j.kode, j.nama, j.jenis, j.tingkat_struktural as "tingkatStruktural", j.eselon, j.jenjang,
           j.kelas_jabatan as "kelasJabatan", j.unit_id as "unitId"
      from jabatan j
     where j.instansi_id = ${ctx.instansiId}
       and (${f.q ?? null}::text is null or j.nama ilike ${`%${f.q ?? ''}%`})
       and (${f.unitId ?? null}::bigint is null or j.unit_id is null or j.unit_id = ${f.unitId ?? null})
     order by j.jenis, j.nama limit ${f.limit}`);
}
