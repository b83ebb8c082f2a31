import { bulatkan, formatAngka, formatRupiah } from '../angka.ts';
import { GOLONGAN_PPPK, type KodeGolonganPppk, parseGolonganPns } from '../golongan.ts';
import { berhasil, gagal, type Hasil } from '../hasil.ts';
import type { AturanBerversi } from '../indeks/aturan.ts';
import type { TingkatHukdis } from '../riwayat.ts';
import { jumlahHari, keIso, tambahBulan, type TanggalIso } from '../tanggal.ts';
import { type JenisRhk, LABEL_JENIS_RHK, periodeSkp, type PeriodeSkp } from './skp.ts';

/**
 * TPP (Tambahan Penghasilan Pegawai) as versioned rule data and its monthly computation (RULES.md
 * section 10). A Perbup is an entry of `ATURAN_TPP`; `hitungTpp` names the id it used, returns
 * every figure in whole rupiah (halves up, computed exactly on integers: no floating drift) and a
 * reason per line in Indonesian, which is what the ASN reads on their own TPP page.
 */

export const STATUS_PEGAWAI_TPP = ['pns', 'cpns', 'pppk'] as const;
export type StatusPegawaiTpp = (typeof STATUS_PEGAWAI_TPP)[number];
export const LABEL_STATUS_PEGAWAI_TPP: Record<StatusPegawaiTpp, string> = { pns: 'PNS', cpns: 'CPNS', pppk: 'PPPK' };

/** The hukuman disiplin running in the month (PP 94/2021 Pasal 8 levels), or none. */
export const HUKDIS_TPP = ['tidak_ada', 'ringan', 'sedang', 'berat'] as const;
export type HukdisTpp = (typeof HUKDIS_TPP)[number];
export const LABEL_HUKDIS_TPP: Record<HukdisTpp, string> = { tidak_ada: 'tidak ada', ringan: 'ringan', sedang: 'sedang', berat: 'berat' };

/** Kelas jabatan 1-17 (Perpres on tunjangan kinerja; per jabatan it is data). */
export const KELAS_JABATAN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] as const;
export type KelasJabatan = (typeof KELAS_JABATAN)[number];

export function parseKelasJabatan(teks: string | number): Hasil<KelasJabatan> {
  const s = String(teks ?? '').trim();
  const n = /^\d{1,2}$/.test(s) ? Number(s) : Number.NaN;
  return (KELAS_JABATAN as readonly number[]).includes(n) ? berhasil(n as KelasJabatan) : gagal(`kelas jabatan "${s}" tidak sah (1 sampai 17)`);
}

/** Ruang of the golongan for PPh 21 bands. */
export type RuangGolongan = 'I' | 'II' | 'III' | 'IV';

/** Where the month's capaian kinerja comes from (issue 12 item 5): approved daily activities, or SKP realisasi. */
export const SUMBER_CAPAIAN_KINERJA = ['aktivitas_disetujui', 'realisasi_skp'] as const;
export type SumberCapaianKinerja = (typeof SUMBER_CAPAIAN_KINERJA)[number];

export interface AturanTpp extends AturanBerversi {
  /** Besaran TPP a month per kelas jabatan (Rp, whole). */
  besaranPerKelas: Record<KelasJabatan, number>;
  /** Split of the base into kinerja and disiplin, % (sum 100). */
  porsiKinerjaPersen: number;
  porsiDisiplinPersen: number;
  /** Factor on the besaran by status, % (CPNS 80). */
  faktorStatusPersen: Record<StatusPegawaiTpp, number>;
  /** Cut of TPP kinerja + disiplin while a hukuman disiplin of a level runs, %. */
  potonganHukdisPersen: Record<HukdisTpp, number>;
  /**
   * Which months a hukuman disiplin runs in (see `hukdisBerjalan`): `tanggal_1` the months whose
   * 1st day it is in force on (a 6-month one cuts exactly 6 months whatever its TMT), `sebagian`
   * every month it is in force on any day.
   */
  hukdisBerjalanBila: 'tanggal_1' | 'sebagian';
  /**
   * How the month's capaian kinerja is measured: from approved daily activities (minutes against the
   * working days' target), or from the SKP's realisasi (`skp` says how; see `capaianKinerjaSkp`).
   * Capaian above `batasPersen` counts as `batasPersen`.
   */
  capaianKinerja: { sumber: 'aktivitas_disetujui', batasPersen: number } | { sumber: 'realisasi_skp', batasPersen: number, skp: AturanCapaianSkp };
  /** The attendance rule set (RULES.md section 8) whose monthly rekap gives the disiplin cut. */
  aturanPresensi: string;
  /** BPJS Kesehatan on gaji + tunjangan + TPP, base capped a month; the TPP's share of the base bears it. */
  bpjs: { tarifPegawaiPersen: number, tarifPemdaPersen: number, batasDasar: number };
  /** PPh 21 on bruto TPP by ruang golongan; PPPK golongan by their equivalent ruang. */
  pph21: { tarifPersen: Record<RuangGolongan, number>, padananPppk: Record<KodeGolonganPppk, RuangGolongan>, keterangan: string };
}

