import { waktuSetempat, type ZonaWaktu } from './zona-waktu.ts';
import { berhasil, gagal, type Hasil } from './hasil.ts';

/**
 * Dates are handled as ISO calendar strings (`YYYY-MM-DD`) throughout SIMASN: a TMT or a birth
 * date is a calendar day, not an instant, so no time zone may shift it.
 */
export type TanggalIso = string;

export const NAMA_BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

const SINGKATAN_BULAN: Record<string, number> = { jan: 1, januari: 1, feb: 2, februari: 2, peb: 2, pebruari: 2, mar: 3, maret: 3, apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6,
  jul: 7, juli: 7, agu: 8, agt: 8, agus: 8, agustus: 8, aug: 8, sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, oct: 10, nov: 11, nopember: 11, november: 11, des: 12,
  desember: 12, dec: 12 };

export function tanggalValid(tahun: number, bulan: number, hari: number): boolean {
  if (!Number.isInteger(tahun) || !Number.isInteger(bulan) || !Number.isInteger(hari)) return false;
  if (bulan < 1 || bulan > 12 || hari < 1) return false;
  return hari <= jumlahHari(tahun, bulan);
}

export function jumlahHari(tahun: number, bulan: number): number {
  return new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();
}

export function keIso(tahun: number, bulan: number, hari: number): TanggalIso {
  return `${String(tahun).padStart(4, '0')}-${String(bulan).padStart(2, '0')}-${String(hari).padStart(2, '0')}`;
}

export function pecahIso(iso: TanggalIso): { tahun: number, bulan: number, hari: number } {
  const [t, b, h] = iso.slice(0, 10).split('-').map(Number);
  return { tahun: t!, bulan: b!, hari: h! };
}

/** Excel stores dates as days since 1899-12-30 (with the 1900 leap-year bug folded in). */
export function dariSerialExcel(serial: number): TanggalIso {
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Reads a date as people type it in Indonesian spreadsheets: `17-05-2022`, `17/05/2022`,
 * `17.05.2022`, `17 Mei 2022`, `17-Mei-2022`, or ISO `2022-05-17`. Day first always: `05/06/2022`
 * is 5 June. A two-digit year is refused, since a birth year of `66` is ambiguous.
 */
export function parseTanggal(teks: string): Hasil<TanggalIso> {
  const s = teks.trim();
  if (s === '') return gagal('tanggal kosong');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (m) return periksa(Number(m[1]), Number(m[2]), Number(m[3]), s);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})$/.exec(s);
  if (m) {
    if (m[3]!.length !== 4) return gagal(`tahun pada "${s}" harus 4 digit`);
    return periksa(Number(m[3]), Number(m[2]), Number(m[1]), s);
  }
  m = /^(\d{1,2})[\s\-/]+([A-Za-z]+)\.?[\s\-/]+(\d{2,4})$/.exec(s);
  if (m) {
    const bulan = SINGKATAN_BULAN[m[2]!.toLowerCase()];
    if (!bulan) return gagal(`nama bulan "${m[2]}" tidak dikenal`);
    if (m[3]!.length !== 4) return gagal(`tahun pada "${s}" harus 4 digit`);
    return periksa(Number(m[3]), bulan, Number(m[1]), s);
  }
  return gagal(`"${s}" bukan tanggal (contoh yang diterima: 17-05-2022, 17/05/2022, 17 Mei 2022, 2022-05-17)`);
}

function periksa(tahun: number, bulan: number, hari: number, asli: string): Hasil<TanggalIso> {
  if (!tanggalValid(tahun, bulan, hari)) return gagal(`tanggal "${asli}" tidak ada di kalender`);
  if (tahun < 1900 || tahun > 2100) return gagal(`tahun ${tahun} di luar rentang yang wajar`);
  return berhasil(keIso(tahun, bulan, hari));
}

/** `17 Mei 2022` */
export function formatTanggal(iso: TanggalIso | null | undefined): string {
  if (!iso) return '-';
  const { tahun, bulan, hari } = pecahIso(iso);
  return `${hari} ${NAMA_BULAN[bulan - 1]} ${tahun}`;
}

/** Adds whole months, clamping the day to the end of a shorter month (31 Jan + 1 = 28/29 Feb). */
export function tambahBulan(iso: TanggalIso, bulan: number): TanggalIso {
  const { tahun, bulan: b, hari } = pecahIso(iso);
  const total = tahun * 12 + (b - 1) + bulan;
  const t = Math.floor(total / 12);
  const bb = (total % 12) + 1;
  return keIso(t, bb, Math.min(hari, jumlahHari(t, bb)));
}

/** Adds (or with a negative number subtracts) whole days. */
export function tambahHari(iso: TanggalIso, hari: number): TanggalIso {
  const { tahun, bulan, hari: h } = pecahIso(iso);
  return new Date(Date.UTC(tahun, bulan - 1, h + hari)).toISOString().slice(0, 10);
}

/** The 1st of the month after the given date. */
export function awalBulanBerikutnya(iso: TanggalIso): TanggalIso {
  const { tahun, bulan } = pecahIso(iso);
  return bulan === 12 ? keIso(tahun + 1, 1, 1) : keIso(tahun, bulan + 1, 1);
}

/**
 * Full years and months from `dari` to `sampai` (masa kerja, age). A month counts once its
 * day-of-month is reached.
 */
export function selisihTahunBulan(dari: TanggalIso, sampai: TanggalIso): { tahun: number, bulan: number } {
  const a = pecahIso(dari);
  const b = pecahIso(sampai);
  let bulan = (b.tahun - a.tahun) * 12 + (b.bulan - a.bulan);
  if (b.hari < a.hari) bulan -= 1;
  if (bulan < 0) return { tahun: 0, bulan: 0 };
  return { tahun: Math.floor(bulan / 12), bulan: bulan % 12 };
}

export function umurPada(tanggalLahir: TanggalIso, pada: TanggalIso): number {
  return selisihTahunBulan(tanggalLahir, pada).tahun;
}

/**
 * Today in an instansi's zone (default WIB, the demo kabupaten's). Actions pass `ctx.zona`: the
 * day is the instansi's local day, whatever the process's or database's time zone.
 */
export function hariIniIso(sekarang: Date, zona: ZonaWaktu): TanggalIso {
  return waktuSetempat(sekarang, zona).tanggal;
}
