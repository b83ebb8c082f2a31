import { bulatkan } from '../angka.ts';
import { berhasil, gagal, type Hasil } from '../hasil.ts';
import type { JenisJabatan } from '../jabatan.ts';
import { KODE_PENDIDIKAN, type TingkatPendidikan } from '../pendidikan.ts';
import { LABEL_PREDIKAT_SKP } from '../riwayat.ts';
import { pilihAturanBerlaku, type AturanBerversi } from './aturan.ts';

/**
 * Indeks Profesionalitas ASN (RULES.md section 2; PermenPAN-RB 38/2018, Peraturan BKN 8/2019).
 * Per PNS four dimensions (kualifikasi 25, kompetensi 40, kinerja 30, disiplin 5) summed to at
 * most 100; the index of an instance (or unit) is the mean over the PNS measured, each dimension
 * the mean of that dimension, the total the sum of the exact dimension means. Only final figures
 * are rounded (2 decimals).
 */

export const DIMENSI_IP_ASN = ['kualifikasi', 'kompetensi', 'kinerja', 'disiplin'] as const;
export type DimensiIpAsn = (typeof DIMENSI_IP_ASN)[number];

/** The five levels the IP ASN kinerja dimension scores (PP 46/2011 scale). */
export const PREDIKAT_KINERJA_IP_ASN = ['sangat_baik', 'baik', 'cukup', 'kurang', 'buruk'] as const;
export type PredikatKinerjaIpAsn = (typeof PREDIKAT_KINERJA_IP_ASN)[number];
/**
 * What a record may say: the five levels, `sedang` (RULES.md: sedang/kurang are one level), or a
 * predikat of the 2022 scale, translated by the rule set's `padananPredikat`.
 */
export type PredikatMasukanIpAsn = PredikatKinerjaIpAsn | 'sedang' | 'butuh_perbaikan' | 'sangat_kurang';
export const PREDIKAT_MASUKAN_IP_ASN: readonly PredikatMasukanIpAsn[] = [...PREDIKAT_KINERJA_IP_ASN, 'sedang', 'butuh_perbaikan', 'sangat_kurang'];

export const HUKDIS_IP_ASN = ['tidak_ada', 'ringan', 'sedang', 'berat'] as const;
export type HukdisIpAsn = (typeof HUKDIS_IP_ASN)[number];

/** Points of the kompetensi items for one jenis jabatan (0 = the item does not count for it). */
export interface PoinKompetensi {
  kepemimpinan: number;
  fungsional: number;
  /** Diklat teknis of at least 20 JP (pelaksana: in the last year). */
  teknis: number;
  /** Seminar/workshop (pelaksana: in the last 2 years). */
  seminar: number;
}

export interface KategoriIpAsn {
  /** The category holds totals strictly above this value; null for the lowest category. */
  lebihDari: number | null;
  label: string;
}

/**
 * The windows the IP ASN features read around the reference date (tanggal acuan), applied by the
 * SQL that reads the riwayat (modules/indeks ip-asn/fitur-pegawai.ts) and named by the texts
 * that explain a score.
 */
export interface JendelaIpAsn {
  /** A diklat teknis counts with at least this many JP... */
  jpTeknis: number;
  /** ...finished within this many months before the reference date. */
  bulanTeknis: number;
  /** A seminar/workshop counts when finished within this many months. */
  bulanSeminar: number;
  /** The SKP read: the latest of the reference year and this many years before. */
  tahunSkp: number;
  /** A hukuman disiplin counts when its TMT falls within this many months. */
  bulanHukdis: number;
}

