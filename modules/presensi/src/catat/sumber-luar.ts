import type { TanggalIso } from '@simasn/domain';
import type { Konteks } from '@simasn/platform';
import type { KalenderUnit, TitikKantor } from '../aturan.ts';

/**
 * Seams to the other SIPERLU modules (issue 11), kept in one file so the lead wires them on merge:
 * - `titikPenugasanPegawai`: the temporary check-in points of an approved dinas luar / tugas luar /
 *   WFH on that day. To be: `titikPenugasan(db, instansiId, pegawaiId, tanggal)` of `@simasn/cuti`.
 *   Until then no employee has an assignment point.
 * - `kalenderUnit`: the unit's calendar (holidays, pattern). To be: modules/kalender (owner aturan).
 *   Until then only weekends are days off (demo Perbup).
 */
export interface TitikPenugasan extends TitikKantor {
  jenis: string;
}

export async function titikPenugasanPegawai(_ctx: Konteks, _pegawaiId: number, _tanggal: TanggalIso): Promise<TitikPenugasan[]> {
  return [];
}

export async function kalenderUnit(_ctx: Konteks, _unitId: number | null, _tanggal: TanggalIso): Promise<KalenderUnit> {
  return { libur: new Set() };
}
