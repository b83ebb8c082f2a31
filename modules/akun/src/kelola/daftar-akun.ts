import { sql } from '@simasn/db';
import { lingkup, type Konteks, type z } from '@simasn/platform';
import { JENDELA_JAM } from '../tahanan-masuk.ts';
import { skemaDaftarAkun, type Akun } from '../kelola-akun.types.ts';

/**
 * Accounts with their roles, searchable by name, filtered by role, unit (an admin OPD's perangkat
 * daerah, or an employee's unit and the units under it) and status, a page at a time.
 */
export async function daftarAkun(ctx: Konteks, masukan: z.input<typeof skemaDaftarAkun>): Promise<{ total: number, items: Akun[] }> {
  lingkup(ctx, 'akun:kelola');
  const input = skemaDaftarAkun.parse(masukan);
  const pola = input.q ? `%${input.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const awal = new Date(ctx.sekarang().getTime() - JENDELA_JAM * 3600_000);
  const gagal = sql`(select coalesce(sum(g.jumlah), 0)::int from gagal_masuk g
                      where g.instansi_id = a.instansi_id and g.nama_pengguna = a.nama_pengguna and g.gagal_terakhir > ${awal})`;
  const status = input.status ?? null;
  const syarat = sql`a.instansi_id = ${ctx.instansiId}
    and (${pola}::text is null or a.nama_pengguna like ${pola} or lower(a.nama_tampilan) like ${pola})
    and (${input.peran ?? null}::text is null or exists (select 1 from akun_peran ap where ap.instansi_id = a.instansi_id and ap.akun_id = a.id and ap.peran = ${
    input.peran ?? null
  }))
    and (${input.unitId ?? null}::bigint is null or exists (
          select 1 from akun_peran ap where ap.instansi_id = a.instansi_id and ap.akun_id = a.id and ap.unit_id = ${input.unitId ?? null})
        or exists (select 1 from pegawai p join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = ${input.unitId ?? null}
                    where p.instansi_id = a.instansi_id and p.id = a.pegawai_id and p.jalur_unit like u.jalur || '%'))
    and (${status}::text is null
         or (${status} = 'aktif' and a.aktif) or (${status} = 'nonaktif' and not a.aktif)
         or (${status} = 'harus_ganti' and a.harus_ganti_sandi) or (${status} = 'ditahan' and ${gagal} > 0))`;
  const total = await ctx.db.one<{ n: number }>(sql`select count(*)::int as n from akun a where ${syarat}`);
  const items = await ctx.db.many<Akun>(sql`
    select a.id, a.nama_pengguna as "namaPengguna", a.nama_tampilan as "namaTampilan", a.aktif, a.harus_ganti_sandi as "harusGantiSandi",
           a.masuk_terakhir as "masukTerakhir", ${gagal} as "gagalMasuk",
           coalesce((select json_agg(json_build_object('peran', ap.peran, 'unitId', ap.unit_id, 'unitKode', u.kode, 'unit', u.nama) order by ap.peran)
                       from akun_peran ap left join unit_organisasi u on u.instansi_id = ap.instansi_id and u.id = ap.unit_id
                      where ap.instansi_id = a.instansi_id and ap.akun_id = a.id), '[]'::json) as peran
      from akun a where ${syarat}
     order by a.nama_pengguna limit ${input.limit} offset ${(input.page - 1) * input.limit}`);
  return { total: total.n, items };
}
