import { bulatkan } from '../angka.ts';
import { berhasil, gagal, type Hasil } from '../hasil.ts';
import { pilihAturanBerlaku, type AturanBerversi } from './aturan.ts';

/**
 * Indeks Kepuasan Masyarakat from a Survei Kepuasan Masyarakat (RULES.md section 4;
 * PermenPAN-RB 14/2017). NRR per unsur = sum of answers / respondents; IKM = sum over unsur of
 * NRR x weight, x 25 (the conversion from the 1-4 scale to 25-100). Computed exactly, only the
 * final figures rounded to 2 decimals; the mutu is judged on the rounded IKM.
 */

export const UNSUR_IKM = [
  'Persyaratan',
  'Sistem, Mekanisme dan Prosedur',
  'Waktu Penyelesaian',
  'Biaya/Tarif',
  'Produk Spesifikasi Jenis Pelayanan',
  'Kompetensi Pelaksana',
  'Perilaku Pelaksana',
  'Penanganan Pengaduan, Saran dan Masukan',
  'Sarana dan Prasarana',
] as const;

export interface MutuIkm {
  kode: 'A' | 'B' | 'C' | 'D';
  /** Kinerja unit pelayanan. */
  label: 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik';
  /** The lowest IKM (2 decimals) of the band. */
  mulai: number;
}

export interface AturanIkm extends AturanBerversi {
  unsur: readonly string[];
  skorMin: number;
  skorMaks: number;
  /** 'sama': exactly 1 / number of unsur; a number: that weight for every unsur (0.111). */
  bobotUnsur: 'sama' | number;
  /** 25: NRR 1-4 to IKM 25-100. */
  konversi: number;
  /** Highest first. */
  mutu: readonly MutuIkm[];
}

const MUTU_IKM: readonly MutuIkm[] = [
  { kode: 'A', label: 'Sangat Baik', mulai: 88.31 },
  { kode: 'B', label: 'Baik', mulai: 76.61 },
  { kode: 'C', label: 'Kurang Baik', mulai: 65.0 },
  { kode: 'D', label: 'Tidak Baik', mulai: 25.0 },
];

// The regulation's date of issue is not confirmed: it is taken to apply from 1 January 2017.
const PERMENPAN_14_2017: AturanIkm = { id: 'permenpan-14-2017', nama: 'IKM dengan bobot unsur tepat 1/9', dasarHukum: 'PermenPAN-RB 14/2017', berlakuMulai: '2017-01-01',
  unsur: UNSUR_IKM, skorMin: 1, skorMaks: 4, bobotUnsur: 'sama', konversi: 25, mutu: MUTU_IKM };

export const ATURAN_IKM: Record<string, AturanIkm> = { [PERMENPAN_14_2017.id]: PERMENPAN_14_2017,
  'permenpan-14-2017-0111': { ...PERMENPAN_14_2017, id: 'permenpan-14-2017-0111', nama: 'IKM dengan bobot unsur 0,111 seperti tertulis pada lampiran peraturan', varian: true,
    catatan: 'Bobot 0,111 memberi hasil sedikit di bawah 1/9 (lamongan-2022-skm: 82,78 lawan 82,86).', bobotUnsur: 0.111 } };

export const ATURAN_IKM_BAWAAN = PERMENPAN_14_2017.id;

export function aturanIkmBerlaku(tanggal: string): Hasil<AturanIkm> {
  return pilihAturanBerlaku(ATURAN_IKM, tanggal);
}

/** The mutu band of an IKM (rounded to 2 decimals first). */
export function mutuIkm(ikm: number, aturan: AturanIkm = PERMENPAN_14_2017): MutuIkm {
  const x = bulatkan(ikm, 2);
  return aturan.mutu.find((m) => x >= m.mulai) ?? aturan.mutu[aturan.mutu.length - 1]!;
}

