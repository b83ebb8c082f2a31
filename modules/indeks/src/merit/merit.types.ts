import { z, zTanggal, zWaktu } from '@simasn/kontrak';

// ---- Requests -------------------------------------------------------------------------------

/** A target total (Renstra/PK): the scale tops at 400 when the weights sum to 100. */
export const zTargetMerit = z.number().positive('target harus lebih dari 0').max(1000);

/** /api/indeks/merit/:id */
export const skemaIdPenilaianMerit = z.object({ id: z.coerce.number().int().positive() });

/** /api/indeks/merit/:id/skor/:kode */
export const skemaKodeSubAspek = z.object({ id: z.coerce.number().int().positive(), kode: z.string().trim().regex(/^[0-9A-Za-z.]{1,20}$/, 'kode sub-aspek mis. 3.4') });

/** /api/indeks/merit/:id/bukti/:dokumenId */
export const skemaBuktiMerit = z.object({ id: z.coerce.number().int().positive(), dokumenId: z.coerce.number().int().positive() });

/** POST /api/indeks/merit */
export const skemaBukaPenilaianMerit = z.object({
  tahun: z.coerce.number().int().min(2000).max(2100),
  /** Default: the instrument in force at the end of the year (the instansi's own edition first). */
  instrumenId: z.string().trim().min(1).max(60).optional(),
  /** Default: the rule set in force at the end of the year. */
  aturan: z.string().trim().min(1).max(60).optional(),
  targetTotal: zTargetMerit.nullish(),
  /** Default: last year's Renstra end target. */
  targetRenstra: zTargetMerit.nullish(),
  /** Start from last year's scores (same sub-aspect codes), to be reviewed one by one. */
  salinTahunLalu: z.boolean().default(true),
});

/** POST /api/indeks/merit/instrumen */
export const skemaSimpanInstrumenMerit = z.object({
  id: z.string().trim().regex(/^[a-z0-9][a-z0-9._-]{1,59}$/, 'id: huruf kecil, angka, titik, garis bawah atau tanda hubung (2-60 karakter)'),
  nama: z.string().trim().min(1).max(200),
  dasarHukum: z.string().trim().min(1).max(500),
  berlakuMulai: zTanggal,
  catatan: z.string().trim().max(1000).nullish(),
  aspek: z.array(z.object({
    nomor: z.number().int().min(1).max(20),
    /** Default: the aspect's name in the rule set. */
    nama: z.string().trim().min(1).max(200).optional(),
    subAspek: z.array(
      z.object({ kode: z.string().trim().regex(/^[0-9A-Za-z.]{1,20}$/, 'kode sub-aspek mis. 3.4'), nama: z.string().trim().min(1).max(500),
        bobot: z.number().positive().max(100) }),
    ).min(1).max(40),
  })).min(1).max(20),
});

/** PUT /api/indeks/merit/:id/skor/:kode */
export const skemaUbahSkorMerit = z.object({
  skor: z.coerce.number().int('skor harus bilangan bulat').min(1, 'skor 1 (Kurang) sampai 4 (Sangat Baik)').max(4, 'skor 1 (Kurang) sampai 4 (Sangat Baik)'),
  /** Omitted: kept as it was; empty: removed. */
  catatan: z.string().trim().max(2000).nullish(),
  /** The score's version as read; 0 for a sub-aspect not scored yet. */
  versi: z.coerce.number().int().min(0, 'versi data wajib disertakan'),
});

/** PATCH /api/indeks/merit/:id */
export const skemaUbahTargetMerit = z.object({
  /** Omitted: kept; null: removed. */
  targetTotal: zTargetMerit.nullish(),
  targetRenstra: zTargetMerit.nullish(),
  versi: z.coerce.number().int().min(1, 'versi data wajib disertakan'),
});

/** POST /api/indeks/merit/:id/finalisasi */
export const skemaFinalisasiMerit = z.object({
  /** The assessment's version as seen: what is finalised is exactly what was looked at. */
  versi: z.coerce.number().int().min(1, 'versi data wajib disertakan'),
});

/** POST /api/indeks/merit/:id/buka-kembali */
export const skemaBukaKembaliMerit = z.object({
  /** Why a final figure is being reopened: kept in the audit log and shown in the history. */
  alasan: z.string().trim().min(10, 'alasan wajib diisi (minimal 10 karakter)').max(1000, 'alasan paling banyak 1.000 karakter'),
  /** The assessment's version as seen (the final one). */
  versi: z.coerce.number().int().min(1, 'versi data wajib disertakan'),
});

// ---- Responses ------------------------------------------------------------------------------

/** A category as `{ kode: 'III', label: 'Baik', teks: 'III Baik' }`. */
export const zKategoriTeks = z.object({ kode: z.string(), label: z.string(), teks: z.string() });

const zSubAspekInstrumen = z.object({ kode: z.string(), nama: z.string(), bobot: z.number() });
const zAspekInstrumen = z.object({ nomor: z.number(), nama: z.string(), subAspek: z.array(zSubAspekInstrumen).readonly() });

/** GET /api/indeks/merit/instrumen */
export const skemaResponsDaftarInstrumenMerit = z.array(
  z.object({ id: z.string(), nama: z.string(), dasarHukum: z.string(), berlakuMulai: z.string(), catatan: z.string().nullable(), milikInstansi: z.boolean(),
    jumlahBobot: z.number(), jumlahSubAspek: z.number(), aspek: z.array(zAspekInstrumen).readonly() }),
);

