import { join, raw, sql, type Sql } from '@simasn/db';
import { lingkup, tidakValid, type Izin, type Konteks, type Lingkup } from '@simasn/platform';

/**
 * SAKIP records belong to units (a Renstra to a perangkat daerah, a PK to the unit of its
 * position), so the caller's reach is a condition on the unit's path, put inside the query. For
 * reading, a unit above a reached one is reached too (`leluhur`): a Kepala Bidang reads the
 * Renstra of the perangkat daerah and the PK they cascade from. Writing never reaches upwards.
 * Paths hold only digits and slashes, so they are safe LIKE patterns.
 */
export function syaratUnit(l: Lingkup, aliasUnit: string, opsi: { leluhur?: boolean } = {}): Sql {
  if (l.semua) return sql`true`;
  const a = raw(aliasUnit);
  const bagian = l.jalur.flatMap((j) => [
    sql`${a}.jalur like ${`${j}%`}`,
    ...(opsi.leluhur ? [sql`${j}::text like ${a}.jalur || '%'`] : []),
  ]);
  return bagian.length ? sql`(${join(bagian, ' or ')})` : sql`false`;
}

/** The condition for `izin` of the caller, on a unit alias. */
export function syaratUnitIzin(ctx: Konteks, izin: Izin, aliasUnit: string, opsi: { leluhur?: boolean } = {}): Sql {
  return syaratUnit(lingkup(ctx, izin), aliasUnit, opsi);
}

export interface UnitSakip {
  id: number;
  kode: string;
  nama: string;
  jenis: string;
  jalur: string;
  perangkat_daerah_id: number;
}

/** A unit the caller may manage SAKIP data of, or 422 naming the field. */
export async function unitKelola(ctx: Konteks, unitId: number, kolom = 'unitId'): Promise<UnitSakip> {
  const u = await ctx.db.maybeOne<UnitSakip>(sql`
    select id, kode, nama, jenis, jalur, perangkat_daerah_id from unit_organisasi u
     where instansi_id = ${ctx.instansiId} and id = ${unitId} and ${syaratUnitIzin(ctx, 'sakip:kelola', 'u')}`);
  if (!u) throw tidakValid('Unit tidak ditemukan atau di luar kewenangan Anda.', [{ kolom, pesan: `unit #${unitId} tidak ada dalam lingkup Anda` }]);
  return u;
}
