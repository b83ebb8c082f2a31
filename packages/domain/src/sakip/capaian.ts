import { bulatkan } from '../angka.ts';
import { berhasil, gagal, type Hasil } from '../hasil.ts';
import type { TanggalIso } from '../tanggal.ts';

/**
 * Capaian kinerja, penyerapan anggaran, efisiensi (RULES.md section 6). Every function computes
 * exactly; the final figure is rounded to 2 decimals only where it is printed (`persen2`).
 * "N/A" (a realisasi not yet released) is a state, never zero: it propagates instead of counting.
 */
export const NA = 'N/A' as const;
export type NA = typeof NA;
export type BisaNa = number | NA;

export const POLARITAS = ['positif', 'negatif'] as const;
export type Polaritas = (typeof POLARITAS)[number];

export interface AturanCapaian {
  id: string;
  dasarHukum: string;
  /** The year of Perpres 29/2014; the formulas do not depend on the day. */
  berlakuMulai: TanggalIso;
  /** Negative polarity gives (2T - R)/T x 100, never below this. */
  lantaiNegatif: number;
}

export const ATURAN_CAPAIAN: AturanCapaian = { id: 'capaian-sakip-2014',
  dasarHukum: 'Perpres 29/2014 (SAKIP), PermenPAN-RB 53/2014; rumus polaritas negatif dan batas bawah 0: praktik', berlakuMulai: '2014-01-01', lantaiNegatif: 0 };

/** An explicit capping policy: `batas` (e.g. 100 or 120) caps every capaian; null = no cap. */
export interface KebijakanCapaian {
  batas?: number | null;
}

export interface MasukanCapaian {
  target: number;
  realisasi: BisaNa;
  polaritas: Polaritas;
}

/**
 * Positive polarity R/T x 100; negative (2T - R)/T x 100 floored at 0; then the cap if the policy
 * sets one. A target of 0 (or below) is refused: the ratio has no meaning.
 */
export function hitungCapaian(m: MasukanCapaian, kebijakan: KebijakanCapaian = {}, aturan: AturanCapaian = ATURAN_CAPAIAN): Hasil<BisaNa> {
  if (!Number.isFinite(m.target)) return gagal('target bukan angka');
  if (m.target === 0) return gagal('target 0: capaian tidak dapat dihitung (pembagian dengan nol); tetapkan target yang bukan 0 atau nyatakan indikator tanpa target');
  if (m.target < 0) return gagal(`target ${m.target} negatif: rumus capaian R/T tidak bermakna untuk target negatif`);
  if (m.polaritas !== 'positif' && m.polaritas !== 'negatif') return gagal(`polaritas "${m.polaritas}" tidak dikenal (positif, negatif)`);
  const batas = kebijakan.batas ?? null;
  if (batas !== null && !(Number.isFinite(batas) && batas > 0)) return gagal(`batas capaian ${batas} tidak sah (angka lebih dari 0)`);
  if (m.realisasi === NA) return berhasil(NA);
  if (!Number.isFinite(m.realisasi)) return gagal('realisasi bukan angka');
  let c = m.polaritas === 'positif' ? (m.realisasi / m.target) * 100 : Math.max(aturan.lantaiNegatif, ((2 * m.target - m.realisasi) / m.target) * 100);
  if (batas !== null) c = Math.min(c, batas);
  return berhasil(c);
}

/** How an indicator's tribulan values combine into the year (RULES.md: [impl]). */
export const CARA_AGREGASI = ['kumulatif', 'snapshot', 'rata_rata'] as const;
export type CaraAgregasi = (typeof CARA_AGREGASI)[number];

/**
 * Tribulan values (in order, N/A where not released) into one: kumulatif = sum, snapshot = the
 * latest released value, rata_rata = mean of the released values. All N/A gives N/A.
 */
export function agregasiTribulan(nilai: readonly BisaNa[], cara: CaraAgregasi): BisaNa {
  const ada = nilai.filter((x): x is number => x !== NA);
  if (!ada.length) return NA;
  switch (cara) {
    case 'kumulatif':
      return ada.reduce((a, b) => a + b, 0);
    case 'snapshot':
      return ada.at(-1)!;
    case 'rata_rata':
      return ada.reduce((a, b) => a + b, 0) / ada.length;
  }
}

/** Penyerapan anggaran = realisasi / pagu x 100. */
export function penyerapanAnggaran(pagu: number, realisasi: BisaNa): Hasil<BisaNa> {
  if (!Number.isFinite(pagu) || pagu <= 0) return gagal(`pagu ${pagu} tidak sah: penyerapan anggaran memerlukan pagu lebih dari 0`);
  if (realisasi === NA) return berhasil(NA);
  if (!Number.isFinite(realisasi) || realisasi < 0) return gagal(`realisasi anggaran ${realisasi} tidak sah`);
  return berhasil((realisasi / pagu) * 100);
}

/** Efisiensi = % capaian kinerja - % penyerapan anggaran (both seeds). */
export function efisiensi(capaianKinerja: BisaNa, penyerapan: BisaNa): BisaNa {
  return capaianKinerja === NA || penyerapan === NA ? NA : capaianKinerja - penyerapan;
}

/**
 * Cost per outcome (RULES.md: [seed]): the budget of the programs serving an indicator as a share
 * of the total budget, in percent.
 */
export function biayaPerOutcome(anggaranProgram: readonly number[], totalAnggaran: number): Hasil<number> {
  if (!Number.isFinite(totalAnggaran) || totalAnggaran <= 0) return gagal(`total anggaran ${totalAnggaran} tidak sah (lebih dari 0)`);
  if (anggaranProgram.some((x) => !Number.isFinite(x) || x < 0)) return gagal('anggaran program harus angka tidak negatif');
  return berhasil((jumlahRupiah(anggaranProgram) / totalAnggaran) * 100);
}

/** The sum of money lines, exact to the sen (no binary drift: 0.1 + 0.2 is 0.3 here). */
export function jumlahRupiah(nilai: readonly number[]): number {
  return nilai.reduce((a, b) => a + Math.round(b * 100), 0) / 100;
}

/** The final figure: 2 decimals, half away from zero; N/A stays N/A. */
export function persen2(x: BisaNa): BisaNa {
  return x === NA ? NA : bulatkan(x, 2);
}
