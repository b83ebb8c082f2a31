import { z, zWaktu } from '@simasn/kontrak';
import { zId, zTahun } from '../renstra/renstra.types.ts';
import { zTribulan } from '../realisasi/realisasi.types.ts';

/** Request and response schemas of the LKjIP endpoints: generator jobs, narratives, sarana prasarana, check (pure). */

/** Parts of the report written by users, in the order they appear. */
export const BAGIAN_NARASI = { kata_pengantar: 'Kata Pengantar', ikhtisar_eksekutif: 'Ikhtisar Eksekutif', latar_belakang: 'Bab I - A. Latar Belakang',
  tugas_fungsi: 'Bab I - B. Tugas, Fungsi dan Struktur Organisasi', isu_strategis: 'Bab I - Isu Strategis',
  analisis_capaian: 'Bab III - A.5 Analisis Penyebab Keberhasilan/Kegagalan', analisis_efisiensi: 'Bab III - A.6 Analisis Efisiensi Penggunaan Sumber Daya',
  program_penunjang: 'Bab III - A.7 Program/Kegiatan Penunjang Keberhasilan', capaian_lainnya: 'Bab III - C. Capaian Kinerja Lainnya (inovasi, penghargaan)',
  kesimpulan: 'Bab IV - A. Kesimpulan', strategi: 'Bab IV - B. Strategi ke Depan' } as const;
export type BagianNarasi = keyof typeof BAGIAN_NARASI;
export const DAFTAR_BAGIAN_NARASI = Object.keys(BAGIAN_NARASI) as BagianNarasi[];
/** Parts the report has its own standard text for when nobody wrote them; every other part must be written, or left blank by choice. */
export const BAGIAN_BERBAWAAN: readonly BagianNarasi[] = ['kata_pengantar', 'latar_belakang'];

/** A report period: a year (`periode` 0) or one of its tribulan (1-4). */
export const skemaPeriodeLkjip = z.object({ unitId: zId, tahun: zTahun,
  periode: z.coerce.number().int().min(0, 'periode 0 (tahunan) sampai 4').max(4, 'periode 0 (tahunan) sampai 4').default(0) });

export const zBagianNarasi = z.enum(DAFTAR_BAGIAN_NARASI as [BagianNarasi, ...BagianNarasi[]], { message: 'bagian narasi tidak dikenal' });

/** GET /api/sakip/lkjip/narasi */
export const skemaAmbilNarasiLkjip = skemaPeriodeLkjip;
export const skemaResponsNarasiLkjip = z.object({ unit: z.object({ id: z.number(), nama: z.string() }), tahun: z.number(), periode: z.number(), bagian: z.array(z.object({
  bagian: zBagianNarasi,
  judul: z.string(),
  isi: z.string(),
  /** the period it was written for, when carried over from an earlier one */
  dariPeriode: z.object({ tahun: z.number(), periode: z.number() }).nullable(),
  /** versi of the row of this period; 0 when nothing was written for it yet */
  versi: z.number(),
  diubahPada: zWaktu.nullable(),
})) });

/** PUT /api/sakip/lkjip/narasi */
export const skemaSimpanNarasiLkjip = skemaPeriodeLkjip.extend({
  bagian: zBagianNarasi,
  isi: z.string().max(20_000, 'narasi paling panjang 20.000 karakter'),
  /** the version read; 0 when the part was not written for this period yet */
  versi: z.coerce.number().int().min(0),
});
export const skemaResponsSimpanNarasi = z.object({ bagian: zBagianNarasi, isi: z.string(), versi: z.number(), diubahPada: zWaktu });

/** GET /api/sakip/lkjip/sarana */
export const skemaAmbilSaranaPrasarana = z.object({ unitId: zId, tahun: zTahun });

export const zBarisSarana = z.object({ uraian: z.string().trim().min(1, 'uraian wajib diisi').max(200),
  jumlah: z.coerce.number().int('jumlah harus bilangan bulat').min(0, 'jumlah tidak boleh negatif').max(1_000_000), satuan: z.string().trim().min(1, 'satuan wajib diisi').max(40),
  kondisi: z.string().trim().min(1, 'kondisi wajib diisi').max(60), keterangan: z.string().trim().max(200).nullish().transform((s) => s || null) });

