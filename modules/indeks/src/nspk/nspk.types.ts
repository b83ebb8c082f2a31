import { z, zWaktu } from '@simasn/kontrak';
import { zKategoriTeks } from '../merit/merit.types.ts';

// ---- Requests -------------------------------------------------------------------------------

/** /api/indeks/nspk/:tahun */
export const skemaTahunNspk = z.object({ tahun: z.coerce.number().int().min(2000).max(2100) });

/** PUT /api/indeks/nspk/:tahun */
export const skemaSimpanPenilaianNspk = z.object({
  /** Score 0-100 per element code; null or absent: not scored yet. The set replaces the stored one. */
  skor: z.record(z.string(), z.number().min(0, 'nilai 0-100').max(100, 'nilai 0-100').nullable()),
  /** Omitted: kept; empty: removed. */
  catatan: z.string().trim().max(2000).nullish(),
  /** Only when the year is recorded for the first time (default: in force at the year's end). */
  aturan: z.string().trim().min(1).max(60).optional(),
  /** The version as read; 0 for a year not recorded yet. */
  versi: z.coerce.number().int().min(0, 'versi data wajib disertakan'),
});

/** POST /api/indeks/nspk/:tahun/bekukan */
export const skemaBekukanNspk = z.object({ versi: z.coerce.number().int().min(1, 'versi data wajib disertakan') });

// ---- Responses ------------------------------------------------------------------------------

/** GET /api/indeks/nspk: the years assessed. */
export const skemaResponsDaftarPenilaianNspk = z.array(
  z.object({ tahun: z.number(), versi: z.number(), aturan: z.string(), lengkap: z.boolean(), jumlahDinilai: z.number(), indeks: z.number().nullable(),
    kategori: zKategoriTeks.nullable(), diubahPada: zWaktu }),
);

/** The NSPK assessment of a year (GET /api/indeks/nspk/:tahun and every change). */
export const skemaResponsPenilaianNspk = z.object({ tahun: z.number(), ada: z.boolean(), versi: z.number(), catatan: z.string().nullable(), diubahPada: zWaktu.nullable(),
  aturan: z.object({ id: z.string(), nama: z.string(), dasarHukum: z.string(), catatan: z.string().nullable(), nilaiMin: z.number(), nilaiMaks: z.number() }),
  kategoriAturan: z.array(zKategoriTeks.extend({ lebihDari: z.number().nullable() })),
  elemen: z.array(z.object({ kode: z.string(), nama: z.string(), bobot: z.number(), nilai: z.number().nullable() })), jumlahElemen: z.number(), jumlahDinilai: z.number(),
  lengkap: z.boolean(), indeks: z.number().nullable(), kategori: zKategoriTeks.nullable(),
  elemenTerlemah: z.array(z.object({ kode: z.string(), nama: z.string(), nilai: z.number() })), peringatan: z.array(z.string()),
  tahunLalu: z.object({ tahun: z.number(), indeks: z.number().nullable(), kategori: zKategoriTeks.nullable(), selisih: z.number().nullable() }).nullable(),
  hasil: z.object({ id: z.number(), nilai: z.number(), kategori: z.string(), dihitungPada: zWaktu, dihitungOleh: z.string() }).nullable() });