export interface DataIkm {
  responden: number;
  /** Sum of the answers per unsur, in the order of the rule set's unsur. */
  totalUnsur: readonly number[];
}

export interface HasilIkm {
  aturan: string;
  responden: number;
  totalUnsur: number[];
  /** Sum of all answers. */
  total: number;
  /** NRR per unsur, 2 decimals. */
  nrr: number[];
  nrrTepat: number[];
  ikm: number;
  ikmTepat: number;
  mutu: MutuIkm;
  /** The unsur with the lowest NRR (the first, on a tie). */
  unsurTerlemah: { nomor: number, nama: string, nrr: number };
}

/** IKM from the unsur totals and the number of respondents (as reports tabulate them). */
export function hitungIkm(data: DataIkm, aturan: AturanIkm = PERMENPAN_14_2017): Hasil<HasilIkm> {
  const n = data.responden;
  const jumlahUnsur = aturan.unsur.length;
  if (!Number.isInteger(n) || n <= 0) return gagal('jumlah responden harus bilangan bulat lebih dari 0');
  if (data.totalUnsur.length !== jumlahUnsur) return gagal(`harus ada ${jumlahUnsur} total unsur, ditemukan ${data.totalUnsur.length}`);
  for (const [i, t] of data.totalUnsur.entries()) {
    if (!Number.isInteger(t)) return gagal(`total unsur ${i + 1} (${t}) harus bilangan bulat`);
    if (t < n * aturan.skorMin || t > n * aturan.skorMaks) {
      return gagal(`total unsur ${i + 1} (${t}) harus antara ${n * aturan.skorMin} dan ${n * aturan.skorMaks} untuk ${n} responden`);
    }
  }
  const nrrTepat = data.totalUnsur.map((t) => t / n);
  const jumlahNrr = nrrTepat.reduce((s, x) => s + x, 0);
  const ikmTepat = aturan.bobotUnsur === 'sama'
    ? (jumlahNrr / jumlahUnsur) * aturan.konversi
    : nrrTepat.reduce((s, x) => s + x * (aturan.bobotUnsur as number), 0) * aturan.konversi;
  const ikm = bulatkan(ikmTepat, 2);
  let lemah = 0;
  nrrTepat.forEach((x, i) => {
    if (x < nrrTepat[lemah]!) lemah = i;
  });
  return berhasil({ aturan: aturan.id, responden: n, totalUnsur: [...data.totalUnsur], total: data.totalUnsur.reduce((s, x) => s + x, 0), nrr: nrrTepat.map((x) => bulatkan(x, 2)),
    nrrTepat, ikm, ikmTepat, mutu: mutuIkm(ikm, aturan), unsurTerlemah: { nomor: lemah + 1, nama: aturan.unsur[lemah]!, nrr: bulatkan(nrrTepat[lemah]!, 2) } });
}

/** IKM from the answers, one row of unsur answers per respondent. */
export function hitungIkmDariJawaban(jawaban: readonly (readonly number[])[], aturan: AturanIkm = PERMENPAN_14_2017): Hasil<HasilIkm> {
  const jumlahUnsur = aturan.unsur.length;
  if (!jawaban.length) return gagal('tidak ada responden');
  const total = new Array<number>(jumlahUnsur).fill(0);
  for (const [r, baris] of jawaban.entries()) {
    if (baris.length !== jumlahUnsur) return gagal(`responden ${r + 1}: harus ada ${jumlahUnsur} jawaban, ditemukan ${baris.length}`);
    for (const [i, x] of baris.entries()) {
      if (!Number.isInteger(x) || x < aturan.skorMin || x > aturan.skorMaks) {
        return gagal(`responden ${r + 1}, unsur ${i + 1}: jawaban ${x} harus bilangan bulat ${aturan.skorMin}-${aturan.skorMaks}`);
      }
      total[i]! += x;
    }
  }
  return hitungIkm({ responden: jawaban.length, totalUnsur: total }, aturan);
}
