import { kueriDaftar, z, zHalaman, zHari, zTanggal, zWaktu } from '@simasn/kontrak';
import { STATUS_ASESMEN, SUMBER_ASESMEN } from './status-asesmen.ts';

/** The schemas of modules/kompetensi's endpoints (pure: the web imports them through `@simasn/kompetensi/kontrak`). */

export const zKelompok = z.enum(['manajerial', 'sosial_kultural', 'teknis']);
const zLevel = z.coerce.number({ message: 'level harus angka 1 sampai 5' }).int('level harus angka 1 sampai 5').min(1, 'level paling rendah 1').max(5, 'level paling tinggi 5');
const zKode = z.string().trim().min(2, 'kode kompetensi wajib diisi').max(40);

/** One competency of the dictionary: the 9 of PermenPAN-RB 38/2017 and the instansi's technical ones. */
export const skemaItemKamus = z.object({ kode: z.string(), nama: z.string(), kelompok: zKelompok, deskripsi: z.string().nullable(), aktif: z.boolean(), jabatan: z.number() });
export const skemaDaftarKamus = z.object({ q: z.string().trim().max(100).optional(), kelompok: zKelompok.optional() });
export const skemaResponsKamus = z.object({ items: z.array(skemaItemKamus) });
export const skemaSimpanTeknis = z.object({
  kode: z.string().trim().toLowerCase().regex(/^[a-z0-9_]{2,40}$/, 'kode 2 sampai 40 huruf kecil, angka atau garis bawah (contoh: pengelolaan_keuangan)'),
  nama: z.string().trim().min(3, 'nama kompetensi wajib diisi').max(150),
  deskripsi: z.string().trim().max(1000).nullish(),
  aktif: z.boolean().default(true),
});

/** The standard of jabatan: the list (search, filter, page). */
export const URUT_STANDAR = ['nama', 'kode', 'pegawai'] as const;
export const skemaDaftarStandar = kueriDaftar(URUT_STANDAR).extend({ jenis: z.enum(['struktural', 'fungsional', 'pelaksana']).optional(),
  status: z.enum(['ada', 'belum']).optional() });
export const skemaLevelStandar = z.object({ kode: z.string(), nama: z.string(), kelompok: zKelompok, level: z.number() });
export const skemaItemStandar = z.object({ id: z.number(), kode: z.string(), nama: z.string(), jenis: z.string(), eselon: z.string().nullable(), jenjang: z.string().nullable(),
  unit: z.string().nullable(), pegawai: z.number(), standar: z.array(skemaLevelStandar) });
export const skemaResponsDaftarStandar = zHalaman(skemaItemStandar).extend({ tanpaStandar: z.number() });
export const skemaIdJabatan = z.object({ id: z.coerce.number().int().positive() });
export const skemaSimpanStandar = z.object({ level: z.array(z.object({ kode: zKode, level: zLevel })).max(60) });
export const skemaMasalahImpor = z.object({ baris: z.number(), kolom: z.string(), pesan: z.string() });
export const skemaResponsImporStandar = z.object({ ok: z.boolean(), jabatan: z.number(), baris: z.number(), masalah: z.array(skemaMasalahImpor) });

/** Assessment results. */
export const zSumber = z.enum(SUMBER_ASESMEN);
export const zStatusAsesmen = z.enum(STATUS_ASESMEN);
/** The fields of POST /api/kompetensi/asesmen (multipart, with the report as "file"); `level` is JSON `{ kode: level }`. */
export const skemaCatatAsesmen = z.object({ nip: z.string().trim().regex(/^\d{18}$/, 'NIP harus 18 angka'), tanggal: zTanggal,
  lembaga: z.string().trim().min(3, 'lembaga/assessment center wajib diisi').max(150), asesor: z.string().trim().max(150).nullish(),
  level: z.array(z.object({ kode: zKode, level: zLevel })).min(1, 'isi level sedikitnya satu kompetensi').max(60) });
