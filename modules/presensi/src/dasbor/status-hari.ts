import type { TanggalIso } from '@simasn/domain';
import type { Konteks } from '@simasn/platform';

/**
 * Seam: the status approved requests set on a day (cuti, dinas_luar, sakit, izin...) per employee.
 * To be `statusHariUsulan(db, instansiId, pegawaiIds, dari, sampai)` of `@simasn/cuti` (owner:
 * cuti); until it is wired no employee has such a status, and the dashboard says so (`sumberCuti`).
 */
export async function statusHariPegawai(_ctx: Konteks, _pegawaiIds: number[], _tanggal: TanggalIso): Promise<Map<number, string>> {
  return new Map();
}
