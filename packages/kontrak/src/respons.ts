import { z } from 'zod';
import { DAFTAR_IZIN, type Izin } from './akses/izin.ts';

/**
 * Building blocks of response schemas. A timestamp leaves the server as an ISO string, whether
 * the action holds a `Date` (what the database returns) or a string.
 */
export const zWaktu = z.codec(z.string(), z.union([z.date(), z.string()]), { decode: (s) => s, encode: (v) => (v instanceof Date ? v.toISOString() : v) });

/** A calendar date on the wire: `YYYY-MM-DD`. */
export const zHari = z.string();

/** One page of a list. */
export function zHalaman<T extends z.ZodType>(item: T) {
  return z.object({ total: z.number(), page: z.number().optional(), limit: z.number().optional(), items: z.array(item) });
}

/** `{ id, nama }` references (a unit, a perangkat daerah...). */
export const zRujukan = z.object({ id: z.number(), nama: z.string() });

/** An action that only confirms. */
export const zOk = z.object({ ok: z.literal(true) });

/** A permission of the catalogue (a typed union on both sides, not a string). */
export const zIzin = z.enum(DAFTAR_IZIN as [Izin, ...Izin[]]);
