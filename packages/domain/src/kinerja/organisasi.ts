import { formatAngka } from '../angka.ts';
import { berhasil, gagal, type Hasil } from '../hasil.ts';
import type { AturanBerversi } from '../indeks/aturan.ts';
import type { BisaNa } from '../sakip/capaian.ts';
import { LABEL_PREDIKAT, LABEL_RATING, PREDIKAT_KINERJA, type PredikatKinerja, type RatingEkspektasi } from './skp.ts';

/**
 * The organisation's side of the rating (RULES.md section 9): the predikat kinerja organisasi,
 * the distribution of the employees' predikat it calls for (a check that warns, never blocks),
 * and the unit head's hasil kerja proposed from the unit's own capaian.
 */

export const PREDIKAT_ORGANISASI = ['istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type PredikatOrganisasi = (typeof PREDIKAT_ORGANISASI)[number];
export const LABEL_PREDIKAT_ORGANISASI: Record<PredikatOrganisasi, string> = { istimewa: 'Istimewa', baik: 'Baik', butuh_perbaikan: 'Butuh Perbaikan', kurang: 'Kurang',
  sangat_kurang: 'Sangat Kurang' };

/**
 * One bound on a group of predikat within a unit: the share (%) of the rated employees whose
 * predikat is one of `predikat` must be at least `minPersen` / at most `maksPersen`, and, with
 * `minOrang`, at least that many people must hold one of them ("harus ada").
 */
export interface BatasDistribusi {
  predikat: PredikatKinerja[];
  minPersen?: number;
  maksPersen?: number;
  minOrang?: number;
}

export interface PolaDistribusi {
  /** The predikat most employees should hold ("sebagian besar"): a warning when another one is more frequent. */
  utama: PredikatKinerja;
  batas: BatasDistribusi[];
}

export interface AturanDistribusiPredikat extends AturanBerversi {
  pola: Record<PredikatOrganisasi, PolaDistribusi>;
}

/**
 * PermenPAN-RB 6/2022 Lampiran, pola distribusi [reg~: as BKN and MenPAN-RB material quote it]:
 * Istimewa: mostly (at most 70%) Sangat Baik. Baik: mostly (at most 70%) Baik, and some Butuh
 * Perbaikan and/or Kurang must exist. Butuh Perbaikan: at least 60% Butuh Perbaikan, Sangat Baik
 * at most 10%. Kurang: at least 60% Kurang, at least 10% Butuh Perbaikan, Sangat Baik at most
 * 10%. Sangat Kurang: at least 60% Sangat Kurang, at least 10% Kurang and/or Butuh Perbaikan, no
 * Sangat Baik.
 */
export const DISTRIBUSI_PERMENPANRB_6_2022: AturanDistribusiPredikat = { id: 'permenpanrb-6-2022', nama: 'Pola distribusi predikat kinerja pegawai',
  dasarHukum: 'PermenPAN-RB 6/2022 Lampiran (pola distribusi predikat kinerja pegawai)', berlakuMulai: '2022-01-01',
  catatan: 'Pemeriksaan ini memberi peringatan, tidak menghalangi penetapan.',
  pola: { istimewa: { utama: 'sangat_baik', batas: [{ predikat: ['sangat_baik'], maksPersen: 70 }] },
    baik: { utama: 'baik', batas: [{ predikat: ['baik'], maksPersen: 70 }, { predikat: ['butuh_perbaikan', 'kurang'], minOrang: 1 }] },
    butuh_perbaikan: { utama: 'butuh_perbaikan', batas: [{ predikat: ['butuh_perbaikan'], minPersen: 60 }, { predikat: ['sangat_baik'], maksPersen: 10 }] },
    kurang: { utama: 'kurang', batas: [{ predikat: ['kurang'], minPersen: 60 }, { predikat: ['butuh_perbaikan'], minPersen: 10 }, { predikat: ['sangat_baik'], maksPersen: 10 }] },
    sangat_kurang: { utama: 'sangat_kurang',
      batas: [{ predikat: ['sangat_kurang'], minPersen: 60 }, { predikat: ['kurang', 'butuh_perbaikan'], minPersen: 10 }, { predikat: ['sangat_baik'], maksPersen: 0 }] } } };

export const ATURAN_DISTRIBUSI_PREDIKAT: Record<string, AturanDistribusiPredikat> = { [DISTRIBUSI_PERMENPANRB_6_2022.id]: DISTRIBUSI_PERMENPANRB_6_2022 };

export interface PeringatanDistribusi {
  /** `kurang_dari_minimum`, `melebihi_maksimum`, `harus_ada`, `bukan_terbanyak`. */
  jenis: 'kurang_dari_minimum' | 'melebihi_maksimum' | 'harus_ada' | 'bukan_terbanyak';
  predikat: PredikatKinerja[];
  jumlah: number;
  total: number;
  /** Share of `total`, 2 decimals. */
  persen: number;
  /** The bound crossed (% or people, by `jenis`); null for `bukan_terbanyak`. */
  batas: number | null;
  /** The warning as the admin reads it, with the numbers. */
  pesan: string;
}

const namaKelompok = (p: readonly PredikatKinerja[]) => p.map((x) => LABEL_PREDIKAT[x]).join(' dan/atau ');
const persen = (x: number) => `${formatAngka(x, Number.isInteger(x) ? 0 : 2)}%`;

/** Counts and shares (%, 2 decimals) of the predikat given in a unit; null entries (not rated yet) are counted apart. */
export function sebaranPredikat(
  daftar: Iterable<PredikatKinerja | null>,
): { hitungan: Record<PredikatKinerja, number>, persen: Record<PredikatKinerja, number>, total: number, belumDinilai: number } {
  const hitungan = Object.fromEntries(PREDIKAT_KINERJA.map((p) => [p, 0])) as Record<PredikatKinerja, number>;
  let belumDinilai = 0;
  for (const p of daftar) {
    if (p === null) belumDinilai++;
    else if (p in hitungan) hitungan[p]++;
  }
  const total = PREDIKAT_KINERJA.reduce((s, p) => s + hitungan[p], 0);
  const persen = Object.fromEntries(PREDIKAT_KINERJA.map((p) => [p, total ? Math.round((hitungan[p] / total) * 10000) / 100 : 0])) as Record<PredikatKinerja, number>;
  return { hitungan, persen, total, belumDinilai };
}

/**
 * Checks the predikat of a unit's employees against the pattern of the predikat kinerja
 * organisasi. `hitungan` counts employees per predikat (missing = 0). Returns the warnings (empty
 * when the distribution fits); an empty unit gives none. A share is compared exactly (3 of 10 is
 * 30%, not a rounded figure).
 */
export function cekDistribusiPredikat(predikatOrganisasi: PredikatOrganisasi, hitungan: Partial<Record<PredikatKinerja, number>>,
  aturan: AturanDistribusiPredikat = DISTRIBUSI_PERMENPANRB_6_2022): PeringatanDistribusi[]
{
  const pola = aturan.pola[predikatOrganisasi];
  if (!pola) return [];
  const n = (p: PredikatKinerja) => Math.max(0, Math.trunc(hitungan[p] ?? 0));
  const total = PREDIKAT_KINERJA.reduce((s, p) => s + n(p), 0);
  if (total === 0) return [];
  const org = LABEL_PREDIKAT_ORGANISASI[predikatOrganisasi];
  const hasil: PeringatanDistribusi[] = [];
  const dari = (jumlah: number) => `${jumlah} dari ${total} pegawai (${persen((jumlah / total) * 100)})`;
  for (const b of pola.batas) {
    const jumlah = b.predikat.reduce((s, p) => s + n(p), 0);
    const pr = Math.round((jumlah / total) * 10000) / 100;
    const nama = namaKelompok(b.predikat);
    const dasar = { predikat: [...b.predikat], jumlah, total, persen: pr };
    // Exact comparisons: jumlah/total vs batas/100, as jumlah*100 vs batas*total.
    if (b.maksPersen !== undefined && jumlah * 100 > b.maksPersen * total) {
      hasil.push({ ...dasar, jenis: 'melebihi_maksimum', batas: b.maksPersen, pesan: b.maksPersen === 0
        ? `Predikat kinerja organisasi ${org}: tidak boleh ada pegawai berpredikat ${nama}, tetapi ada ${dari(jumlah)}.`
        : `Predikat kinerja organisasi ${org}: pegawai berpredikat ${nama} paling banyak ${persen(b.maksPersen)}, tetapi ada ${dari(jumlah)}.` });
    }
    if (b.minPersen !== undefined && jumlah * 100 < b.minPersen * total) {
      const perlu = Math.ceil((b.minPersen * total) / 100);
      hasil.push({ ...dasar, jenis: 'kurang_dari_minimum', batas: b.minPersen,
        pesan: `Predikat kinerja organisasi ${org}: pegawai berpredikat ${nama} paling sedikit ${persen(b.minPersen)} (${perlu} orang), baru ${dari(jumlah)}.` });
    }
    if (b.minOrang !== undefined && jumlah < b.minOrang) {
      hasil.push({ ...dasar, jenis: 'harus_ada', batas: b.minOrang,
        pesan: `Predikat kinerja organisasi ${org}: harus ada paling sedikit ${b.minOrang} pegawai berpredikat ${nama}, baru ${dari(jumlah)}.` });
    }
  }
  const utama = n(pola.utama);
  const lebih = PREDIKAT_KINERJA.filter((p) => p !== pola.utama && n(p) > utama);
  if (lebih.length) {
    const teratas = lebih.reduce((a, b) => (n(b) > n(a) ? b : a));
    hasil.push({ jenis: 'bukan_terbanyak', predikat: [pola.utama], jumlah: utama, total, persen: Math.round((utama / total) * 10000) / 100, batas: null,
      pesan: `Predikat kinerja organisasi ${org}: sebagian besar pegawai semestinya berpredikat ${LABEL_PREDIKAT[pola.utama]} (${dari(utama)}), tetapi lebih banyak yang ${
        LABEL_PREDIKAT[teratas]
      } (${dari(n(teratas))}).` });
  }
  return hasil;
}

/**
 * How a unit's capaian becomes the predikat kinerja organisasi and its head's hasil kerja rating
 * [reg~: PermenPAN-RB 6/2022 makes the capaian of the unit the head's hasil kerja rating; the
 * bands from capaian to predikat are open: configurable]. The capaian of the unit is the mean of
 * its PK indicators' capaian (N/A ones do not count), each capped at `batasPerIndikator` when set.
 */
export interface AturanRatingPimpinan extends AturanBerversi {
  /** Bands, highest first: the first whose `minimum` (%) the mean reaches. The last must have minimum 0. */
  pita: { minimum: number, predikat: PredikatOrganisasi }[];
  ratingPimpinan: Record<PredikatOrganisasi, RatingEkspektasi>;
  batasPerIndikator: number | null;
}

export const RATING_PIMPINAN_SUKAMAJU_2026: AturanRatingPimpinan = { id: 'perbup-sukamaju-2026', nama: 'Predikat kinerja organisasi dari capaian (demo)',
  dasarHukum: 'PermenPAN-RB 6/2022 (rating hasil kerja pimpinan unit = capaian kinerja unit); pita capaian fiktif kabupaten demo [open]', berlakuMulai: '2026-01-01',
  catatan: 'Pita capaian ke predikat organisasi belum diatur tegas secara nasional [open]; angka di sini contoh yang dapat diubah.',
  pita: [{ minimum: 101, predikat: 'istimewa' }, { minimum: 90, predikat: 'baik' }, { minimum: 75, predikat: 'butuh_perbaikan' }, { minimum: 50, predikat: 'kurang' }, { minimum: 0,
    predikat: 'sangat_kurang' }], ratingPimpinan: { istimewa: 'di_atas', baik: 'sesuai', butuh_perbaikan: 'di_bawah', kurang: 'di_bawah', sangat_kurang: 'di_bawah' },
  batasPerIndikator: 120 };

export const ATURAN_RATING_PIMPINAN: Record<string, AturanRatingPimpinan> = { [RATING_PIMPINAN_SUKAMAJU_2026.id]: RATING_PIMPINAN_SUKAMAJU_2026 };

export interface UsulanRatingPimpinan {
  aturan: string;
  /** Mean capaian of the counted indicators, 2 decimals. */
  capaianUnit: number;
  jumlahIndikator: number;
  predikatOrganisasi: PredikatOrganisasi;
  rating: RatingEkspektasi;
  /** Why, in Indonesian, for the atasan who confirms or changes it. */
  alasan: string;
}

/** The unit head's hasil kerja rating proposed from the capaian (%) of the unit's PK indicators. */
export function usulRatingPimpinan(capaian: readonly (BisaNa | null)[], aturan: AturanRatingPimpinan = RATING_PIMPINAN_SUKAMAJU_2026): Hasil<UsulanRatingPimpinan> {
  const dihitung: number[] = [];
  for (const c of capaian) {
    if (c === null || c === 'N/A') continue;
    if (typeof c !== 'number' || !Number.isFinite(c) || c < 0) return gagal(`capaian "${c}" tidak sah: harus angka persen 0 atau lebih`);
    dihitung.push(aturan.batasPerIndikator === null ? c : Math.min(c, aturan.batasPerIndikator));
  }
  if (!dihitung.length) return gagal('belum ada capaian indikator unit yang terisi; rating hasil kerja pimpinan belum dapat diusulkan');
  // Mean in hundredths of a percent to keep the comparison with the bands exact enough.
  const rata = Math.round((dihitung.reduce((s, x) => s + x, 0) / dihitung.length) * 100) / 100;
  const pita = aturan.pita.find((p) => rata >= p.minimum) ?? aturan.pita[aturan.pita.length - 1]!;
  const rating = aturan.ratingPimpinan[pita.predikat];
  const batas = aturan.batasPerIndikator === null ? '' : ` (tiap indikator dihitung paling tinggi ${persen(aturan.batasPerIndikator)})`;
  return berhasil({ aturan: aturan.id, capaianUnit: rata, jumlahIndikator: dihitung.length, predikatOrganisasi: pita.predikat, rating,
    alasan: `Capaian unit rata-rata ${persen(rata)} dari ${dihitung.length} indikator${batas}: predikat kinerja organisasi ${
      LABEL_PREDIKAT_ORGANISASI[pita.predikat]
    } (paling sedikit ${persen(pita.minimum)}), sehingga hasil kerja pimpinan unit diusulkan ${LABEL_RATING[rating]}.` });
}
