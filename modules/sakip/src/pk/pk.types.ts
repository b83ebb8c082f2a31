import { z, zTanggal, zWaktu } from '@simasn/kontrak';
import { zId, zTahun, zVersi } from '../renstra/renstra.types.ts';

/** Request and response schemas of the Perjanjian Kinerja endpoints (pure). */

export const STATUS_PK = ['draf', 'diajukan', 'disetujui', 'diganti'] as const;
export type StatusPk = (typeof STATUS_PK)[number];

/** Lines of a PK as given by the user: indicator + target, program/kegiatan/sub kegiatan + budget. */
export const zBarisIndikatorPk = z.array(
  z.object({ indikatorId: zId, target: z.coerce.number({ error: 'target harus angka' }).refine(Number.isFinite, 'target harus angka').optional() }),
).max(100);
export const zBarisAnggaranPk = z.array(
  z.object({ programKegiatanId: zId,
    anggaran: z.coerce.number({ error: 'anggaran harus angka' }).min(0, 'anggaran tidak boleh negatif').multipleOf(0.01, 'anggaran paling banyak 2 angka desimal').optional() }),
).max(200);

/** GET /api/sakip/pk */
export const skemaDaftarPk = z.object({ tahun: zTahun.optional(), unitId: zId.optional(), renstraId: zId.optional() });
export const skemaResponsDaftarPk = z.array(
  z.object({ id: z.number(), seriId: z.number(), nomorPerubahan: z.number(), tahun: z.number(), tanggal: z.string(), status: z.enum(STATUS_PK), indukSeriId: z.number().nullable(),
    unitId: z.number(), unit: z.string(), jabatan: z.string(), nip: z.string(), versiBerlaku: z.number().nullable(), jumlahIndikator: z.number(), versi: z.number(),
    pihakPertama: z.string(), pihakKedua: z.string() }),
);

/** POST /api/sakip/pk */
export const skemaBuatPk = z.object({
  renstraId: zId,
  tahun: zTahun,
  jabatanId: zId,
  /** The holder, by id or NIP; omitted: the one employee currently in the jabatan. */
  pegawaiId: zId.optional(),
  nip: z.string().trim().regex(/^\d{18}$/, 'NIP terdiri atas 18 angka').optional(),
  /** The PK this one cascades from (any version of it); omitted: the top PK, agreed with the kepala daerah. */
  indukId: zId.optional(),
  pihakKedua: z.object({ nama: z.string().trim().min(3, 'nama pihak kedua minimal 3 karakter').max(200),
    jabatan: z.string().trim().min(3, 'jabatan pihak kedua minimal 3 karakter').max(200) }).optional(),
  tanggal: zTanggal,
  indikator: zBarisIndikatorPk.default([]),
  anggaran: zBarisAnggaranPk.default([]),
}).refine((f) => f.indukId !== undefined || f.pihakKedua !== undefined, { path: ['pihakKedua'],
  message: 'PK puncak (tanpa PK induk) memerlukan nama dan jabatan pihak kedua (kepala daerah)' }).refine((f) => f.indukId === undefined || f.pihakKedua === undefined, {
    path: ['pihakKedua'],
    message: 'pihak kedua PK turunan adalah pemegang PK induknya; jangan diisi',
  });

/** PATCH /api/sakip/pk/:id */
export const skemaUbahPk = z.object({
  tanggal: zTanggal.optional(),
  alasanPerubahan: z.string().trim().min(5, 'alasan perubahan minimal 5 karakter').max(1000).optional(),
  /** Replace the whole list when given. */
  indikator: zBarisIndikatorPk.optional(),
  anggaran: zBarisAnggaranPk.optional(),
  versi: zVersi,
});

/** POST /api/sakip/pk/:id/ajukan */
export const skemaAjukanPk = z.object({ versi: zVersi });

/** POST /api/sakip/pk/:id/setujui */
export const skemaSetujuiPk = z.object({
  /** true: approve; false: return to pihak pertama as a draft (with the reason). */
  setuju: z.boolean().default(true),
  catatan: z.string().trim().max(1000).optional(),
  versi: zVersi,
}).refine((f) => f.setuju || (f.catatan?.length ?? 0) >= 5, { path: ['catatan'], message: 'alasan pengembalian minimal 5 karakter' });

/** POST /api/sakip/pk/:id/revisi */
export const skemaRevisiPk = z.object({ tanggal: zTanggal, alasanPerubahan: z.string().trim().min(5, 'alasan perubahan minimal 5 karakter').max(1000), versi: zVersi });

/** GET /api/sakip/pk/:id/cetak */
export const skemaCetakPk = z.object({ id: z.coerce.number().int().positive(), format: z.enum(['pdf', 'docx'], { message: 'format harus pdf atau docx' }).default('pdf') });
export const skemaQueryCetakPk = z.object({ format: z.enum(['pdf', 'docx']).default('pdf') });

const zPihak = z.object({ pegawaiId: z.number().nullable(), nip: z.string().nullable(), nama: z.string(), jabatan: z.string() });

/** One PK version with its parties, lines and the other versions of its series (GET /api/sakip/pk/:id and every PK action). */
export const skemaPerjanjianKinerja = z.object({ id: z.number(), seriId: z.number(), nomorPerubahan: z.number(), jenis: z.string(), renstraId: z.number(), tahun: z.number(),
  tanggal: z.string(), alasanPerubahan: z.string().nullable(), status: z.enum(STATUS_PK), versi: z.number(), unit: z.object({ id: z.number(), kode: z.string(), nama: z.string() }),
  jabatan: z.object({ id: z.number(), nama: z.string() }), indukSeriId: z.number().nullable(), indukId: z.number().nullable(), pihakPertama: zPihak, pihakKedua: zPihak,
  indikator: z.array(
    z.object({ indikatorId: z.number(), kode: z.string(), uraian: z.string(), satuan: z.string(), polaritas: z.string(), target: z.number(), sasaran: z.string().nullable(),
      tujuan: z.string().nullable(), program: z.string().nullable(), urutan: z.number() }),
  ), anggaran: z.array(z.object({ programKegiatanId: z.number(), kode: z.string(), nama: z.string(), tingkat: z.string(), anggaran: z.number(), urutan: z.number() })),
  jumlahAnggaran: z.number(), ditandatanganiPada: zWaktu.nullable(), disetujuiPada: zWaktu.nullable(),
  versiLain: z.array(z.object({ id: z.number(), nomorPerubahan: z.number(), tanggal: z.string(), status: z.enum(STATUS_PK), alasanPerubahan: z.string().nullable() })) });
export type PerjanjianKinerja = z.output<typeof skemaPerjanjianKinerja>;
