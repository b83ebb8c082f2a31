import { berhasil, gagal, type Hasil } from '../hasil.ts';
import type { AturanBerversi } from '../indeks/aturan.ts';
import { jumlahHari, keIso, NAMA_BULAN, type TanggalIso } from '../tanggal.ts';

/**
 * SKP and the predikat kinerja (RULES.md section 9, PermenPAN-RB 6/2022). Everything a rating
 * depends on is data here: the 7 BerAKHLAK values with their standard behaviour, the rating scale
 * with its SIASN codes, the 3x3 matrix, the evaluation periods and the indicator aspects. The
 * module that stores SKP (`modules/kinerja`) reads these names; it never spells them itself.
 */

/** The 7 BerAKHLAK core values with their standard behaviour descriptions (panduan perilaku, SE MenPAN-RB 20/2021; PermenPAN-RB 6/2022 Lampiran). */
export const PERILAKU_BERAKHLAK = [
  { kode: 'berorientasi_pelayanan', label: 'Berorientasi Pelayanan',
    perilaku: ['Memahami dan memenuhi kebutuhan masyarakat', 'Ramah, cekatan, solutif, dan dapat diandalkan', 'Melakukan perbaikan tiada henti'] },
  { kode: 'akuntabel', label: 'Akuntabel', perilaku: [
    'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
    'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
    'Tidak menyalahgunakan kewenangan jabatan',
  ] },
  { kode: 'kompeten', label: 'Kompeten',
    perilaku: ['Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah', 'Membantu orang lain belajar', 'Melaksanakan tugas dengan kualitas terbaik'] },
  { kode: 'harmonis', label: 'Harmonis', perilaku: ['Menghargai setiap orang apa pun latar belakangnya', 'Suka menolong orang lain', 'Membangun lingkungan kerja yang kondusif'] },
  { kode: 'loyal', label: 'Loyal', perilaku: [
    'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah',
    'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
    'Menjaga rahasia jabatan dan negara',
  ] },
  { kode: 'adaptif', label: 'Adaptif', perilaku: ['Cepat menyesuaikan diri menghadapi perubahan', 'Terus berinovasi dan mengembangkan kreativitas', 'Bertindak proaktif'] },
  { kode: 'kolaboratif', label: 'Kolaboratif', perilaku: [
    'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
    'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
    'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
  ] },
] as const;
export type KodePerilaku = (typeof PERILAKU_BERAKHLAK)[number]['kode'];
export const KODE_PERILAKU: readonly KodePerilaku[] = PERILAKU_BERAKHLAK.map((p) => p.kode);

/** Rating of hasil kerja and of perilaku kerja (RULES.md section 9). */
export const RATING_EKSPEKTASI = ['di_atas', 'sesuai', 'di_bawah'] as const;
export type RatingEkspektasi = (typeof RATING_EKSPEKTASI)[number];
export const LABEL_RATING: Record<RatingEkspektasi, string> = { di_atas: 'Di Atas Ekspektasi', sesuai: 'Sesuai Ekspektasi', di_bawah: 'Di Bawah Ekspektasi' };
/** SIASN skp22 `hasilKinerjaNilai` / `perilakuKerjaNilai`: 1 di atas, 2 sesuai, 3 di bawah. */
export const KODE_SIASN_RATING: Record<RatingEkspektasi, 1 | 2 | 3> = { di_atas: 1, sesuai: 2, di_bawah: 3 };

export function ratingDariKodeSiasn(kode: number | string): Hasil<RatingEkspektasi> {
  const r = RATING_EKSPEKTASI.find((x) => String(KODE_SIASN_RATING[x]) === String(kode).trim());
  return r ? berhasil(r) : gagal(`kode rating SIASN "${kode}" tidak dikenal (1 di atas, 2 sesuai, 3 di bawah ekspektasi)`);
}

/** Reads `di_atas`, `Di Atas Ekspektasi`, `sesuai`, `di bawah`, or a SIASN code 1/2/3. */
export function parseRatingEkspektasi(teks: string): Hasil<RatingEkspektasi> {
  const s = String(teks ?? '').trim().toLowerCase().replace(/\s*ekspektasi$/, '').replace(/[\s-]+/g, '_');
  if ((RATING_EKSPEKTASI as readonly string[]).includes(s)) return berhasil(s as RatingEkspektasi);
  if (/^[123]$/.test(s)) return ratingDariKodeSiasn(s);
  return gagal(`rating "${teks}" tidak dikenal; pilihan: di_atas, sesuai, di_bawah (atau kode SIASN 1, 2, 3)`);
}

