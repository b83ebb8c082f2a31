import { formatTanggal, type TanggalIso } from './tanggal.ts';

/**
 * Indonesia's three time zones. An instansi's working day (the date on a letter, "today" of a
 * list, the survey day, the daily digest and TMT job, attendance later) is counted in its own
 * zone, which is configuration (`instansi.zona_waktu`, an IANA name). None of it depends on the
 * process's or database session's `TZ`. Each zone's offset from UTC (`utc`) is the IANA database's:
 * fixed since before 1970 for all three (WIB and WIT since 1964, WITA since 1945), with no daylight
 * saving. An instant from 1970 on is converted with that offset, which a test checks against `Intl`
 * (and so against the time-zone data of the Node that runs it) from 1970 to 2100; an earlier
 * instant goes through `Intl`, which knows the older offsets (+07.30 in Jakarta before 1964). A
 * page does not pay for `Intl`: the first `Intl.DateTimeFormat` with a time zone cost a page load
 * 25 to 30 ms of loading time-zone data, for the date of today.
 */
export const ZONA_WAKTU = { 'Asia/Jakarta': { singkatan: 'WIB', nama: 'Waktu Indonesia Barat', utc: 7 },
  'Asia/Makassar': { singkatan: 'WITA', nama: 'Waktu Indonesia Tengah', utc: 8 }, 'Asia/Jayapura': { singkatan: 'WIT', nama: 'Waktu Indonesia Timur', utc: 9 } } as const;

export type ZonaWaktu = keyof typeof ZONA_WAKTU;
export type SingkatanZona = (typeof ZONA_WAKTU)[ZonaWaktu]['singkatan'];
export const DAFTAR_ZONA_WAKTU = Object.keys(ZONA_WAKTU) as ZonaWaktu[];

/** The zone of an instansi that did not choose one (and of the demo kabupaten). */
export const ZONA_BAWAAN: ZonaWaktu = 'Asia/Jakarta';

export function zonaSah(s: unknown): s is ZonaWaktu {
  return typeof s === 'string' && Object.hasOwn(ZONA_WAKTU, s);
}

/** A zone name from configuration or the database, or an error naming the three accepted. */
export function keZonaWaktu(s: unknown): ZonaWaktu {
  if (zonaSah(s)) return s;
  throw new Error(`Zona waktu tidak dikenal: ${String(s)}. Pilih ${DAFTAR_ZONA_WAKTU.map((z) => `${z} (${ZONA_WAKTU[z].singkatan})`).join(', ')}.`);
}

/** `WIB`, `WITA` or `WIT`. */
export const singkatanZona = (zona: ZonaWaktu): SingkatanZona => ZONA_WAKTU[zona].singkatan;

export interface WaktuSetempat {
  /** The local day, `YYYY-MM-DD`. */
  tanggal: TanggalIso;
  tahun: number;
  bulan: number;
  hari: number;
  jam: number;
  menit: number;
  detik: number;
  /** 0 = Minggu ... 6 = Sabtu (as `Date#getDay`). */
  hariDalamMinggu: number;
  singkatan: SingkatanZona;
}

/** From this instant on every zone's offset is its `utc` (IANA: the last change, Jakarta's and Jayapura's, was on 1 January 1964). */
const AWAL_OFFSET_TETAP = Date.UTC(1970, 0, 1);

// One formatter per zone (instants before 1970 only): building an Intl.DateTimeFormat costs far more than using one.
const pemformat = new Map<ZonaWaktu, Intl.DateTimeFormat>();
function formatZona(zona: ZonaWaktu): Intl.DateTimeFormat {
  let f = pemformat.get(zona);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zona, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
      second: '2-digit', weekday: 'short' });
    pemformat.set(zona, f);
  }
  return f;
}
const HARI_EN: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const dua = (n: number) => String(n).padStart(2, '0');

/**
 * THE conversion: an instant to the local day and time in a zone. Everything that shows or
 * decides by a day or an hour goes through here (or the helpers below, and `hariIniIso` in
 * tanggal.ts for today's date, which do).
 */