export interface AturanIpAsn extends AturanBerversi {
  maksimum: Record<DimensiIpAsn, number>;
  /** Points per jenjang; an employee without a recorded pendidikan scores 0. */
  kualifikasi: Record<TingkatPendidikan, number>;
  kompetensi: Record<JenisJabatan, PoinKompetensi>;
  /** Points per predikat; an employee without an SKP scores 0. */
  kinerja: Record<PredikatKinerjaIpAsn, number>;
  /** Other predikat names and the level they score as. */
  padananPredikat: Record<string, PredikatKinerjaIpAsn>;
  disiplin: Record<HukdisIpAsn, number>;
  /** Highest first; judged on the total rounded to 2 decimals. */
  kategori: readonly KategoriIpAsn[];
  jendela: JendelaIpAsn;
  /** Level of a diklat kepemimpinan by its recorded tingkat (1 = highest: PIM I/PKN I ... 4 = PIM IV/PKP). */
  tingkatKepemimpinan: Record<string, number>;
  /** Level of diklat kepemimpinan a structural level needs (a lower number covers a higher level). */
  kepemimpinanDiperlukan: Record<string, number>;
  /** What is needed when the jabatan names no structural level (or an unknown one). */
  kepemimpinanDiperlukanLain: number;
}

const KUALIFIKASI_BKN: AturanIpAsn['kualifikasi'] = { S3: 25, S2: 20, S1: 15, D4: 15, D3: 10, D2: 5, D1: 5, SMA: 5, SMP: 1, SD: 1 };

const KOMPETENSI_BKN: AturanIpAsn['kompetensi'] = { struktural: { kepemimpinan: 15, fungsional: 0, teknis: 15, seminar: 10 },
  fungsional: { kepemimpinan: 0, fungsional: 15, teknis: 15, seminar: 10 }, pelaksana: { kepemimpinan: 0, fungsional: 0, teknis: 22.5, seminar: 17.5 } };

const KINERJA_BKN: AturanIpAsn['kinerja'] = { sangat_baik: 30, baik: 25, cukup: 15, kurang: 5, buruk: 1 };

/**
 * `sedang` is the kurang level (RULES.md section 2). The 2022 scale (PermenPAN-RB 6/2022) has no
 * official mapping to the five IP ASN levels (RULES.md: open). ASSUMPTION, kept here as data so it
 * can be changed per rule set: butuh_perbaikan scores as cukup, sangat_kurang as buruk (sangat
 * baik, baik and kurang keep their names).
 */
const PADANAN_PREDIKAT: AturanIpAsn['padananPredikat'] = { sedang: 'kurang', butuh_perbaikan: 'cukup', sangat_kurang: 'buruk' };

const DISIPLIN_BKN: AturanIpAsn['disiplin'] = { tidak_ada: 5, ringan: 3, sedang: 2, berat: 1 };

/** RULES.md categories 91-100, 81-90, 71-80, 61-70, <=60, read as "more than 90" etc. */
const KATEGORI_IP_ASN: readonly KategoriIpAsn[] = [
  { lebihDari: 90, label: 'Sangat Tinggi' },
  { lebihDari: 80, label: 'Tinggi' },
  { lebihDari: 70, label: 'Sedang' },
  { lebihDari: 60, label: 'Rendah' },
  { lebihDari: null, label: 'Sangat Rendah' },
];

/** RULES.md section 2: diklat teknis ≥ 20 JP in the last 12 months, seminar in the last 2 years, SKP of last year/this year, hukdis in the last 12 months. */
const JENDELA_BKN: JendelaIpAsn = { jpTeknis: 20, bulanTeknis: 12, bulanSeminar: 24, tahunSkp: 1, bulanHukdis: 12 };

const TINGKAT_KEPEMIMPINAN: AturanIpAsn['tingkatKepemimpinan'] = { 'PIM I': 1, 'PKN I': 1, 'PIM II': 2, 'PKN II': 2, 'PIM III': 3, PKA: 3, 'PIM IV': 4, PKP: 4 };

const KEPEMIMPINAN_DIPERLUKAN: AturanIpAsn['kepemimpinanDiperlukan'] = { jpt_utama: 1, jpt_madya: 1, jpt_pratama: 2, administrator: 3, pengawas: 4 };

