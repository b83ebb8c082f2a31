import { kueriDaftar, skemaHalamanDaftar, z, zTanggal, zWaktu } from '@simasn/kontrak';
import { JENIS_PRESENSI, JENIS_SINYAL, STATUS_SINYAL } from '../label-presensi.ts';

/** The fraud-signal review queue (pure schemas). */

export const URUT_SINYAL = ['waktu', 'nama', 'jenis'] as const;
const zId = z.coerce.number().int().positive();

/** GET /api/presensi/sinyal and its export (without the page). */
export const skemaDaftarSinyal = kueriDaftar(URUT_SINYAL).extend({ status: z.enum([...STATUS_SINYAL, 'semua'], { message: 'status tidak dikenal' }).default('baru'),
  jenis: z.enum(JENIS_SINYAL, { message: 'jenis sinyal tidak dikenal' }).optional(), unitId: zId.optional(), dari: zTanggal.optional(), sampai: zTanggal.optional() });
export const skemaEksporSinyal = skemaDaftarSinyal.omit({ page: true, limit: true });

export const skemaSinyal = z.object({
  id: z.number(),
  jenis: z.enum(JENIS_SINYAL),
  label: z.string(),
  /** The evidence in one Indonesian sentence (numbers formatted). */
  uraian: z.string(),
  /** The other people of a shared coordinate, when that is the signal. */
  pegawaiLain: z.array(z.object({ nip: z.string(), nama: z.string() })),
  status: z.enum(STATUS_SINYAL),
  catatan: z.string().nullable(),
  dibuatPada: zWaktu,
  diputuskanPada: zWaktu.nullable(),
  versi: z.number(),
  pegawai: z.object({ nip: z.string(), nama: z.string(), unit: z.string().nullable() }),
  presensi: z.object({ id: z.number(), jenis: z.enum(JENIS_PRESENSI), tanggal: z.string(), waktu: zWaktu, waktuTerima: zWaktu, waktuPerangkat: zWaktu.nullable(),
    luring: z.boolean(), lat: z.number().nullable(), lon: z.number().nullable(), akurasiMeter: z.number().nullable(), diDalam: z.boolean(), jarakMeter: z.number().nullable(),
    adaSwafoto: z.boolean() }),
});
export type SinyalPresensi = z.output<typeof skemaSinyal>;
export const skemaResponsDaftarSinyal = skemaHalamanDaftar.extend({ items: z.array(skemaSinyal) });

/** POST /api/presensi/sinyal/:id/putuskan */
export const skemaPutuskanSinyal = z.object({ keputusan: z.enum(['valid', 'pelanggaran'], { message: 'pilih valid atau pelanggaran' }),
  catatan: z.string().trim().max(1000, 'catatan paling panjang 1.000 karakter').optional(), versi: z.number().int().positive() }).refine(
    (f) => f.keputusan === 'valid' || (f.catatan?.length ?? 0) >= 5,
    { path: ['catatan'], message: 'catatan pelanggaran minimal 5 karakter' },
  );

export const skemaParamId = z.object({ id: zId });
