import { z } from '@simasn/kontrak';
import { JENIS_RIWAYAT } from './jenis-riwayat.ts';

/** `/api/pegawai/:nip/riwayat/:jenis` */
export const paramJenisRiwayat = z.object({ nip: z.string().min(1).max(30), jenis: z.enum(JENIS_RIWAYAT) });
/** `/api/pegawai/:nip/riwayat/:jenis/:id` */
export const paramEntriRiwayat = paramJenisRiwayat.extend({ id: z.coerce.number().int().positive() });
/** The body is checked by the kind's own schema inside the action (SKEMA_RIWAYAT). */
export const skemaIsianRiwayat = z.record(z.string(), z.unknown()).describe('Isian sesuai jenis riwayat (lihat SKEMA_RIWAYAT)');
/** DELETE: the version the caller saw. */
export const skemaHapusRiwayat = z.object({ versi: z.coerce.number().int().min(1) });

export const zBerkasRingkas = z.object({ id: z.number(), namaBerkas: z.string(), ukuran: z.number() });

/** One riwayat entry as lists show it: its input-shaped data, the extra names, its documents. */
export const zBarisRiwayat = z.object({ id: z.number(), versi: z.number(), sumber: z.string(), data: z.record(z.string(), z.unknown()), tambahan: z.record(z.string(), z.unknown()),
  berkas: z.array(zBerkasRingkas) });
export const skemaDaftarRiwayat = z.array(zBarisRiwayat);

/** What a write answers: the entry and its new version. */
export const skemaEntriTertulis = z.object({ id: z.number(), versi: z.number() });