const BKN_8_2019: AturanIpAsn = { id: 'bkn-8-2019', nama: 'IP ASN menurut Peraturan BKN 8/2019', dasarHukum: 'PermenPAN-RB 38/2018; Peraturan BKN 8/2019 (ditetapkan 10 Mei 2019)',
  berlakuMulai: '2019-05-10', maksimum: { kualifikasi: 25, kompetensi: 40, kinerja: 30, disiplin: 5 }, kualifikasi: KUALIFIKASI_BKN, kompetensi: KOMPETENSI_BKN,
  kinerja: KINERJA_BKN, padananPredikat: PADANAN_PREDIKAT, disiplin: DISIPLIN_BKN, kategori: KATEGORI_IP_ASN, jendela: JENDELA_BKN, tingkatKepemimpinan: TINGKAT_KEPEMIMPINAN,
  kepemimpinanDiperlukan: KEPEMIMPINAN_DIPERLUKAN, kepemimpinanDiperlukanLain: 4 };

export const ATURAN_IP_ASN: Record<string, AturanIpAsn> = { [BKN_8_2019.id]: BKN_8_2019,
  'bkn-8-2019-pelaksana-30-10': { ...BKN_8_2019, id: 'bkn-8-2019-pelaksana-30-10', nama: 'IP ASN, varian pelaksana: diklat teknis 30 + seminar 10',
    dasarHukum: 'Peraturan BKN 8/2019 (varian bobot kompetensi pelaksana)', varian: true, catatan: 'Kompetensi pelaksana: diklat teknis ≥ 20 JP 30 poin, seminar/workshop 10 poin.',
    kompetensi: { ...KOMPETENSI_BKN, pelaksana: { kepemimpinan: 0, fungsional: 0, teknis: 30, seminar: 10 } } },
  'bkn-8-2019-kinerja-10-5': { ...BKN_8_2019, id: 'bkn-8-2019-kinerja-10-5', nama: 'IP ASN, varian kinerja: kurang/sedang 10, buruk 5',
    dasarHukum: 'Peraturan BKN 8/2019 (varian tabel dimensi kinerja)', varian: true, kinerja: { ...KINERJA_BKN, kurang: 10, buruk: 5 } } };

export const ATURAN_IP_ASN_BAWAAN = BKN_8_2019.id;

/** The IP ASN rule set in force on an ISO date (variants are only used by id). */
export function aturanIpAsnBerlaku(tanggal: string): Hasil<AturanIpAsn> {
  return pilihAturanBerlaku(ATURAN_IP_ASN, tanggal);
}

/** The category of a total (rounded to 2 decimals first). */
export function kategoriIpAsn(total: number, aturan: AturanIpAsn = BKN_8_2019): string {
  const t = bulatkan(total, 2);
  const k = aturan.kategori.find((c) => c.lebihDari === null || t > c.lebihDari);
  return (k ?? aturan.kategori[aturan.kategori.length - 1]!).label;
}

/** The data of one PNS the four dimensions read. */
export interface PegawaiIpAsn {
  jenisJabatan: JenisJabatan;
  /** Highest pendidikan; null when none is recorded (0 points). */
  pendidikan: TingkatPendidikan | null;
  /** Diklat kepemimpinan matching the jabatan. */
  diklatKepemimpinan: boolean;
  diklatFungsional: boolean;
  /** Diklat teknis of at least 20 JP. */
  diklatTeknis: boolean;
  seminar: boolean;
  /** Latest SKP predikat; null when there is no SKP (0 points). */
  predikatKinerja: PredikatMasukanIpAsn | null;
  hukumanDisiplin: HukdisIpAsn;
}

export interface NilaiIpAsn {
  kualifikasi: number;
  kompetensi: number;
  kinerja: number;
  disiplin: number;
  total: number;
}

/** The IP ASN level a recorded predikat scores as (null: no SKP or a name the rule set does not know). */
export function predikatIpAsn(predikat: string | null, aturan: AturanIpAsn): PredikatKinerjaIpAsn | null {
  if (predikat === null) return null;
  if (predikat in aturan.kinerja) return predikat as PredikatKinerjaIpAsn;
  return aturan.padananPredikat[predikat] ?? null;
}

