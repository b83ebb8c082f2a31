import { sql } from '@simasn/db';
import { lingkup, uraikan, type Konteks, type z } from '@simasn/platform';
import { skemaCariJabatan, type Jabatan, type SimpulUnit } from './organisasi.types.ts';

export { skemaCariJabatan, type Jabatan, type SimpulUnit };

/**
 * The unit tree of the instansi (organisation structure is public information) with the number
 * of active employees in each unit's subtree.
 */
export async function daftarUnit(ctx: Konteks): Promise<SimpulUnit[]> {
  lingkup(ctx, 'organisasi:baca');
  return ctx.db.many<SimpulUnit>(sql`
    with hitung as (
      select unit_id, count(*)::int as n from pegawai where instansi_id = ${ctx.instansiId} and kedudukan = 'aktif' group by unit_id)
    select u.id, u.induk_id as "indukId", u.kode, u.nama, u.singkatan, u.jenis, u.jalur,
           coalesce((select sum(h.n)::int from unit_organisasi x join hitung h on h.unit_id = x.id
                      where x.instansi_id = u.instansi_id and x.jalur like u.jalur || '%'), 0) as "jumlahPegawai"
      from unit_organisasi u
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
