import { kueriDaftar, PERAN, z, zHalaman, zWaktu } from '@simasn/kontrak';

/**
 * Request and response schemas of the workflow engine's endpoints (/api/layanan/usulan...,
 * /api/layanan/saya), for every service built on it (KGB, kenaikan pangkat, pensiun). Pure:
 * shared by the engine's actions (alur/) and the web through `@simasn/layanan/kontrak`.
 */

/** What an actor may do at a step. `ajukan` is the creation of the request (first step). */
export const AKSI_LAYANAN = ['teruskan', 'kembalikan', 'tolak', 'setujui', 'batalkan'] as const;
export const STATUS_USULAN = ['diproses', 'dikembalikan', 'selesai', 'ditolak', 'dibatalkan'] as const;
/** The kinds of data a step may ask for (alur/isian-langkah.ts). */
export const JENIS_ISIAN = ['teks', 'tanggal', 'angka'] as const;

/** POST /api/layanan/usulan */
export const skemaAjukanUsulanLayanan = z.object({ jenis: z.string().trim().min(1, 'jenis layanan wajib diisi'), nip: z.string().trim().min(1, 'NIP wajib diisi'),
  data: z.record(z.string(), z.unknown()).default({}), catatan: z.string().trim().max(2000).nullish() });

/** POST /api/layanan/usulan/:id/proses */
export const skemaProsesUsulanLayanan = z.object({
  aksi: z.enum(AKSI_LAYANAN, { message: 'aksi: teruskan, kembalikan, tolak, setujui atau batalkan' }),
  /** The request's version as the actor saw it. */
  versi: z.coerce.number().int().min(1, 'versi usulan wajib disertakan'),
  alasan: z.string().trim().max(2000).nullish(),
  /** kembalikan: the earlier step to return to (default the first). */
  keLangkah: z.string().trim().nullish(),
  /** Data the step asks for (its skemaData), merged into the request. */
  data: z.record(z.string(), z.unknown()).nullish(),
});

export const skemaIdUsulanLayanan = z.object({ id: z.coerce.number().int().positive() });

/** POST /api/layanan/usulan/:id/dokumen/:kode */
export const skemaKodeDokumenUsulan = z.object({ id: z.coerce.number().int().positive(), kode: z.string().trim().regex(/^[a-z0-9_]{1,40}$/, 'kode dokumen tidak sah') });

/** Reuse a document already in the employee's archive. */
export const skemaPakaiArsip = z.object({ berkasId: z.coerce.number().int().positive('pilih berkas dari arsip') });

/** GET /api/layanan/usulan */
export const URUT_USULAN_LAYANAN = ['diajukan', 'tenggat', 'nama', 'langkah'] as const;
export const skemaDaftarUsulanLayanan = kueriDaftar(URUT_USULAN_LAYANAN).extend({
  jenis: z.string().trim().optional(),
  status: z.enum(STATUS_USULAN).optional(),
  langkah: z.string().trim().optional(),
  /** Only requests waiting at a step where one of the caller's roles acts. */
  menunggu: z.enum(['1', '0', 'true', 'false']).optional(),
  /** Only requests past their step's deadline. */
  terlambat: z.enum(['1', '0', 'true', 'false']).optional(),
  /** The list endpoint always pages (a queue may hold every request of the instansi); its export takes every row. */
  page: z.coerce.number().int().min(1).default(1),
});

/** GET /api/layanan/saya */
export const skemaLayananPegawai = z.object({ nip: z.string().trim().optional() });

// ---- Responses ----------------------------------------------------------------------------

/** One request as the engine stores it. */
export const skemaUsulanLayanan = z.object({ id: z.number(), jenis: z.string(), pegawaiId: z.number(), nip: z.string(), nama: z.string(), langkah: z.string(),
  status: z.enum(STATUS_USULAN), data: z.record(z.string(), z.unknown()), tenggat: z.string().nullable(), versi: z.number(), diajukanPada: zWaktu });