function poinKompetensi(p: PegawaiIpAsn, aturan: AturanIpAsn): number {
  const k = aturan.kompetensi[p.jenisJabatan];
  return (p.diklatKepemimpinan ? k.kepemimpinan : 0) + (p.diklatFungsional ? k.fungsional : 0) + (p.diklatTeknis ? k.teknis : 0) + (p.seminar ? k.seminar : 0);
}

/** The four dimensions and the total of one PNS (exact; the points are multiples of 0.5). */
export function nilaiIpAsnPegawai(p: PegawaiIpAsn, aturan: AturanIpAsn = BKN_8_2019): NilaiIpAsn {
  const kualifikasi = p.pendidikan === null ? 0 : aturan.kualifikasi[p.pendidikan] ?? 0;
  const kompetensi = poinKompetensi(p, aturan);
  const predikat = predikatIpAsn(p.predikatKinerja, aturan);
  const kinerja = predikat === null ? 0 : aturan.kinerja[predikat];
  const disiplin = aturan.disiplin[p.hukumanDisiplin] ?? 0;
  return { kualifikasi, kompetensi, kinerja, disiplin, total: kualifikasi + kompetensi + kinerja + disiplin };
}

export interface HasilIpAsn {
  /** Id of the rule set that produced the figures. */
  aturan: string;
  jumlahPegawai: number;
  /** Dimension means and total, 2 decimals. */
  rataRata: NilaiIpAsn;
  /** The same, unrounded (the total is the sum of the exact dimension means). */
  rataRataTepat: NilaiIpAsn;
  kategori: string;
  /** Per employee, in the order given. */
  pegawai: NilaiIpAsn[];
}

function bulatkanNilai(n: NilaiIpAsn): NilaiIpAsn {
  return { kualifikasi: bulatkan(n.kualifikasi, 2), kompetensi: bulatkan(n.kompetensi, 2), kinerja: bulatkan(n.kinerja, 2), disiplin: bulatkan(n.disiplin, 2),
    total: bulatkan(n.total, 2) };
}

function rataRataDariJumlah(jumlah: Record<DimensiIpAsn, number>, n: number): NilaiIpAsn {
  const kualifikasi = jumlah.kualifikasi / n;
  const kompetensi = jumlah.kompetensi / n;
  const kinerja = jumlah.kinerja / n;
  const disiplin = jumlah.disiplin / n;
  return { kualifikasi, kompetensi, kinerja, disiplin, total: kualifikasi + kompetensi + kinerja + disiplin };
}

/** The index of a group of PNS (an instance or a unit). */
export function hitungIpAsn(pegawai: readonly PegawaiIpAsn[], aturan: AturanIpAsn = BKN_8_2019): Hasil<HasilIpAsn> {
  if (!pegawai.length) return gagal('tidak ada pegawai yang diukur');
  const nilai = pegawai.map((p) => nilaiIpAsnPegawai(p, aturan));
  const jumlah = { kualifikasi: 0, kompetensi: 0, kinerja: 0, disiplin: 0 };
  for (const n of nilai) for (const d of DIMENSI_IP_ASN) jumlah[d] += n[d];
  const tepat = rataRataDariJumlah(jumlah, nilai.length);
  const rataRata = bulatkanNilai(tepat);
  return berhasil({ aturan: aturan.id, jumlahPegawai: nilai.length, rataRata, rataRataTepat: tepat, kategori: kategoriIpAsn(rataRata.total, aturan),
    pegawai: nilai.map(bulatkanNilai) });
}

/**
 * Total and category from dimension figures already computed (as reports print them):
 * lamongan-2022-ipasn 13.96 + 19.38 + 24.92 + 4.99 = 63.25, Rendah.
 */
export function ringkasIpAsn(dimensi: Record<DimensiIpAsn, number>, aturan: AturanIpAsn = BKN_8_2019): { aturan: string, total: number, kategori: string } {
  const total = bulatkan(dimensi.kualifikasi + dimensi.kompetensi + dimensi.kinerja + dimensi.disiplin, 2);
  return { aturan: aturan.id, total, kategori: kategoriIpAsn(total, aturan) };
}

