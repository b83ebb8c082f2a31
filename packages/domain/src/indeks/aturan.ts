import { bulatkan } from '../angka.ts';
import { berhasil, gagal, type Hasil } from '../hasil.ts';

/**
 * What every versioned rule set of the indices carries (RULES.md: rules are data, never constants
 * buried in code). A computation names the `id` of the rule set that produced it, so a past year
 * can be recomputed under any version.
 */
export interface AturanBerversi {
  id: string;
  nama: string;
  dasarHukum: string;
  /** ISO date the rule set applies from. */
  berlakuMulai: string;
  /**
   * A variant (a reading found in a seed or in a second public source) is only used when asked for
   * by id; the rule set in force on a date is chosen among the non-variants.
   */
  varian?: boolean;
  catatan?: string;
}

/**
 * The rule set in force on `tanggal` (ISO date): the non-variant with the latest `berlakuMulai`
 * not after that date.
 */
export function pilihAturanBerlaku<A extends AturanBerversi>(daftar: Record<string, A>, tanggal: string): Hasil<A> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(tanggal)) return gagal(`tanggal "${tanggal}" harus berbentuk YYYY-MM-DD`);
  let pilihan: A | undefined;
  for (const a of Object.values(daftar)) {
    if (a.varian || a.berlakuMulai > tanggal) continue;
    if (!pilihan || a.berlakuMulai > pilihan.berlakuMulai) pilihan = a;
  }
  return pilihan ? berhasil(pilihan) : gagal(`belum ada aturan yang berlaku pada ${tanggal}`);
}

/** A rule set by id, or a refusal listing the ids there are. */
export function cariAturan<A extends AturanBerversi>(daftar: Record<string, A>, id: string): Hasil<A> {
  const a = daftar[id];
  return a ? berhasil(a) : gagal(`aturan "${id}" tidak dikenal; pilihan: ${Object.keys(daftar).join(', ')}`);
}

/**
 * Capaian of an index against a target (Renstra/PK): nilai / target x 100, 2 decimals
 * (lamongan-2022-merit: 278 vs 260 -> 106.92; lamongan-2022-ipasn: 63.25 vs 65 -> 97.31).
 */
export function capaianIndeks(nilai: number, target: number): Hasil<number> {
  if (!Number.isFinite(nilai) || !Number.isFinite(target)) return gagal('nilai dan target harus angka');
  if (target <= 0) return gagal('target harus lebih dari 0');
  return berhasil(bulatkan((nilai / target) * 100, 2));
}
