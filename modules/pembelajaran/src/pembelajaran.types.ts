import { kueriDaftar, z, zHalaman, zWaktu } from '@simasn/kontrak';
import { JENIS_IPASN, JENIS_MODUL, SASARAN_KURSUS, STATUS_KURSUS } from './jenis-pembelajaran.ts';

/** Request and response schemas of /api/pembelajaran... and the public certificate check. Pure: actions and web pages share them. */

const zTeks = (min: number, max: number, nama: string) =>
  z.string().trim().min(min, `${nama} wajib diisi${min > 1 ? ` (minimal ${min} karakter)` : ''}`).max(max, `${nama} paling banyak ${max} karakter`);

export const skemaSoalKuis = z.object({
  pertanyaan: zTeks(3, 2000, 'pertanyaan'),
  pilihan: z.array(zTeks(1, 500, 'pilihan')).min(2, 'paling sedikit 2 pilihan').max(8, 'paling banyak 8 pilihan'),
  /** Indices (0-based) of the right options: one or more. */
  kunci: z.array(z.number().int().min(0)).min(1, 'tandai paling sedikit satu jawaban benar'),
  pembahasan: z.string().trim().max(2000).default(''),
}).refine((s) => s.kunci.every((k) => k < s.pilihan.length), { message: 'kunci jawaban menunjuk pilihan yang tidak ada', path: ['kunci'] });

export const skemaModulKursus = z.object({
  /** Present when editing an existing module (keeps its PDF and the progress on it). */
  id: z.number().int().positive().optional(),
  judul: zTeks(3, 200, 'judul modul'),
  jenis: z.enum(JENIS_MODUL),
  isi: z.string().max(50_000, 'isi modul paling banyak 50.000 karakter').default(''),
  nilaiLulus: z.number().int().min(1).max(100).nullish(),
  soal: z.array(skemaSoalKuis).max(100).default([]),
});

export const zKodeKursus = z.string().trim().toUpperCase().regex(/^[A-Z0-9][A-Z0-9-]{1,29}$/, 'kode 2-30 huruf besar, angka atau tanda hubung');

export const skemaSimpanKursus = z.object({
  kode: zKodeKursus,
  judul: zTeks(3, 200, 'judul kursus'),
  deskripsi: z.string().trim().max(5000).default(''),
  penyelenggara: zTeks(3, 200, 'penyelenggara'),
  jenisDiklat: z.number().int().min(1, 'jenis diklat SIASN 1 sampai 25').max(25, 'jenis diklat SIASN 1 sampai 25'),
  jenisIpAsn: z.enum(JENIS_IPASN),
  jp: z.number().int('JP bilangan bulat').min(1, 'JP paling sedikit 1').max(2000, 'JP paling banyak 2000'),
  kompetensi: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
  sasaran: z.enum(SASARAN_KURSUS).default('semua'),
  sasaranId: z.array(z.number().int().positive()).max(200).default([]),
  prasyarat: z.array(z.number().int().positive()).max(20).default([]),
  modul: z.array(skemaModulKursus).max(50).default([]),
  /** Optimistic concurrency when editing. */
  versi: z.number().int().positive().optional(),
});
export type SimpanKursus = z.output<typeof skemaSimpanKursus>;

export const skemaIdKursus = z.object({ id: z.coerce.number().int().positive() });
export const skemaIdModul = z.object({ id: z.coerce.number().int().positive(), modulId: z.coerce.number().int().positive() });
export const skemaStatusKursus = z.object({ status: z.enum(STATUS_KURSUS) });

export const skemaResponsSimpanKursus = z.object({ id: z.number(), versi: z.number() });
export const skemaResponsUnggahPdf = z.object({ id: z.number(), ukuran: z.number() });

const zSoalAdmin = z.object({ pertanyaan: z.string(), pilihan: z.array(z.string()), kunci: z.array(z.number()), pembahasan: z.string() });
export const skemaModulAdmin = z.object({ id: z.number(), urutan: z.number(), judul: z.string(), jenis: z.enum(JENIS_MODUL), isi: z.string(), nilaiLulus: z.number().nullable(),
  pdfNama: z.string().nullable(), soal: z.array(zSoalAdmin) });

