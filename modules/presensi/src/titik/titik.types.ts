import { z } from '@simasn/kontrak';

/** Check-in points of units (pure schemas). */

export const zId = z.coerce.number({ error: 'id harus angka' }).int('id harus bilangan bulat').positive('id harus positif');

/** GET /api/presensi/titik */
export const skemaDaftarTitik = z.object({ unitId: zId.optional() });

export const skemaTitik = z.object({ id: z.number(), unitId: z.number(), unit: z.string(), nama: z.string(), lat: z.number(), lon: z.number(), radiusMeter: z.number(),
  aktif: z.boolean(), versi: z.number() });
export type TitikPresensi = z.output<typeof skemaTitik>;
export const skemaResponsDaftarTitik = z.object({ titik: z.array(skemaTitik), unit: z.array(z.object({ id: z.number(), kode: z.string(), nama: z.string() })) });

const zLat = z.coerce.number({ error: 'lintang harus angka' }).refine(Number.isFinite, 'lintang harus angka').min(-90, 'lintang antara -90 dan 90').max(90,
  'lintang antara -90 dan 90');
const zLon = z.coerce.number({ error: 'bujur harus angka' }).refine(Number.isFinite, 'bujur harus angka').min(-180, 'bujur antara -180 dan 180').max(180,
  'bujur antara -180 dan 180');

/** POST /api/presensi/titik (new) and PATCH /api/presensi/titik/:id (with versi). */
const dasarTitik = z.object({ unitId: zId, nama: z.string().trim().min(3, 'nama titik minimal 3 karakter').max(200, 'nama titik paling panjang 200 karakter'), lat: zLat, lon: zLon,
  radiusMeter: z.coerce.number({ error: 'radius harus angka' }).int('radius dalam meter bulat').min(10, 'radius paling kecil 10 m').max(5000, 'radius paling besar 5.000 m') });
export const skemaSimpanTitik = dasarTitik.extend({ aktif: z.boolean().default(true) });
export const skemaUbahTitik = dasarTitik.partial().extend({ aktif: z.boolean().optional(), versi: z.number().int().positive() });
export const skemaParamId = z.object({ id: zId });