// ---------------------------------------------------------------------------------------------
// From counts (a rekap as the reports print it: how many PNS per jenjang, per predikat...)

/** Kompetensi counts as the reports tabulate them (non-pelaksana = struktural + fungsional). */
export const ITEM_KOMPETENSI_REKAP = [
  'diklat_kepemimpinan',
  'diklat_fungsional',
  'diklat_teknis_non_pelaksana',
  'diklat_teknis_pelaksana',
  'seminar_non_pelaksana',
  'seminar_pelaksana',
] as const;
export type ItemKompetensiRekap = (typeof ITEM_KOMPETENSI_REKAP)[number];

export interface RekapIpAsn {
  jumlahPegawai: number;
  pendidikan: Partial<Record<TingkatPendidikan, number>>;
  skp: Partial<Record<PredikatMasukanIpAsn, number>>;
  /** Without `tidak_ada`, the PNS not counted under a hukuman are taken as having none. */
  hukdis: Partial<Record<HukdisIpAsn, number>>;
  kompetensi: Partial<Record<ItemKompetensiRekap, number>>;
}

/** A count that does not fit the number of PNS (the report is inconsistent). */
export interface KonsistensiRekap {
  kelompok: 'pendidikan' | 'skp' | 'hukdis' | 'kompetensi';
  jumlah: number;
  jumlahPegawai: number;
  pesan: string;
}

export interface HasilRekapIpAsn {
  aturan: string;
  jumlahPegawai: number;
  rataRata: NilaiIpAsn;
  rataRataTepat: NilaiIpAsn;
  kategori: string;
  /** Empty when every group of counts fits the number of PNS. */
  konsistensi: KonsistensiRekap[];
}

const jumlahkan = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/**
 * The index from counts. Every dimension is divided by the number of PNS measured, as the
 * regulation does: PNS missing from a group (no SKP, no recorded pendidikan) score 0 there. Groups
 * whose counts sum to more or less than the PNS are reported in `konsistensi`, and still computed
 * (lumajang-2024-tw2-ipasn: SKP counts 695 of 5310, hukdis counts 5410 of 5310).
 */
