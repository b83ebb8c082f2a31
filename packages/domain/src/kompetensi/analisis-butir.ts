import { bulatkan } from '../angka.ts';
import { berhasil, gagal, type Hasil } from '../hasil.ts';
import type { AturanBerversi } from '../indeks/aturan.ts';

/**
 * Item analysis of a test (RULES.md section 11, the contract of `simasn hitung analisis-butir`):
 * facility p, discrimination d between the upper and lower 27%, corrected item-total correlation
 * r, Cronbach's alpha (KR-20 for 0/1 items), and the items to revise. Scores live in one
 * Float64Array (participant-major), every sum in one pass over it: 10.000 attempts x 110 items
 * take milliseconds. Sums are kept scaled by N (N x sum of squares - square of the sum), so with
 * whole-number scores every variance is exact and "no variance" is exactly zero.
 */

export interface AturanAnalisisButir extends AturanBerversi {
  /** The upper and lower groups: the first and last round-half-up(pembilang / penyebut x N) by total. */
  kelompok: { pembilang: number, penyebut: number };
  /** perlu_revisi when r < rMin or p < pMin or p > pMaks [open thresholds], compared on the figures as printed. */
  batas: { rMin: number, pMin: number, pMaks: number };
  /** Decimals of every printed figure (and of the threshold comparisons). */
  desimal: number;
  /**
   * A distractor works when at least this share of participants chose it and the lower group chose
   * it at least as often as the upper group [open thresholds].
   */
  pengecoh: { minProporsi: number };
}

export const ANALISIS_BUTIR_SIMASN_2026: AturanAnalisisButir = { id: 'simasn-2026', nama: 'Analisis butir klasik: kelompok 27%, r < 0,20 atau p di luar 0,20-0,90 direvisi',
  dasarHukum: 'RULES.md bagian 11 (teori tes klasik; Kelley 1939 untuk kelompok 27%)', berlakuMulai: '2026-01-01',
  catatan:
    'Batas revisi [open]: r butir-total terkoreksi < 0,20, tingkat kesukaran p < 0,20 (terlalu sulit) atau p > 0,90 (terlalu mudah); pengecoh berfungsi bila dipilih sedikitnya 5% peserta dan tidak lebih sering oleh kelompok atas [open].',
  kelompok: { pembilang: 27, penyebut: 100 }, batas: { rMin: 0.2, pMin: 0.2, pMaks: 0.9 }, desimal: 4, pengecoh: { minProporsi: 0.05 } };

export const ATURAN_ANALISIS_BUTIR: Record<string, AturanAnalisisButir> = { [ANALISIS_BUTIR_SIMASN_2026.id]: ANALISIS_BUTIR_SIMASN_2026 };
export const ATURAN_ANALISIS_BUTIR_BAWAAN = 'simasn-2026';

export function aturanAnalisisButir(id: string): Hasil<AturanAnalisisButir> {
  const a = Object.hasOwn(ATURAN_ANALISIS_BUTIR, id) ? ATURAN_ANALISIS_BUTIR[id] : undefined;
  return a ? berhasil(a) : gagal(`aturan analisis butir "${id}" tidak dikenal; pilihan: ${Object.keys(ATURAN_ANALISIS_BUTIR).join(', ')}`);
}

/** Scores of N participants on k items: `skor[j * k + i]` is participant j's score on item i, 0 to `skorMaks[i]`. */
export interface MatriksSkor {
  peserta: readonly string[];
  butir: readonly string[];
  skorMaks: ArrayLike<number>;
  skor: ArrayLike<number>;
}

export type AlasanRevisi = 'r_rendah' | 'terlalu_sulit' | 'terlalu_mudah';

export interface AnalisisSatuButir {
  butir: string;
  /** Facility: mean score / maximum. */
  p: number;
  /** Discrimination: (mean in the upper group - mean in the lower group) / maximum. */
  d: number;
  /** Corrected item-total correlation: Pearson of the item with the total without it (0 when either has no variance). */
  r: number;
  perluRevisi: boolean;
  alasanRevisi: AlasanRevisi[];
  /** The reasons in Indonesian, with the figures (what the proctor reads). */
  keterangan: string[];
}

