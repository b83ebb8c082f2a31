import { pecahIso, type TanggalIso } from '@simasn/domain';

/**
 * The pure attendance rules this module uses, by the names of the shared API (issue 11 brief):
 * `jarakMeter`/`cekGeofence`/`kecepatanKmJam` (geo) and `jadwalHari`/`nilaiHari` (the demo Perbup
 * "perbup-sukamaju-2026", RULES.md §8). TEMPORARY: `packages/domain/src/presensi/` (owner: aturan)
 * carries the real ones; when that lands this file re-exports them from `@simasn/domain` and keeps
 * only the seams below (kalender of a unit, assignment points).
 */

export interface Koordinat {
  lat: number;
  lon: number;
}

const R_BUMI = 6_371_008.8;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function jarakMeter(a: Koordinat, b: Koordinat): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * R_BUMI * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface TitikKantor extends Koordinat {
  radiusMeter: number;
}

/** Inside any point's circle? The nearest point (by distance to its edge when outside) and the distance to its centre. */
export function cekGeofence<T extends TitikKantor>(titik: Koordinat, kantor: readonly T[]): { diDalam: boolean, titikTerdekat: T | null, jarakMeter: number | null } {
  let terbaik: { t: T, jarak: number, lebih: number } | null = null;
  for (const t of kantor) {
    const jarak = jarakMeter(titik, t);
    const lebih = jarak - t.radiusMeter;
    if (!terbaik || lebih < terbaik.lebih) terbaik = { t, jarak, lebih };
  }
  if (!terbaik) return { diDalam: false, titikTerdekat: null, jarakMeter: null };
  return { diDalam: terbaik.lebih <= 0, titikTerdekat: terbaik.t, jarakMeter: terbaik.jarak };
}

/** Travel speed between two located instants, km/h (Infinity when the distance is covered in no time). */
export function kecepatanKmJam(a: Koordinat & { waktu: Date }, b: Koordinat & { waktu: Date }): number {
  const jam = Math.abs(b.waktu.getTime() - a.waktu.getTime()) / 3_600_000;
  const km = jarakMeter(a, b) / 1000;
  if (jam === 0) return km === 0 ? 0 : Number.POSITIVE_INFINITY;
  return km / jam;
}

export const ATURAN_PRESENSI_BAWAAN = 'perbup-sukamaju-2026';

export interface JadwalHari {
  hariKerja: boolean;
  alasan?: string;
  masuk: string;
  pulang: string;
  lintasTengahMalam: boolean;
  versiAturan: string;
}

export interface KalenderUnit {
  libur: ReadonlySet<string>;
}

const RAMADAN_2026 = { dari: '2026-02-18', sampai: '2026-03-19' };

/** The working schedule of a day under the demo Perbup (Mon-Thu 07.30-16.00, Fri to 16.30; Ramadan 08.00-15.00/15.30). */
export function jadwalHari(kalender: KalenderUnit, tanggal: TanggalIso): JadwalHari {
  const { tahun, bulan, hari } = pecahIso(tanggal);
  const dow = new Date(Date.UTC(tahun, bulan - 1, hari)).getUTCDay();
  const ramadan = tanggal >= RAMADAN_2026.dari && tanggal <= RAMADAN_2026.sampai;
  const dasar = { lintasTengahMalam: false, versiAturan: ATURAN_PRESENSI_BAWAAN };
  if (dow === 0 || dow === 6) return { ...dasar, hariKerja: false, alasan: dow === 0 ? 'Hari Minggu' : 'Hari Sabtu', masuk: '07:30', pulang: '16:00' };
  if (kalender.libur.has(tanggal)) return { ...dasar, hariKerja: false, alasan: 'Hari libur', masuk: '07:30', pulang: '16:00' };
  const jumat = dow === 5;
  return ramadan ? { ...dasar, hariKerja: true, masuk: '08:00', pulang: jumat ? '15:30' : '15:00' } : { ...dasar, hariKerja: true, masuk: '07:30',
    pulang: jumat ? '16:30' : '16:00' };
}

const menitDari = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const pita = (menit: number, awalan: 'TL' | 'PSW') => `${awalan}${menit <= 30 ? 1 : menit <= 60 ? 2 : menit <= 90 ? 3 : 4}`;

/** Minutes late at a check-in, and its band (TL1-4), or early at a check-out (PSW1-4). */
export function nilaiScan(jadwal: JadwalHari, jenis: 'masuk' | 'pulang', jam: string): { kode: string, menit: number } {
  if (jenis === 'masuk') {
    const m = menitDari(jam) - menitDari(jadwal.masuk);
    return m <= 0 ? { kode: 'tepat', menit: 0 } : { kode: pita(m, 'TL'), menit: m };
  }
  const m = menitDari(jadwal.pulang) - menitDari(jam);
  return m <= 0 ? { kode: 'tepat', menit: 0 } : { kode: pita(m, 'PSW'), menit: m };
}
