import { join, raw, sql, type Sql } from '@simasn/db';
import { lingkup, tidakValid, type Izin, type Konteks, type Lingkup } from '@simasn/platform';

/**
 * Check-in points belong to units, so a reach is a condition on the unit's path (`alias.jalur`),
 * put inside the query. Paths hold only digits and slashes: safe LIKE prefixes.
 */
export function syaratUnit(l: Lingkup, aliasUnit: string): Sql {
  if (l.semua) return sql`true`;
  const a = raw(aliasUnit);
  const bagian = l.jalur.map((j) => sql`${a}.jalur like ${`${j}%`}`);
  return bagian.length ? sql`(${join(bagian, ' or ')})` : sql`false`;
}

export function syaratUnitIzin(ctx: Konteks, izin: Izin, aliasUnit: string): Sql {
  return syaratUnit(lingkup(ctx, izin), aliasUnit);
}

export interface UnitPresensi {
  id: number;
  kode: string;
  nama: string;
  jalur: string;
}

/** A unit the caller may keep check-in points of, or 422 naming the field. */
export async function unitKelola(ctx: Konteks, unitId: number, kolom = 'unitId'): Promise<UnitPresensi> {
  const u = await ctx.db.maybeOne<UnitPresensi>(sql`
    select id, kode, nama, jalur from unit_organisasi u
     where instansi_id = ${ctx.instansiId} and id = ${unitId} and ${syaratUnitIzin(ctx, 'presensi:kelola', 'u')}`);
  if (!u) throw tidakValid('Unit tidak ditemukan atau di luar kewenangan Anda.', [{ kolom, pesan: `unit #${unitId} tidak ada dalam lingkup Anda` }]);
  return u;
}