/** A request with its labels, as lists show it. */
export const skemaUsulanTampil = skemaUsulanLayanan.extend({ judul: z.string(), labelJenis: z.string(), labelStatus: z.string(), labelLangkah: z.string() });

/** One transition of the timeline. */
export const skemaJejakUsulan = z.object({ id: z.number(), waktu: zWaktu, namaPengguna: z.string().nullable(), peran: z.string().nullable(),
  aksi: z.enum(['ajukan', ...AKSI_LAYANAN]), label: z.string(), dariLangkah: z.string().nullable(), keLangkah: z.string(), status: z.string(), alasan: z.string().nullable(),
  catatan: z.string().nullable() });

/** A field a step asks for when moving forward, as the engine describes it. */
export const skemaIsianLangkah = z.object({ kunci: z.string(), label: z.string(), jenis: z.enum(JENIS_ISIAN), wajib: z.boolean() });

/** A step of the request's service with where the request stands and what was recorded there. */
export const skemaLangkahTampil = z.object({
  kode: z.string(),
  label: z.string(),
  peran: z.array(z.enum(PERAN)).readonly(),
  tenggatHari: z.number().nullable(),
  /** `selesai` (passed), `sekarang` or `belum` (alur/ambil-usulan-layanan.ts susunLangkah; a plain string until it declares the union). */
  keadaan: z.string(),
  masukPada: zWaktu.nullable(),
  /** The step's fields with what was recorded there (null: nothing yet). */
  isian: z.array(skemaIsianLangkah.extend({ nilai: z.unknown() })),
});

/** One checklist document with what is attached to it. */
export const skemaDokumenPeriksa = z.object({ kode: z.string(), label: z.string(), wajib: z.boolean(), arsip: z.object({ riwayatJenis: z.string() }).optional(),
  terlampir: z.object({ kode: z.string(), berkasId: z.number(), namaBerkas: z.string(), ukuran: z.number(), sumber: z.enum(['unggah', 'arsip']), dilampirkanPada: zWaktu })
    .nullable() });

/** GET /api/layanan/usulan: a page of requests in reach. */
export const skemaResponsDaftarUsulanLayanan = zHalaman(skemaUsulanTampil.extend({
  unit: z.string().nullable(),
  /** Open and past its step's deadline (the service standard) or its service's last day (a KP period): highlighted. */
  terlambat: z.boolean(),
  /** Why it is overdue, in words (null when it is not). */
  alasanTerlambat: z.string().nullable(),
  /** The service's last day for this request (a KP request: the day before its period), if the service has one. */
  batasAkhir: z.string().nullable(),
}));

/** GET /api/layanan/usulan/:id (and the answer of .../proses): one request with everything a page needs. */
export const skemaUsulanRinci = skemaUsulanTampil.extend({
  langkahDaftar: z.array(skemaLangkahTampil),
  jejak: z.array(skemaJejakUsulan),
  dokumen: z.array(skemaDokumenPeriksa),
  /** The actions the caller may take now. */
  aksiTersedia: z.array(z.enum(AKSI_LAYANAN)).readonly(),
  /** The fields the current step asks for when moving forward (teruskan/setujui). */
  isianLangkah: z.array(skemaIsianLangkah).readonly(),
});

/** GET /api/layanan/saya: every request of one employee with its steps and timeline. */
export const skemaResponsLayananPegawai = z.object({ pegawai: z.object({ id: z.number(), nip: z.string(), nama: z.string() }),
  usulan: z.array(skemaUsulanTampil.extend({ langkahDaftar: z.array(skemaLangkahTampil), jejak: z.array(skemaJejakUsulan) })) });

/** POST /api/layanan/usulan/:id/dokumen/:kode: the checklist after attaching. */
export const skemaResponsDokumenUsulan = z.array(skemaDokumenPeriksa);
