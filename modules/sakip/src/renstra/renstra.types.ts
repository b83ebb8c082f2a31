import { CARA_AGREGASI, POLARITAS, SUMBER_OTOMATIS } from '@simasn/domain';
import { z, zTeksOpsional } from '@simasn/kontrak';

/**
 * Request and response schemas of the Renstra endpoints (pure: shared by the actions, the
 * contract in ../kontrak.ts and the web's forms).
 */

export const zId = z.coerce.number().int().positive();
export const zVersi = z.coerce.number().int().min(1, 'versi data wajib disertakan');
export const zKode = z.string().trim().min(1, 'kode wajib diisi').max(40).regex(/^[0-9A-Za-z.-]+$/, 'kode hanya berisi angka, huruf, titik atau tanda hubung');
export const zUraian = z.string().trim().min(3, 'uraian minimal 3 karakter').max(1000);
export const zUrutan = z.coerce.number().int().min(0).max(999).default(0);
export const zTahun = z.coerce.number().int().min(2000, 'tahun tidak sah').max(2100, 'tahun tidak sah');

/** `/:id` of a Renstra, PK or indicator. */
export const skemaParamId = z.object({ id: zId });

export const STATUS_RENSTRA = ['draf', 'berlaku', 'selesai'] as const;
export const TINGKAT_PROGRAM = ['program', 'kegiatan', 'sub_kegiatan'] as const;

/** GET /api/sakip/renstra */
export const skemaDaftarRenstra = z.object({ unitId: zId.optional() });
export const skemaResponsDaftarRenstra = z.array(z.object({
  id: z.number(),
  nama: z.string(),
  status: z.enum(STATUS_RENSTRA),
  tahunAwal: z.number(),
  tahunAkhir: z.number(),
  unitId: z.number(),
  unitKode: z.string(),
  unitNama: z.string(),
  versi: z.number(),
  /** The year a SAKIP page opens the Renstra on: this year in the instansi's zone, within the period (its first or last year outside it). */
  tahunBerjalan: z.number(),
}));

/** POST /api/sakip/renstra */
export const skemaBuatRenstra = z.object({ unitId: zId, tahunAwal: zTahun, tahunAkhir: zTahun, nama: z.string().trim().min(3, 'nama minimal 3 karakter').max(300) }).refine(
  (r) => r.tahunAkhir >= r.tahunAwal && r.tahunAkhir <= r.tahunAwal + 5,
  { path: ['tahunAkhir'], message: 'periode Renstra paling lama 6 tahun dan tahun akhir tidak sebelum tahun awal' },
);

/** `{ id, versi }` of a row just written. */
export const skemaResponsIdVersi = z.object({ id: z.number(), versi: z.number() });

/** PATCH /api/sakip/renstra/:id */
export const skemaUbahRenstra = z.object({ nama: z.string().trim().min(3, 'nama minimal 3 karakter').max(300).optional(), status: z.enum(STATUS_RENSTRA).optional(),
  versi: zVersi });

/** POST /api/sakip/renstra/:id/tujuan */
export const skemaSimpanTujuan = z.object({ id: zId.optional(), kode: zKode, uraian: zUraian, urutan: zUrutan, versi: zVersi.optional() }).refine(
  (t) => t.id === undefined || t.versi !== undefined,
  { path: ['versi'], message: 'versi data wajib disertakan saat mengubah' },
);

/** What saving a row of a Renstra answers (tujuan, sasaran, program, indikator). */
export const skemaResponsSimpanBaris = z.object({ id: z.number(), versi: z.number(), baru: z.boolean() });

/** POST /api/sakip/renstra/:id/sasaran */
export const skemaSimpanSasaran = z.object({ id: zId.optional(), tujuanId: zId, kode: zKode, uraian: zUraian, urutan: zUrutan, versi: zVersi.optional() }).refine(
  (t) => t.id === undefined || t.versi !== undefined,
  { path: ['versi'], message: 'versi data wajib disertakan saat mengubah' },
);

const zRupiah = z.coerce.number({ error: 'harus angka (rupiah)' }).min(0, 'pagu tidak boleh negatif').max(1e13, 'pagu terlalu besar').multipleOf(0.01,
  'pagu paling banyak 2 angka desimal');

/** POST /api/sakip/renstra/:id/program */
export const skemaSimpanProgramKegiatan = z.object({
  id: zId.optional(),
  tingkat: z.enum(TINGKAT_PROGRAM),
  indukId: zId.nullish(),
  kode: zKode,
  nama: z.string().trim().min(3, 'nama minimal 3 karakter').max(500),
  /** Sub kegiatan only: pagu per year (replaces the years given; other years are kept). */
  pagu: z.array(z.object({ tahun: zTahun, pagu: zRupiah, paguPerubahan: zRupiah.nullish() })).max(10).optional(),
  versi: zVersi.optional(),
}).refine((t) => t.id === undefined || t.versi !== undefined, { path: ['versi'], message: 'versi data wajib disertakan saat mengubah' }).refine(
  (t) => !t.pagu?.length || t.tingkat === 'sub_kegiatan',
  { path: ['pagu'], message: 'pagu diisi pada sub kegiatan; pagu kegiatan dan program adalah jumlah di bawahnya' },
).refine((t) => new Set(t.pagu?.map((p) => p.tahun)).size === (t.pagu?.length ?? 0), { path: ['pagu'], message: 'tahun pagu ganda' });

const zAngka = z.coerce.number({ error: 'harus angka' }).refine(Number.isFinite, 'harus angka');