/** A line of the sarana prasarana list as stored and answered. */
export const skemaSaranaPrasarana = z.object({ uraian: z.string(), jumlah: z.number(), satuan: z.string(), kondisi: z.string(), keterangan: z.string().nullable() });
export type SaranaPrasarana = z.output<typeof skemaSaranaPrasarana>;

export const skemaResponsSarana = z.object({
  unitId: z.number(),
  tahun: z.number(),
  baris: z.array(skemaSaranaPrasarana),
  versi: z.number(),
  /** the year the list was carried over from (versi 0), when this year has none yet */
  dariTahun: z.number().nullable(),
});

/** PUT /api/sakip/lkjip/sarana */
export const skemaSimpanSaranaPrasarana = z.object({ unitId: zId, tahun: zTahun, baris: z.array(zBarisSarana).max(200, 'paling banyak 200 baris'),
  versi: z.coerce.number().int().min(0) });
export const skemaResponsSimpanSarana = z.object({ unitId: z.number(), tahun: z.number(), baris: z.array(skemaSaranaPrasarana), versi: z.number() });

/** GET /api/sakip/lkjip/periksa (and the input of the report) */
export const skemaSusunLkjip = z.object({
  unitId: zId,
  tahun: zTahun,
  /** 1-4: the report of a tribulan (realisasi up to its end); omitted: the year */
  tribulan: zTribulan.nullish().transform((x) => x ?? undefined),
  /** capping policy of capaian (percent); omitted: no cap */
  batas: z.coerce.number().positive().max(1000).nullish().transform((x) => x ?? undefined),
});

export const KOLOM_TEMUAN = ['capaian', 'persen_anggaran', 'efisiensi', 'nilai', 'pagu', 'realisasi_anggaran', 'nrr', 'indeks', 'target', 'realisasi'] as const;
/** A figure of the assembled report that does not follow from its inputs (generation stops). */
export const skemaTemuanLaporan = z.object({ tabel: z.string(), label: z.string(), baris: z.number(), kolom: z.enum(KOLOM_TEMUAN), tercetak: z.number(), seharusnya: z.number(),
  keterangan: z.string() });
export const skemaResponsPeriksaLkjip = z.object({ unit: z.object({ id: z.number(), kode: z.string(), nama: z.string() }), tahun: z.number(), tribulan: z.number().nullable(),
  jumlahIndikator: z.number(), temuan: z.array(skemaTemuanLaporan) });

/** POST /api/sakip/lkjip */
export const skemaBuatLkjip = skemaSusunLkjip.extend({
  format: z.enum(['docx', 'pdf'], { message: 'format harus docx atau pdf' }),
  /** true: the user chose to leave the parts nobody wrote blank; otherwise generation stops and lists them */
  kosongkan: z.boolean({ message: 'pilihan bagian kosong harus ya atau tidak' }).optional().transform((x) => x ?? false),
});
export const skemaResponsMintaLkjip = z.object({ id: z.number(), status: z.literal('antri') });

/** `/:id` of a job. */
export const skemaParamPekerjaan = z.object({ id: z.coerce.number().int().positive() });

/** What an LKjIP job was asked for (mintaLkjip). */
export const skemaParameterLkjip = z.looseObject({ unitId: z.number(), tahun: z.number(), tribulan: z.number().nullable(), batas: z.number().nullish(),
  format: z.enum(['docx', 'pdf']), kosongkan: z.boolean().optional() });

/**
 * An LKjIP job's status (GET /api/sakip/lkjip/pekerjaan[/:id]), without the file bytes. `rincian`:
 * on success `{ judul, milidetik, ukuran, jumlahIndikator }`; on failure the error's details
 * (the findings, `skemaTemuanLaporan[]`, when the tables were inconsistent).
 */
export const skemaStatusPekerjaan = z.object({ id: z.number(), jenis: z.string(), parameter: skemaParameterLkjip, status: z.enum(['antri', 'berjalan', 'selesai', 'gagal']),
  progres: z.number(), langkah: z.string().nullable(), namaBerkas: z.string().nullable(), mime: z.string().nullable(), ukuran: z.number().nullable(), rincian: z.unknown(),
  galat: z.string().nullable(), dibuatPada: zWaktu, dimulaiPada: zWaktu.nullable(), selesaiPada: zWaktu.nullable() });
export const skemaResponsDaftarPekerjaan = z.array(skemaStatusPekerjaan);
