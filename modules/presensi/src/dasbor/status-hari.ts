import { statusHariUsulan } from '@simasn/cuti';
import type { TanggalIso } from '@simasn/domain';
import type { Konteks } from '@simasn/platform';

/**
 * The status approved requests set on a day (cuti, dinas_luar, sakit, izin...) per employee, from
 * the leave requests of `@simasn/cuti` (a dispensasi from the activity log only sets none). A dinas
 * luar still checks in at its destination: counted on duty until then, present after. The caller's reach is applied by the caller,
 * who passes only employees within it.
 */
export async function statusHariPegawai(ctx: Konteks, pegawaiIds: number[], tanggal: TanggalIso): Promise<Map<number, string>> {
  const hari = await statusHariUsulan(ctx.db, ctx.instansiId, pegawaiIds, tanggal, tanggal);
  return new Map(hari.filter((h) => h.status).map((h) => [h.pegawaiId, h.status!]));
}

/** On leave (cuti, sick, izin) and on duty elsewhere (dinas luar, diklat, tugas belajar), for the counts. */
export const STATUS_CUTI: ReadonlySet<string> = new Set(['cuti', 'sakit', 'izin']);
export const STATUS_DINAS: ReadonlySet<string> = new Set(['dinas_luar', 'diklat', 'tugas_belajar']);
