import { PERAN, z, zWaktu } from '@simasn/kontrak';
import { STATUS_AKUN } from './status-akun.ts';

/** One role of an account; an admin OPD names its perangkat daerah by unit code. */
export const zPeranAkun = z.object({ peran: z.enum(PERAN, 'pilih peran dari daftar'), unitKode: z.string().trim().max(40).optional() });
const zDaftarPeran = z.array(zPeranAkun).min(1, 'minimal satu peran').max(PERAN.length);

/**
 * POST /api/akun. An account an admin creates must replace its initial password at the first
 * login (always: the API refuses everything else until then).
 */
export const skemaBuatAkun = z.object({ namaPengguna: z.string().trim().min(3, 'nama pengguna minimal 3 karakter').max(64), namaTampilan: z.string().trim().max(120).optional(),
  sandi: z.string().min(1, 'kata sandi awal wajib diisi').max(128), peran: zDaftarPeran });
export type InputBuatAkun = z.input<typeof skemaBuatAkun>;
export const skemaAkunBaru = z.object({ id: z.number(), namaPengguna: z.string() });

/** `/api/akun/:id/...` */
export const paramAkun = z.object({ id: z.coerce.number('nomor akun tidak sah').int().positive().max(Number.MAX_SAFE_INTEGER) });

/** POST /api/akun/:id/reset-sandi: the temporary password, shown once. */
export const skemaHasilResetSandi = z.object({ namaPengguna: z.string(), sandiSementara: z.string() });

/** POST /api/akun/:id/nonaktifkan */
export const skemaNonaktifkanAkun = z.object({ alasan: z.string().trim().max(300).optional() });

/** PUT /api/akun/:id/peran: the account's roles as a whole (and the perangkat daerah of an admin OPD). */
export const skemaUbahPeranAkun = z.object({ peran: zDaftarPeran });
export type InputUbahPeranAkun = z.input<typeof skemaUbahPeranAkun>;

/** The list's status filter. */

/** GET /api/akun */
export const skemaDaftarAkun = z.object({ q: z.string().trim().max(80).optional(), peran: z.enum(PERAN).optional(), unitId: z.coerce.number().int().positive().optional(),
  status: z.enum(STATUS_AKUN).optional(), page: z.coerce.number().int().min(1).default(1), limit: z.coerce.number().int().min(1).max(100).default(20) });

export const zAkun = z.object({
  id: z.number(),
  namaPengguna: z.string(),
  namaTampilan: z.string(),
  aktif: z.boolean(),
  harusGantiSandi: z.boolean(),
  masukTerakhir: zWaktu.nullable(),
  /** Failed logins on this name within the last 24 hours (all addresses): admin BKD may clear them. */
  gagalMasuk: z.number(),
  peran: z.array(z.object({ peran: z.enum(PERAN), unitId: z.number().nullable(), unitKode: z.string().nullable(), unit: z.string().nullable() })),
});
export type Akun = z.output<typeof zAkun>;
export const skemaHalamanAkun = z.object({ total: z.number(), items: z.array(zAkun) });