/**
 * How a month's capaian kinerja is read from the SKP's realisasi (source `realisasi_skp`).
 *
 * What modules/kinerja records: an agreed SKP per year whose RHK (utama, tambahan) have indicators
 * with a year's target (a quantitative one: a range and a satuan), and per RHK and period (month,
 * quarter, year) the ASN's realisasi in words with one optional figure (the realisasi of the RHK's
 * measured indicator: its first quantitative indicator of aspek kuantitas, else its first
 * quantitative one). The periodic rating (Di atas / Sesuai / Di bawah ekspektasi) is made per
 * quarter in the demo's rule and may be missing or a draft when TPP is paid, so the capaian is the
 * realisasi ratio (the way Perbup that pay TPP kinerja from SKP realisasi measure it: realisasi
 * against target per RHK, averaged), not a predikat mapped to a percent.
 *
 * The formula (`rumus`, every number from this data):
 *   period = the month's own month (`bulanan`) or its quarter (`triwulanan`);
 *   target of the period = the year's target (its lower bound) when the satuan is a level
 *     (`satuanTingkat`: %, an index, a score), else the year's target x months of the period / 12;
 *   capaian of an RHK = min(batasPersen, realisasi of the period / target of the period x 100),
 *     an RHK without a figure for the period counting 0;
 *   capaian of the month = the mean over the RHK of `jenisRhk` that can be measured (a quantitative
 *     indicator whose target is above 0), 2 decimals, halves up.
 * Each RHK is capped before the mean, so one RHK above its target does not make up for another.
 */
export interface AturanCapaianSkp {
  /** The realisasi period a month reads: its own month, or its quarter (the quarter's three months get the same capaian). */
  periode: 'bulanan' | 'triwulanan';
  /** The RHK whose capaian is averaged. */
  jenisRhk: readonly JenisRhk[];
  /** Satuan (lower case) of a level: its period target is the year's target itself. */
  satuanTingkat: readonly string[];
  /** The formula in words. */
  rumus: string;
}

const padananPppk = (): Record<KodeGolonganPppk, RuangGolongan> => {
  const hasil = {} as Record<KodeGolonganPppk, RuangGolongan>;
  GOLONGAN_PPPK.forEach((g, i) => {
    hasil[g] = i < 4 ? 'II' : i < 12 ? 'III' : 'IV';
  });
  return hasil;
};

/**
 * The demo kabupaten's fictional Perbup (RULES.md section 10, every number as written there).
 * The besaran per kelas jabatan is a demo table, invented for the fictional kabupaten: it is no
 * kabupaten's real TPP.
 */
export const TPP_PERBUP_SUKAMAJU_2026: AturanTpp = { id: 'perbup-sukamaju-2026', nama: 'Perbup Sukamaju 2026 tentang Tambahan Penghasilan Pegawai (fiktif, demo)',
  dasarHukum: 'Perbup Sukamaju 2026 (fiktif); PP 12/2019 Pasal 58; Kepmendagri 900-4700/2020; PP 94/2021; Perpres 82/2018', berlakuMulai: '2026-01-01',
  catatan: 'Peraturan fiktif kabupaten demo; besaran per kelas jabatan adalah tabel contoh, bukan besaran TPP daerah mana pun.',
  besaranPerKelas: { 1: 1_750_000, 2: 1_900_000, 3: 2_050_000, 4: 2_250_000, 5: 2_450_000, 6: 2_700_000, 7: 3_000_000, 8: 3_400_000, 9: 3_900_000, 10: 4_500_000, 11: 5_300_000,
    12: 6_300_000, 13: 7_600_000, 14: 9_200_000, 15: 11_500_000, 16: 14_500_000, 17: 18_500_000 }, porsiKinerjaPersen: 60, porsiDisiplinPersen: 40,
  faktorStatusPersen: { pns: 100, cpns: 80, pppk: 100 }, potonganHukdisPersen: { tidak_ada: 0, ringan: 0, sedang: 25, berat: 100 }, hukdisBerjalanBila: 'tanggal_1',
  capaianKinerja: { sumber: 'aktivitas_disetujui', batasPersen: 100 }, aturanPresensi: 'perbup-sukamaju-2026',
  bpjs: { tarifPegawaiPersen: 1, tarifPemdaPersen: 4, batasDasar: 12_000_000 },
  pph21: { tarifPersen: { I: 0, II: 0, III: 5, IV: 15 }, padananPppk: padananPppk(),
    keterangan: 'Penyederhanaan demo [open]: tarif final per golongan atas bruto TPP; PPPK V-XII seperti golongan III, XIII-XVII seperti IV, I-IV seperti II.' } };

/**
 * The demo kabupaten's fictional Perbup from 2027: the same figures as `perbup-sukamaju-2026`, but
 * the capaian kinerja is measured from the SKP's monthly realisasi (see `AturanCapaianSkp`) instead
 * of approved daily activities. In force from 1 January 2027, so the demo's 2026 months keep the
 * 2026 rule (`aturanBulan` takes the latest `berlakuMulai` on or before the month).
 */
export const TPP_PERBUP_SUKAMAJU_2027_SKP: AturanTpp = { ...TPP_PERBUP_SUKAMAJU_2026, id: 'perbup-sukamaju-2027-skp',
  nama: 'Perbup Sukamaju 2027 tentang Tambahan Penghasilan Pegawai (fiktif, demo; capaian kinerja dari realisasi SKP)',
  dasarHukum: 'Perbup Sukamaju 2027 (fiktif); PP 12/2019 Pasal 58; PermenPAN-RB 6/2022; Kepmendagri 900-4700/2020; PP 94/2021; Perpres 82/2018', berlakuMulai: '2027-01-01',
  catatan: 'Peraturan fiktif kabupaten demo; sama dengan Perbup Sukamaju 2026 kecuali capaian kinerja diukur dari realisasi SKP bulanan [open: rumus demo].',
  capaianKinerja: { sumber: 'realisasi_skp', batasPersen: 100,
    skp: { periode: 'bulanan', jenisRhk: ['utama'], satuanTingkat: ['%', 'persen', 'indeks', 'nilai', 'skor'],
      rumus: 'Rata-rata capaian RHK utama: realisasi bulan itu dibanding target bulan itu (target setahun / 12; target setahun bila satuannya persen, indeks, nilai atau skor), '
        + 'tiap RHK paling tinggi 100%; RHK tanpa realisasi bulan itu dihitung 0%.' } } };