export function hitungIpAsnDariRekap(rekap: RekapIpAsn, aturan: AturanIpAsn = BKN_8_2019): Hasil<HasilRekapIpAsn> {
  const n = rekap.jumlahPegawai;
  if (!Number.isInteger(n) || n <= 0) return gagal('jumlah pegawai harus bilangan bulat lebih dari 0');
  const galat: string[] = [];
  const periksa = (kelompok: string, angka: Record<string, number | undefined>, kunci: readonly string[]) => {
    for (const [k, v] of Object.entries(angka)) {
      if (!kunci.includes(k)) galat.push(`${kelompok}: "${k}" tidak dikenal (${kunci.join(', ')})`);
      else if (v !== undefined && (!Number.isInteger(v) || v < 0)) galat.push(`${kelompok} ${k}: ${v} bukan bilangan cacah`);
    }
  };
  periksa('pendidikan', rekap.pendidikan, KODE_PENDIDIKAN);
  periksa('skp', rekap.skp, PREDIKAT_MASUKAN_IP_ASN);
  periksa('hukdis', rekap.hukdis, HUKDIS_IP_ASN);
  periksa('kompetensi', rekap.kompetensi, ITEM_KOMPETENSI_REKAP);
  for (const k of Object.keys(rekap.skp)) {
    if (predikatIpAsn(k, aturan) === null && PREDIKAT_MASUKAN_IP_ASN.includes(k as PredikatMasukanIpAsn)) {
      galat.push(`skp: aturan ${aturan.id} tidak memberi poin untuk predikat "${k}"`);
    }
  }
  const { struktural: ks, fungsional: kf, pelaksana: kp } = aturan.kompetensi;
  if (ks.teknis !== kf.teknis || ks.seminar !== kf.seminar) {
    galat.push(`aturan ${aturan.id} memberi poin diklat teknis/seminar berbeda untuk struktural dan fungsional; rekap "non pelaksana" tidak dapat dihitung`);
  }
  if (galat.length) return gagal(galat.join('; '));

  const konsistensi: KonsistensiRekap[] = [];
  const cocokkan = (kelompok: KonsistensiRekap['kelompok'], label: string, jumlah: number, akibatKurang: string) => {
    if (jumlah > n) konsistensi.push({ kelompok, jumlah, jumlahPegawai: n, pesan: `jumlah pegawai menurut ${label} ${jumlah}, lebih dari ${n} pegawai yang diukur` });
    else if (jumlah < n) {
      konsistensi.push({ kelompok, jumlah, jumlahPegawai: n,
        pesan: `jumlah pegawai menurut ${label} ${jumlah}, bukan ${n} pegawai yang diukur; ${n - jumlah} pegawai ${akibatKurang}` });
    }
  };

  let kualifikasi = 0;
  for (const [k, v] of Object.entries(rekap.pendidikan)) kualifikasi += (v ?? 0) * aturan.kualifikasi[k as TingkatPendidikan];
  cocokkan('pendidikan', 'jenjang pendidikan', jumlahkan(Object.values(rekap.pendidikan).map((v) => v ?? 0)), 'tanpa data pendidikan dihitung 0');

  let kinerja = 0;
  for (const [k, v] of Object.entries(rekap.skp)) kinerja += (v ?? 0) * aturan.kinerja[predikatIpAsn(k, aturan)!];
  cocokkan('skp', 'predikat SKP', jumlahkan(Object.values(rekap.skp).map((v) => v ?? 0)), 'tanpa SKP dihitung 0');

  const dihukum = (rekap.hukdis.ringan ?? 0) + (rekap.hukdis.sedang ?? 0) + (rekap.hukdis.berat ?? 0);
  const tanpaHukdis = rekap.hukdis.tidak_ada ?? Math.max(0, n - dihukum);
  const disiplin = tanpaHukdis * aturan.disiplin.tidak_ada + (rekap.hukdis.ringan ?? 0) * aturan.disiplin.ringan
    + (rekap.hukdis.sedang ?? 0) * aturan.disiplin.sedang + (rekap.hukdis.berat ?? 0) * aturan.disiplin.berat;
  cocokkan('hukdis', 'hukuman disiplin', tanpaHukdis + dihukum, 'tidak tercatat dihitung 0');

  const c = (k: ItemKompetensiRekap) => rekap.kompetensi[k] ?? 0;
  const kompetensi = c('diklat_kepemimpinan') * ks.kepemimpinan + c('diklat_fungsional') * kf.fungsional
    + c('diklat_teknis_non_pelaksana') * ks.teknis + c('diklat_teknis_pelaksana') * kp.teknis
    + c('seminar_non_pelaksana') * ks.seminar + c('seminar_pelaksana') * kp.seminar;
  for (const k of ITEM_KOMPETENSI_REKAP) {
    if (c(k) > n) konsistensi.push({ kelompok: 'kompetensi', jumlah: c(k), jumlahPegawai: n, pesan: `${k.replaceAll('_', ' ')} ${c(k)}, lebih dari ${n} pegawai yang diukur` });
  }
  for (const [a, b, label] of [
    ['diklat_teknis_non_pelaksana', 'diklat_teknis_pelaksana', 'diklat teknis'],
    ['seminar_non_pelaksana', 'seminar_pelaksana', 'seminar'],
  ] as const) {
    if (c(a) <= n && c(b) <= n && c(a) + c(b) > n) {
      konsistensi.push({ kelompok: 'kompetensi', jumlah: c(a) + c(b), jumlahPegawai: n,
        pesan: `${label} pelaksana dan non pelaksana ${c(a) + c(b)}, lebih dari ${n} pegawai yang diukur` });
    }
  }

  const tepat = rataRataDariJumlah({ kualifikasi, kompetensi, kinerja, disiplin }, n);
  const rataRata = bulatkanNilai(tepat);
  return berhasil({ aturan: aturan.id, jumlahPegawai: n, rataRata, rataRataTepat: tepat, kategori: kategoriIpAsn(rataRata.total, aturan), konsistensi });
}

