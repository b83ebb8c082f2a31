import { berhasil, gagal, type Hasil } from '../hasil.ts';
import type { AturanBerversi } from './aturan.ts';

/**
 * Survey sample size by Krejcie & Morgan (1970), as SKM reports use it (RULES.md section 4).
 * Formula: s = X^2 N P (1 - P) / (d^2 (N - 1) + X^2 P (1 - P)), X^2 = 3.841, P = 0.5, d = 0.05.
 *
 * The published table is authoritative: its figures are the formula rounded to the nearest whole
 * number, not up (N 500: 217.47 -> table 217, rounded up 218), and its last row (384, RULES.md
 * gives it at N 100,000 where the formula gives 382.6) is the limit for a large N. So:
 * N on a table row -> that row; N between two rows -> the next row up (never fewer than the table
 * asks for a larger population), never more than N; N beyond the last row -> the last row.
 */
export interface AturanSampel extends AturanBerversi {
  chiKuadrat: number;
  proporsi: number;
  galat: number;
  /** [N, s] rows, N ascending. */
  tabel: readonly (readonly [number, number])[];
}

const TABEL_KREJCIE_MORGAN: readonly (readonly [number, number])[] = [
  [10, 10],
  [15, 14],
  [20, 19],
  [25, 24],
  [30, 28],
  [35, 32],
  [40, 36],
  [45, 40],
  [50, 44],
  [55, 48],
  [60, 52],
  [65, 56],
  [70, 59],
  [75, 63],
  [80, 66],
  [85, 70],
  [90, 73],
  [95, 76],
  [100, 80],
  [110, 86],
  [120, 92],
  [130, 97],
  [140, 103],
  [150, 108],
  [160, 113],
  [170, 118],
  [180, 123],
  [190, 127],
  [200, 132],
  [210, 136],
  [220, 140],
  [230, 144],
  [240, 148],
  [250, 152],
  [260, 155],
  [270, 159],
  [280, 162],
  [290, 165],
  [300, 169],
  [320, 175],
  [340, 181],
  [360, 186],
  [380, 191],
  [400, 196],
  [420, 201],
  [440, 205],
  [460, 210],
  [480, 214],
  [500, 217],
  [550, 226],
  [600, 234],
  [650, 242],
  [700, 248],
  [750, 254],
  [800, 260],
  [850, 265],
  [900, 269],
  [950, 274],
  [1000, 278],
  [1100, 285],
  [1200, 291],
  [1300, 297],
  [1400, 302],
  [1500, 306],
  [1600, 310],
  [1700, 313],
  [1800, 317],
  [1900, 320],
  [2000, 322],
  [2200, 327],
  [2400, 331],
  [2600, 335],
  [2800, 338],
  [3000, 341],
  [3500, 346],
  [4000, 351],
  [4500, 354],
  [5000, 357],
  [6000, 361],
  [7000, 364],
  [8000, 367],
  [9000, 368],
  [10000, 370],
  [15000, 375],
  [20000, 377],
  [30000, 379],
  [40000, 380],
  [50000, 381],
  [75000, 382],
  [100000, 384],
];

export const ATURAN_SAMPEL: Record<string, AturanSampel> = {
  'krejcie-morgan-1970': { id: 'krejcie-morgan-1970', nama: 'Ukuran sampel Krejcie dan Morgan', dasarHukum: 'Krejcie & Morgan (1970), dirujuk PermenPAN-RB 14/2017 untuk SKM',
    berlakuMulai: '1970-01-01', chiKuadrat: 3.841, proporsi: 0.5, galat: 0.05, tabel: TABEL_KREJCIE_MORGAN },
};

export const ATURAN_SAMPEL_BAWAAN = 'krejcie-morgan-1970';

/** The formula's exact value (not rounded), for a population N >= 1. */
export function sampelRumusKrejcieMorgan(populasi: number, aturan: AturanSampel = ATURAN_SAMPEL[ATURAN_SAMPEL_BAWAAN]!): number {
  const { chiKuadrat: x2, proporsi: p, galat: d } = aturan;
  return (x2 * populasi * p * (1 - p)) / (d * d * (populasi - 1) + x2 * p * (1 - p));
}

export interface HasilSampel {
  aturan: string;
  populasi: number;
  sampel: number;
  /** The formula rounded up, for comparison. */
  rumus: number;
  /** Where the figure comes from. */
  sumber: 'tabel' | 'tabel_baris_berikutnya' | 'tabel_baris_terakhir' | 'populasi';
}

/** The required sample for a population of N. */
export function sampelKrejcieMorgan(populasi: number, aturan: AturanSampel = ATURAN_SAMPEL[ATURAN_SAMPEL_BAWAAN]!): Hasil<HasilSampel> {
  if (!Number.isInteger(populasi) || populasi < 1) return gagal('populasi harus bilangan bulat lebih dari 0');
  const rumus = Math.ceil(sampelRumusKrejcieMorgan(populasi, aturan));
  const hasil = (sampel: number, sumber: HasilSampel['sumber']) =>
    berhasil<HasilSampel>({ aturan: aturan.id, populasi, sampel: Math.min(sampel, populasi), rumus, sumber: sampel > populasi ? 'populasi' : sumber });
  const baris = aturan.tabel.find(([n]) => n >= populasi);
  if (!baris) return hasil(aturan.tabel[aturan.tabel.length - 1]![1], 'tabel_baris_terakhir');
  return hasil(baris[1], baris[0] === populasi ? 'tabel' : 'tabel_baris_berikutnya');
}
