import { type KalenderPresensi, LIBUR_NASIONAL_2026, type TanggalIso, type TitikKantor } from '@simasn/domain';
import type { Konteks } from '@simasn/platform';

/**
 * Seams to the other SIPERLU modules (issue 11), kept in one file so the lead wires them on merge:
 * - `titikPenugasanPegawai`: the temporary check-in points of an approved dinas luar / tugas luar /
 *   WFH on that day. To be: `titikPenugasan(db, instansiId, pegawaiId, tanggal)` of `@simasn/cuti`.
 *   Until then no employee has an assignment point.
 * - `kalenderUnit`: the unit's calendar (pattern, holidays, Ramadan). To be: modules/kalender
 *   (owner aturan). Until then the rule set's default pattern and the 2026 national holidays.
 */
export interface TitikPenugasan extends TitikKantor {
  jenis: string;
}

export async function titikPenugasanPegawai(_ctx: Konteks, _pegawaiId: number, _tanggal: TanggalIso): Promise<TitikPenugasan[]> {
  return [];
}

const LIBUR_BAWAAN: Readonly<Record<TanggalIso, string>> = Object.fromEntries(LIBUR_NASIONAL_2026.map((l) => [l.tanggal, l.nama]));

export async function kalenderUnit(_ctx: Konteks, _unitId: number | null, _tanggal: TanggalIso): Promise<KalenderPresensi> {
  return { libur: LIBUR_BAWAAN };
}