/** The 2022 predikat kinerja (the riwayat_skp.predikat vocabulary), best first. */
export const PREDIKAT_KINERJA = ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type PredikatKinerja = (typeof PREDIKAT_KINERJA)[number];
export const LABEL_PREDIKAT: Record<PredikatKinerja, string> = { sangat_baik: 'Sangat Baik', baik: 'Baik', butuh_perbaikan: 'Butuh Perbaikan', kurang: 'Kurang/Misconduct',
  sangat_kurang: 'Sangat Kurang' };
/**
 * SIASN skp22 `kuadranKinerjaNilai` [impl: the reference codes seen in SIASN clients, 1 Sangat
 * Baik ... 5 Sangat Kurang; confirm against the live reference before sending].
 */
export const KODE_SIASN_PREDIKAT: Record<PredikatKinerja, 1 | 2 | 3 | 4 | 5> = { sangat_baik: 1, baik: 2, butuh_perbaikan: 3, kurang: 4, sangat_kurang: 5 };

/** The matrix of RULES.md section 9 as data: `[hasil kerja][perilaku kerja]`. */
export const MATRIKS_PREDIKAT: Record<RatingEkspektasi, Record<RatingEkspektasi, PredikatKinerja>> = { di_atas: { di_atas: 'sangat_baik', sesuai: 'baik', di_bawah: 'kurang' },
  sesuai: { di_atas: 'baik', sesuai: 'baik', di_bawah: 'kurang' }, di_bawah: { di_atas: 'butuh_perbaikan', sesuai: 'butuh_perbaikan', di_bawah: 'sangat_kurang' } };

/** Predikat kinerja from the two ratings (PermenPAN-RB 6/2022; perilaku di bawah ekspektasi is misconduct: Kurang). */
export function predikatKinerja(hasil: RatingEkspektasi, perilaku: RatingEkspektasi): PredikatKinerja {
  return MATRIKS_PREDIKAT[hasil][perilaku];
}

/** Aspects of an RHK indicator (PermenPAN-RB 6/2022). */
export const ASPEK_INDIKATOR = [
  { kode: 'kuantitas', label: 'Kuantitas', keterangan: 'Jumlah atau banyaknya hasil kerja (dokumen, laporan, layanan)' },
  { kode: 'kualitas', label: 'Kualitas', keterangan: 'Mutu hasil kerja (kesesuaian standar, tingkat kesalahan, kepuasan penerima layanan)' },
  { kode: 'waktu', label: 'Waktu', keterangan: 'Ketepatan atau lamanya waktu penyelesaian hasil kerja' },
  { kode: 'biaya', label: 'Biaya', keterangan: 'Jumlah anggaran yang digunakan untuk menghasilkan hasil kerja' },
] as const;
export type AspekIndikator = (typeof ASPEK_INDIKATOR)[number]['kode'];
export const KODE_ASPEK_INDIKATOR: readonly AspekIndikator[] = ASPEK_INDIKATOR.map((a) => a.kode);

/** How an SKP sets its targets: kuantitatif (numbers per aspect) or kualitatif (a described expected result). */
export const PENDEKATAN_SKP = ['kuantitatif', 'kualitatif'] as const;
export type PendekatanSkp = (typeof PENDEKATAN_SKP)[number];
export const LABEL_PENDEKATAN_SKP: Record<PendekatanSkp, string> = { kuantitatif: 'Kuantitatif', kualitatif: 'Kualitatif' };

export const JENIS_RHK = ['utama', 'tambahan'] as const;
export type JenisRhk = (typeof JENIS_RHK)[number];
export const LABEL_JENIS_RHK: Record<JenisRhk, string> = { utama: 'Utama', tambahan: 'Tambahan' };

/** Kinds of evaluation period: periodic (monthly or quarterly, rule data) and annual. */
export const JENIS_PERIODE_PENILAIAN = ['bulanan', 'triwulanan', 'tahunan'] as const;
export type JenisPeriodePenilaian = (typeof JENIS_PERIODE_PENILAIAN)[number];