export const ATURAN_TPP: Record<string, AturanTpp> = { [TPP_PERBUP_SUKAMAJU_2026.id]: TPP_PERBUP_SUKAMAJU_2026, [TPP_PERBUP_SUKAMAJU_2027_SKP.id]: TPP_PERBUP_SUKAMAJU_2027_SKP };

/** The calculators' and the demo's default. */
export const ATURAN_TPP_BAWAAN = 'perbup-sukamaju-2026';

/** The rule set in force on a month's (`YYYY-MM`) first day: the latest `berlakuMulai` on or before it (the default before any). */
export function aturanTppBulan(bulan: string): AturanTpp {
  const awal = `${bulan}-01`;
  const semua = Object.values(ATURAN_TPP).filter((a) => a.berlakuMulai <= awal).sort((a, b) => b.berlakuMulai.localeCompare(a.berlakuMulai));
  return semua[0] ?? ATURAN_TPP[ATURAN_TPP_BAWAAN]!;
}

/** Where a rule set's capaian kinerja comes from, in words (`dari ...`). */
export const LABEL_SUMBER_CAPAIAN: Record<SumberCapaianKinerja, string> = { aktivitas_disetujui: 'aktivitas harian yang disetujui',
  realisasi_skp: 'realisasi SKP yang disepakati' };

/** A TPP rule set by id, or a refusal listing the ids there are. */
export function aturanTpp(id: string): Hasil<AturanTpp> {
  const a = Object.hasOwn(ATURAN_TPP, id) ? ATURAN_TPP[id] : undefined;
  return a ? berhasil(a) : gagal(`aturan TPP "${id}" tidak dikenal; pilihan: ${Object.keys(ATURAN_TPP).join(', ')}`);
}

/** Besaran TPP of a kelas jabatan under a rule set. */
export function besaranTppKelas(aturan: AturanTpp, kelas: number): Hasil<number> {
  const k = parseKelasJabatan(kelas);
  if (!k.ok) return k;
  const b = aturan.besaranPerKelas[k.nilai];
  return b === undefined ? gagal(`aturan ${aturan.id} tidak memuat besaran TPP kelas jabatan ${k.nilai}`) : berhasil(b);
}

// ---- exact arithmetic -------------------------------------------------------------------------

/**
 * A finite non-negative number as the exact decimal it prints as (`87.5` -> 875/10). Inputs are
 * checked first (rupiah whole and at most 10^12, percentages 0-100 with at most 4 decimals), so
 * numerator and denominator are safe integers; products stay in doubles while they are safe
 * integers (exact) and move to BigInt otherwise, so no figure depends on binary fractions.
 */
interface Pecahan {
  n: number;
  d: number;
}

const CACHE_PECAHAN = new Map<number, Pecahan>();

function pecahan(x: number): Pecahan {
  if (Number.isSafeInteger(x)) return { n: x, d: 1 };
  let p = CACHE_PECAHAN.get(x);
  if (p) return p;
  const [mantisa, pangkatTeks] = String(x).toLowerCase().split('e');
  const [bulat, desimal = ''] = mantisa!.split('.');
  const pangkat = Number(pangkatTeks ?? 0) - desimal.length;
  const angka = Number(`${bulat}${desimal}`);
  p = pangkat >= 0 ? { n: angka * 10 ** pangkat, d: 1 } : { n: angka, d: 10 ** -pangkat };
  if (CACHE_PECAHAN.size < 10_000) CACHE_PECAHAN.set(x, p);
  return p;
}

/** Round half up of n / d for whole n >= 0, d > 0. */
function bagiBulat(n: number, d: number): number {
  const a = 2 * n + d;
  const b = 2 * d;
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b)) return Number((2n * BigInt(n) + BigInt(d)) / (2n * BigInt(d)));
  let q = Math.floor(a / b);
  // The double quotient may land one off near a whole number: correct it on exact integers.
  const r = a - q * b;
  if (r < 0) q -= 1;
  else if (r >= b) q += 1;
  return q;
}

/** Product of non-negative numbers, rounded to a whole number, halves up. */
function kaliBulat(...faktor: (number | Pecahan)[]): number {
  let n = 1;
  let d = 1;
  for (const f of faktor) {
    const p = typeof f === 'number' ? pecahan(f) : f;
    n *= p.n;
    d *= p.d;
  }
  if (Number.isSafeInteger(2 * n + d) && Number.isSafeInteger(2 * d)) return bagiBulat(n, d);
  let nb = 1n;
  let db = 1n;
  for (const f of faktor) {
    const p = typeof f === 'number' ? pecahan(f) : f;
    nb *= BigInt(p.n);
    db *= BigInt(p.d);
  }
  return Number((2n * nb + db) / (2n * db));
}

const persen = (x: number): Pecahan => {
  const p = pecahan(x);
  return { n: p.n, d: p.d * 100 };
};

// ---- the computation --------------------------------------------------------------------------

export interface MasukanTpp {
  /** Golongan as written: `III/a` (also `3a`, `III a`) for PNS and CPNS, `I`-`XVII` for PPPK. */
  golongan: string;
  statusPegawai: StatusPegawaiTpp;
  /** Besaran TPP of the kelas jabatan, Rp a month, whole. */
  besaranTpp: number;
  /** The month's capaian kinerja, 0-100 (%). */
  capaianKinerja: number;
  /** The month's disiplin cut from the presensi rekap, 0-100 (% of the disiplin part). */
  potonganDisiplinPersen: number;
  hukdis: HukdisTpp;
  /** The month's gaji plus tunjangan melekat, Rp, whole (for the BPJS cap). */
  gajiDanTunjangan: number;
  /** Only printed in the reasons. */
  kelasJabatan?: KelasJabatan;
}

