import { kueriDaftar, z } from '@simasn/kontrak';
import { STATUS_KGB } from './status-kgb.ts';

/**
 * Request and response schemas of the KGB (E-Berkala) endpoints and the riwayat gaji (pure:
 * shared by the server's actions and the web through `@simasn/layanan/kontrak`).
 */

/** A calendar month, YYYY-MM. */
export const zBulan = z.string().trim().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'bulan berformat YYYY-MM');

/** GET /api/layanan/kgb, GET /api/layanan/kgb/ekspor.xlsx */
export const skemaBulanKgb = z.object({
  /** Default this month. */
  bulan: zBulan.optional(),
  unitId: z.coerce.number().int().positive().optional(),
});

export const URUT_KGB = ['tmt', 'nama', 'golongan', 'status', 'unit'] as const;
/** GET /api/layanan/kgb and its export: the month, then the list's search, filters, sort and page. */
export const skemaDaftarKgb = kueriDaftar(URUT_KGB).extend(skemaBulanKgb.shape).extend({
  status: z.enum(STATUS_KGB).optional(),
  /** Only rows whose TMT has passed without a letter. */
  lewat: z.enum(['1', '0']).optional(),
});

/** A row of the monthly list (the domain's KGB of the month, who, and where it stands). */
export const skemaBarisKgb = z.object({
  pegawaiId: z.number(),
  nip: z.string(),
  nama: z.string(),
  unit: z.string().nullable(),
  perangkatDaerah: z.string().nullable(),
  golongan: z.string(),
  tmtKgb: z.string(),
  /** Null on an issued letter's row (the list reads it from the riwayat gaji). */
  mkgLamaTahun: z.number().nullable(),
  mkgBaruTahun: z.number(),
  mkgBaruBulan: z.number(),
  gajiPokokLama: z.number().nullable(),
  gajiPokokBaru: z.number(),
  aturanGaji: z.string(),
  aturanKgb: z.string(),
  /** Why it cannot be granted now (empty: due and unblocked). */
  alasan: z.array(z.string()),
  catatan: z.array(z.string()),
  status: z.enum(STATUS_KGB),
  usulanId: z.number().nullable(),
  nomorSurat: z.string().nullable(),
  riwayatGajiId: z.number().nullable(),
  /** Issued letters only. */
  tanggalSurat: z.string().nullable().optional(),
  /** The TMT has passed and no letter is issued: overdue, highlighted. */
  lewatTmt: z.boolean().optional(),
  /** The letter may be issued only from this date (3 months before the TMT); null when it may be now. */
  terbitMulai: z.string().nullable().optional(),
});

export const skemaDataKurangKgb = z.object({ pegawaiId: z.number(), nip: z.string(), nama: z.string(), unit: z.string().nullable(), alasan: z.string() });

export const skemaResponsKgbBulanan = z.object({
  bulan: z.string(),
  ringkasan: z.object({ jatuhTempo: z.number(), terhambat: z.number(), diusulkan: z.number(), terbit: z.number(), dataKurang: z.number(), totalGajiBaru: z.number() }),
  items: z.array(skemaBarisKgb),
  dataKurang: z.array(skemaDataKurangKgb),
  /** The paged list: how many rows match, which page. */
  total: z.number(),
  page: z.number(),
  limit: z.number(),
  /** Every NIP matching the filters that the bulk confirmation may take (due, free of a running request), across pages. */
  nipDapatDiterbitkan: z.array(z.string()),
});

/** POST /api/layanan/kgb/konfirmasi */
export const skemaKonfirmasiKgb = z.object({ bulan: zBulan,
  nip: z.array(z.string().trim().regex(/^\d{18}$/, 'NIP 18 digit')).min(1, 'pilih paling sedikit satu pegawai').max(20000, 'paling banyak 20.000 pegawai sekali konfirmasi')
    .transform((a) => [...new Set(a)]) });

export const skemaResponsKonfirmasiKgb = z.object({ bulan: z.string(), jumlah: z.number(),
  terbit: z.array(
    z.object({ nip: z.string(), nama: z.string(), tmt: z.string(), gajiPokokBaru: z.number(), pegawaiId: z.number(), riwayatGajiId: z.number(), nomorSurat: z.string(),
      tanggalSurat: z.string(), usulanId: z.number() }),
  ) });

/** GET /api/layanan/kgb/surat/:id?format= (the action's own input: both in one object). */
export const skemaSuratKgb = z.object({ id: z.coerce.number().int().positive(), format: z.enum(['pdf', 'docx'], { message: 'format pdf atau docx' }).default('pdf') });
export const skemaParamSuratKgb = z.object({ id: z.coerce.number().int().positive() });
export const skemaFormatSuratKgb = z.object({ format: z.enum(['pdf', 'docx']).default('pdf') });

/** GET /api/pegawai/:nip/riwayat-gaji */
export const skemaRiwayatGaji = z.object({ nip: z.string().trim().min(1).max(30) });

/** The letter behind a row, when there is one and the caller may open it. */
export const skemaSuratGaji = z.discriminatedUnion('jenis', [
  z.object({ jenis: z.literal('kgb'), id: z.number() }),
  z.object({ jenis: z.literal('sk_kenaikan_pangkat'), usulanId: z.number() }),
]);
export type SuratGaji = z.infer<typeof skemaSuratGaji>;

export const skemaBarisRiwayatGaji = z.object({ id: z.number(), jenis: z.enum(['kgb', 'kenaikan_pangkat', 'lainnya']), golongan: z.string(), tmt: z.string(), mkTahun: z.number(),
  mkBulan: z.number(), gajiPokok: z.number(), gajiPokokLama: z.number().nullable(), aturanGaji: z.string(), nomorSurat: z.string().nullable(), tanggalSurat: z.string().nullable(),
  surat: skemaSuratGaji.nullable() });
export type BarisRiwayatGaji = z.infer<typeof skemaBarisRiwayatGaji>;
export const skemaResponsRiwayatGaji = z.array(skemaBarisRiwayatGaji);