export interface DefinisiPeriodePenilaian {
  jenis: JenisPeriodePenilaian;
  label: string;
  /** Months in one period. */
  bulan: 1 | 3 | 12;
  /** Periods per year. */
  jumlahSetahun: 12 | 4 | 1;
}

/** The evaluation periods as data (PermenPAN-RB 6/2022: periodic evaluation monthly or quarterly, and annual). */
export const PERIODE_PENILAIAN: Record<JenisPeriodePenilaian, DefinisiPeriodePenilaian> = { bulanan: { jenis: 'bulanan', label: 'Bulanan', bulan: 1, jumlahSetahun: 12 },
  triwulanan: { jenis: 'triwulanan', label: 'Triwulanan', bulan: 3, jumlahSetahun: 4 }, tahunan: { jenis: 'tahunan', label: 'Tahunan', bulan: 12, jumlahSetahun: 1 } };

const ROMAWI = ['I', 'II', 'III', 'IV'];

/** One evaluation period of a year. */
export interface PeriodeSkp {
  jenis: JenisPeriodePenilaian;
  tahun: number;
  /** 1-based within the year (month, quarter, or 1 for the year). */
  ke: number;
  /** `Maret 2026`, `Triwulan I 2026`, `Tahun 2026`. */
  label: string;
  mulai: TanggalIso;
  selesai: TanggalIso;
}

/** Period `ke` of a year. */
export function periodeSkp(jenis: JenisPeriodePenilaian, tahun: number, ke: number): Hasil<PeriodeSkp> {
  const d = PERIODE_PENILAIAN[jenis];
  if (!d) return gagal(`jenis periode "${jenis}" tidak dikenal; pilihan: ${JENIS_PERIODE_PENILAIAN.join(', ')}`);
  if (!Number.isInteger(tahun) || tahun < 1900 || tahun > 9999) return gagal(`tahun ${tahun} tidak sah`);
  if (!Number.isInteger(ke) || ke < 1 || ke > d.jumlahSetahun) return gagal(`periode ${d.label.toLowerCase()} ke-${ke} tidak ada (1 sampai ${d.jumlahSetahun})`);
  const bulanAwal = (ke - 1) * d.bulan + 1;
  const bulanAkhir = bulanAwal + d.bulan - 1;
  const label = jenis === 'bulanan' ? `${NAMA_BULAN[ke - 1]} ${tahun}` : jenis === 'triwulanan' ? `Triwulan ${ROMAWI[ke - 1]} ${tahun}` : `Tahun ${tahun}`;
  return berhasil({ jenis, tahun, ke, label, mulai: keIso(tahun, bulanAwal, 1), selesai: keIso(tahun, bulanAkhir, jumlahHari(tahun, bulanAkhir)) });
}

/** Every period of a kind in a year, in order. */
export function daftarPeriodeSkp(jenis: JenisPeriodePenilaian, tahun: number): PeriodeSkp[] {
  const d = PERIODE_PENILAIAN[jenis];
  const hasil: PeriodeSkp[] = [];
  for (let ke = 1; ke <= (d?.jumlahSetahun ?? 0); ke++) {
    const p = periodeSkp(jenis, tahun, ke);
    if (p.ok) hasil.push(p.nilai);
  }
  return hasil;
}

/** The period of a kind that holds a date. */
export function periodeSkpPada(jenis: JenisPeriodePenilaian, tanggal: TanggalIso): Hasil<PeriodeSkp> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tanggal);
  if (!m) return gagal(`tanggal "${tanggal}" harus berbentuk YYYY-MM-DD`);
  const d = PERIODE_PENILAIAN[jenis];
  if (!d) return gagal(`jenis periode "${jenis}" tidak dikenal; pilihan: ${JENIS_PERIODE_PENILAIAN.join(', ')}`);
  return periodeSkp(jenis, Number(m[1]), Math.ceil(Number(m[2]) / d.bulan));
}

/**
 * How periodic ratings roll up into a proposal for the annual rating [open: PermenPAN-RB 6/2022
 * leaves it to the instansi; configurable]. `terakhir`: the last rated period; `terbanyak`: the
 * most frequent rating, a tie going to the lower one (a proposal errs on the side the atasan must
 * justify). The atasan still gives the annual rating with reasons: this only proposes it.
 */
