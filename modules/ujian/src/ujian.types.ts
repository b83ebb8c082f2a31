import { kueriDaftar, z, zHalaman, zWaktu } from '@simasn/kontrak';
import { JENIS_BUTIR, KELOMPOK_BANK, SARING_ANALISIS, STATUS_BUTIR } from './label-ujian.ts';

/** Request and response schemas of /api/ujian... (bank soal, tes CAT, percobaan). Pure: actions and web forms share them. */

export const JENIS_SINYAL = ['halaman_tersembunyi', 'keluar_jendela', 'perangkat_lain', 'alamat_lain'] as const;
export const LABEL_SINYAL: Record<(typeof JENIS_SINYAL)[number], string> = { halaman_tersembunyi: 'Meninggalkan halaman tes', keluar_jendela: 'Berpindah ke jendela lain',
  perangkat_lain: 'Memakai perangkat lain', alamat_lain: 'Dari alamat jaringan lain' };
/** The most bytes an item's image may have. */
export const UKURAN_MAKS_GAMBAR = 1024 * 1024;
/** The most bytes an imported workbook may have. */
export const UKURAN_MAKS_IMPOR_BUTIR = 5 * 1024 * 1024;
/** The most bytes an imported QTI package may have (its images are 1 MB each at most; inside, the limits of any uploaded zip, BATAS_XLSX). */
export const UKURAN_MAKS_IMPOR_QTI = 20 * 1024 * 1024;

export const skemaId = z.object({ id: z.coerce.number().int().positive() });
/** GET /api/ujian/bank/:id/ekspor-qti.zip: the items chosen (their numbers, comma-separated), or the whole bank. */
export const skemaEksporQti = z.object({
  butir: z.string().trim().regex(/^\d{1,15}(,\d{1,15}){0,4999}$/, 'pilihan butir berupa nomor butir dipisah koma').transform((s) => s.split(',').map(Number)).optional(),
});
export const skemaIdUrutan = z.object({ id: z.coerce.number().int().positive(), urutan: z.coerce.number().int().min(0).max(2000) });

export const skemaTambahBank = z.object({ nama: z.string().trim().min(3, 'nama bank soal paling sedikit 3 huruf').max(200),
  kelompok: z.enum(KELOMPOK_BANK, { message: 'pilih kelompok bank soal' }), kompetensiKode: z.string().trim().max(80).nullish().transform((s) => s || null) });

export const skemaOpsi = z.object({ id: z.string().trim().regex(/^[a-z0-9]{1,8}$/, 'kode opsi berupa huruf kecil/angka'),
  teks: z.string().trim().min(1, 'teks opsi wajib diisi').max(2000), benar: z.boolean().default(false),
  bobot: z.coerce.number().int().min(0).max(5).nullish().transform((x) => x ?? null) });

/** POST /api/ujian/butir (new) and PUT /api/ujian/butir/:id (a new version). */
export const skemaSimpanButir = z.object({
  bankId: z.coerce.number().int().positive({ message: 'pilih bank soal' }),
  kategori: z.string().trim().min(1, 'kategori wajib diisi').max(80),
  teks: z.string().trim().min(5, 'teks soal paling sedikit 5 huruf').max(10000),
  jenis: z.enum(JENIS_BUTIR, { message: 'pilih satu atau beberapa jawaban' }),
  opsi: z.array(skemaOpsi).min(2, 'butir memerlukan paling sedikit 2 opsi').max(8, 'paling banyak 8 opsi'),
  pembahasan: z.string().trim().max(10000).default(''),
  acakOpsi: z.boolean().default(true),
  /** Editing: the version seen. */
  versi: z.coerce.number().int().min(1).optional(),
});

export const skemaDaftarButir = kueriDaftar(['diubah', 'kategori', 'status'] as const).extend({ bankId: z.coerce.number().int().positive().optional(),
  kategori: z.string().trim().max(80).optional(), status: z.enum(STATUS_BUTIR).optional(), analisis: z.enum(SARING_ANALISIS).optional() });

export const skemaUbahStatusButir = z.object({ status: z.enum(STATUS_BUTIR, { message: 'pilih status' }), versi: z.coerce.number().int().min(1) });

export const skemaPenilaian = z.discriminatedUnion('jenis', [
  z.object({ jenis: z.literal('benar_salah'), benar: z.number().min(0).max(100), salah: z.number().min(-100).max(100), kosong: z.number().min(-100).max(100) }),
  z.object({ jenis: z.literal('bobot_opsi'), bobotMin: z.number().int().min(0).max(5), bobotMaks: z.number().int().min(1).max(5), kosong: z.number().min(-100).max(100) }),
]);

