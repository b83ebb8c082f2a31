import { berhasil, gagal, type Hasil } from '../hasil.ts';

/**
 * Local wall-clock times of attendance are `HH:MM` strings (the instansi's zone, see
 * zona-waktu.ts). Inside the rules a time is whole minutes after midnight of the schedule's day;
 * a minute count of 1440 or more is on the next day (a night shift's end, `31:00` = 07.00 the
 * next morning).
 */
export type Jam = string;

/** `07:30`, `7.30` or `07:30:15` (seconds dropped: the rules count whole minutes) -> minutes after midnight; `24:00`-`47:59` are the next day. */
export function bacaJam(teks: string): Hasil<number> {
  const m = /^(\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?$/.exec(teks.trim());
  if (!m) return gagal('jam belum benar: tulis jam dan menit, contoh 07.30');
  const j = Number(m[1]);
  const mn = Number(m[2]);
  if (mn > 59 || (m[3] !== undefined && Number(m[3]) > 59)) return gagal('menit dan detik harus 00 sampai 59');
  if (j > 47) return gagal('jam harus 00 sampai 23 (24 sampai 47 untuk hari berikutnya)');
  return berhasil(j * 60 + mn);
}

/** Minutes of a known-good `HH:MM` (rule data); throws on a malformed one, which is a defect in the data. */
export function menitJam(jam: Jam): number {
  const h = bacaJam(jam);
  if (!h.ok) throw new RangeError(`Jam tidak sah dalam data aturan: ${jam}`);
  return h.nilai;
}

const dua = (n: number) => String(n).padStart(2, '0');

/** Minutes after midnight -> `HH:MM` (wrapped to the day: 1860 -> `07:00`). */
export function keJam(menit: number): Jam {
  const m = ((Math.round(menit) % 1440) + 1440) % 1440;
  return `${dua(Math.floor(m / 60))}:${dua(m % 60)}`;
}

/** `07.30` as Indonesians write a time. */
export const tulisJam = (jam: Jam): string => keJam(menitJam(jam)).replace(':', '.');

/** `1 jam 5 menit`, `45 menit`. */
export function tulisDurasi(menit: number): string {
  const j = Math.floor(menit / 60);
  const m = menit % 60;
  if (!j) return `${m} menit`;
  return m ? `${j} jam ${m} menit` : `${j} jam`;
}
