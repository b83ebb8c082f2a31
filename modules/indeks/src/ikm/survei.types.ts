import { ATURAN_IKM, ATURAN_IKM_BAWAAN, formatAngka, UNSUR_IKM } from '@simasn/domain';
import { z, zTanggal, zWaktu } from '@simasn/kontrak';
import { BATAS_SARAN_SURVEI } from './batas-survei.ts';

// ---- Requests -------------------------------------------------------------------------------

/** A device value or a form token: 256 random bits, URL-safe (43 characters). */
export const POLA_ACAK = /^[A-Za-z0-9_-]{43}$/;

/** Respondent profile categories (as the questionnaire's header asks them). */
export const PENDIDIKAN_RESPONDEN = ['SD', 'SMP', 'SMA', 'D1-D3', 'D4-S1', 'S2', 'S3'] as const;
export const PEKERJAAN_RESPONDEN = ['PNS', 'TNI', 'POLRI', 'SWASTA', 'WIRAUSAHA', 'PELAJAR', 'LAINNYA'] as const;

/** /api/survei/:id, /api/survei/layanan/:id */
export const skemaIdLayananSurvei = z.object({ id: z.coerce.number().int().positive() });

/** /api/publik/survei/:token */
export const skemaTokenSurvei = z.object({ token: z.string().max(100) });

/**
 * The period a result covers: a date range (`dari`/`sampai`, both inclusive), or a year with an
 * optional tribulan (1-4), or by default the current year. Days are counted in WIB, as the
 * responses' `tanggal` is.
 */
export const skemaPeriodeIkm = z.object({ tahun: z.coerce.number().int().min(2000).max(2100).optional(), tribulan: z.coerce.number().int().min(1).max(4).optional(),
  dari: zTanggal.optional(), sampai: zTanggal.optional() });
export type PeriodeIkm = z.output<typeof skemaPeriodeIkm>;

/** GET /api/survei/ikm */
export const skemaRingkasanIkm = skemaPeriodeIkm;
/** GET /api/survei/:id/hasil.xlsx */
export const skemaEksporHasilIkm = skemaPeriodeIkm;

/** GET /api/survei/:id/hasil */
export const skemaHasilIkm = skemaPeriodeIkm.extend({
  /** How many of the latest suggestions to return. */
  batasSaran: z.coerce.number().int().min(0).max(1000).default(100),
});

const jawaban = z.number({ error: 'pilih salah satu jawaban' }).int('pilih salah satu jawaban').min(1, 'jawaban 1 sampai 4').max(4, 'jawaban 1 sampai 4');

/** POST /api/publik/survei/:token: a respondent's answers. */
export const skemaResponSurvei = z.object({
  tokenFormulir: z.string().regex(POLA_ACAK, 'token formulir tidak sah; muat ulang halaman'),
  jawaban: z.array(jawaban).length(UNSUR_IKM.length, `jawab kesembilan pertanyaan (${UNSUR_IKM.length} jawaban)`),
  umur: z.coerce.number().int('umur dalam tahun').min(10, 'umur 10 sampai 120 tahun').max(120, 'umur 10 sampai 120 tahun').nullish(),
  jenisKelamin: z.enum(['L', 'P']).nullish(),
  pendidikan: z.enum(PENDIDIKAN_RESPONDEN).nullish(),
  pekerjaan: z.enum(PEKERJAAN_RESPONDEN).nullish(),
  saran: z.string().trim().max(BATAS_SARAN_SURVEI, `saran paling banyak ${formatAngka(BATAS_SARAN_SURVEI)} karakter`).nullish().transform((s) => s || null),
  /** Honeypot: hidden from people, filled by form-filling robots. */
  situsWeb: z.string().max(2000).optional(),
});

const ATURAN = Object.keys(ATURAN_IKM) as [string, ...string[]];

/** POST /api/survei/layanan */
export const skemaTambahLayananSurvei = z.object({
  kode: z.string().trim().regex(/^[A-Za-z0-9._-]{1,40}$/, 'kode 1-40 huruf, angka, titik, garis bawah atau tanda hubung'),
  nama: z.string().trim().min(3, 'nama layanan minimal 3 huruf').max(200),
  unitId: z.coerce.number().int().positive(),
  /** Estimated users per period (for the sample-size check); empty when unknown. */
  populasi: z.coerce.number().int().min(1).max(100_000_000).nullish(),
  aturanId: z.enum(ATURAN).default(ATURAN_IKM_BAWAAN),
  aktif: z.boolean().default(true),
});

/** PATCH /api/survei/layanan/:id */
export const skemaUbahLayananSurvei = skemaTambahLayananSurvei.extend({ aturanId: skemaTambahLayananSurvei.shape.aturanId.unwrap(), aktif: z.boolean() }).partial().extend({
  versi: z.coerce.number().int().min(1, 'versi data wajib disertakan'),
  /** Issue a new public link (the old QR codes stop working). */
  gantiToken: z.boolean().optional(),
});

