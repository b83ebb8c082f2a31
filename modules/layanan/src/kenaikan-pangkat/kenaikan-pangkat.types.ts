import { JENIS_USULAN_KP } from '@simasn/domain';
import { kueriDaftar, z, zHari, zTanggal } from '@simasn/kontrak';
import { skemaUsulanLayanan } from '@simasn/platform/alur/kontrak';

/** Request and response schemas of E-Pangkat (pure: shared with the web). */

/** GET /api/kenaikan-pangkat */
export const URUT_KP = ['nama', 'golongan', 'jenis', 'masa', 'unit'] as const;
/**
 * GET /api/kenaikan-pangkat and its export: the period, then the list's search, sort and page.
 * `bagian` picks the list that is paged (eligible by default); with `page` the other list is empty.
 */
export const skemaDaftarKenaikanPangkat = kueriDaftar(URUT_KP).extend({
  periode: zTanggal,
  unitId: z.coerce.number().int().positive().optional(),
  bagian: z.enum(['memenuhi', 'tidak_memenuhi']).optional(),
  jenis: z.enum(JENIS_USULAN_KP).optional(),
  /** `belum`: without a usulan (those that can be proposed); `ada`: with one. */
  usulan: z.enum(['belum', 'ada']).optional(),
});

/** One employee of the period's list: the rule's verdict and the usulan, if any. */
export const skemaBarisDaftarKp = z.object({
  pegawaiId: z.number(),
  nip: z.string(),
  nama: z.string(),
  unit: z.string().nullable(),
  perangkatDaerah: z.string().nullable(),
  jabatan: z.string().nullable(),
  golongan: z.string(),
  tmtGolongan: z.string(),
  hasil: z.object({
    jenis: z.enum(JENIS_USULAN_KP),
    periode: z.string(),
    golonganBaru: z.string().nullable(),
    masaDalamGolongan: z.object({ tahun: z.number(), bulan: z.number() }),
    memenuhiSyarat: z.boolean(),
    /** The time in the golongan (and jabatan) is met: the KP is due, whatever else blocks it. */
    masaTerpenuhi: z.boolean(),
    /** Only the angka kredit is missing: eligible once the OPD enters it. */
    perluAngkaKredit: z.boolean(),
    alasan: z.array(z.string()),
    aturan: z.object({ syarat: z.string(), periode: z.string() }),
  }),
  /** The usulan for this period (open or finished), else one of another period still running; null when none. */
  usulan: z.object({
    id: z.number(),
    status: z.string(),
    langkah: z.string(),
    periode: zHari,
    /** Still open past its period's last day (batasAkhirUsulanKp): stuck, flagged. */
    melewatiPeriode: z.boolean(),
  }).nullable(),
});
export type BarisDaftarKp = z.infer<typeof skemaBarisDaftarKp>;

export const skemaResponsDaftarKenaikanPangkat = z.object({
  periode: z.string(),
  aturanPeriode: z.string(),
  memenuhi: z.array(skemaBarisDaftarKp),
  tidakMemenuhi: z.array(skemaBarisDaftarKp),
  /** How many of each list match the search and filters (the tab counts). */
  ringkasan: z.object({ memenuhi: z.number(), tidakMemenuhi: z.number() }),
  /** The paged list's total, page and page size. */
  total: z.number(),
  page: z.number(),
  limit: z.number(),
});

/** POST /api/kenaikan-pangkat/usulan */
export const skemaAjukanKenaikanPangkat = z.object({ periode: zTanggal,
  pegawai: z.array(
    z.object({ nip: z.string().trim().min(1, 'NIP wajib diisi'), jenisKp: z.enum(JENIS_USULAN_KP).optional(), angkaKredit: z.coerce.number().min(0).max(10000).nullish() }),
  ).min(1, 'pilih paling sedikit satu pegawai').max(500, 'paling banyak 500 pegawai sekali usul'), catatan: z.string().trim().max(2000).nullish() });

/** The usulan created, one per employee, in the order given. */
export const skemaResponsAjukanKenaikanPangkat = z.array(skemaUsulanLayanan);

/** GET /api/kenaikan-pangkat/usulan/:id/sk/:format */
export const skemaParamSkKenaikanPangkat = z.object({ id: z.coerce.number().int().positive(), format: z.enum(['pdf', 'docx'], { message: 'format: pdf atau docx' }) });

/** POST /api/layanan/tmt/jalankan: what the daily TMT job did. */
export const skemaHasilJalankanTmt = z.object({ tanggal: z.string(), diproses: z.array(z.object({ usulanId: z.number(), jenis: z.string(), nip: z.string() })),
  gagal: z.array(z.object({ usulanId: z.number(), jenis: z.string(), pesan: z.string() })) });
export type HasilJalankanTmt = z.infer<typeof skemaHasilJalankanTmt>;
