import { z, zWaktu } from '@simasn/kontrak';
import { URUTAN_AUDIT } from './aksi-audit.ts';

/** GET /api/audit (and its XLSX export, without paging). */
const zHariFilter = (nama: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${nama}: tanggal tidak sah` }).optional();
export const skemaDaftarAudit = z.object({
  /** Words in the user, the action's label, the target, the employee's name or NIP, the note. */
  q: z.string().trim().max(100).optional(),
  nip: z.string().trim().max(30).optional(),
  /** An action code (exact), or a code prefix (`pegawai.`, `riwayat_`) for a group. */
  aksi: z.string().trim().max(60).optional(),
  /** The actor: user name, from its start. */
  nama: z.string().trim().max(80).optional(),
  /** The target type (`audit_log.entitas`). */
  entitas: z.string().trim().max(60).optional(),
  dari: zHariFilter('dari'),
  sampai: zHariFilter('sampai'),
  urut: z.enum(URUTAN_AUDIT, { message: `urut: ${URUTAN_AUDIT.join(', ')}` }).default('terbaru'),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
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
/** Names of the unit and pegawai ids that appear in the page's before/after (by id). */
export const zRujukanAudit = z.object({ unit: z.record(z.string(), z.string()), pegawai: z.record(z.string(), z.string()), berkas: z.record(z.string(), z.string()).optional(),
  kode: z.record(z.string(), z.string()).optional() });
export const skemaHalamanAudit = z.object({ total: z.number(), items: z.array(zBarisAudit), rujukan: zRujukanAudit });

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
  /** Entries still in the audit queue (migration 0036) after the check sealed it: written by transactions that committed during the check. */
  belumDisegel: z.number().optional(),
});
export type HasilPeriksaRantai = z.output<typeof skemaHasilPeriksaRantai>;

/** GET /api/health */
export const skemaKesehatan = z.object({ status: z.literal('ok'), basisData: z.string(), versiPostgres: z.string() });