/** POST /api/sakip/renstra/:id/indikator */
export const skemaSimpanIndikator = z.object({
  id: zId.optional(),
  /** Exactly one: the tujuan, sasaran or program/kegiatan/sub kegiatan the indicator measures. */
  tujuanId: zId.nullish(),
  sasaranId: zId.nullish(),
  programKegiatanId: zId.nullish(),
  kode: zKode,
  uraian: zUraian,
  satuan: z.string().trim().min(1, 'satuan wajib diisi').max(60),
  // Named in the message: an import's cell must hold one of them exactly.
  polaritas: z.enum(POLARITAS, { message: `isi ${POLARITAS.join(' atau ')}` }),
  agregasi: z.enum(CARA_AGREGASI, { message: `isi salah satu: ${CARA_AGREGASI.join(', ')}` }),
  formula: zTeksOpsional,
  sumberData: zTeksOpsional,
  sumberOtomatis: z.enum(SUMBER_OTOMATIS).nullish(),
  baseline: zAngka.nullish(),
  tahunBaseline: zTahun.nullish(),
  targetAkhir: zAngka.nullish(),
  angkaNasional: zAngka.nullish(),
  urutan: zUrutan,
  /** Targets per year (replace the whole set). */
  target: z.array(z.object({ tahun: zTahun, target: zAngka })).max(10).default([]),
  /** The program/kegiatan/sub kegiatan serving it (replace the whole set). */
  programIds: z.array(zId).max(100).default([]),
  versi: zVersi.optional(),
}).refine((t) => t.id === undefined || t.versi !== undefined, { path: ['versi'], message: 'versi data wajib disertakan saat mengubah' }).refine(
  (t) => [t.tujuanId, t.sasaranId, t.programKegiatanId].filter((x) => x != null).length === 1,
  { path: ['sasaranId'], message: 'pilih tepat satu: tujuan, sasaran, atau program/kegiatan yang diukur indikator ini' },
).refine((t) => new Set(t.target.map((x) => x.tahun)).size === t.target.length, { path: ['target'], message: 'tahun target ganda' });

export const JENIS_UNSUR_RENSTRA = ['tujuan', 'sasaran', 'program_kegiatan', 'indikator'] as const;

/** POST /api/sakip/renstra/:id/hapus */
export const skemaHapusUnsurRenstra = z.object({ jenis: z.enum(JENIS_UNSUR_RENSTRA), id: zId, versi: zVersi });
export const skemaResponsHapusUnsur = z.object({ id: z.number(), dihapus: z.literal(true) });

/** An indicator of a Renstra with its targets per year and the programs serving it. */
export const skemaIndikatorRenstra = z.object({ id: z.number(), tujuanId: z.number().nullable(), sasaranId: z.number().nullable(), programKegiatanId: z.number().nullable(),
  kode: z.string(), uraian: z.string(), satuan: z.string(), polaritas: z.enum(POLARITAS), agregasi: z.enum(CARA_AGREGASI), formula: z.string().nullable(),
  sumberData: z.string().nullable(), sumberOtomatis: z.string().nullable(), baseline: z.number().nullable(), tahunBaseline: z.number().nullable(),
  targetAkhir: z.number().nullable(), angkaNasional: z.number().nullable(), urutan: z.number(), versi: z.number(),
  target: z.array(z.object({ tahun: z.number(), target: z.number() })), programIds: z.array(z.number()) });
export type IndikatorRenstra = z.output<typeof skemaIndikatorRenstra>;

/** A node of the program > kegiatan > sub kegiatan tree with its pagu. */
export interface SimpulProgram {
  id: number;
  indukId: number | null;
  tingkat: (typeof TINGKAT_PROGRAM)[number];
  kode: string;
  nama: string;
  versi: number;
  /** Sub kegiatan: the pagu rows as set. */
  pagu: { tahun: number, pagu: number, paguPerubahan: number | null }[];
  /** Pagu in force per year (perubahan if set); for kegiatan and program the sum below. */
  paguBerlaku: Record<number, number>;
  anak: SimpulProgram[];
}
export const skemaSimpulProgram: z.ZodType<SimpulProgram, SimpulProgram> = z.object({ id: z.number(), indukId: z.number().nullable(), tingkat: z.enum(TINGKAT_PROGRAM),
  kode: z.string(), nama: z.string(), versi: z.number(), pagu: z.array(z.object({ tahun: z.number(), pagu: z.number(), paguPerubahan: z.number().nullable() })),
  paguBerlaku: z.record(z.string(), z.number()), get anak() {
  return z.array(skemaSimpulProgram);
} });

/** GET /api/sakip/renstra/:id: the Renstra as a tree. */
export const skemaResponsRenstra = z.object({ id: z.number(), nama: z.string(), status: z.enum(STATUS_RENSTRA), versi: z.number(), tahunAwal: z.number(), tahunAkhir: z.number(),
  tahun: z.array(z.number()), unit: z.object({ id: z.number(), kode: z.string(), nama: z.string() }),
  tujuan: z.array(
    z.object({ id: z.number(), kode: z.string(), uraian: z.string(), urutan: z.number(), versi: z.number(), indikator: z.array(skemaIndikatorRenstra),
      sasaran: z.array(
        z.object({ id: z.number(), tujuanId: z.number(), kode: z.string(), uraian: z.string(), urutan: z.number(), versi: z.number(), indikator: z.array(skemaIndikatorRenstra) }),
      ) }),
  ), program: z.array(skemaSimpulProgram), indikatorProgram: z.array(skemaIndikatorRenstra) });
export type Renstra = z.output<typeof skemaResponsRenstra>;