export const skemaKursusAdmin = z.object({ id: z.number(), kode: z.string(), judul: z.string(), deskripsi: z.string(), penyelenggara: z.string(), jenisDiklat: z.number(),
  jenisIpAsn: z.enum(JENIS_IPASN), jp: z.number(), kompetensi: z.array(z.string()), sasaran: z.enum(SASARAN_KURSUS), sasaranId: z.array(z.number()), prasyarat: z.array(z.number()),
  status: z.enum(STATUS_KURSUS), versi: z.number(), modul: z.array(skemaModulAdmin), peserta: z.number(), lulus: z.number() });

export const URUT_KURSUS = ['judul', 'kode', 'jp', 'peserta'] as const;
export const skemaDaftarKursus = kueriDaftar(URUT_KURSUS).extend({ status: z.enum(STATUS_KURSUS).optional() });
export const skemaItemKursus = z.object({ id: z.number(), kode: z.string(), judul: z.string(), jp: z.number(), jenisDiklat: z.number(), status: z.enum(STATUS_KURSUS),
  sasaran: z.enum(SASARAN_KURSUS), modul: z.number(), peserta: z.number(), lulus: z.number() });
export const skemaResponsDaftarKursus = zHalaman(skemaItemKursus);

/** The ASN's catalogue: published courses they may take, with where they stand. */
export const STATUS_IKUT = ['belum', 'berjalan', 'selesai'] as const;
export type StatusIkut = (typeof STATUS_IKUT)[number];
export const skemaKatalog = z.object({ q: z.string().trim().max(100).optional(), saya: z.enum(['ya', 'tidak']).optional() });
export const skemaItemKatalog = z.object({ id: z.number(), kode: z.string(), judul: z.string(), deskripsi: z.string(), penyelenggara: z.string(), jp: z.number(),
  jenisDiklat: z.number(), kompetensi: z.array(z.string()), modul: z.number(), status: z.enum(STATUS_IKUT), persen: z.number(), prasyaratKurang: z.array(z.string()) });
export const skemaResponsKatalog = z.object({ items: z.array(skemaItemKatalog) });

/** One course as the ASN sees it: modules (quiz keys never sent) and their progress. */
const zSoalPeserta = z.object({ id: z.number(), pertanyaan: z.string(), pilihan: z.array(z.string()), ganda: z.boolean() });
export const skemaModulPeserta = z.object({ id: z.number(), urutan: z.number(), judul: z.string(), jenis: z.enum(JENIS_MODUL), isi: z.string(), adaPdf: z.boolean(),
  nilaiLulus: z.number().nullable(), soal: z.array(zSoalPeserta), selesai: z.boolean(), nilaiTerbaik: z.number().nullable(), percobaan: z.number() });
export const skemaResponsBukaKursus = z.object({ id: z.number(), kode: z.string(), judul: z.string(), deskripsi: z.string(), penyelenggara: z.string(), jp: z.number(),
  jenisDiklat: z.number(), kompetensi: z.array(z.string()), status: z.enum(STATUS_IKUT), persen: z.number(), prasyaratKurang: z.array(z.string()), bolehIkut: z.boolean(),
  alasanTidakBoleh: z.string().nullable(), mulaiPada: zWaktu.nullable(), selesaiPada: zWaktu.nullable(),
  sertifikat: z.object({ nomor: z.string(), kode: z.string(), dicabut: z.boolean() }).nullable(), modul: z.array(skemaModulPeserta) });

export const skemaResponsIkut = z.object({ pesertaId: z.number(), baru: z.boolean() });
export const skemaResponsProgres = z.object({ selesai: z.boolean(), persen: z.number(), lulusKursus: z.boolean(),
  sertifikat: z.object({ nomor: z.string(), kode: z.string(), dicabut: z.boolean() }).nullable() });

