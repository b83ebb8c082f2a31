import { pecahIso, tambahHari } from '@simasn/domain';

/**
 * Which days are working days for an employee. Until modules/kalender (per-unit calendars and
 * the yearly holiday/cuti bersama list) lands, the default is Monday to Friday with an optional
 * holiday set; the server asks `sumberKalender` (kalender-pegawai.ts), the seam kalender fills.
 */
export interface KalenderKerja {
  /** Name shown with a computation ("Senin-Jumat"). */
  nama: string;
  hariKerja: (tanggal: string) => boolean;
  /** Why a day is not a working day ("Sabtu", "Libur nasional: ..."), for the form's preview. */
  alasanLibur?: (tanggal: string) => string | null;
}

const NAMA_HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

/** 0 = Sunday ... 6 = Saturday, of a YYYY-MM-DD date (no time zone involved). */
export function hariDalamMinggu(tanggal: string): number {
  const { tahun, bulan, hari } = pecahIso(tanggal);
  return new Date(Date.UTC(tahun, bulan - 1, hari)).getUTCDay();
}

/** Monday to Friday, minus the given holidays (date -> name). */
export function kalenderSeninJumat(libur: ReadonlyMap<string, string> = new Map()): KalenderKerja {
  return { nama: 'Senin-Jumat', hariKerja: (t) => {
    const d = hariDalamMinggu(t);
    return d !== 0 && d !== 6 && !libur.has(t);
  }, alasanLibur: (t) => {
    const d = hariDalamMinggu(t);
    if (d === 0 || d === 6) return NAMA_HARI[d]!;
    return libur.get(t) ?? null;
  } };
}

/** Every date from `dari` to `sampai` inclusive. */
export function rentangTanggal(dari: string, sampai: string): string[] {
  const hasil: string[] = [];
  for (let t = dari; t <= sampai; t = tambahHari(t, 1)) hasil.push(t);
  return hasil;
}

/** Calendar days from `dari` to `sampai` inclusive. */
export function jumlahHariKalender(dari: string, sampai: string): number {
  const a = pecahIso(dari);
  const b = pecahIso(sampai);
  return Math.round((Date.UTC(b.tahun, b.bulan - 1, b.hari) - Date.UTC(a.tahun, a.bulan - 1, a.hari)) / 86_400_000) + 1;
}

/** Working days from `dari` to `sampai` inclusive under a calendar; weekends and holidays do not count. */
export function hitungHariKerja(kalender: KalenderKerja, dari: string, sampai: string): number {
  if (sampai < dari) return 0;
  return rentangTanggal(dari, sampai).filter((t) => kalender.hariKerja(t)).length;
}

/** Working days per calendar year (a request across the new year takes from both years' balances). */
export function hariKerjaPerTahun(kalender: KalenderKerja, dari: string, sampai: string): Map<number, number> {
  const m = new Map<number, number>();
  for (const t of rentangTanggal(dari, sampai)) if (kalender.hariKerja(t)) m.set(Number(t.slice(0, 4)), (m.get(Number(t.slice(0, 4))) ?? 0) + 1);
  return m;
}
