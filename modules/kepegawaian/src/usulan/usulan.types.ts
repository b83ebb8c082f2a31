import { kueriDaftar, skemaHalamanDaftar, z, zWaktu } from '@simasn/kontrak';
import { zBerkasRingkas } from '../riwayat/entri-riwayat.types.ts';
import { uraiJenisUsulan } from './jenis-usulan.ts';

export const STATUS_USULAN = ['diajukan', 'disetujui', 'ditolak', 'dibatalkan'] as const;
export type StatusUsulan = (typeof STATUS_USULAN)[number];

/** `/api/usulan/:id` */
export const paramIdUsulan = z.object({ id: z.coerce.number().int().positive() });

/** The sorts of the proposal list (the first is the default: the queue's oldest first). */
export const URUT_USULAN = ['diajukan', 'nama', 'jenis', 'unit', 'diputus'] as const;

/**
 * GET /api/usulan (and its export): the list pattern of every long list (search `q` over name, NIP
 * and reason; sort; page, or every row for the export) with the queue's own filters.
 */
export const skemaDaftarUsulan = kueriDaftar(URUT_USULAN).extend({
  status: z.enum([...STATUS_USULAN, 'semua']).default('diajukan'),
  nip: z.string().trim().optional(),
  /** A kind of proposal (`identitas`, `tambah_pendidikan`...). */
  jenis: z.string().trim().max(40).optional(),
  /** A unit and the units under it. */
  unitId: z.coerce.number().int().positive().optional(),
});

export const zUsulanRingkas = z.object({ id: z.number(), jenis: z.string(), labelJenis: z.string(), status: z.enum(STATUS_USULAN), alasan: z.string(), diajukanPada: zWaktu,
  diputusPada: zWaktu.nullable(), catatanVerifikator: z.string().nullable(), pegawai: z.object({ nip: z.string(), nama: z.string(), unit: z.string().nullable() }) });
export type UsulanRingkas = z.output<typeof zUsulanRingkas>;
export const skemaHalamanUsulan = skemaHalamanDaftar.extend({ items: z.array(zUsulanRingkas) });

/** One field of a proposal: value when proposed, value now, proposed value. */
export const zBarisPerbandingan = z.object({ isian: z.string(), label: z.string(), lama: z.unknown(), sekarang: z.unknown(), baru: z.unknown(), berubah: z.boolean(),
  berubahSejakDiajukan: z.boolean() });
export type BarisPerbandingan = z.output<typeof zBarisPerbandingan>;

/** GET /api/usulan/:id */
export const skemaUsulanRinci = zUsulanRingkas.extend({ diajukanOleh: z.string().nullable(), diputusOleh: z.string().nullable(), berkas: zBerkasRingkas.nullable(),
  perbandingan: z.array(zBarisPerbandingan) });
export type UsulanRinci = z.output<typeof skemaUsulanRinci>;

/** POST /api/usulan */
export const skemaAjukanUsulan = z.object({ jenis: z.string().refine((s) => uraiJenisUsulan(s) !== null, 'jenis usulan tidak dikenal'),
  riwayatId: z.coerce.number().int().positive().optional(), data: z.record(z.string(), z.unknown()),
  alasan: z.string().trim().min(5, 'jelaskan alasan perubahan (minimal 5 huruf)').max(1000),
  berkasId: z.coerce.number().int().positive({ message: 'dokumen pendukung wajib dilampirkan' }) });
export const skemaUsulanBaru = z.object({ id: z.number() });

/** POST /api/usulan/:id/setujui and /tolak */
export const skemaSetujui = z.object({ catatan: z.string().trim().max(1000).optional() });
export const skemaTolak = z.object({ alasan: z.string().trim().min(5, 'tulis alasan penolakan (minimal 5 huruf)').max(1000) });

/** What a decision (or a withdrawal) answers. */
export const skemaPutusan = z.object({ id: z.number(), status: z.enum(['disetujui', 'ditolak', 'dibatalkan']) });
