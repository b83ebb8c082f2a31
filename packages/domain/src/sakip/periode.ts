import { berhasil, gagal, type Hasil } from '../hasil.ts';
import { keIso, type TanggalIso } from '../tanggal.ts';
import { agregasiTribulan, ATURAN_CAPAIAN, efisiensi, hitungCapaian, jumlahRupiah, NA, penyerapanAnggaran, persen2, type BisaNa, type CaraAgregasi, type KebijakanCapaian,
  type Polaritas } from './capaian.ts';

/**
 * An indicator over a period of the year (RULES.md section 6): the tribulan values up to the
 * chosen one combine by the indicator's rule, and the result is measured against the year's
 * target. `null` is a value never entered: it does not count and, when nothing was entered at
 * all, the realisasi is null (unknown), which differs from N/A (declared not yet released).
 */
export type NilaiTribulan = BisaNa | null;

export const TRIBULAN = [1, 2, 3, 4] as const;
export type Tribulan = (typeof TRIBULAN)[number];

/** The last day of a tribulan: 31 Maret, 30 Juni, 30 September, 31 Desember. */
export function akhirTribulan(tahun: number, tribulan: Tribulan): TanggalIso {
  return keIso(tahun, tribulan * 3, tribulan === 1 || tribulan === 4 ? 31 : 30);
}

/** The first day of a tribulan. */
export function awalTribulan(tahun: number, tribulan: Tribulan): TanggalIso {
  return keIso(tahun, tribulan * 3 - 2, 1);
}

/** Tribulan 1..`sampai` combined by the rule; null when none of them was entered. */
export function realisasiSampai(nilai: readonly NilaiTribulan[], sampai: Tribulan, cara: CaraAgregasi): BisaNa | null {
  const isi = nilai.slice(0, sampai).filter((x): x is BisaNa => x !== null);
  return isi.length ? agregasiTribulan(isi, cara) : null;
}

export interface MasukanCapaianPeriode {
  target: number | null;
  polaritas: Polaritas;
  agregasi: CaraAgregasi;
  /** Tribulan 1-4 in order; missing ones are null. */
  nilai: readonly NilaiTribulan[];
  sampai: Tribulan;
}

export interface HasilCapaianPeriode {
  realisasi: BisaNa | null;
  /** Percent, exact (round with persen2 where printed); null when there is no target or no realisasi. */
  capaian: BisaNa | null;
  /** Why the capaian is null, in Indonesian, when it is. */
  catatan: string | null;
}

/**
 * Capaian of an indicator for a period: realisasi by the aggregation rule, then capaian by
 * polarity and the capping policy. A target of 0 cannot be measured as a ratio: the reason is given.
 */
export function capaianPeriode(m: MasukanCapaianPeriode, kebijakan: KebijakanCapaian = {}): HasilCapaianPeriode {
  const realisasi = realisasiSampai(m.nilai, m.sampai, m.agregasi);
  if (m.target === null) return { realisasi, capaian: null, catatan: 'target tahun ini belum ditetapkan' };
  if (realisasi === null) return { realisasi, capaian: null, catatan: 'realisasi belum diisi' };
  const h = hitungCapaian({ target: m.target, realisasi, polaritas: m.polaritas }, kebijakan, ATURAN_CAPAIAN);
  if (!h.ok) return { realisasi, capaian: null, catatan: h.alasan };
  return { realisasi, capaian: h.nilai, catatan: h.nilai === NA ? 'realisasi belum rilis (N/A)' : null };
}

/** The policy in words, for the report: the cap or its absence is always stated. */
export function uraianKebijakanCapaian(kebijakan: KebijakanCapaian = {}): string {
  const b = kebijakan.batas ?? null;
  const dasar = 'Capaian = realisasi / target x 100 (polaritas positif); (2 x target - realisasi) / target x 100, paling rendah 0 (polaritas negatif).';
  return b === null ? `${dasar} Capaian tidak dibatasi.` : `${dasar} Capaian dibatasi paling tinggi ${b}%.`;
}

/** Mean of the capaian that can be computed (N/A and unknown ones are left out); N/A when none. */
export function rataRataCapaian(nilai: readonly (BisaNa | null)[]): BisaNa {
  const ada = nilai.filter((x): x is number => typeof x === 'number');
  return ada.length ? ada.reduce((a, b) => a + b, 0) / ada.length : NA;
}

export interface PosAnggaran {
  pagu: number;
  realisasi: number;
  sisa: number;
  /** Percent, exact; N/A when the pagu is 0. */
  penyerapan: BisaNa;
}

/** Pagu, realisasi, remaining budget and absorption, exact to the sen. */
export function posAnggaran(pagu: number, realisasi: number): PosAnggaran {
  const p = penyerapanAnggaran(pagu, realisasi);
  return { pagu, realisasi, sisa: jumlahRupiah([pagu, -realisasi]), penyerapan: p.ok ? p.nilai : NA };
}

/** Sums budget lines into one position (a kegiatan from its sub kegiatan, a program from its kegiatan). */
export function jumlahPos(pos: readonly Pick<PosAnggaran, 'pagu' | 'realisasi'>[]): PosAnggaran {
  return posAnggaran(jumlahRupiah(pos.map((x) => x.pagu)), jumlahRupiah(pos.map((x) => x.realisasi)));
}

/** Efisiensi rounded the way the seeds print it: each percentage exact, the difference rounded once. */
export function efisiensiPeriode(capaian: BisaNa | null, penyerapan: BisaNa | null): BisaNa | null {
  if (capaian === null || penyerapan === null) return null;
  return persen2(efisiensi(capaian, penyerapan));
}

/** A tribulan number from user input, or the reason it is not one. */
export function parseTribulan(x: unknown): Hasil<Tribulan> {
  const n = typeof x === 'string' ? Number(x.trim()) : x;
  return n === 1 || n === 2 || n === 3 || n === 4 ? berhasil(n) : gagal(`tribulan "${String(x)}" tidak sah (1, 2, 3 atau 4)`);
}
