import { bukaBaris, sandikanBaris } from '../pegawai/data-pribadi.ts';
import { DEFINISI_RIWAYAT, type JenisRiwayat } from './jenis-riwayat.ts';

/**
 * The input <-> column mapping of the riwayat kinds, server side: the one way riwayat values reach
 * their table and come back, so personal data (keluarga.nik) is always stored encrypted with its
 * blind index (data-pribadi.ts). Kept apart from jenis-riwayat.ts, which the web bundle reaches
 * through the contract and must stay pure.
 */

/** Input data -> column values as stored, derived columns included (personal data encrypted). */
export function keKolom(jenis: JenisRiwayat, data: Record<string, unknown>): Record<string, unknown> {
  const def = DEFINISI_RIWAYAT[jenis];
  const hasil: Record<string, unknown> = {};
  for (const [isian, kolom] of Object.entries(def.kolom)) hasil[kolom] = data[isian] ?? null;
  return sandikanBaris(def.tabel, { ...hasil, ...(def.turunan?.(data) ?? {}) });
}

/** A row from the table -> the input-shaped object in clear (for diffs and forms). */
export function dariKolom(jenis: JenisRiwayat, baris: Record<string, unknown>): Record<string, unknown> {
  const def = DEFINISI_RIWAYAT[jenis];
  const terbuka = bukaBaris(def.tabel, Object.fromEntries(Object.values(def.kolom).map((k) => [k, baris[k] ?? null])));
  const hasil: Record<string, unknown> = {};
  for (const [isian, kolom] of Object.entries(def.kolom)) hasil[isian] = terbuka[kolom] ?? null;
  return hasil;
}