/** The rupiah figures of a TPP month (also the keys of an adjustment line). */
export const ANGKA_TPP = ['tppKinerja', 'tppDisiplin', 'potonganHukdis', 'bruto', 'iuranBpjsPegawai', 'iuranBpjsPemda', 'pph21', 'netto'] as const;
export type AngkaTpp = (typeof ANGKA_TPP)[number];

export const LABEL_ANGKA_TPP: Record<AngkaTpp, string> = { tppKinerja: 'TPP kinerja', tppDisiplin: 'TPP disiplin', potonganHukdis: 'Potongan hukuman disiplin', bruto: 'TPP bruto',
  iuranBpjsPegawai: 'Iuran BPJS Kesehatan 1% (pegawai)', iuranBpjsPemda: 'Iuran BPJS Kesehatan 4% (Pemda)', pph21: 'PPh 21', netto: 'TPP diterima' };

export interface RincianTpp {
  kode: 'besaran' | AngkaTpp;
  label: string;
  /** Rp, whole. */
  nilai: number;
  /** `tambah` adds to what is received, `kurang` deducts, `info` explains (besaran, Pemda's share, totals). */
  arah: 'tambah' | 'kurang' | 'info';
  /** The reason in Indonesian, with the figures. */
  alasan: string;
}

export type HasilTpp = Record<AngkaTpp, number> & {
  aturan: string;
  besaranTpp: number;
  faktorStatusPersen: number;
  /** The capaian kinerja and the disiplin cut used (read to 4 decimals): the % kinerja and % disiplin columns of the daftar nominatif. */
  capaianKinerjaPersen: number;
  potonganDisiplinPersen: number;
  hukdis: HukdisTpp;
  /** The part of TPP the BPJS contributions are computed on, Rp. */
  dasarBpjs: number;
  ruangPph21: RuangGolongan;
  tarifPph21Persen: number;
  rincian: RincianTpp[];
};

/** One problem in a TPP input, by field of `MasukanTpp`. */
export interface MasalahTpp {
  kolom: keyof MasukanTpp;
  alasan: string;
}

const BATAS_RUPIAH = 1_000_000_000_000;

function cekRupiah(x: unknown, nama: string): string | null {
  if (typeof x !== 'number' || !Number.isFinite(x)) return `${nama} harus angka rupiah`;
  if (!Number.isInteger(x)) return `${nama} harus rupiah bulat (tanpa sen)`;
  if (x < 0) return `${nama} tidak boleh negatif`;
  if (x > BATAS_RUPIAH) return `${nama} terlalu besar`;
  return null;
}

/** Decimal places of a number as it prints (`87.5` -> 1, `1e-7` -> 7). */
function jumlahDesimal(x: number): number {
  if (Number.isInteger(x)) return 0;
  const [mantisa, pangkat] = String(x).toLowerCase().split('e');
  return Math.max(0, (mantisa!.split('.')[1] ?? '').length - Number(pangkat ?? 0));
}

/**
 * Percentages are read to this many decimals, halves up (1,25% per TL3; 88,8889% of a target):
 * a figure a program built in floating point (60.07000000000001) is the 60,07 it meant, and the
 * computation stays exact on safe integers.
 */
export const DESIMAL_PERSEN_TPP = 4;
const DESIMAL_PERSEN = DESIMAL_PERSEN_TPP;

function cekPersen(x: unknown, nama: string, batas = 100): string | null {
  if (typeof x !== 'number' || !Number.isFinite(x)) return `${nama} harus angka persen`;
  if (x < 0 || x > batas) return `${nama} harus 0 sampai ${batas}`;
  return null;
}

/** The ruang whose PPh 21 band applies: PNS/CPNS by their golongan, PPPK by the rule set's equivalent. */
export function ruangPph21(aturan: AturanTpp, status: StatusPegawaiTpp, golongan: string): Hasil<{ golongan: string, ruang: RuangGolongan }> {
  if (status === 'pppk') {
    const g = String(golongan ?? '').trim().toUpperCase();
    if (!(GOLONGAN_PPPK as readonly string[]).includes(g)) {
      const pns = parseGolonganPns(golongan);
      return gagal(pns.ok ? `golongan ${pns.nilai} adalah golongan PNS; PPPK bergolongan I sampai XVII` : `golongan PPPK "${golongan}" tidak dikenal (I sampai XVII)`);
    }
    return berhasil({ golongan: g, ruang: aturan.pph21.padananPppk[g as KodeGolonganPppk] });
  }
  const g = parseGolonganPns(golongan);
  if (!g.ok) {
    const pppk = (GOLONGAN_PPPK as readonly string[]).includes(String(golongan ?? '').trim().toUpperCase());
    return gagal(pppk ? `golongan ${String(golongan).trim().toUpperCase()} adalah golongan PPPK; ${LABEL_STATUS_PEGAWAI_TPP[status]} bergolongan I/a sampai IV/e` : g.alasan);
  }
  return berhasil({ golongan: g.nilai, ruang: g.nilai.split('/')[0] as RuangGolongan });
}