/** POST /api/indeks/merit/instrumen: the edition stored. */
export const skemaResponsSimpanInstrumenMerit = z.object({ id: z.string(), nama: z.string(), dasarHukum: z.string(), berlakuMulai: z.string(), catatan: z.string().optional(),
  aspek: z.array(zAspekInstrumen).readonly(), milikInstansi: z.boolean() });

/** GET /api/indeks/merit: the assessments per year. */
export const skemaResponsDaftarPenilaianMerit = z.array(
  z.object({ id: z.number(), tahun: z.number(), status: z.enum(['draf', 'final']), versi: z.number(), instrumenId: z.string(), targetTotal: z.number().nullable(),
    targetRenstra: z.number().nullable(), total: z.number(), indeks: z.number(), kategori: zKategoriTeks.nullable(), lengkap: z.boolean(), jumlahDinilai: z.number(),
    jumlahSubAspek: z.number(), diubahPada: zWaktu }),
);

export const zDokumenBukti = z.object({ id: z.number(), namaBerkas: z.string(), jenisMime: z.string(), ukuran: z.number(), diunggahPada: zWaktu.nullable() });

/** The breakdown of an assessment (rincianMerit). */
export const zRincianMerit = z.object({
  aspek: z.array(
    z.object({ nomor: z.number(), nama: z.string(), jumlahBobot: z.number(), maksimum: z.number(), nilai: z.number(), jumlahDinilai: z.number(),
      subAspek: z.array(
        z.object({ kode: z.string(), nama: z.string(), bobot: z.number(), skor: z.number().nullable(), labelSkor: z.string().nullable(), nilai: z.number().nullable(),
          catatan: z.string().nullable(), versi: z.number(), diubahPada: zWaktu.nullable(), dokumen: zDokumenBukti.nullable() }),
      ) }),
  ),
  jumlahBobot: z.number(),
  totalMinimum: z.number(),
  totalMaksimum: z.number(),
  jumlahSubAspek: z.number(),
  jumlahDinilai: z.number(),
  belumDinilai: z.array(z.string()),
  lengkap: z.boolean(),
  total: z.number(),
  indeks: z.number(),
  kategori: zKategoriTeks.nullable(),
  naikKategori: z.object({ kategoriBerikutnya: zKategoriTeks.nullable(), kurang: z.number(),
    langkah: z.array(z.object({ aspek: z.number(), subAspek: z.string(), bobot: z.number(), dari: z.number(), ke: z.number(), tambahan: z.number(), nama: z.string() })),
    jumlahLangkah: z.number(), totalSetelah: z.number(), indeksSetelah: z.number(), tercapai: z.boolean(),
    urutan: z.array(z.object({ aspek: z.number(), subAspek: z.string(), bobot: z.number(), skor: z.number(), langkahTersisa: z.number(), nama: z.string() })) }),
  peringatan: z.array(z.string()),
});

/** A finalisation or a reopening in the assessment's history. */
export const zPeristiwaMerit = z.object({ jenis: z.enum(['final', 'buka_kembali']), waktu: zWaktu, oleh: z.string(), hasilId: z.number().nullable(), total: z.number().nullable(),
  indeks: z.number().nullable(), kategori: z.string().nullable(), alasan: z.string().nullable() });

const zCapaian = z.object({ target: z.number(), persen: z.number() }).nullable();

/** One assessment as the page shows it (GET /api/indeks/merit/:id and every change). */
export const skemaResponsPenilaianMerit = zRincianMerit.extend({ id: z.number(), tahun: z.number(), status: z.enum(['draf', 'final']), riwayat: z.array(zPeristiwaMerit),
  versi: z.number(), targetTotal: z.number().nullable(), targetRenstra: z.number().nullable(), dibuatPada: zWaktu, diubahPada: zWaktu,
  aturan: z.object({ id: z.string(), nama: z.string(), dasarHukum: z.string() }),
  instrumen: z.object({ id: z.string(), nama: z.string(), dasarHukum: z.string(), berlakuMulai: z.string(), catatan: z.string().nullable(), milikInstansi: z.boolean() }),
  skala: z.object({ min: z.number(), maks: z.number(), label: z.record(z.string(), z.string()), pembagiIndeks: z.number() }),
  kategoriAturan: z.array(zKategoriTeks.extend({ mulai: z.number().nullable() })),
  tahunLalu: z.object({ id: z.number(), tahun: z.number(), status: z.enum(['draf', 'final']), total: z.number(), indeks: z.number(), kategori: zKategoriTeks.nullable(),
    lengkap: z.boolean(), selisih: z.number() }).nullable(), capaian: z.object({ target: zCapaian, renstra: zCapaian }),
  hasil: z.object({ id: z.number(), nilai: z.number(), kategori: z.string().nullable(), dihitungPada: zWaktu, dihitungOleh: z.string() }).nullable() });

/** POST /api/indeks/merit: the assessment opened, and whether it is new. */
export const skemaResponsBukaPenilaianMerit = skemaResponsPenilaianMerit.extend({ baru: z.boolean() });

/** POST /api/indeks/merit/:id/skor/:kode/bukti */
export const skemaResponsUnggahBuktiMerit = z.object({ dokumen: z.object({ id: z.number(), namaBerkas: z.string(), jenisMime: z.string(), ukuran: z.number() }),
  penilaian: skemaResponsPenilaianMerit });
