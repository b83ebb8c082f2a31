import { z, zWaktu } from '@simasn/kontrak';

/** GET /api/audit (and its XLSX export, without paging). */
export const skemaDaftarAudit = z.object({ nip: z.string().trim().max(30).optional(), aksi: z.string().trim().max(60).optional(), nama: z.string().trim().max(80).optional(),
  dari: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), sampai: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(200).default(50) });
export const skemaEksporAudit = skemaDaftarAudit.omit({ page: true, limit: true });

/** One entry of the audit trail: who, when, what, before and after. */
export const zBarisAudit = z.object({
  id: z.number(),
  waktu: zWaktu,
  namaPengguna: z.string().nullable(),
  peran: z.array(z.string()).nullable(),
  aksi: z.string(),
  entitas: z.string(),
  entitasId: z.string().nullable(),
  nip: z.string().nullable(),
  namaPegawai: z.string().nullable(),
  /** What the action recorded (usually an object of changed fields; any JSON value, or null). */
  sebelum: z.unknown(),
  sesudah: z.unknown(),
  alamatIp: z.string().nullable(),
  keterangan: z.string().nullable(),
});
export type BarisAudit = z.output<typeof zBarisAudit>;
export const skemaHalamanAudit = z.object({ total: z.number(), items: z.array(zBarisAudit) });

/** GET /api/audit/periksa: the hash chain walked from its first entry (rantai-audit.ts). */
export const skemaHasilPeriksaRantai = z.object({
  utuh: z.boolean(),
  /** Entries found sound (all of them when `utuh`; those before the broken one otherwise). */
  jumlah: z.number(),
  hashTerakhir: z.string().nullable().optional(),
  waktuTerakhir: zWaktu.nullable().optional(),
  /** The first broken entry: its id and number in the chain (when it still exists), time, and what failed. */
  rusak: z.object({ id: z.number().nullable(), urutan: z.number().nullable(), waktu: zWaktu.nullable(), masalah: z.string() }).optional(),
  catatan: z.string().nullable(),
});
export type HasilPeriksaRantai = z.output<typeof skemaHasilPeriksaRantai>;

/** GET /api/health */
export const skemaKesehatan = z.object({ status: z.literal('ok'), basisData: z.string(), versiPostgres: z.string() });