/** Every problem of a TPP input (empty when it can be computed). */
export function periksaMasukanTpp(aturan: AturanTpp, m: MasukanTpp): MasalahTpp[] {
  const masalah: MasalahTpp[] = [];
  const tambah = (kolom: keyof MasukanTpp, alasan: string | null) => {
    if (alasan) masalah.push({ kolom, alasan });
  };
  const statusSah = (STATUS_PEGAWAI_TPP as readonly string[]).includes(m.statusPegawai);
  tambah('statusPegawai', statusSah ? null : `status pegawai "${m.statusPegawai}" tidak dikenal; pilihan: ${STATUS_PEGAWAI_TPP.join(', ')}`);
  if (statusSah) {
    const r = ruangPph21(aturan, m.statusPegawai, m.golongan);
    tambah('golongan', r.ok ? null : r.alasan);
  }
  tambah('besaranTpp', cekRupiah(m.besaranTpp, 'besaran TPP'));
  tambah('capaianKinerja', cekPersen(m.capaianKinerja, 'capaian kinerja', aturan.capaianKinerja.batasPersen));
  tambah('potonganDisiplinPersen', cekPersen(m.potonganDisiplinPersen, 'potongan disiplin'));
  tambah('hukdis', (HUKDIS_TPP as readonly string[]).includes(m.hukdis) ? null : `hukuman disiplin "${m.hukdis}" tidak dikenal; pilihan: ${HUKDIS_TPP.join(', ')}`);
  tambah('gajiDanTunjangan', cekRupiah(m.gajiDanTunjangan, 'gaji dan tunjangan'));
  if (m.kelasJabatan !== undefined) tambah('kelasJabatan', parseKelasJabatan(m.kelasJabatan).ok ? null : `kelas jabatan "${m.kelasJabatan}" tidak sah (1 sampai 17)`);
  return masalah;
}

const SKALA_PERSEN = 10 ** DESIMAL_PERSEN;

/** A percentage to `DESIMAL_PERSEN` decimals, halves up; the common case (already that precise) without going through text. */
function bulatPersen(x: number): number {
  if (Number.isInteger(x)) return x;
  const k = x * SKALA_PERSEN;
  const r = Math.round(k);
  return Math.abs(k - r) < 1e-6 ? r / SKALA_PERSEN : bulatkan(x, DESIMAL_PERSEN);
}

/** `87,5%`, `60%`, `1,25%`: as many decimals as the figure has (percentages here have at most 4). */
export function teksPersenTpp(x: number): string {
  const desimal = jumlahDesimal(x);
  return desimal <= DESIMAL_PERSEN && Math.abs(x) < 1000 ? `${String(x).replace('.', ',')}%` : `${formatAngka(x, Math.min(desimal, DESIMAL_PERSEN))}%`;
}

/** Whole rupiah as `formatRupiah` prints it (`Rp 4.500.000,00`), without its general rounding: a month's TPP prints 9 lines for every ASN. */
function rp(x: number): string {
  if (!Number.isSafeInteger(x)) return formatRupiah(x);
  const s = String(Math.abs(x));
  let kelompok = '';
  for (let i = s.length; i > 0; i -= 3) kelompok = i === s.length ? s.slice(Math.max(0, i - 3), i) : `${s.slice(Math.max(0, i - 3), i)}.${kelompok}`;
  return `Rp ${x < 0 ? '-' : ''}${kelompok},00`;
}

/**
 * One ASN's TPP for a month under a rule set (RULES.md section 10). Refuses an invalid input
 * (all problems, in Indonesian, one per line) without computing anything. `{ rincian: false }`
 * computes the figures only (`rincian` empty): the month's bulk pass stores figures, and the reasons
 * are built from the stored inputs when someone reads them (about 10 times faster per ASN).
 */