export const URUT_ASESMEN = ['tanggal', 'nama', 'dicatat'] as const;
export const skemaDaftarAsesmen = kueriDaftar(URUT_ASESMEN).extend({ status: zStatusAsesmen.optional(), sumber: zSumber.optional() });
export type FilterAsesmen = z.output<typeof skemaDaftarAsesmen>;
export const skemaItemAsesmen = z.object({ id: z.number(), nip: z.string(), nama: z.string(), unit: z.string().nullable(), sumber: zSumber, tanggal: zHari, lembaga: z.string(),
  asesor: z.string().nullable(), status: zStatusAsesmen, catatan: z.string().nullable(), berkasId: z.number().nullable(), dicatatOleh: z.string().nullable(), dicatatPada: zWaktu,
  diverifikasiOleh: z.string().nullable(), diverifikasiPada: zWaktu.nullable(), bolehVerifikasi: z.boolean(),
  level: z.array(z.object({ kode: z.string(), nama: z.string(), level: z.number() })) });
export const skemaResponsDaftarAsesmen = zHalaman(skemaItemAsesmen);
export const skemaIdAsesmen = z.object({ id: z.coerce.number().int().positive() });
export const skemaVerifikasiAsesmen = z.object({ keputusan: z.enum(['setujui', 'tolak'], { message: 'pilih setujui atau tolak' }), catatan: z.string().trim().max(500).nullish() })
  .refine((v) => v.keputusan === 'setujui' || (v.catatan?.length ?? 0) >= 5, { path: ['catatan'], message: 'tuliskan alasan penolakan (sedikitnya 5 huruf)' });
export const skemaResponsAsesmen = z.object({ id: z.number(), status: zStatusAsesmen });

/** The competency profile of one person (the caller without nip). */
export const skemaProfilKompetensi = z.object({ nip: z.string().regex(/^\d{18}$/, 'NIP harus 18 angka').optional() });
const zBarisProfil = z.object({ kode: z.string(), nama: z.string(), kelompok: zKelompok, standar: z.number(), level: z.number().nullable(), selisih: z.number().nullable(),
  tanggal: zHari.nullable(), sumber: zSumber.nullable() });
export const skemaKursusSaran = z.object({ id: z.string(), judul: z.string(), jp: z.number().nullable(), alamat: z.string().nullable() });
export const skemaSaran = z.object({ kode: z.string(), nama: z.string(), levelKini: z.number(), levelTarget: z.number(), kursus: z.array(skemaKursusSaran) });
export const skemaResponsProfil = z.object({
  pegawai: z.object({ nip: z.string(), nama: z.string(), jabatan: z.string().nullable(), jenisJabatan: z.string().nullable(), unit: z.string().nullable() }),
  aturan: z.object({ id: z.string(), nama: z.string(), kategori: z.array(z.object({ min: z.number(), label: z.string() })) }),
  adaStandar: z.boolean(),
  rincian: z.array(zBarisProfil),
  belumDinilai: z.array(z.string()),
  jpm: z.object({ nilai: z.number(), kategori: z.string(), jumlahLevel: z.number(), jumlahStandar: z.number() }).nullable(),
  saran: z.array(skemaSaran),
  asesmen: z.array(
    z.object({ id: z.number(), tanggal: zHari, sumber: zSumber, lembaga: z.string(), asesor: z.string().nullable(), status: zStatusAsesmen, berkasId: z.number().nullable() }),
  ),
});

/** JPM per unit: distribution and the list (search, filter, page). */
export const URUT_JPM = ['nama', 'jpm', 'unit'] as const;
export const skemaDaftarJpm = kueriDaftar(URUT_JPM).extend({ unitId: z.coerce.number().int().positive().optional(), kategori: z.string().trim().max(40).optional() });
export const skemaItemJpm = z.object({ nip: z.string(), nama: z.string(), jabatan: z.string().nullable(), unit: z.string().nullable(), jpm: z.number().nullable(),
  kategori: z.string(), kesenjangan: z.array(z.object({ nama: z.string(), selisih: z.number() })) });
export const skemaResponsDaftarJpm = zHalaman(skemaItemJpm).extend({ aturan: z.string(), sebaran: z.array(z.object({ kategori: z.string(), jumlah: z.number() })),
  rataRata: z.number().nullable(), pegawai: z.number() });
