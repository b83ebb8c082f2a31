import { kgbPadaBulan, type HukdisBerjalan, type KgbBulanan, type PredikatSkp } from '@simasn/domain';

/** What the monthly query reads per employee (one row, set-based). */
export interface DasarKgb {
  pegawaiId: number;
  nip: string;
  nama: string;
  unit: string | null;
  perangkatDaerah: string | null;
  golongan: string | null;
  /** The basis: the latest riwayat gaji in the current golongan, else the latest riwayat pangkat. */
  tmtDasar: string | null;
  mkTahun: number | null;
  mkBulan: number | null;
  sumberDasar: 'gaji' | 'pangkat' | null;
  predikat: PredikatSkp | null;
  tahunSkp: number | null;
  hukdis: HukdisBerjalan[] | null;
  usulanId: number | null;
}

export type StatusKgb = 'jatuh_tempo' | 'terhambat' | 'diusulkan' | 'terbit';

export const LABEL_STATUS_KGB: Record<StatusKgb, string> = { jatuh_tempo: 'Jatuh tempo', terhambat: 'Terhambat', diusulkan: 'Sedang diusulkan', terbit: 'Sudah terbit' };

/** A row of the monthly list: the domain's KGB of the month, who, and where it stands. */
export interface BarisKgb extends KgbBulanan {
  pegawaiId: number;
  nip: string;
  nama: string;
  unit: string | null;
  perangkatDaerah: string | null;
  status: StatusKgb;
  usulanId: number | null;
  nomorSurat: string | null;
  riwayatGajiId: number | null;
}

export interface DataKurang {
  pegawaiId: number;
  nip: string;
  nama: string;
  unit: string | null;
  alasan: string;
}

/**
 * One employee's row of the month: the domain rule (kgbPadaBulan) on the basis the query read,
 * with the request state (an open KGB request: "diusulkan"). Null when no KGB falls in the month.
 */
export function hitungBarisKgb(d: DasarKgb, awalBulan: string): BarisKgb | DataKurang | null {
  const h = kgbPadaBulan(d, awalBulan);
  if (h.jenis === 'tidak') return null;
  if (h.jenis === 'kurang') return { pegawaiId: d.pegawaiId, nip: d.nip, nama: d.nama, unit: d.unit, alasan: h.alasan };
  const { jenis: _, ...k } = h;
  return { pegawaiId: d.pegawaiId, nip: d.nip, nama: d.nama, unit: d.unit, perangkatDaerah: d.perangkatDaerah, ...k,
    status: k.alasan.length ? 'terhambat' : d.usulanId ? 'diusulkan' : 'jatuh_tempo', usulanId: d.usulanId, nomorSurat: null, riwayatGajiId: null };
}