/** GET /api/survei/layanan */
export const skemaDaftarLayananSurvei = z.object({ q: z.string().trim().max(100).optional(), aktif: z.enum(['ya', 'tidak', 'semua']).default('semua') });

// ---- Responses ------------------------------------------------------------------------------

/** A surveyed service unit with its public link token. */
export const zLayananSurvei = z.object({ id: z.number(), kode: z.string(), nama: z.string(), unitId: z.number(), unit: z.string(), token: z.string(), aktif: z.boolean(),
  populasi: z.number().nullable(), aturanId: z.string(), versi: z.number() });
export type LayananSurvei = z.output<typeof zLayananSurvei>;

export const skemaResponsDaftarLayananSurvei = z.array(zLayananSurvei.extend({ jumlahRespon: z.number() }));

const zPilihan = z.object({ kode: z.string(), label: z.string() });
const zPertanyaan = z.object({ nomor: z.number(), unsur: z.string(), pertanyaan: z.string(), pilihan: z.tuple([z.string(), z.string(), z.string(), z.string()]).readonly() });

/** GET /api/publik/survei/:token: the public form (the device cookie travels in a header). */
export const skemaResponsFormulirSurvei = z.object({
  layanan: z.object({ nama: z.string(), unit: z.string() }),
  pertanyaan: z.array(zPertanyaan).readonly(),
  profil: z.object({ jenisKelamin: z.array(zPilihan), pendidikan: z.array(zPilihan), pekerjaan: z.array(zPilihan) }),
  tokenFormulir: z.string(),
  berlakuSampai: zWaktu,
  /** This device already answered for this service today: the next response will be refused. */
  sudahMengisiHariIni: z.boolean(),
});

/** POST /api/publik/survei/:token */
export const skemaResponsKirimSurvei = z.object({ ok: z.boolean(), pesan: z.string() });

const zPeriode = z.object({ dari: z.string(), sampai: z.string(), label: z.string() });
const zMutu = z.object({ kode: z.string(), label: z.string() });
const zUnsurTerlemah = z.object({ nomor: z.number(), nama: z.string(), nrr: z.number() });
/** The IKM under each rule set, the service unit's own first. */
const zPerAturan = z.array(z.object({ aturan: z.string(), nama: z.string(), bobot: z.string(), faktor: z.number(), ikm: z.number(), mutu: zMutu }));
/** Required sample (Krejcie-Morgan) against respondents gathered. */
const zSampel = z.object({ populasi: z.number(), diperlukan: z.number(), terkumpul: z.number(), cukup: z.boolean(), kurang: z.number(), aturan: z.string() });

/** GET /api/survei/ikm: every service unit's IKM in the period and the combined IKM. */
export const skemaResponsRingkasanIkm = z.object({ periode: zPeriode, jumlahLayanan: z.number(), responden: z.number(), ikm: z.number().nullable(), mutu: zMutu.nullable(),
  unsurTerlemah: zUnsurTerlemah.nullable(),
  items: z.array(
    zLayananSurvei.extend({ responden: z.number(), ikm: z.number().nullable(), mutu: zMutu.nullable(), perAturan: zPerAturan.nullable(), sampel: zSampel.nullable() }),
  ) });

const zProfil = z.array(z.object({ kode: z.string(), label: z.string(), jumlah: z.number() }));

/** GET /api/survei/:id/hasil: the results of one service unit. */
export const skemaResponsHasilIkm = z.object({ layanan: zLayananSurvei, periode: zPeriode, responden: z.number(),
  aturan: z.object({ id: z.string(), nama: z.string(), dasarHukum: z.string() }), ikm: z.object({ nilai: z.number(), mutu: zMutu }).nullable(), perAturan: zPerAturan.nullable(),
  unsurTerlemah: zUnsurTerlemah.nullable(),
  unsur: z.array(
    z.object({ nomor: z.number(), nama: z.string(), pertanyaan: z.string(), pilihan: z.tuple([z.string(), z.string(), z.string(), z.string()]).readonly(), total: z.number(),
      nrr: z.number().nullable(), nrrTertimbang: z.number().nullable(), sebaran: z.array(z.number()) }),
  ), sampel: zSampel.nullable(),
  profil: z.object({ jenisKelamin: zProfil, pendidikan: zProfil, pekerjaan: zProfil,
    umur: z.object({ rataRata: z.number().nullable(), termuda: z.number().nullable(), tertua: z.number().nullable(), diisi: z.number() }) }),
  saran: z.object({ jumlah: z.number(), items: z.array(z.object({ id: z.number(), diisiPada: zWaktu, tanggal: z.string(), teks: z.string() })) }) });
