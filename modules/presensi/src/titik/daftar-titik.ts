import { sql } from '@simasn/db';
import { uraikan, type Konteks } from '@simasn/platform';
import { syaratUnitIzin } from '../lingkup.ts';
import { skemaDaftarTitik, type TitikPresensi } from './titik.types.ts';

export { skemaDaftarTitik };

/** The check-in points of the units the caller keeps (optionally one unit's subtree), and those units. */
export async function daftarTitik(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaDaftarTitik, masukan);
  const jangkau = syaratUnitIzin(ctx, 'presensi:kelola', 'u');
  const dalamUnit = f.unitId ? sql`u.jalur like (select jalur from unit_organisasi where instansi_id = ${ctx.instansiId} and id = ${f.unitId}) || '%'` : sql`true`;
  const titik = await ctx.db.many<TitikPresensi>(sql`
    select t.id::int as id, t.unit_id::int as "unitId", u.nama as unit, t.nama, t.lat, t.lon, t.radius_meter as "radiusMeter", t.aktif, t.versi
      from titik_presensi t join unit_organisasi u on u.instansi_id = t.instansi_id and u.id = t.unit_id
     where t.instansi_id = ${ctx.instansiId} and ${jangkau} and ${dalamUnit} order by u.jalur, t.nama, t.id`);
  const unit = await ctx.db.many<{ id: number, kode: string, nama: string }>(sql`
    select u.id::int as id, u.kode, u.nama from unit_organisasi u where u.instansi_id = ${ctx.instansiId} and ${jangkau} order by u.jalur limit 2000`);
  return { titik: titik.map((t) => ({ ...t, lat: Number(t.lat), lon: Number(t.lon) })), unit };
}