export interface HasilAnalisisButir {
  aturan: string;
  peserta: number;
  butirJumlah: number;
  /** Cronbach's alpha; 0 when it cannot be measured (`alphaTerukur` false: fewer than 2 items, or every total the same). */
  alpha: number;
  alphaTerukur: boolean;
  /** Mean and standard deviation (divisor N) of the totals. */
  rataRata: number;
  simpanganBaku: number;
  /** The size of the upper and of the lower group. */
  kelompok: number;
  /** Participant indices by total descending, ties by participant id ascending (the first `kelompok` are the upper group). */
  urutan: Int32Array;
  butir: AnalisisSatuButir[];
}

/**
 * Participant ids in ascending order as a person reads them: runs of digits compare as numbers
 * (`2` before `10`, `P2` before `P10`), the rest by character; ids that only differ in leading
 * zeros fall back to plain character order, so the order is total.
 */
export function bandingkanIdPeserta(a: string, b: string): number {
  const ra = a.match(/\d+|\D+/g) ?? [];
  const rb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
    const x = ra[i]!;
    const y = rb[i]!;
    const angkaX = x.charCodeAt(0) >= 48 && x.charCodeAt(0) <= 57;
    const angkaY = y.charCodeAt(0) >= 48 && y.charCodeAt(0) <= 57;
    if (angkaX && angkaY) {
      const nx = x.replace(/^0+(?=\d)/, '');
      const ny = y.replace(/^0+(?=\d)/, '');
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  if (ra.length !== rb.length) return ra.length - rb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** round-half-up(pembilang / penyebut x N), on whole numbers. */
export function ukuranKelompok(aturan: AturanAnalisisButir, n: number): number {
  const { pembilang, penyebut } = aturan.kelompok;
  return Math.floor((2 * pembilang * n + penyebut) / (2 * penyebut));
}

const teks = (x: number, desimal: number) => String(bulatkan(x, desimal)).replace('.', ',');

/**
 * The analysis of one test. Refuses a matrix whose sizes do not fit or whose scores fall outside
 * 0..maximum (naming the participant and item), without computing anything.
 */
export function analisisButir(aturan: AturanAnalisisButir, m: MatriksSkor): Hasil<HasilAnalisisButir> {
  const n = m.peserta.length;
  const k = m.butir.length;
  if (n === 0) return gagal('tidak ada peserta');
  if (k === 0) return gagal('tidak ada butir');
  if (m.skorMaks.length !== k) return gagal(`skor maksimum ada ${m.skorMaks.length}, butir ada ${k}`);
  if (m.skor.length !== n * k) return gagal(`matriks skor berisi ${m.skor.length} nilai, seharusnya ${n} peserta x ${k} butir = ${n * k}`);
  const maks = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const x = m.skorMaks[i]!;
    if (!(Number.isFinite(x) && x > 0)) return gagal(`skor maksimum butir ${m.butir[i]} harus lebih dari 0`);
    maks[i] = x;
  }
  const skor = m.skor;
  const total = new Float64Array(n);
  const sx = new Float64Array(k);
  const sxx = new Float64Array(k);
  const sxt = new Float64Array(k);
  let st = 0;
  let stt = 0;
  // One pass over the matrix: each participant's row twice while it is in cache (its total, then item x total).
  for (let j = 0; j < n; j++) {
    const awal = j * k;
    let t = 0;
    for (let i = 0; i < k; i++) {
      const x = skor[awal + i]!;
      if (!(x >= 0 && x <= maks[i]!)) {
        return gagal(`skor peserta ${m.peserta[j]} pada butir ${m.butir[i]} harus 0 sampai ${maks[i]}, ditemukan ${x}`);
      }
      t += x;
      sx[i]! += x;
      sxx[i]! += x * x;
    }
    for (let i = 0; i < k; i++) sxt[i]! += skor[awal + i]! * t;
    total[j] = t;
    st += t;
    stt += t * t;
  }

  // Upper and lower groups: by total descending, ties by participant id ascending.
  const menurutId = Array.from({ length: n }, (_, j) => j).sort((a, b) => bandingkanIdPeserta(m.peserta[a]!, m.peserta[b]!));
  const peringkatId = new Int32Array(n);
  menurutId.forEach((j, r) => {
    peringkatId[j] = r;
  });
  const urutan = Int32Array.from({ length: n }, (_, j) => j).sort((a, b) => total[b]! - total[a]! || peringkatId[a]! - peringkatId[b]!);
  const g = ukuranKelompok(aturan, n);
  const atas = new Float64Array(k);
  const bawah = new Float64Array(k);
  for (let r = 0; r < g; r++) {
    const a = urutan[r]! * k;
    const b = urutan[n - 1 - r]! * k;
    for (let i = 0; i < k; i++) {
      atas[i]! += skor[a + i]!;
      bawah[i]! += skor[b + i]!;
    }
  }

  // Variances and covariances scaled by N^2 (N x sum of products - product of sums): exact for whole scores.
  const varT = n * stt - st * st;
  const nol = (v: number, skala: number) => v <= 1e-12 * skala;
  const tanpaVariansT = nol(varT, n * stt);
  let jumlahVarX = 0;
  const { rMin, pMin, pMaks } = aturan.batas;
  const dsm = aturan.desimal;
  const butir: AnalisisSatuButir[] = [];
  for (let i = 0; i < k; i++) {
    const varX = n * sxx[i]! - sx[i]! * sx[i]!;
    const covXT = n * sxt[i]! - sx[i]! * st;
    const varSisa = varT - 2 * covXT + varX;
    jumlahVarX += varX;
    const p = sx[i]! / (n * maks[i]!);
    const d = g === 0 ? 0 : (atas[i]! - bawah[i]!) / (g * maks[i]!);
    const tanpaVarians = nol(varX, n * sxx[i]!) || nol(varSisa, n * stt + n * sxx[i]!);
    const r = tanpaVarians ? 0 : Math.max(-1, Math.min(1, (covXT - varX) / Math.sqrt(varX * varSisa)));
    const [pc, rc] = [bulatkan(p, dsm), bulatkan(r, dsm)];
    const alasanRevisi: AlasanRevisi[] = [];
    const keterangan: string[] = [];
    if (rc < rMin) {
      alasanRevisi.push('r_rendah');
      keterangan.push(
        tanpaVarians
          ? `korelasi butir-total tidak dapat diukur (skor butir atau skor sisanya sama untuk semua peserta), dihitung 0 < ${teks(rMin, dsm)}`
          : `korelasi butir-total terkoreksi ${teks(rc, dsm)} < ${teks(rMin, dsm)}: butir kurang sejalan dengan tes`,
      );
    }
    if (pc < pMin) {
      alasanRevisi.push('terlalu_sulit');
      keterangan.push(`tingkat kesukaran ${teks(pc, dsm)} < ${teks(pMin, dsm)}: terlalu sulit`);
    }
    if (pc > pMaks) {
      alasanRevisi.push('terlalu_mudah');
      keterangan.push(`tingkat kesukaran ${teks(pc, dsm)} > ${teks(pMaks, dsm)}: terlalu mudah`);
    }
    butir.push({ butir: m.butir[i]!, p, d, r, perluRevisi: alasanRevisi.length > 0, alasanRevisi, keterangan });
  }
  const alphaTerukur = k >= 2 && !tanpaVariansT;
  const alpha = alphaTerukur ? (k / (k - 1)) * (1 - jumlahVarX / varT) : 0;
  return berhasil({ aturan: aturan.id, peserta: n, butirJumlah: k, alpha, alphaTerukur, rataRata: st / n, simpanganBaku: tanpaVariansT ? 0 : Math.sqrt(varT) / n, kelompok: g,
    urutan, butir });
}

/** One score as a table or the answers store give it. */
export interface BarisSkor {
  peserta: string;
  butir: string;
  skor: number;
  skorMaks: number;
}

/** A problem of one row (`indeks` into the rows), or of the whole table (`indeks` null). */
export interface MasalahSkor {
  indeks: number | null;
  kolom: 'peserta' | 'butir' | 'skor' | 'skor_maks' | null;
  alasan: string;
}

/**
 * Rows of (participant, item, score, maximum) into a matrix: participants and items in their first
 * appearance. Every participant needs exactly one row per item, and an item one maximum;
 * every problem is named (the first 1.000 missing pairs, then their count).
 */
export function susunMatriksSkor(baris: readonly BarisSkor[]): { ok: true, matriks: MatriksSkor } | { ok: false, masalah: MasalahSkor[] } {
  const indeksPeserta = new Map<string, number>();
  const indeksButir = new Map<string, number>();
  const peserta: string[] = [];
  const butir: string[] = [];
  const maks: number[] = [];
  const barisMaks: number[] = [];
  const masalah: MasalahSkor[] = [];
  const letakPeserta = new Int32Array(baris.length);
  const letakButir = new Int32Array(baris.length);
  for (let r = 0; r < baris.length; r++) {
    const b = baris[r]!;
    let j = indeksPeserta.get(b.peserta);
    if (j === undefined) {
      j = peserta.length;
      indeksPeserta.set(b.peserta, j);
      peserta.push(b.peserta);
    }
    let i = indeksButir.get(b.butir);
    if (i === undefined) {
      i = butir.length;
      indeksButir.set(b.butir, i);
      butir.push(b.butir);
      maks.push(b.skorMaks);
      barisMaks.push(r);
    } else if (maks[i] !== b.skorMaks) {
      masalah.push({ indeks: r, kolom: 'skor_maks', alasan: `skor maksimum butir ${b.butir} adalah ${maks[i]} pada baris data ke-${barisMaks[i]! + 1}, di sini ${b.skorMaks}` });
    }
    if (!(b.skorMaks > 0)) masalah.push({ indeks: r, kolom: 'skor_maks', alasan: 'skor maksimum harus lebih dari 0' });
    else if (!(b.skor >= 0 && b.skor <= b.skorMaks)) masalah.push({ indeks: r, kolom: 'skor', alasan: `skor harus 0 sampai skor maksimum ${b.skorMaks}` });
    letakPeserta[r] = j;
    letakButir[r] = i;
  }
  const n = peserta.length;
  const k = butir.length;
  const skor = new Float64Array(n * k).fill(Number.NaN);
  const barisKe = new Int32Array(n * k).fill(-1);
  for (let r = 0; r < baris.length; r++) {
    const j = letakPeserta[r]!;
    const i = letakButir[r]!;
    const sel = j * k + i;
    if (barisKe[sel]! >= 0) {
      masalah.push({ indeks: r, kolom: 'butir',
        alasan: `peserta ${peserta[j]} butir ${butir[i]} sudah ada pada baris data ke-${barisKe[sel]! + 1}; satu baris per peserta per butir` });
      continue;
    }
    barisKe[sel] = r;
    skor[sel] = baris[r]!.skor;
  }
  let hilang = 0;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < k; i++) {
      if (barisKe[j * k + i]! >= 0) continue;
      if (++hilang <= 1000) {
        masalah.push({ indeks: null, kolom: 'butir', alasan: `peserta ${peserta[j]} tidak punya baris untuk butir ${butir[i]}; setiap peserta perlu satu baris per butir` });
      }
    }
  }
  if (hilang > 1000) masalah.push({ indeks: null, kolom: 'butir', alasan: `dan ${hilang - 1000} pasangan peserta-butir lain tidak ada` });
  if (masalah.length) return { ok: false, masalah };
  return { ok: true, matriks: { peserta, butir, skorMaks: maks, skor } };
}