export function waktuSetempat(instan: Date, zona: ZonaWaktu): WaktuSetempat {
  const ms = instan.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Waktu tidak sah.');
  const { utc, singkatan } = ZONA_WAKTU[keZonaWaktu(zona)];
  let w: Omit<WaktuSetempat, 'tanggal' | 'singkatan'>;
  if (ms >= AWAL_OFFSET_TETAP) {
    // The local wall clock as the UTC fields of the instant shifted by the zone's offset.
    const d = new Date(ms + utc * 3_600_000);
    w = { tahun: d.getUTCFullYear(), bulan: d.getUTCMonth() + 1, hari: d.getUTCDate(), jam: d.getUTCHours(), menit: d.getUTCMinutes(), detik: d.getUTCSeconds(),
      hariDalamMinggu: d.getUTCDay() };
  } else {
    const b: Record<string, string> = {};
    for (const p of formatZona(zona).formatToParts(instan)) b[p.type] = p.value;
    w = { tahun: Number(b.year), bulan: Number(b.month), hari: Number(b.day), jam: Number(b.hour) % 24, menit: Number(b.minute), detik: Number(b.second),
      hariDalamMinggu: HARI_EN[b.weekday ?? ''] ?? 0 };
  }
  return { tanggal: `${String(w.tahun).padStart(4, '0')}-${dua(w.bulan)}-${dua(w.hari)}`, ...w, singkatan };
}

/**
 * The instant of a local day and time in a zone (`2026-03-10`, `07:30`): the start of a local day
 * for a `>=` against a timestamp, or an attendance check-in typed as local time. Computed from the
 * zone's offset at that moment as `waktuSetempat` reports it (two passes, so that it holds across
 * the offset changes before 1964 too).
 */
export function instanSetempat(tanggal: TanggalIso, jam: string, zona: ZonaWaktu): Date {
  const t = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tanggal);
  const j = /^(\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?$/.exec(jam);
  if (!t || !j) throw new RangeError(`Tanggal/jam tidak sah: ${tanggal} ${jam}`);
  const sasaran = Date.UTC(Number(t[1]), Number(t[2]) - 1, Number(t[3]), Number(j[1]), Number(j[2]), Number(j[3] ?? 0));
  let tebak = sasaran;
  for (let i = 0; i < 2; i++) {
    const w = waktuSetempat(new Date(tebak), zona);
    const tampak = Date.UTC(w.tahun, w.bulan - 1, w.hari, w.jam, w.menit, w.detik);
    tebak += sasaran - tampak;
  }
  return new Date(tebak);
}

/** The first instant of a local day. */
export const awalHariSetempat = (tanggal: TanggalIso, zona: ZonaWaktu): Date => instanSetempat(tanggal, '00:00', zona);

/** `14.05` (local time, Indonesian style). */
export function formatJam(instan: Date, zona: ZonaWaktu): string {
  const w = waktuSetempat(instan, zona);
  return `${dua(w.jam)}.${dua(w.menit)}`;
}

/** `17 Mei 2022 14.05 WIB` (without the zone's abbreviation when `singkatan: false`). */
export function formatWaktuSetempat(instan: Date, zona: ZonaWaktu, opsi: { singkatan?: boolean } = {}): string {
  const w = waktuSetempat(instan, zona);
  const teks = `${formatTanggal(w.tanggal)} ${dua(w.jam)}.${dua(w.menit)}`;
  return opsi.singkatan === false ? teks : `${teks} ${w.singkatan}`;
}

/**
 * The local wall-clock reading of an instant as a `Date` whose UTC fields are the local ones: for
 * writers that take a zone-less date-time (an XLSX cell), so the sheet shows the local time.
 */
export function jamDindingUtc(instan: Date, zona: ZonaWaktu): Date {
  const w = waktuSetempat(instan, zona);
  return new Date(Date.UTC(w.tahun, w.bulan - 1, w.hari, w.jam, w.menit, w.detik, instan.getUTCMilliseconds()));
}
