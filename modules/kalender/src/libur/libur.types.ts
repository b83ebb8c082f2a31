import { JENIS_LIBUR } from '@simasn/domain';
import { z, zTanggal } from '@simasn/kontrak';

const zTahun = z.coerce.number().int().min(2000, 'tahun 2000 sampai 2100').max(2100, 'tahun 2000 sampai 2100');

const zVersiLibur = z.object({ id: z.number(), tahun: z.number(), versi: z.number(), sumber: z.enum(['bawaan', 'impor', 'ubah']), keterangan: z.string(),
  ramadanDari: z.string().nullable(), ramadanSampai: z.string().nullable(), dibuatPada: z.string(), jumlahHari: z.number() });
const zHariLibur = z.object({ tanggal: z.string(), nama: z.string(), jenis: z.enum(JENIS_LIBUR) });

/** GET /api/kalender/libur?tahun=&versi= */
export const skemaDaftarLibur = z.object({ tahun: zTahun, versi: z.coerce.number().int().positive().optional() });
export const skemaResponsDaftarLibur = z.object({ tahun: z.number(), dipilih: zVersiLibur.nullable(), berlaku: z.number().nullable(), hari: z.array(zHariLibur),
  versi: z.array(zVersiLibur), perubahan: z.object({ ditambah: z.array(zHariLibur), dihapus: z.array(zHariLibur) }) });

/** POST /api/kalender/libur/ubah : a local change, as a new version of the year's list. */
export const skemaUbahLibur = z.object({
  tahun: zTahun,
  tambah: z.object({ tanggal: zTanggal, nama: z.string().trim().min(3, 'nama hari libur paling sedikit 3 huruf').max(200), jenis: z.enum(JENIS_LIBUR) }).optional(),
  hapus: zTanggal.optional(),
  /** Set (or with null clear) the year's Ramadan range. */
  ramadan: z.object({ dari: zTanggal, sampai: zTanggal }).nullable().optional(),
  alasan: z.string().trim().min(5, 'tuliskan alasan perubahan (paling sedikit 5 huruf)').max(500),
}).refine((f) => f.tambah || f.hapus || f.ramadan !== undefined, { path: ['tambah'], message: 'pilih hari yang ditambah, dihapus, atau rentang Ramadan' });

/** POST /api/kalender/libur/impor (multipart: file, tahun) : 200 when written, 422 with the same shape. */
export const skemaMasalahImporLibur = z.object({ baris: z.number(), kolom: z.string(), nilai: z.string().nullable(), pesan: z.string() });
export type MasalahImporLibur = z.output<typeof skemaMasalahImporLibur>;
export const skemaHasilImporLibur = z.object({ ok: z.boolean(), tahun: z.number().nullable(), jumlahBaris: z.number(), masalah: z.array(skemaMasalahImporLibur),
  versi: z.number().nullable() });
export type HasilImporLibur = z.output<typeof skemaHasilImporLibur>;
export const skemaImporLibur = z.object({ tahun: zTahun });
export const skemaTemplatLibur = z.object({ tahun: zTahun.optional() });