// ---- distractors ------------------------------------------------------------------------------

/** The option each participant chose on each item: `pilihan[j * k + i]` is an option index, -1 blank. */
export interface PilihanOpsi {
  pilihan: ArrayLike<number>;
  /** Options of each item. */
  jumlahOpsi: ArrayLike<number>;
  /** The key's option index of each item; `null` for items without one (TKP-style weights: every option counts). */
  kunci: readonly (number | null)[];
}

export interface AnalisisOpsi {
  opsi: number;
  kunci: boolean;
  /** Share of all participants, of the upper and of the lower group who chose it. */
  proporsi: number;
  proporsiAtas: number;
  proporsiBawah: number;
  /** A distractor: chosen by enough people and not more by the upper group; always true for the key. */
  berfungsi: boolean;
  keterangan: string | null;
}

export interface AnalisisPengecoh {
  butir: string;
  /** Share who left it blank. */
  kosong: number;
  opsi: AnalisisOpsi[];
}

/**
 * Distractor use per item (issue 13 item 5) from the choices and the groups of `analisisButir`:
 * for every option the share of all participants, of the upper and of the lower group that chose
 * it; a distractor chosen by fewer than the rule set's share does not distract, one the upper group
 * chooses more often than the lower misleads the able. Items without a key are skipped.
 */
