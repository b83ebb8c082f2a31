import { ATURAN_PRESENSI, ATURAN_PRESENSI_BAWAAN, type AturanPresensi, type JadwalHari, nilaiHari } from '@simasn/domain';

/**
 * The pure attendance rules come from `@simasn/domain` (packages/domain/src/presensi, owner:
 * aturan): haversine and geofence, the day's schedule, TL/PSW. This file only picks the rule set
 * and turns one scan into the answer a check-in shows.
 */
export { cekGeofence, jadwalHari, jarakMeter, kecepatanKmJam } from '@simasn/domain';

/** The rule set of an instansi: the demo Perbup until the kalender module names one per unit. */
export function aturanInstansi(): AturanPresensi {
  return ATURAN_PRESENSI[ATURAN_PRESENSI_BAWAAN]!;
}

export interface NilaiScan {
  kode: string;
  menit: number;
  /** A lateness that can still be made up by staying as long after the end (demo Perbup: <= 30 minutes). */
  dapatDiganti: boolean;
  /** A check-out that made up the morning's lateness. */
  gantiWaktu: boolean;
}

/**
 * One scan on a working day: a check-in's TL band and minutes, or a check-out's PSW band and
 * minutes (with the day's first counted check-in, so make-up time is applied), by `nilaiHari`.
 */
export function nilaiScan(aturan: AturanPresensi, jadwal: JadwalHari, jenis: 'masuk' | 'pulang', jam: string, jamMasukHariIni: string | null): NilaiScan {
  if (jenis === 'masuk') {
    const n = nilaiHari(aturan, jadwal, { status: 'hadir', jamMasuk: jam, jamPulang: null });
    return { kode: n.kodeMasuk ?? 'tepat', menit: n.terlambatMenit, dapatDiganti: n.terlambatMenit > 0 && !!aturan.gantiWaktu && n.terlambatMenit <= aturan.gantiWaktu.maksMenit,
      gantiWaktu: false };
  }
  const n = nilaiHari(aturan, jadwal, { status: 'hadir', jamMasuk: jamMasukHariIni, jamPulang: jam });
  return { kode: n.kodePulang ?? 'tepat', menit: n.pulangCepatMenit, dapatDiganti: false, gantiWaktu: n.gantiWaktu };
}