export function hitungTpp(aturan: AturanTpp, m: MasukanTpp, opsi: { rincian?: boolean } = {}): Hasil<HasilTpp> {
  const masalah = periksaMasukanTpp(aturan, m);
  if (masalah.length) return gagal(masalah.map((x) => x.alasan).join('; '));
  const ruang = ruangPph21(aturan, m.statusPegawai, m.golongan);
  if (!ruang.ok) return ruang;

  const capaian = bulatPersen(m.capaianKinerja);
  const potonganDisiplin = bulatPersen(m.potonganDisiplinPersen);
  const faktor = aturan.faktorStatusPersen[m.statusPegawai];
  const status = LABEL_STATUS_PEGAWAI_TPP[m.statusPegawai];
  const besaran = m.besaranTpp;

  const tppKinerja = kaliBulat(besaran, persen(faktor), persen(aturan.porsiKinerjaPersen), persen(capaian));
  // (100 - potongan) / 100 exactly, potongan = n/d: (100d - n) / (100d).
  const potongan = pecahan(potonganDisiplin);
  const faktorDisiplin: Pecahan = { n: 100 * potongan.d - potongan.n, d: 100 * potongan.d };
  const tppDisiplin = kaliBulat(besaran, persen(faktor), persen(aturan.porsiDisiplinPersen), faktorDisiplin);
  const pHukdis = aturan.potonganHukdisPersen[m.hukdis];
  const potonganHukdis = kaliBulat(tppKinerja + tppDisiplin, persen(pHukdis));
  const bruto = tppKinerja + tppDisiplin - potonganHukdis;

  const batas = aturan.bpjs.batasDasar;
  const dasarBpjs = Math.max(0, Math.min(batas, m.gajiDanTunjangan + bruto) - m.gajiDanTunjangan);
  const iuranBpjsPegawai = kaliBulat(dasarBpjs, persen(aturan.bpjs.tarifPegawaiPersen));
  const iuranBpjsPemda = kaliBulat(dasarBpjs, persen(aturan.bpjs.tarifPemdaPersen));
  const tarifPph21 = aturan.pph21.tarifPersen[ruang.nilai.ruang];
  const pph21 = kaliBulat(bruto, persen(tarifPph21));
  const netto = bruto - iuranBpjsPegawai - pph21;
  const angka = { aturan: aturan.id, besaranTpp: besaran, faktorStatusPersen: faktor, capaianKinerjaPersen: capaian, potonganDisiplinPersen: potonganDisiplin, hukdis: m.hukdis,
    tppKinerja, tppDisiplin, potonganHukdis, bruto, dasarBpjs, iuranBpjsPegawai, iuranBpjsPemda, ruangPph21: ruang.nilai.ruang, tarifPph21Persen: tarifPph21, pph21, netto };
  if (opsi.rincian === false) return berhasil({ ...angka, rincian: [] });

  const teksFaktor = faktor === 100 ? '' : ` x ${teksPersenTpp(faktor)} (${status})`;
  const kelas = m.kelasJabatan === undefined ? '' : ` kelas jabatan ${m.kelasJabatan}`;
  const rincian: RincianTpp[] = [];
  rincian.push({ kode: 'besaran', label: 'Besaran TPP', nilai: besaran, arah: 'info',
    alasan: `Besaran TPP${kelas} menurut ${aturan.nama}: ${rp(besaran)} sebulan${faktor === 100 ? '' : `; sebagai ${status} diterima ${teksPersenTpp(faktor)}`}.` });
  rincian.push({ kode: 'tppKinerja', label: LABEL_ANGKA_TPP.tppKinerja, nilai: tppKinerja, arah: 'tambah',
    alasan: `${teksPersenTpp(aturan.porsiKinerjaPersen)} dari besaran ${rp(besaran)}${teksFaktor} x capaian kinerja ${teksPersenTpp(capaian)} = ${rp(tppKinerja)}.` });
  rincian.push({ kode: 'tppDisiplin', label: LABEL_ANGKA_TPP.tppDisiplin, nilai: tppDisiplin, arah: 'tambah',
    alasan: `${teksPersenTpp(aturan.porsiDisiplinPersen)} dari besaran ${rp(besaran)}${teksFaktor} x (100% - potongan disiplin ${
      teksPersenTpp(potonganDisiplin)
    } dari rekap presensi) = ${rp(tppDisiplin)}.` });
  rincian.push({ kode: 'potonganHukdis', label: LABEL_ANGKA_TPP.potonganHukdis, nilai: potonganHukdis, arah: 'kurang',
    alasan: pHukdis === 0
      ? m.hukdis === 'tidak_ada'
        ? 'Tidak ada hukuman disiplin yang berjalan bulan ini: tidak ada potongan.'
        : `Hukuman disiplin ${LABEL_HUKDIS_TPP[m.hukdis]} tidak memotong TPP: tidak ada potongan.`
      : `Hukuman disiplin ${LABEL_HUKDIS_TPP[m.hukdis]} berjalan bulan ini: ${teksPersenTpp(pHukdis)} dari TPP kinerja dan disiplin ${rp(tppKinerja + tppDisiplin)} = ${
        rp(potonganHukdis)
      }.` });
  rincian.push({ kode: 'bruto', label: LABEL_ANGKA_TPP.bruto, nilai: bruto, arah: 'info',
    alasan: `TPP kinerja ${rp(tppKinerja)} + TPP disiplin ${rp(tppDisiplin)} - potongan hukuman disiplin ${rp(potonganHukdis)} = ${rp(bruto)}.` });
  const teksDasar = bruto === 0
    ? 'TPP bruto Rp 0,00, sehingga tidak ada iuran atas TPP'
    : m.gajiDanTunjangan >= batas
    ? `gaji dan tunjangan ${rp(m.gajiDanTunjangan)} sudah mencapai batas dasar iuran ${rp(batas)}, sehingga TPP tidak dikenai iuran BPJS`
    : m.gajiDanTunjangan + bruto > batas
    ? `gaji dan tunjangan ${rp(m.gajiDanTunjangan)} ditambah TPP melewati batas dasar iuran ${rp(batas)}, sehingga TPP yang dikenai iuran hanya ${rp(dasarBpjs)}`
    : `TPP ${rp(dasarBpjs)} dikenai iuran (gaji dan tunjangan ${rp(m.gajiDanTunjangan)} ditambah TPP tidak melewati batas ${rp(batas)})`;
  rincian.push({ kode: 'iuranBpjsPegawai', label: LABEL_ANGKA_TPP.iuranBpjsPegawai, nilai: iuranBpjsPegawai, arah: 'kurang',
    alasan: `Iuran BPJS Kesehatan bagian pegawai ${teksPersenTpp(aturan.bpjs.tarifPegawaiPersen)}: ${teksDasar}; ${teksPersenTpp(aturan.bpjs.tarifPegawaiPersen)} x ${
      rp(dasarBpjs)
    } = ${rp(iuranBpjsPegawai)}.` });
  rincian.push({ kode: 'iuranBpjsPemda', label: LABEL_ANGKA_TPP.iuranBpjsPemda, nilai: iuranBpjsPemda, arah: 'info',
    alasan: `Iuran BPJS Kesehatan bagian Pemda ${teksPersenTpp(aturan.bpjs.tarifPemdaPersen)} x ${rp(dasarBpjs)} = ${
      rp(iuranBpjsPemda)
    }, dibayar Pemda di luar TPP (tidak mengurangi yang Anda terima).` });
  const golongan = m.statusPegawai === 'pppk' ? `PPPK golongan ${ruang.nilai.golongan} (dipersamakan golongan ${ruang.nilai.ruang})` : `golongan ${ruang.nilai.golongan}`;
  rincian.push({ kode: 'pph21', label: LABEL_ANGKA_TPP.pph21, nilai: pph21, arah: 'kurang',
    alasan: `PPh 21 ${teksPersenTpp(tarifPph21)} untuk ${golongan} dari TPP bruto ${rp(bruto)} = ${rp(pph21)}.` });
  rincian.push({ kode: 'netto', label: LABEL_ANGKA_TPP.netto, nilai: netto, arah: 'info',
    alasan: `TPP bruto ${rp(bruto)} - iuran BPJS Kesehatan ${rp(iuranBpjsPegawai)} - PPh 21 ${rp(pph21)} = ${rp(netto)} yang Anda terima.` });

  return berhasil({ ...angka, rincian });
}

