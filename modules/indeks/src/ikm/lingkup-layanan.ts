import { sql, type Sql } from '@simasn/db';
import { lingkup, syaratLingkup, tidakDitemukan, tidakValid, type Izin, type Konteks } from '@simasn/platform';
import type { LayananSurvei } from './survei.types.ts';

/**
 * Service units are reached through the unit offering them: an admin OPD reaches the units of
 * their perangkat daerah, instansi-wide roles every one. `GABUNG_LAYANAN` joins the unit of
 * `layanan_survei l` and exposes its path as `jangkau.jalur_unit`, so that the one definition of
 * a reach (syaratLingkup) is put inside the query, as for employees. A reach of one's own record
 * ("diri") reaches no unit: `jangkau.id` is null.
 */
export const GABUNG_LAYANAN = sql`
  join unit_organisasi u on u.instansi_id = l.instansi_id and u.id = l.unit_id
  cross join lateral (select u.jalur as jalur_unit, null::bigint as id) jangkau`;

export function syaratLayanan(ctx: Konteks, izin: Izin): Sql {
  return syaratLingkup(lingkup(ctx, izin), 'jangkau');
}

/** A surveyed service unit as every survey answer shows it (the shape is declared once, in survei.types.ts). */
export type LayananInti = LayananSurvei;

export const KOLOM_LAYANAN = sql`l.id, l.kode, l.nama, l.unit_id as "unitId", u.nama as unit, l.token, l.aktif, l.populasi,
  l.aturan_id as "aturanId", l.versi`;

/** One service unit inside the caller's reach for `izin`, or 404 (outside the reach looks the same as absent). */
export async function layananDalamLingkup(ctx: Konteks, id: number, izin: Izin): Promise<LayananInti> {
  const syarat = syaratLayanan(ctx, izin);
  const l = await ctx.db.maybeOne<LayananInti>(sql`
    select ${KOLOM_LAYANAN} from layanan_survei l ${GABUNG_LAYANAN}
     where l.instansi_id = ${ctx.instansiId} and l.id = ${id} and ${syarat}`);
  if (!l) throw tidakDitemukan('Layanan survei tidak ditemukan.');
  return l;
}

/** A unit a service may be attached to: in this instansi and inside the caller's reach. */
export async function unitUntukLayanan(ctx: Konteks, unitId: number, izin: Izin): Promise<{ id: number, nama: string }> {
  const l = lingkup(ctx, izin);
  const u = await ctx.db.maybeOne<{ id: number, nama: string }>(sql`
    select u.id, u.nama from unit_organisasi u
     cross join lateral (select u.jalur as jalur_unit, null::bigint as id) jangkau
     where u.instansi_id = ${ctx.instansiId} and u.id = ${unitId} and ${syaratLingkup(l, 'jangkau')}`);
  if (!u) throw tidakValid('Unit tidak ditemukan atau di luar kewenangan Anda.', [{ kolom: 'unitId', pesan: `unit #${unitId} tidak ada dalam lingkup Anda` }]);
  return u;
}
