import { join, raw, sql, type Sql } from '@simasn/db';
import { lingkup, tidakValid, type Izin, type Konteks } from '@simasn/platform';

/**
 * Calendars belong to units, so a caller's reach is a condition on the unit's path inside the
 * query (an admin OPD: their perangkat daerah and below). Paths hold only digits and slashes, so
 * they are safe LIKE patterns.
 */
export function syaratUnitKalender(ctx: Konteks, izin: Izin, aliasUnit: string): Sql {
  const l = lingkup(ctx, izin);
  if (l.semua) return sql`true`;
  const a = raw(aliasUnit);
  const bagian = l.jalur.map((j) => sql`${a}.jalur like ${`${j}%`}`);
  return bagian.length ? sql`(${join(bagian, ' or ')})` : sql`false`;
}

/** The same reach on employees (`alias.jalur_unit`). */
export function syaratPegawaiKalender(ctx: Konteks, izin: Izin, alias = 'p'): Sql {
  const l = lingkup(ctx, izin);
  if (l.semua) return sql`true`;
  const a = raw(alias);
  const bagian = l.jalur.map((j) => sql`${a}.jalur_unit like ${`${j}%`}`);
  if (l.pegawaiId.length) bagian.push(sql`${a}.id = any(${l.pegawaiId})`);
  return bagian.length ? sql`(${join(bagian, ' or ')})` : sql`false`;
}

/** Whether the caller holds a permission at all (for what the page offers). */
export function punyaIzin(ctx: Konteks, izin: Izin): boolean {
  try {
    lingkup(ctx, izin);
    return true;
  } catch {
    return false;
  }
}

export interface UnitKalender {
  id: number;
  kode: string;
  nama: string;
  jalur: string;
}

/** A unit within the caller's reach for `izin`, or 422 naming the field. */
export async function unitDalamLingkup(ctx: Konteks, unitId: number, izin: Izin, kolom = 'unitId'): Promise<UnitKalender> {
  const u = await ctx.db.maybeOne<UnitKalender>(sql`
    select id, kode, nama, jalur from unit_organisasi u where instansi_id = ${ctx.instansiId} and id = ${unitId} and ${syaratUnitKalender(ctx, izin, 'u')}`);
  if (!u) throw tidakValid('Unit tidak ditemukan atau di luar kewenangan Anda.', [{ kolom, pesan: `unit #${unitId} tidak ada dalam lingkup Anda` }]);
  return u;
}