// ---------------------------------------------------------------------------------------------
// What an employee lacks (the "why" page, the training planner)

export interface KekuranganIpAsn {
  dimensi: DimensiIpAsn;
  kode: 'pendidikan_kosong' | 'pendidikan' | 'diklat_kepemimpinan' | 'diklat_fungsional' | 'diklat_teknis' | 'seminar' | 'skp_kosong' | 'predikat_kinerja' | 'hukuman_disiplin';
  /** `data`: the record is missing, not the achievement. */
  jenis: 'data' | 'pengembangan' | 'kinerja' | 'disiplin';
  uraian: string;
  /** Points the nearest fix adds (next jenjang, next predikat; for missing data the lowest value). */
  tambahan: number;
  /** Points the full fix adds (up to the dimension's maximum). */
  tambahanMaks: number;
}

const labelItemKompetensi = (aturan: AturanIpAsn): Record<keyof PoinKompetensi, { kode: KekuranganIpAsn['kode'], uraian: string }> => ({
  kepemimpinan: { kode: 'diklat_kepemimpinan', uraian: 'belum diklat kepemimpinan sesuai jabatan' },
  fungsional: { kode: 'diklat_fungsional', uraian: 'belum diklat fungsional' },
  teknis: { kode: 'diklat_teknis', uraian: `belum diklat teknis ≥ ${aturan.jendela.jpTeknis} JP` },
  seminar: { kode: 'seminar', uraian: 'belum mengikuti seminar/workshop' },
});

/** A window in words: 12 -> "12 bulan", 24 -> "2 tahun". */
export function lamaBulan(bulan: number): string {
  return bulan >= 24 && bulan % 12 === 0 ? `${bulan / 12} tahun` : `${bulan} bulan`;
}

/** Short labels of what is lacking (the summary table), their numbers from the rule set's windows. */
export function uraianKekuranganIpAsn(aturan: AturanIpAsn = BKN_8_2019): Record<KekuranganIpAsn['kode'], string> {
  const j = aturan.jendela;
  return { pendidikan_kosong: 'Tidak ada data pendidikan', pendidikan: 'Jenjang pendidikan di bawah S3', diklat_kepemimpinan: 'Belum diklat kepemimpinan sesuai jabatan',
    diklat_fungsional: 'Belum diklat fungsional', diklat_teknis: `Belum diklat teknis ≥ ${j.jpTeknis} JP dalam ${lamaBulan(j.bulanTeknis)} terakhir`,
    seminar: `Belum seminar/workshop dalam ${lamaBulan(j.bulanSeminar)} terakhir`,
    skp_kosong: j.tahunSkp === 1 ? 'Tidak ada data SKP tahun lalu/tahun ini' : `Tidak ada data SKP ${j.tahunSkp} tahun terakhir/tahun ini`,
    predikat_kinerja: 'Predikat kinerja di bawah Sangat Baik', hukuman_disiplin: `Menjalani hukuman disiplin dalam ${lamaBulan(j.bulanHukdis)} terakhir` };
}

/** Whether a structural level's leadership training is covered by the highest one completed (level numbers, lower = higher). */
export function kepemimpinanSesuai(tingkatStruktural: string | null, kepemimpinan: number | null, aturan: AturanIpAsn = BKN_8_2019): boolean {
  const perlu = tingkatStruktural ? aturan.kepemimpinanDiperlukan[tingkatStruktural] ?? aturan.kepemimpinanDiperlukanLain : aturan.kepemimpinanDiperlukanLain;
  return kepemimpinan !== null && kepemimpinan <= perlu;
}

/** The next step up in a points table: the lowest value above `sekarang` and who gives it. */
function langkahBerikutnya<K extends string>(tabel: Record<K, number>, urutan: readonly K[], sekarang: number): { kunci: K, poin: number } | null {
  let terbaik: { kunci: K, poin: number } | null = null;
  // `urutan` runs highest first: the last key met at the lowest higher value is the nearest step.
  for (const k of urutan) {
    const p = tabel[k];
    if (p > sekarang && (terbaik === null || p <= terbaik.poin)) terbaik = { kunci: k, poin: p };
  }
  return terbaik;
}