export function analisisPengecoh(aturan: AturanAnalisisButir, hasil: HasilAnalisisButir, p: PilihanOpsi): Hasil<AnalisisPengecoh[]> {
  const n = hasil.peserta;
  const k = hasil.butirJumlah;
  if (p.pilihan.length !== n * k) return gagal(`pilihan berisi ${p.pilihan.length} nilai, seharusnya ${n} peserta x ${k} butir = ${n * k}`);
  if (p.jumlahOpsi.length !== k || p.kunci.length !== k) return gagal(`jumlah opsi dan kunci harus ada untuk ${k} butir`);
  const g = hasil.kelompok;
  const dalamKelompok = new Int8Array(n);
  for (let r = 0; r < g; r++) {
    dalamKelompok[hasil.urutan[r]!] = 1;
    dalamKelompok[hasil.urutan[n - 1 - r]!] = -1;
  }
  const awal = new Int32Array(k + 1);
  for (let i = 0; i < k; i++) {
    const o = p.jumlahOpsi[i]!;
    if (!(Number.isInteger(o) && o >= 1 && o <= 26)) return gagal(`jumlah opsi butir ${hasil.butir[i]!.butir} harus 1 sampai 26`);
    awal[i + 1] = awal[i]! + o;
  }
  const semua = new Int32Array(awal[k]!);
  const atas = new Int32Array(awal[k]!);
  const bawah = new Int32Array(awal[k]!);
  const kosong = new Int32Array(k);
  for (let j = 0; j < n; j++) {
    const kel = dalamKelompok[j]!;
    for (let i = 0; i < k; i++) {
      const x = p.pilihan[j * k + i]!;
      if (x === -1) {
        kosong[i]!++;
        continue;
      }
      if (!(Number.isInteger(x) && x >= 0 && x < p.jumlahOpsi[i]!)) {
        return gagal(`pilihan peserta ${j + 1} pada butir ${hasil.butir[i]!.butir} harus opsi 0 sampai ${p.jumlahOpsi[i]! - 1} atau -1 (kosong), ditemukan ${x}`);
      }
      const sel = awal[i]! + x;
      semua[sel]!++;
      if (kel === 1) atas[sel]!++;
      else if (kel === -1) bawah[sel]!++;
    }
  }
  const huruf = (o: number) => String.fromCharCode(65 + o);
  const hasilButir: AnalisisPengecoh[] = [];
  for (let i = 0; i < k; i++) {
    const kunci = p.kunci[i];
    if (kunci === null || kunci === undefined) continue;
    const opsi: AnalisisOpsi[] = [];
    for (let o = 0; o < p.jumlahOpsi[i]!; o++) {
      const sel = awal[i]! + o;
      const proporsi = semua[sel]! / n;
      const proporsiAtas = g ? atas[sel]! / g : 0;
      const proporsiBawah = g ? bawah[sel]! / g : 0;
      const adalahKunci = o === kunci;
      const sepi = bulatkan(proporsi, aturan.desimal) < aturan.pengecoh.minProporsi;
      const menyesatkan = proporsiAtas > proporsiBawah;
      const keterangan = adalahKunci
        ? null
        : sepi
        ? `pengecoh ${huruf(o)} dipilih ${teks(proporsi * 100, 2)}% peserta (< ${teks(aturan.pengecoh.minProporsi * 100, 2)}%): tidak mengecoh`
        : menyesatkan
        ? `pengecoh ${huruf(o)} lebih banyak dipilih kelompok atas (${teks(proporsiAtas * 100, 2)}%) daripada kelompok bawah (${teks(proporsiBawah * 100, 2)}%)`
        : null;
      opsi.push({ opsi: o, kunci: adalahKunci, proporsi, proporsiAtas, proporsiBawah, berfungsi: adalahKunci || (!sepi && !menyesatkan), keterangan });
    }
    hasilButir.push({ butir: hasil.butir[i]!.butir, kosong: kosong[i]! / n, opsi });
  }
  return berhasil(hasilButir);
}