/** The sum of every rupiah figure over many ASN (the daftar nominatif's total row, the calculator's `jumlah`). */
export function jumlahTpp(daftar: Iterable<Record<AngkaTpp, number>>): Record<AngkaTpp, number> {
  const jumlah = Object.fromEntries(ANGKA_TPP.map((k) => [k, 0])) as Record<AngkaTpp, number>;
  for (const h of daftar) for (const k of ANGKA_TPP) jumlah[k] += h[k];
  return jumlah;
}

/** The month's capaian kinerja (%): realisasi against target (approved activity minutes, or SKP realisasi), capped by the rule set, 2 decimals. */
export function capaianKinerjaBulan(aturan: AturanTpp, realisasi: number, target: number): Hasil<number> {
  if (!Number.isFinite(realisasi) || realisasi < 0) return gagal('realisasi harus angka 0 atau lebih');
  if (!Number.isFinite(target) || target <= 0) return gagal('target harus lebih dari 0');
  const c = Math.round((realisasi / target) * 10000) / 100;
  return berhasil(Math.min(c, aturan.capaianKinerja.batasPersen));
}

// ---- capaian kinerja from SKP realisasi ------------------------------------------------------

/** One RHK of the SKP in force with its measured indicator and the period's realisasi (what modules/kinerja reads). */
export interface RhkCapaianSkp {
  jenis: JenisRhk;
  /** The year's target of the measured indicator (its lower bound); null when the RHK has no quantitative indicator. */
  target: number | null;
  satuan: string | null;
  /** The period's realisasi figure; null when none was reported for the period, or one without a figure. */
  realisasi: number | null;
}

/** An RHK as counted: `capaian` null when it cannot be measured (no quantitative indicator, or a target of 0). */
export interface HasilRhkCapaianSkp extends RhkCapaianSkp {
  targetPeriode: number | null;
  capaian: number | null;
}

export interface CapaianSkp {
  capaian: number;
  periode: PeriodeSkp;
  /** The RHK of `jenisRhk`, in the order given. */
  rhk: HasilRhkCapaianSkp[];
}

/** The realisasi period a month (`YYYY-MM`) reads under the rule: its month or its quarter. */
export function periodeCapaianSkp(skp: AturanCapaianSkp, bulan: BulanIso): Hasil<PeriodeSkp> {
  if (!bulanSah(bulan)) return gagal(`bulan "${bulan}" harus berbentuk YYYY-MM`);
  const b = Number(bulan.slice(5, 7));
  return periodeSkp(skp.periode, Number(bulan.slice(0, 4)), skp.periode === 'bulanan' ? b : Math.ceil(b / 3));
}

/** The target of an RHK for the period: the year's target for a level, else its share of the months (not rounded). */
export function targetPeriodeSkp(skp: AturanCapaianSkp, target: number, satuan: string | null): number {
  const tingkat = skp.satuanTingkat.includes(String(satuan ?? '').trim().toLowerCase());
  return tingkat ? target : (target * (skp.periode === 'bulanan' ? 1 : 3)) / 12;
}

/**
 * The month's capaian kinerja from the SKP's realisasi (the formula of `AturanCapaianSkp`), with
 * each RHK's figures, or the reason it cannot be measured (no RHK of the kinds counted, none with a
 * quantitative target above 0, or no realisasi figure for the period at all).
 */
export function capaianKinerjaSkp(aturan: AturanTpp, bulan: BulanIso, daftar: readonly RhkCapaianSkp[]): Hasil<CapaianSkp> {
  const c = aturan.capaianKinerja;
  if (c.sumber !== 'realisasi_skp') return gagal(`aturan ${aturan.id} tidak mengukur capaian kinerja dari realisasi SKP`);
  const periode = periodeCapaianSkp(c.skp, bulan);
  if (!periode.ok) return periode;
  const jenis = c.skp.jenisRhk.map((j) => `RHK ${LABEL_JENIS_RHK[j].toLowerCase()}`).join(' atau ');
  const dihitung = daftar.filter((r) => c.skp.jenisRhk.includes(r.jenis));
  if (!dihitung.length) return gagal(`SKP tidak memuat ${jenis}`);
  const rhk: HasilRhkCapaianSkp[] = dihitung.map((r) => {
    if (r.target === null || !Number.isFinite(r.target) || r.target <= 0) return { ...r, targetPeriode: null, capaian: null };
    const targetPeriode = targetPeriodeSkp(c.skp, r.target, r.satuan);
    const realisasi = r.realisasi !== null && Number.isFinite(r.realisasi) && r.realisasi > 0 ? r.realisasi : 0;
    return { ...r, targetPeriode: bulatkan(targetPeriode, DESIMAL_PERSEN), capaian: Math.min(c.batasPersen, bulatkan((realisasi / targetPeriode) * 100, 2)) };
  });
  const terukur = rhk.filter((r) => r.capaian !== null);
  if (!terukur.length) return gagal(`${jenis} pada SKP belum punya indikator kuantitatif dengan target lebih dari 0`);
  if (terukur.every((r) => r.realisasi === null)) return gagal(`belum ada realisasi SKP ${periode.nilai.label} (angka realisasi ${jenis})`);
  const capaian = bulatkan(terukur.reduce((s, r) => s + r.capaian!, 0) / terukur.length, 2);
  return berhasil({ capaian: Math.min(capaian, c.batasPersen), periode: periode.nilai, rhk });
}

