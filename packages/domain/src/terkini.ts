import { peringkatPendidikan, type TingkatPendidikan } from './pendidikan.ts';
import { urutanGolongan } from './golongan.ts';
import type { TanggalIso } from './tanggal.ts';

/**
 * The current state of an employee is derived from the riwayat, never typed twice:
 * - golongan akhir: the riwayat pangkat with the latest TMT (same TMT: the higher golongan);
 * - jabatan and unit: the riwayat jabatan with the latest TMT (same TMT: the latest entered);
 * - pendidikan terakhir: the highest jenjang ever completed, not the latest one entered.
 * The database keeps these as derived columns for speed; the repository recomputes them in
 * the same transaction as every riwayat write, with SQL that an integration test checks
 * against these functions.
 */
export function golonganAkhir<T extends { golongan: string, tmt: TanggalIso }>(riwayat: readonly T[]): T | undefined {
  return [...riwayat].sort((a, b) => (a.tmt === b.tmt ? urutanGolongan(b.golongan) - urutanGolongan(a.golongan) : a.tmt < b.tmt ? 1 : -1))[0];
}

export function jabatanAkhir<T extends { tmt: TanggalIso, id: number }>(riwayat: readonly T[]): T | undefined {
  return [...riwayat].sort((a, b) => (a.tmt === b.tmt ? b.id - a.id : a.tmt < b.tmt ? 1 : -1))[0];
}

export function pendidikanTerakhir<T extends { tingkat: TingkatPendidikan | string, tahunLulus?: number | null }>(riwayat: readonly T[]): T | undefined {
  return [...riwayat].sort((a, b) => peringkatPendidikan(b.tingkat) - peringkatPendidikan(a.tingkat) || (b.tahunLulus ?? 0) - (a.tahunLulus ?? 0))[0];
}
