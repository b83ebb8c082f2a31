import { PREDIKAT_ORGANISASI, RATING_EKSPEKTASI } from '@simasn/domain';
import { z, zWaktu } from '@simasn/kontrak';
import { PERIODE_SKP } from '../aturan-kinerja.ts';

/** Schemas of the pejabat penilai's rating of an SKP (pure). */

const zAlasan = (apa: string) => z.string({ error: `tuliskan alasan rating ${apa}` }).trim().min(3, `tuliskan alasan rating ${apa}`).max(2000);
const zRating = z.enum(RATING_EKSPEKTASI, { error: 'pilih di atas, sesuai, atau di bawah ekspektasi' });

/** PUT /api/kinerja/skp/:id/penilaian: the rating of a period, kept as a draft until made final. */
export const skemaNilaiSkp = z.object({ periode: z.enum(PERIODE_SKP, { error: 'pilih periode penilaian' }).default('tahunan'), ratingHasil: zRating,
  alasanHasil: zAlasan('hasil kerja'), ratingPerilaku: zRating, alasanPerilaku: zAlasan('perilaku kerja'), versi: z.coerce.number().int().min(1).optional() });

/** POST /api/kinerja/skp/:id/penilaian/final: made final, after the distribution warning was seen (`lanjutkan`). */
export const skemaFinalkanPenilaian = z.object({
  periode: z.enum(PERIODE_SKP, { error: 'pilih periode penilaian' }).default('tahunan'),
  versi: z.coerce.number({ error: 'versi data wajib disertakan' }).int().min(1),
  predikatOrganisasi: z.enum(PREDIKAT_ORGANISASI, { error: 'pilih predikat kinerja organisasi' }).default('baik'),
  /** The warnings were shown and the penilai goes on anyway. */
  lanjutkan: z.boolean().default(false),
});

export const skemaPenilaian = z.object({ id: z.number(), periode: z.string(), labelPeriode: z.string(), ratingHasil: z.enum(RATING_EKSPEKTASI), alasanHasil: z.string(),
  ratingPerilaku: z.enum(RATING_EKSPEKTASI), alasanPerilaku: z.string(), predikat: z.string(), labelPredikat: z.string(), status: z.enum(['draf', 'final']),
  penilai: z.object({ nip: z.string().nullable(), nama: z.string(), jabatan: z.string(), golongan: z.string().nullable(), unor: z.string().nullable() }), versi: z.number(),
  difinalkanPada: zWaktu.nullable() });

export const skemaPeringatanDistribusi = z.object({ pesan: z.string(), jumlah: z.number(), total: z.number(), persen: z.number() });

export const skemaResponsPenilaian = z.object({
  penilaian: skemaPenilaian,
  peringatan: z.array(skemaPeringatanDistribusi),
  /** What the distribution was checked on: the perangkat daerah's ratings of the period, this one included. */
  hitungan: z.record(z.string(), z.number()),
});