/**
 * What keeps one PNS below the maximum, per dimension, with the points fixing it would add.
 * Under a rule set whose dimension maxima are reachable, total + the sum of `tambahanMaks` = 100.
 */
export function kekuranganIpAsn(p: PegawaiIpAsn, aturan: AturanIpAsn = BKN_8_2019): KekuranganIpAsn[] {
  const hasil: KekuranganIpAsn[] = [];
  const n = nilaiIpAsnPegawai(p, aturan);
  const maksKualifikasi = Math.max(...Object.values<number>(aturan.kualifikasi));
  if (p.pendidikan === null) {
    const terendah = Math.min(...Object.values<number>(aturan.kualifikasi).filter((x) => x > 0));
    hasil.push({ dimensi: 'kualifikasi', kode: 'pendidikan_kosong', jenis: 'data', uraian: 'tidak ada data pendidikan', tambahan: terendah, tambahanMaks: maksKualifikasi });
  } else {
    const lanjut = langkahBerikutnya(aturan.kualifikasi, KODE_PENDIDIKAN, n.kualifikasi);
    if (lanjut) {
      hasil.push({ dimensi: 'kualifikasi', kode: 'pendidikan', jenis: 'pengembangan',
        uraian: `pendidikan ${p.pendidikan} (${n.kualifikasi} poin); jenjang ${lanjut.kunci} memberi ${lanjut.poin} poin`, tambahan: lanjut.poin - n.kualifikasi,
        tambahanMaks: maksKualifikasi - n.kualifikasi });
    }
  }

  const k = aturan.kompetensi[p.jenisJabatan];
  const label = labelItemKompetensi(aturan);
  const punya: Record<keyof PoinKompetensi, boolean> = { kepemimpinan: p.diklatKepemimpinan, fungsional: p.diklatFungsional, teknis: p.diklatTeknis, seminar: p.seminar };
  for (const item of ['kepemimpinan', 'fungsional', 'teknis', 'seminar'] as const) {
    if (k[item] > 0 && !punya[item]) {
      hasil.push({ dimensi: 'kompetensi', ...label[item], jenis: 'pengembangan', tambahan: k[item], tambahanMaks: k[item] });
    }
  }

  const maksKinerja = Math.max(...Object.values<number>(aturan.kinerja));
  const predikat = predikatIpAsn(p.predikatKinerja, aturan);
  if (predikat === null) {
    const terendah = Math.min(...Object.values<number>(aturan.kinerja).filter((x) => x > 0));
    hasil.push({ dimensi: 'kinerja', kode: 'skp_kosong', jenis: 'data', uraian: 'tidak ada data SKP (predikat kinerja)', tambahan: terendah, tambahanMaks: maksKinerja });
  } else {
    const lanjut = langkahBerikutnya(aturan.kinerja, PREDIKAT_KINERJA_IP_ASN, n.kinerja);
    if (lanjut) {
      hasil.push({ dimensi: 'kinerja', kode: 'predikat_kinerja', jenis: 'kinerja',
        uraian: `predikat kinerja ${LABEL_PREDIKAT_SKP[predikat]} (${n.kinerja} poin); ${LABEL_PREDIKAT_SKP[lanjut.kunci]} memberi ${lanjut.poin} poin`,
        tambahan: lanjut.poin - n.kinerja, tambahanMaks: maksKinerja - n.kinerja });
    }
  }

  if (p.hukumanDisiplin !== 'tidak_ada') {
    const selisih = aturan.disiplin.tidak_ada - n.disiplin;
    hasil.push({ dimensi: 'disiplin', kode: 'hukuman_disiplin', jenis: 'disiplin',
      uraian: `hukuman disiplin ${p.hukumanDisiplin} (${n.disiplin} poin); tanpa hukuman disiplin ${aturan.disiplin.tidak_ada} poin`, tambahan: selisih, tambahanMaks: selisih });
  }
  return hasil;
}