export const skemaKirimKuis = z.object({
  /** Per item id, the chosen option indices. */
  jawaban: z.record(z.string().regex(/^\d+$/), z.array(z.number().int().min(0)).max(8)),
});
export const skemaResponsKuis = skemaResponsProgres.extend({ benar: z.number(), jumlah: z.number(), nilai: z.number(), lulus: z.boolean(), nilaiLulus: z.number(),
  pembahasan: z.array(z.object({ id: z.number(), benar: z.boolean(), kunci: z.array(z.number()), pembahasan: z.string() })) });

/** Public verification of a certificate. */
export const skemaKodeSertifikat = z.object({ kode: z.string().trim().toUpperCase().regex(/^[A-Z0-9]{12}$/, 'kode verifikasi 12 huruf/angka') });
/** `dicabutPada`: the day of revocation in words (17 Mei 2022); the reason never leaves the server on the public page. */
export const skemaResponsVerifikasi = z.object({ sah: z.boolean(), dicabut: z.boolean(), dicabutPada: z.string().nullable(), nomor: z.string(), nama: z.string(), nip: z.string(),
  judulKursus: z.string(), penyelenggara: z.string(), jp: z.number(), tanggalMulai: z.string(), tanggalSelesai: z.string(), instansi: z.string() });

/** POST /api/pembelajaran/sertifikat/:kode/cabut */
export const skemaCabutSertifikat = z.object({
  alasan: z.string().trim().min(10, 'tuliskan alasan pencabutan, paling sedikit 10 huruf').max(500, 'alasan paling banyak 500 huruf'),
});
export const skemaResponsCabut = z.object({ nomor: z.string(), nama: z.string(), dicabutPada: z.string(), riwayatDihapus: z.boolean(), jp: z.number() });

/** The 20 JP: one ASN (themself without nip) and a list within reach. */
export const skemaJpSaya = z.object({ tahun: z.coerce.number().int().min(2000).max(2100).optional(), nip: z.string().trim().max(30).optional() });
export const skemaKegiatanJp = z.object({ id: z.number(), nama: z.string(), jenisDiklat: z.number(), namaJenis: z.string(), bentuk: z.enum(['klasikal', 'nonklasikal']),
  penyelenggara: z.string().nullable(), tanggalMulai: z.string(), tanggalSelesai: z.string(), jp: z.number(), nomorSertifikat: z.string().nullable(), sumber: z.string(),
  dihitung: z.boolean(), catatan: z.string().nullable() });
export const skemaResponsJpSaya = z.object({ nip: z.string(), nama: z.string(), tahun: z.number(), target: z.number(), jp: z.number(), jpKlasikal: z.number(),
  jpNonklasikal: z.number(), memenuhi: z.boolean(), kurang: z.number(), kegiatan: z.array(skemaKegiatanJp),
  saran: z.array(z.object({ id: z.number(), judul: z.string(), jp: z.number(), status: z.enum(STATUS_IKUT) })) });

export const URUT_JP = ['nama', 'nip', 'jp', 'unit'] as const;
export const skemaDaftarJp = kueriDaftar(URUT_JP).extend({ tahun: z.coerce.number().int().min(2000).max(2100).optional(), unitId: z.coerce.number().int().positive().optional(),
  saring: z.enum(['semua', 'kurang', 'memenuhi']).optional() });
export const skemaItemJp = z.object({ pegawaiId: z.number(), nip: z.string(), nama: z.string(), unit: z.string().nullable(), jp: z.number(), jpKlasikal: z.number(),
  jpNonklasikal: z.number(), memenuhi: z.boolean() });
export const skemaResponsDaftarJp = zHalaman(skemaItemJp).extend({ tahun: z.number(), target: z.number(),
  ringkasan: z.object({ pegawai: z.number(), memenuhi: z.number(), rataRata: z.number(), sebaran: z.array(z.object({ label: z.string(), jumlah: z.number() })) }) });