export const skemaKategoriTes = z.object({ kode: z.string().trim().min(1).max(80), nama: z.string().trim().min(1).max(200),
  jumlahButir: z.coerce.number().int().min(1, 'jumlah butir paling sedikit 1').max(500), penilaian: skemaPenilaian, ambangBatas: z.coerce.number().min(0),
  bankId: z.coerce.number().int().positive({ message: 'pilih bank soal' }) });

export const skemaSasaran = z.discriminatedUnion('jenis', [
  z.object({ jenis: z.literal('semua') }),
  z.object({ jenis: z.literal('unit'), ids: z.array(z.coerce.number().int().positive()).min(1, 'pilih unit') }),
  z.object({ jenis: z.literal('jabatan'), ids: z.array(z.coerce.number().int().positive()).min(1, 'pilih jabatan') }),
]);

export const skemaTambahTes = z.object({ judul: z.string().trim().min(3, 'judul paling sedikit 3 huruf').max(200),
  kategori: z.array(skemaKategoriTes).min(1, 'tes memerlukan paling sedikit satu kategori').max(20),
  menit: z.coerce.number().int().min(1, 'waktu paling sedikit 1 menit').max(600, 'waktu paling lama 600 menit'), urutanKategori: z.enum(['blok', 'campur']).default('blok'),
  dibukaPada: z.coerce.date({ message: 'waktu dibuka tidak sah' }), ditutupPada: z.coerce.date({ message: 'waktu ditutup tidak sah' }), sasaran: skemaSasaran,
  jp: z.coerce.number().int('JP berupa bilangan bulat').min(1, 'JP paling sedikit 1').max(200, 'JP paling banyak 200').nullish().transform((x) => x ?? null),
  jenisDiklat: z.coerce.number().int().min(1).max(25).nullish().transform((x) => x ?? null) }).refine((x) => x.ditutupPada > x.dibukaPada, { path: ['ditutupPada'],
    message: 'waktu ditutup harus sesudah waktu dibuka' });

export const skemaMulai = z.object({ perangkat: z.string().trim().regex(/^[A-Za-z0-9_-]{8,64}$/, 'kode perangkat tidak sah') });

/** PUT /api/ujian/percobaan/:id/jawaban: the answer to one item (its place), `nomor` the page's sequence for that item. */
export const skemaSimpanJawaban = z.object({ urutan: z.coerce.number().int().min(0).max(2000), pilihan: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).max(8),
  nomor: z.coerce.number().int().min(1).max(1_000_000), perangkat: z.string().trim().regex(/^[A-Za-z0-9_-]{8,64}$/).optional() });

export const skemaSinyal = z.object({ jenis: z.enum(['halaman_tersembunyi', 'keluar_jendela']), perangkat: z.string().trim().max(64).optional() });

// ---- Responses ----------------------------------------------------------------------------

export const skemaBank = z.object({ id: z.number(), nama: z.string(), kelompok: z.enum(KELOMPOK_BANK), labelKelompok: z.string(), kompetensiKode: z.string().nullable(),
  namaKompetensi: z.string().nullable(), jumlahButir: z.number(), jumlahAktif: z.number(), kategori: z.array(z.string()) });
export const skemaResponsDaftarBank = z.object({ items: z.array(skemaBank) });

const skemaOpsiTampil = z.object({ id: z.string(), teks: z.string(), benar: z.boolean(), bobot: z.number().nullable() });
export const skemaButir = z.object({ id: z.number(), bankId: z.number(), namaBank: z.string(), kategori: z.string(), status: z.enum(STATUS_BUTIR), labelStatus: z.string(),
  versi: z.number(), teks: z.string(), jenis: z.enum(JENIS_BUTIR), opsi: z.array(skemaOpsiTampil), pembahasan: z.string(), acakOpsi: z.boolean(), adaGambar: z.boolean(),
  diubahPada: zWaktu });
export const skemaResponsDaftarButir = zHalaman(skemaButir);

export const skemaTes = z.object({ id: z.number(), judul: z.string(),
  kategori: z.array(skemaKategoriTes.extend({ jumlahButir: z.number(), ambangBatas: z.number(), bankId: z.number() })), menit: z.number(),
  urutanKategori: z.enum(['blok', 'campur']), dibukaPada: zWaktu, ditutupPada: zWaktu,
  sasaran: z.object({ jenis: z.enum(['semua', 'unit', 'jabatan']), ids: z.array(z.number()).optional() }), jp: z.number().nullable(), jenisDiklat: z.number().nullable(),
  peserta: z.number(), selesai: z.number() });
