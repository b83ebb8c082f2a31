import type { JenisHukdis } from '../riwayat.ts';
import type { TanggalIso } from '../tanggal.ts';
import { type AturanPresensi, STATUS_HARI, type StatusHari, TANGGA_HUKDIS_PP94_2021, type TanggaHukdis, type UsulanHukdis } from './aturan.ts';
import type { NilaiHari } from './nilai.ts';

export const LABEL_HUKDIS: Record<UsulanHukdis, string> = { teguran_lisan: 'Teguran lisan', teguran_tertulis: 'Teguran tertulis',
  pernyataan_tidak_puas: 'Pernyataan tidak puas secara tertulis', potongan_tpp_25_6_bulan: 'Pemotongan tunjangan kinerja 25% selama 6 bulan',
  potongan_tpp_25_9_bulan: 'Pemotongan tunjangan kinerja 25% selama 9 bulan', potongan_tpp_25_12_bulan: 'Pemotongan tunjangan kinerja 25% selama 12 bulan',
  penurunan_jabatan: 'Penurunan jabatan setingkat lebih rendah selama 12 bulan', pembebasan_jabatan: 'Pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan',
  pdhtaps: 'Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS' };

/** The riwayat hukdis kind a decided proposal writes (riwayat.ts `JENIS_HUKDIS`). */
export const JENIS_HUKDIS_USULAN: Record<UsulanHukdis, JenisHukdis> = { teguran_lisan: 'teguran_lisan', teguran_tertulis: 'teguran_tertulis',
  pernyataan_tidak_puas: 'pernyataan_tidak_puas', potongan_tpp_25_6_bulan: 'potong_tukin_6', potongan_tpp_25_9_bulan: 'potong_tukin_9', potongan_tpp_25_12_bulan: 'potong_tukin_12',
  penurunan_jabatan: 'penurunan_jabatan', pembebasan_jabatan: 'pembebasan_jabatan', pdhtaps: 'pdhtaps' };

/**
 * The hukuman disiplin the system proposes for unexcused absence (PP 94/2021): from the alpa days
 * of a calendar year, or PDHTAPS whenever the longest run of consecutive working days of alpa
 * reaches 10. A proposal only: the authorised official decides after examination.
 */
export function usulanHukdis(alpaSetahun: number, alpaBerturutMaks: number, tangga: TanggaHukdis = TANGGA_HUKDIS_PP94_2021): UsulanHukdis | null {
  if (alpaBerturutMaks >= tangga.alpaBerturut) return tangga.berturutUsulan;
  let usulan: UsulanHukdis | null = null;
  for (const [min, u] of tangga.alpaSetahun) if (alpaSetahun >= min) usulan = u;
  return usulan;
}

/** The next step of the ladder: how many more alpa days reach it (for the atasan's alert). */
export function ambangHukdisBerikutnya(alpaSetahun: number, tangga: TanggaHukdis = TANGGA_HUKDIS_PP94_2021): { usulan: UsulanHukdis, sisaHari: number } | null {
  const n = tangga.alpaSetahun.find(([min]) => min > alpaSetahun);
  return n ? { usulan: n[1], sisaHari: n[0] - alpaSetahun } : null;
}

export interface HariRekap {
  tanggal: TanggalIso;
  nilai: Pick<NilaiHari, 'hariKerja' | 'status' | 'kodeMasuk' | 'kodePulang' | 'potonganPersen'>;
}

export interface RekapPegawai {
  hariKerja: number;
  hadir: number;
  alpa: number;
  /** Longest run of alpa over consecutive working days (days off in between do not break it). */
  alpaBerturutMaks: number;
  /** Alpa per calendar year (the ladder counts a year). */
  alpaPerTahun: Record<string, number>;
  perStatus: Record<StatusHari, number>;
  tl: { TL1: number, TL2: number, TL3: number, TL4: number };
  psw: { PSW1: number, PSW2: number, PSW3: number, PSW4: number };
  /** Sum of the days' cuts, at most the rule set's cap. */
  potonganDisiplinPersen: number;
  usulanHukdis: UsulanHukdis | null;
  versiAturan: string;
}

/**
 * The summary of a pegawai's days (a month, a year, any input): counts over working days, TL/PSW
 * per band, the capped cut, the longest alpa run and the proposed hukdis (from the largest
 * calendar-year alpa count, or the run). Days are sorted by date here.
 */
export function rekapPegawai(aturan: AturanPresensi, hari: readonly HariRekap[]): RekapPegawai {
  const urut = [...hari].sort((a, b) => (a.tanggal < b.tanggal ? -1 : a.tanggal > b.tanggal ? 1 : 0));
  const perStatus = Object.fromEntries(STATUS_HARI.map((s) => [s, 0])) as Record<StatusHari, number>;
  const tl = { TL1: 0, TL2: 0, TL3: 0, TL4: 0 };
  const psw = { PSW1: 0, PSW2: 0, PSW3: 0, PSW4: 0 };
  const alpaPerTahun: Record<string, number> = {};
  let hariKerja = 0;
  let potongan = 0;
  let jalan = 0;
  let maks = 0;
  for (const { tanggal, nilai } of urut) {
    if (!nilai.hariKerja) continue;
    hariKerja++;
    perStatus[nilai.status]++;
    potongan += nilai.potonganPersen;
    if (nilai.kodeMasuk && nilai.kodeMasuk !== 'tepat') tl[nilai.kodeMasuk]++;
    if (nilai.kodePulang && nilai.kodePulang !== 'tepat') psw[nilai.kodePulang]++;
    if (nilai.status === 'alpa') {
      const th = tanggal.slice(0, 4);
      alpaPerTahun[th] = (alpaPerTahun[th] ?? 0) + 1;
      jalan++;
      maks = Math.max(maks, jalan);
    } else jalan = 0;
  }
  const alpaTahunMaks = Math.max(0, ...Object.values(alpaPerTahun));
  return { hariKerja, hadir: perStatus.hadir, alpa: perStatus.alpa, alpaBerturutMaks: maks, alpaPerTahun, perStatus, tl, psw,
    potonganDisiplinPersen: Math.min(aturan.batasPotonganPersen, Math.round(potongan * 100) / 100), usulanHukdis: usulanHukdis(alpaTahunMaks, maks, aturan.hukdis),
    versiAturan: aturan.id };
}
