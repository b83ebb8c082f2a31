import { z, zNip, zTanggal, zWaktu } from '@simasn/kontrak';

/**
 * Who acts for an atasan who is away (plt / delegate): request and response schemas of
 * /api/cuti/pengganti. Pure: the web checks its form with the same schema.
 */
export const JENIS_PENGGANTI = ['plt', 'delegasi'] as const;
export type JenisPengganti = (typeof JENIS_PENGGANTI)[number];
export const LABEL_JENIS_PENGGANTI: Record<JenisPengganti, string> = { plt: 'Plt. (ditetapkan admin)', delegasi: 'Delegasi dari atasan' };

/** POST /api/cuti/pengganti: admin OPD names a plt for a unit; an atasan names a delegate for their own unit (unitId left out). */
export const skemaTambahPengganti = z.object({
  jenis: z.enum(JENIS_PENGGANTI, { message: 'pilih plt atau delegasi' }),
  unitId: z.coerce.number({ message: 'pilih unit' }).int().positive('pilih unit').nullish(),
  /** The atasan who is away (left out: the unit's atasan position is vacant). */
  nipAtasan: z.union([z.literal(''), zNip]).nullish(),
  nipPengganti: zNip,
  dari: zTanggal,
  sampai: zTanggal,
  alasan: z.string().trim().min(3, 'tuliskan alasannya (paling sedikit 3 huruf)').max(500, 'alasan paling panjang 500 huruf'),
}).refine((x) => x.sampai >= x.dari, { path: ['sampai'], message: 'tanggal selesai tidak boleh sebelum tanggal mulai' });

export const skemaDaftarPengganti = z.object({ semua: z.enum(['ya', 'tidak']).optional() });
export const skemaIdPengganti = z.object({ id: z.coerce.number().int().positive() });

export const skemaPengganti = z.object({
  id: z.number(),
  jenis: z.enum(JENIS_PENGGANTI),
  labelJenis: z.string(),
  unitId: z.number(),
  unit: z.string(),
  atasan: z.object({ nip: z.string(), nama: z.string() }).nullable(),
  pengganti: z.object({ nip: z.string(), nama: z.string() }),
  dari: z.string(),
  sampai: z.string(),
  alasan: z.string(),
  /** berlaku (today within the period), akan (later), selesai (past), dicabut. */
  keadaan: z.enum(['berlaku', 'akan', 'selesai', 'dicabut']),
  dibuatPada: zWaktu,
  bolehCabut: z.boolean(),
});

/** GET /api/cuti/pengganti: the rows the caller manages, and the ones where the caller acts today. */
export const skemaResponsDaftarPengganti = z.object({ items: z.array(skemaPengganti), bertindakSebagai: z.array(skemaPengganti) });
export const skemaResponsPengganti = skemaPengganti;
