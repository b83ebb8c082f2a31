/** Geofence arithmetic for check-ins (RULES.md section 8): great-circle distance on the server, never the device's claim. */

export interface Koordinat {
  lat: number;
  lon: number;
}

export interface TitikKantor extends Koordinat {
  radiusMeter: number;
  id?: string;
  nama?: string;
}

/** Mean Earth radius (IUGG), metres. */
export const JARI_JARI_BUMI_METER = 6_371_008.8;

const rad = (d: number) => (d * Math.PI) / 180;

/** Haversine distance in metres. */
export function jarakMeter(a: Koordinat, b: Koordinat): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * JARI_JARI_BUMI_METER * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function koordinatSah(k: Koordinat): boolean {
  return Number.isFinite(k.lat) && Number.isFinite(k.lon) && Math.abs(k.lat) <= 90 && Math.abs(k.lon) <= 180;
}

export interface HasilGeofence<T extends TitikKantor = TitikKantor> {
  /** Inside the radius of at least one point (distance <= radius). */
  diDalam: boolean;
  /** The point used: the nearest one containing the check-in, or else the nearest one; null without points. */
  titikTerdekat: T | null;
  /** Distance to that point, metres. */
  jarakMeter: number | null;
}

/**
 * Whether a check-in is within any of the office's points (each with its own radius). When it is
 * inside several, the nearest containing one is named; when outside all, the nearest one and its
 * distance (the number shown to the pegawai).
 */
export function cekGeofence<T extends TitikKantor>(titik: Koordinat, titikKantor: readonly T[]): HasilGeofence<T> {
  let terdekat: T | null = null;
  let jarak = Infinity;
  let dalam: T | null = null;
  let jarakDalam = Infinity;
  for (const k of titikKantor) {
    const d = jarakMeter(titik, k);
    if (d < jarak) {
      jarak = d;
      terdekat = k;
    }
    if (d <= k.radiusMeter && d < jarakDalam) {
      jarakDalam = d;
      dalam = k;
    }
  }
  if (dalam) return { diDalam: true, titikTerdekat: dalam, jarakMeter: jarakDalam };
  return { diDalam: false, titikTerdekat: terdekat, jarakMeter: terdekat ? jarak : null };
}

/** Speed between two consecutive located points in km/h (Infinity when the same instant at different places, 0 at the same place). */
export function kecepatanKmJam(a: Koordinat & { waktu: Date | number }, b: Koordinat & { waktu: Date | number }): number {
  const m = jarakMeter(a, b);
  const detik = Math.abs(Number(b.waktu) - Number(a.waktu)) / 1000;
  if (detik === 0) return m === 0 ? 0 : Infinity;
  return (m / 1000) / (detik / 3600);
}
