import { ATURAN_PRESENSI, type AturanPresensi, type JadwalHari, type KalenderPresensi, LIBUR_NASIONAL_2026, type TanggalIso, type TitikKantor } from '@simasn/domain';
import { LABEL_JENIS_ABSEN, titikPenugasan } from '@simasn/cuti';
import { kalenderPegawai } from '@simasn/kalender';
import type { Konteks } from '@simasn/platform';
import { aturanInstansi } from '../aturan.ts';

/**
 * What presensi reads from the other SIPERLU modules (issue 11), in one file:
 * - `titikPenugasanPegawai`: the temporary check-in points of an approved dinas luar / tugas luar /
 *   WFH on that day, from `titikPenugasan` of `@simasn/cuti`.
 * - `jadwalPegawaiHari`: an employee's schedule of a day and the rule set it names, from the
 *   kalender module (`kalenderPegawai`: the unit's calendar version, holidays, shifts).
 * - `kalenderUnit`: for the unit-wide dashboard and trend, the default rule set's pattern and the
 *   2026 national holidays (not yet the units' own calendars).
 */
export interface TitikPenugasan extends TitikKantor {
  jenis: string;
}

export async function titikPenugasanPegawai(ctx: Konteks, pegawaiId: number, tanggal: TanggalIso): Promise<TitikPenugasan[]> {
  return (await titikPenugasan(ctx.db, ctx.instansiId, pegawaiId, tanggal)).map((t) => ({
    lat: t.lat,
    lon: t.lon,
    radiusMeter: t.radiusMeter,
    // What the employee reads beside the point: "Dinas luar: Kantor BKN Regional II", never a code.
    jenis: `${LABEL_JENIS_ABSEN[t.jenis]}${t.tujuan ? `: ${t.tujuan}` : ''}`,
  }));
}

const LIBUR_BAWAAN: Readonly<Record<TanggalIso, string>> = Object.fromEntries(LIBUR_NASIONAL_2026.map((l) => [l.tanggal, l.nama]));

export async function kalenderUnit(_ctx: Konteks, _unitId: number | null, _tanggal: TanggalIso): Promise<KalenderPresensi> {
  return { libur: LIBUR_BAWAAN };
}

/** The schedule of an employee's day (their unit's calendar) and the rule set it names. */
export async function jadwalPegawaiHari(ctx: Konteks, pegawaiId: number, tanggal: TanggalIso): Promise<{ jadwal: JadwalHari, aturan: AturanPresensi }> {
  const jadwal = (await kalenderPegawai(ctx.db, ctx.instansiId, [pegawaiId], tanggal, tanggal)).get(pegawaiId)?.[0];
  if (!jadwal) throw new Error(`Jadwal pegawai ${pegawaiId} pada ${tanggal} tidak dapat dihitung.`);
  const aturan = Object.hasOwn(ATURAN_PRESENSI, jadwal.versiAturan) ? ATURAN_PRESENSI[jadwal.versiAturan]! : aturanInstansi();
  return { jadwal, aturan };
}
