import { PERAN, z, zWaktu } from '@simasn/kontrak';

/** POST /api/akun */
export const skemaBuatAkun = z.object({ namaPengguna: z.string().trim().min(3).max(64), namaTampilan: z.string().trim().max(120).optional(), sandi: z.string().min(1).max(128),
  peran: z.array(z.object({ peran: z.enum(PERAN), unitKode: z.string().trim().optional() })).min(1, 'minimal satu peran'), harusGantiSandi: z.boolean().default(true) });
export type InputBuatAkun = z.input<typeof skemaBuatAkun>;
export const skemaAkunBaru = z.object({ id: z.number(), namaPengguna: z.string() });

/** GET /api/akun */
export const skemaDaftarAkun = z.object({ q: z.string().trim().max(80).optional(), page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20) });

export const zAkun = z.object({
  id: z.number(),
  namaPengguna: z.string(),
  namaTampilan: z.string(),
  aktif: z.boolean(),
  masukTerakhir: zWaktu.nullable(),
  /** Null when the account was never locked. */
  terkunci: z.boolean().nullable(),
  peran: z.array(z.object({ peran: z.enum(PERAN), unit: z.string().nullable() })),
});
export type Akun = z.output<typeof zAkun>;
export const skemaHalamanAkun = z.object({ total: z.number(), items: z.array(zAkun) });