export const skemaResponsDaftarTes = z.object({ items: z.array(skemaTes) });

export const skemaTesSaya = z.object({ id: z.number(), judul: z.string(), menit: z.number(), jumlahButir: z.number(), dibukaPada: zWaktu, ditutupPada: zWaktu,
  keadaan: z.enum(['belum_dibuka', 'dapat_dimulai', 'berjalan', 'selesai', 'terlewat']), labelKeadaan: z.string(), percobaanId: z.number().nullable(), total: z.number().nullable(),
  lulus: z.boolean().nullable(), hasilTersedia: z.boolean() });
export const skemaResponsTesSaya = z.object({ items: z.array(skemaTesSaya), waktuServer: zWaktu });

const skemaButirPercobaan = z.object({ urutan: z.number(), kategori: z.string(), namaKategori: z.string(), teks: z.string(), jenis: z.enum(JENIS_BUTIR), adaGambar: z.boolean(),
  opsi: z.array(z.object({ id: z.string(), teks: z.string() })), pilihan: z.array(z.string()), nomor: z.number() });
export const skemaPercobaan = z.object({ id: z.number(), tesId: z.number(), judul: z.string(), status: z.enum(['berjalan', 'selesai']), mulaiPada: zWaktu, batasPada: zWaktu,
  waktuServer: zWaktu, sisaDetik: z.number(), butir: z.array(skemaButirPercobaan) });

export const skemaResponsJawaban = z.object({ urutan: z.number(), nomor: z.number(), tersimpan: z.boolean(), sisaDetik: z.number(), waktuServer: zWaktu });
export const skemaResponsSinyal = z.object({ ok: z.literal(true) });

const skemaNilaiKategori = z.object({ kode: z.string(), nama: z.string(), nilai: z.number(), nilaiMaks: z.number(), ambangBatas: z.number(), lulus: z.boolean(),
  dijawab: z.number(), benar: z.number() });
export const skemaHasil = z.object({
  id: z.number(),
  tesId: z.number(),
  judul: z.string(),
  status: z.enum(['berjalan', 'selesai']),
  caraSelesai: z.enum(['peserta', 'waktu_habis']).nullable(),
  selesaiPada: zWaktu.nullable(),
  kategori: z.array(skemaNilaiKategori),
  total: z.number(),
  nilaiMaks: z.number(),
  lulus: z.boolean(),
  keterangan: z.string(),
  dijawab: z.number(),
  jumlahButir: z.number(),
  /** After the window closes: every item with the key and the explanation. */
  pembahasan: z.array(
    z.object({ urutan: z.number(), kategori: z.string(), teks: z.string(), opsi: z.array(skemaOpsiTampil), pilihan: z.array(z.string()), skor: z.number(),
      pembahasan: z.string() }),
  ).nullable(),
  pembahasanTersedia: zWaktu,
});

export const skemaResponsPantau = z.object({ tes: z.object({ id: z.number(), judul: z.string(), ditutupPada: zWaktu }),
  items: z.array(
    z.object({ id: z.number(), nip: z.string(), nama: z.string(), unit: z.string().nullable(), status: z.enum(['berjalan', 'selesai']),
      caraSelesai: z.enum(['peserta', 'waktu_habis']).nullable(), mulaiPada: zWaktu, selesaiPada: zWaktu.nullable(), dijawab: z.number(), total: z.number().nullable(),
      lulus: z.boolean().nullable(), perangkat: z.number(), alamat: z.number(),
      sinyal: z.array(z.object({ jenis: z.enum(JENIS_SINYAL), label: z.string(), pada: zWaktu, rincian: z.string() })) }),
  ) });

export const skemaResponsAnalisis = z.object({ tesId: z.number(), judul: z.string(), peserta: z.number(), alpha: z.number().nullable(), rataRata: z.number().nullable(),
  simpanganBaku: z.number().nullable(), keterangan: z.string(),
  butir: z.array(
    z.object({ butirId: z.number(), kategori: z.string(), teks: z.string(), peserta: z.number(), p: z.number(), d: z.number(), r: z.number(), perluRevisi: z.boolean(),
      alasan: z.array(z.string()), opsi: z.array(z.object({ id: z.string(), kunci: z.boolean(), proporsi: z.number(), keterangan: z.string().nullable() })) }),
  ), perKategori: z.array(z.object({ kode: z.string(), nama: z.string(), rataRata: z.number(), lulus: z.number(), peserta: z.number() })),
  perUnit: z.array(z.object({ unit: z.string(), peserta: z.number(), rataRata: z.number(), lulus: z.number() })) });

export const skemaResponsImpor = z.object({ diimpor: z.number() });
