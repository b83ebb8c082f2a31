import { kueriDaftar, z, zHalaman, zTanggal, zWaktu } from '@simasn/kontrak';
import { STATUS_AKTIVITAS } from './aturan-aktivitas.ts';

/** Request and response schemas of /api/aktivitas... Pure: actions and web forms share them. */

const zJam = (nama: string) => z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${nama} belum benar: tulis jam dan menit, contoh 07.30`);

/** POST /api/aktivitas (new) and PUT /api/aktivitas/:id (edit a konsep or a rejected one). */
export const skemaSimpanAktivitas = z.object({
  tanggal: zTanggal,
  uraian: z.string().trim().min(3, 'uraikan kegiatannya (paling sedikit 3 huruf)').max(2000),
  kuantitas: z.coerce.number({ message: 'kuantitas harus angka' }).positive('kuantitas harus lebih dari 0').max(100000, 'kuantitas terlalu besar'),
  satuan: z.string().trim().min(1, 'satuan wajib diisi (mis. dokumen, surat, kegiatan)').max(60),
  jamMulai: zJam('jam mulai'),
  jamSelesai: zJam('jam selesai'),
  /** The SKP result it serves (once the performance module lands). */
  hasilSkpId: z.coerce.number().int().positive().nullish(),
  /** Editing: the version seen. */
  versi: z.coerce.number().int().min(1).optional(),
}).refine((x) => x.jamSelesai > x.jamMulai, { path: ['jamSelesai'], message: 'jam selesai harus sesudah jam mulai' });

export const skemaIdAktivitas = z.object({ id: z.coerce.number().int().positive() });

/** POST /api/aktivitas/ajukan: submit the caller's own drafts. */
export const skemaAjukanAktivitas = z.object({ ids: z.array(z.coerce.number().int().positive()).min(1, 'pilih aktivitas yang diajukan').max(500) });

/** POST /api/aktivitas/putuskan: the atasan's bulk decision. */
export const skemaPutuskanAktivitas = z.object({ ids: z.array(z.coerce.number().int().positive()).min(1, 'pilih aktivitas').max(500, 'paling banyak 500 sekaligus'),
  keputusan: z.enum(['setujui', 'tolak'], { message: 'pilih setujui atau tolak' }), alasan: z.string().trim().max(1000).nullish() }).refine(
    (x) => x.keputusan !== 'tolak' || (x.alasan && x.alasan.length >= 3),
    { path: ['alasan'], message: 'tuliskan alasan penolakan' },
  );

/** GET /api/aktivitas/saya */
export const skemaAktivitasSaya = z.object({ dari: zTanggal.optional(), sampai: zTanggal.optional() });

/** GET /api/aktivitas/antrian: submitted activities the caller may decide. */
export const skemaAntrianAktivitas = z.object({ q: z.string().trim().max(100).optional(), page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(200).default(100) });

/** GET /api/aktivitas/belum-isi (and its XLSX export): who has not filled in a day. */
export const URUT_BELUM_ISI = ['nama', 'nip', 'unit'] as const;
export const skemaBelumIsi = kueriDaftar(URUT_BELUM_ISI).extend({ tanggal: zTanggal.optional(), unitId: z.coerce.number().int().positive().optional() });

// ---- Responses ----------------------------------------------------------------------------

export const skemaAktivitas = z.object({
  id: z.number(),
  pegawaiId: z.number(),
  nip: z.string(),
  nama: z.string(),
  tanggal: z.string(),
  uraian: z.string(),
  kuantitas: z.number(),
  satuan: z.string(),
  jamMulai: z.string(),
  jamSelesai: z.string(),
  buktiId: z.number().nullable(),
  namaBukti: z.string().nullable(),
  hasilSkpId: z.number().nullable(),
  status: z.enum(STATUS_AKTIVITAS),
  labelStatus: z.string(),
  alasanTolak: z.string().nullable(),
  versi: z.number(),
  diajukanPada: zWaktu.nullable(),
  /** The caller may still edit/submit it (own, konsep or ditolak, within the entry window). */
  bolehUbah: z.boolean(),
});

export const skemaResponsAktivitasSaya = z.object({ dari: z.string(), sampai: z.string(), batasIsi: z.string(), items: z.array(skemaAktivitas) });
export const skemaResponsAntrianAktivitas = zHalaman(skemaAktivitas.extend({ unit: z.string().nullable(), dieskalasi: z.boolean() }));
export const skemaResponsAjukanAktivitas = z.object({ diajukan: z.number() });
export const skemaResponsPutuskanAktivitas = z.object({ diputuskan: z.number(), dilewati: z.array(z.object({ id: z.number(), alasan: z.string() })) });
export const skemaResponsBelumIsi = zHalaman(z.object({ pegawaiId: z.number(), nip: z.string(), nama: z.string(), unit: z.string().nullable(), konsep: z.number() })).extend({
  tanggal: z.string(),
  hariKerja: z.boolean(),
  keterangan: z.string(),
});
export const skemaResponsHapus = z.object({ ok: z.literal(true) });