export const CARA_ROLLUP_PERIODIK = ['terakhir', 'terbanyak'] as const;
export type CaraRollupPeriodik = (typeof CARA_ROLLUP_PERIODIK)[number];

export interface AturanPenilaianSkp extends AturanBerversi {
  /** Periodic evaluation of the instansi (monthly or quarterly). */
  periodik: Exclude<JenisPeriodePenilaian, 'tahunan'>;
  rollup: CaraRollupPeriodik;
}

export const PENILAIAN_SKP_PERMENPANRB_6_2022: AturanPenilaianSkp = { id: 'permenpanrb-6-2022', nama: 'Pengelolaan Kinerja Pegawai ASN',
  dasarHukum: 'PermenPAN-RB 6/2022 tentang Pengelolaan Kinerja Pegawai Aparatur Sipil Negara', berlakuMulai: '2022-01-01', periodik: 'triwulanan', rollup: 'terakhir',
  catatan: 'Cara merangkum penilaian periodik menjadi usulan penilaian tahunan belum diatur tegas [open]; dapat diubah.' };

export const ATURAN_PENILAIAN_SKP: Record<string, AturanPenilaianSkp> = { [PENILAIAN_SKP_PERMENPANRB_6_2022.id]: PENILAIAN_SKP_PERMENPANRB_6_2022 };

/** A proposal for the annual rating from the periodic ratings in period order (null entries were not rated); null when none was rated. */
export function usulRatingTahunan(periodik: readonly (RatingEkspektasi | null)[], cara: CaraRollupPeriodik): RatingEkspektasi | null {
  const isi = periodik.filter((r): r is RatingEkspektasi => r !== null);
  if (!isi.length) return null;
  if (cara === 'terakhir') return isi[isi.length - 1]!;
  let terbaik: RatingEkspektasi | null = null;
  let jumlahTerbaik = -1;
  // Lower ratings first so that a tie keeps the lower one.
  for (const r of [...RATING_EKSPEKTASI].reverse()) {
    const n = isi.filter((x) => x === r).length;
    if (n > jumlahTerbaik) {
      terbaik = r;
      jumlahTerbaik = n;
    }
  }
  return terbaik;
}

/** The annual result as SIASN takes it through `skp22/save` [impl: field names as public SIASN clients send them]. */
export interface DataSkp22 {
  tahun: number;
  hasilKinerjaNilai: 1 | 2 | 3;
  perilakuKerjaNilai: 1 | 2 | 3;
  kuadranKinerjaNilai: 1 | 2 | 3 | 4 | 5;
  penilaiNipNrp: string;
  penilaiNama: string;
  penilaiJabatan: string;
  penilaiGolongan: string;
  penilaiUnorNama: string;
  statusPenilai: 'ASN' | 'NON ASN';
}

export interface PenilaiSkp {
  nip: string | null;
  nama: string;
  jabatan: string;
  golongan: string | null;
  unor: string;
}

/** The skp22 fields of an annual rating (the predikat follows the matrix; the penilai is a non-ASN, e.g. a Bupati, when it has no NIP). */
export function dataSkp22(tahun: number, hasil: RatingEkspektasi, perilaku: RatingEkspektasi, penilai: PenilaiSkp): Hasil<DataSkp22> {
  if (!Number.isInteger(tahun) || tahun < 2022) return gagal(`tahun ${tahun} tidak sah: SKP 2022 (PermenPAN-RB 6/2022) berlaku sejak 2022`);
  if (!penilai.nama.trim()) return gagal('nama pejabat penilai wajib diisi');
  return berhasil({ tahun, hasilKinerjaNilai: KODE_SIASN_RATING[hasil], perilakuKerjaNilai: KODE_SIASN_RATING[perilaku],
    kuadranKinerjaNilai: KODE_SIASN_PREDIKAT[predikatKinerja(hasil, perilaku)], penilaiNipNrp: penilai.nip ?? '', penilaiNama: penilai.nama.trim(), penilaiJabatan: penilai.jabatan,
    penilaiGolongan: penilai.golongan ?? '', penilaiUnorNama: penilai.unor, statusPenilai: penilai.nip ? 'ASN' : 'NON ASN' });
}
