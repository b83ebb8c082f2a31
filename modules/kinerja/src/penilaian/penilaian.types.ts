import { PREDIKAT_ORGANISASI, RATING_EKSPEKTASI } from '@simasn/domain';
import { z, zWaktu } from '@simasn/kontrak';
import { PERIODE_SKP } from '../aturan-kinerja.ts';

/** Schemas of the pejabat penilai's rating of an SKP (pure). */

const zAlasan = (apa: string) => z.string({ error: `tuliskan alasan rating ${apa}` }).trim().min(3, `tuliskan alasan rating ${apa}`).max(2000);
const zRating = z.enum(RATING_EKSPEKTASI, { error: 'pilih di atas, sesuai, atau di bawah ekspektasi' });

/** PUT /api/kinerja/skp/:id/penilaian: the rating of a period, kept as a draft until made final. */
export const skemaNilaiSkp = z.object({
  periode: z.enum(PERIODE_SKP, { error: 'pilih periode penilaian' }).default('tahunan'),
  ratingHasil: zRating,
  alasanHasil: zAlasan('hasil kerja'),
  ratingPerilaku: zRating,
  alasanPerilaku: zAlasan('perilaku kerja'),
  versi: z.coerce.number().int().min(1).optional(),
  /** A general note of the period (the periodic evaluation's umpan balik). */
  catatan: z.string().trim().max(4000, 'catatan paling banyak 4000 huruf').nullish().transform((x) => (x ? x : null)).refine((x) => x === null || x.length >= 3,
    'catatan paling sedikit 3 huruf'),
  /** Why the hasil kerja rating differs from the one proposed from the unit's capaian (a unit head's SKP). */
  alasanBedaUsulan: z.string().trim().max(2000, 'alasan paling banyak 2000 huruf').nullish().transform((x) => (x ? x : null)),
});

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
  difinalkanPada: zWaktu.nullable(), catatan: z.string().nullable(), usulanHasil: z.enum(RATING_EKSPEKTASI).nullable(), alasanBedaUsulan: z.string().nullable() });

export const skemaPeringatanDistribusi = z.object({ pesan: z.string(), jumlah: z.number(), total: z.number(), persen: z.number() });

export const skemaResponsPenilaian = z.object({
  penilaian: skemaPenilaian,
  peringatan: z.array(skemaPeringatanDistribusi),
  /** What the distribution was checked on: the perangkat daerah's ratings of the period, this one included. */
  hitungan: z.record(z.string(), z.number()),
});

export const skemaKonteksPenilaian = z.object({ periode: z.enum(PERIODE_SKP, { error: 'pilih periode penilaian' }).default('tahunan') });

/** The unit head's hasil kerja rating proposed from the unit's capaian in SAKIP, with its figures. */
export const skemaUsulanPimpinan = z.object({ aturan: z.string(), unit: z.string(), labelCapaian: z.string(), capaianUnit: z.string(), jumlahIndikator: z.number(),
  predikatOrganisasi: z.enum(PREDIKAT_ORGANISASI), labelPredikatOrganisasi: z.string(), rating: z.enum(RATING_EKSPEKTASI), labelRating: z.string(), alasan: z.string(),
  indikator: z.array(z.object({ kode: z.string(), uraian: z.string(), target: z.string(), realisasi: z.string(), capaian: z.string() })) });

/** GET /api/kinerja/skp/:id/penilaian/konteks: what the penilai rates a period against. */
export const skemaResponsKonteksPenilaian = z.object({
  periode: z.string(),
  labelPeriode: z.string(),
  /** The instansi's periodic evaluation (rule data) and its periods. */
  jenisPeriodik: z.string(),
  periodePeriodik: z.array(z.object({ kode: z.string(), label: z.string() })),
  /** For a unit head whose RHK come from the PK: the proposal; null otherwise. */
  usulanPimpinan: skemaUsulanPimpinan.nullable(),
  /** Why no proposal could be made for a unit head (no Renstra, no capaian yet). */
  usulanGagal: z.string().nullable(),
  /** The final periodic ratings of the year (context of the annual rating). */
  periodik: z.array(
    z.object({ periode: z.string(), labelPeriode: z.string(), ratingHasil: z.enum(RATING_EKSPEKTASI), ratingPerilaku: z.enum(RATING_EKSPEKTASI), labelPredikat: z.string(),
      status: z.enum(['draf', 'final']) }),
  ),
  /** The annual rating the periodic ones roll up to (rule data), for the annual period. */
  usulanTahunan: z.object({ ratingHasil: z.enum(RATING_EKSPEKTASI), ratingPerilaku: z.enum(RATING_EKSPEKTASI), keterangan: z.string() }).nullable(),
  /** Realisasi so far per RHK: the latest report up to the period, and the approved linked activities up to its end. */
  realisasi: z.array(
    z.object({ rhkAkarId: z.number(), uraian: z.string(), realisasi: z.string().nullable(), labelPeriodeRealisasi: z.string().nullable(), aktivitas: z.string().nullable() }),
  ),
});