// ---- the hukuman disiplin running in a month --------------------------------------------------

/** A hukuman disiplin as riwayat_hukdis records it. */
export interface HukdisRiwayat {
  tingkat: TingkatHukdis;
  tmt: TanggalIso;
  /** Months it lasts; 0 for a berat one (PDHTAPS) means it does not end, for ringan that it has no duration. */
  masaBulan: number;
}

const URUTAN_HUKDIS: Record<HukdisTpp, number> = { tidak_ada: 0, ringan: 1, sedang: 2, berat: 3 };

/**
 * The heaviest hukuman disiplin running in a month (`YYYY-MM`) under the rule set's reading of
 * "running" [open: Perbup practice differs; `hukdisBerjalanBila`]. A hukdis is in force from its
 * TMT for `masaBulan` months (end exclusive).
 */
export function hukdisBerjalan(aturan: AturanTpp, daftar: readonly HukdisRiwayat[], bulan: BulanIso): Hasil<HukdisTpp> {
  if (!bulanSah(bulan)) return gagal(`bulan "${bulan}" harus berbentuk YYYY-MM`);
  const tahun = Number(bulan.slice(0, 4));
  const b = Number(bulan.slice(5, 7));
  const awal = keIso(tahun, b, 1);
  const akhir = keIso(tahun, b, jumlahHari(tahun, b));
  let berat: HukdisTpp = 'tidak_ada';
  for (const h of daftar) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(h.tmt)) return gagal(`TMT hukuman disiplin "${h.tmt}" harus berbentuk YYYY-MM-DD`);
    const tanpaAkhir = h.tingkat === 'berat' && h.masaBulan === 0;
    if (!tanpaAkhir && h.masaBulan <= 0) continue;
    const selesai = tanpaAkhir ? null : tambahBulan(h.tmt, h.masaBulan);
    const berlaku = aturan.hukdisBerjalanBila === 'tanggal_1' ? h.tmt <= awal && (selesai === null || awal < selesai) : h.tmt <= akhir && (selesai === null || awal < selesai);
    if (berlaku && URUTAN_HUKDIS[h.tingkat] > URUTAN_HUKDIS[berat]) berat = h.tingkat;
  }
  return berhasil(berat);
}

// ---- corrections of locked months -------------------------------------------------------------

/** `YYYY-MM`. */
export type BulanIso = string;

/**
 * A correction of a locked month, paid in a later month as its own line: the difference of every
 * figure (recomputed minus paid; negative = overpaid, taken back) with the reasons. A locked month
 * is never edited.
 */
export interface PenyesuaianTpp {
  aturan: string;
  /** The locked month corrected. */
  bulanDikoreksi: BulanIso;
  /** The month whose payment carries the line. */
  bulanDibayar: BulanIso;
  alasan: string;
  selisih: Record<AngkaTpp, number>;
  rincian: RincianTpp[];
}

const NAMA_BULAN_TPP = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const bulanSah = (b: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(b);
export const labelBulan = (b: BulanIso) => `${NAMA_BULAN_TPP[Number(b.slice(5, 7)) - 1]} ${b.slice(0, 4)}`;
const rpBertanda = (x: number) => (x < 0 ? `-${rp(-x)}` : `+${rp(x)}`);

/** The adjustment line between what was paid for a locked month (`lama`) and its recomputation (`baru`). */
export function penyesuaianTpp(lama: HasilTpp, baru: HasilTpp, info: { bulanDikoreksi: BulanIso, bulanDibayar: BulanIso, alasan: string }): Hasil<PenyesuaianTpp> {
  if (!bulanSah(info.bulanDikoreksi)) return gagal(`bulan yang dikoreksi "${info.bulanDikoreksi}" harus berbentuk YYYY-MM`);
  if (!bulanSah(info.bulanDibayar)) return gagal(`bulan pembayaran "${info.bulanDibayar}" harus berbentuk YYYY-MM`);
  if (info.bulanDibayar <= info.bulanDikoreksi) {
    return gagal(`koreksi ${labelBulan(info.bulanDikoreksi)} dibayar pada bulan sesudahnya, bukan ${labelBulan(info.bulanDibayar)}`);
  }
  const alasan = String(info.alasan ?? '').trim();
  if (!alasan) return gagal('alasan koreksi wajib diisi');
  const selisih = {} as Record<AngkaTpp, number>;
  const rincian: RincianTpp[] = [];
  for (const k of ANGKA_TPP) {
    selisih[k] = baru[k] - lama[k];
    if (selisih[k] === 0) continue;
    rincian.push({ kode: k, label: LABEL_ANGKA_TPP[k], nilai: selisih[k],
      arah: k === 'iuranBpjsPemda' || k === 'bruto' || k === 'netto' ? 'info' : k === 'potonganHukdis' || k === 'iuranBpjsPegawai' || k === 'pph21' ? 'kurang' : 'tambah',
      alasan: `Koreksi ${labelBulan(info.bulanDikoreksi)} (${alasan}): ${LABEL_ANGKA_TPP[k]} semula ${rp(lama[k])} menjadi ${rp(baru[k])}, selisih ${
        rpBertanda(selisih[k])
      }, dibayar bersama TPP ${labelBulan(info.bulanDibayar)}.` });
  }
  return berhasil({ aturan: baru.aturan, bulanDikoreksi: info.bulanDikoreksi, bulanDibayar: info.bulanDibayar, alasan, selisih, rincian });
}
