import { bulatkan } from '../angka.ts';
import { berhasil, gagal, type Hasil } from '../hasil.ts';
import { pilihAturanBerlaku, type AturanBerversi } from './aturan.ts';

/**
 * Indeks Implementasi NSPK Manajemen ASN (RULES.md section 5; Peraturan BKN 12/2022). 18 elements
 * (87 indicators, assessed yearly by BKN), each scored 0-100; the index is the weighted mean of the
 * element scores (equal weights unless the rule set says otherwise), 2 decimals; the category is
 * judged on the rounded index.
 */

export interface ElemenNspk {
  kode: string;
  nama: string;
  bobot: number;
}

export interface KategoriNspk {
  kode: 'A' | 'B' | 'C' | 'D' | 'E';
  label: string;
  /** The category holds indices strictly above this value; null for the lowest. */
  lebihDari: number | null;
}

export interface AturanNspk extends AturanBerversi {
  elemen: readonly ElemenNspk[];
  nilaiMin: number;
  nilaiMaks: number;
  /** Highest first. */
  kategori: readonly KategoriNspk[];
}

const NAMA_ELEMEN_NSPK = [
  ['kebutuhan', 'Kebutuhan'],
  ['pengadaan', 'Pengadaan'],
  ['pengangkatan', 'Pengangkatan'],
  ['jabatan', 'Jabatan'],
  ['pangkat', 'Pangkat'],
  ['pengembangan_karier', 'Pengembangan Karier'],
  ['pola_karier', 'Pola Karier'],
  ['mutasi', 'Mutasi'],
  ['penilaian_kinerja', 'Penilaian Kinerja'],
  ['disiplin', 'Disiplin'],
  ['penghargaan', 'Penghargaan'],
  ['cuti', 'Cuti'],
  ['kode_etik', 'Kode Etik'],
  ['pemberhentian', 'Pemberhentian'],
  ['penggajian', 'Penggajian, Tunjangan dan Fasilitas'],
  ['jaminan_pensiun', 'Jaminan Pensiun dan Hari Tua'],
  ['pensiun', 'Pensiun'],
  ['perlindungan', 'Perlindungan'],
] as const;

export const ELEMEN_NSPK: readonly ElemenNspk[] = NAMA_ELEMEN_NSPK.map(([kode, nama]) => ({ kode, nama, bobot: 1 }));

// The regulation's date of issue is not confirmed (taken as 1 January 2022), nor are official per-element weights (equal weights assumed).
const BKN_12_2022: AturanNspk = { id: 'bkn-12-2022', nama: 'Indeks Implementasi NSPK Manajemen ASN, bobot elemen sama', dasarHukum: 'Peraturan BKN 12/2022',
  berlakuMulai: '2022-01-01', catatan: 'Setiap elemen berbobot sama.', elemen: ELEMEN_NSPK, nilaiMin: 0, nilaiMaks: 100, kategori: [
    { kode: 'A', label: 'Unggul', lebihDari: 85 },
    { kode: 'B', label: 'Baik', lebihDari: 70 },
    { kode: 'C', label: 'Cukup', lebihDari: 55 },
    { kode: 'D', label: 'Kurang', lebihDari: 40 },
    { kode: 'E', label: 'Buruk', lebihDari: null },
  ] };

export const ATURAN_NSPK: Record<string, AturanNspk> = { [BKN_12_2022.id]: BKN_12_2022 };
export const ATURAN_NSPK_BAWAAN = BKN_12_2022.id;

export function aturanNspkBerlaku(tanggal: string): Hasil<AturanNspk> {
  return pilihAturanBerlaku(ATURAN_NSPK, tanggal);
}

/** The category of an index (rounded to 2 decimals first). */
export function kategoriNspk(indeks: number, aturan: AturanNspk = BKN_12_2022): KategoriNspk {
  const x = bulatkan(indeks, 2);
  return aturan.kategori.find((k) => k.lebihDari === null || x > k.lebihDari) ?? aturan.kategori[aturan.kategori.length - 1]!;
}

export interface HasilNspk {
  aturan: string;
  indeks: number;
  indeksTepat: number;
  kategori: KategoriNspk;
  /** The element with the lowest score (the first, on a tie). */
  elemenTerlemah: { kode: string, nama: string, nilai: number };
}

/**
 * The index from the element scores: an array in the rule set's element order, or a record by
 * element code. Every element must be scored.
 */
export function hitungNspk(nilai: readonly number[] | Readonly<Record<string, number>>, aturan: AturanNspk = BKN_12_2022): Hasil<HasilNspk> {
  const daftar = Array.isArray(nilai) ? nilai as readonly number[] : aturan.elemen.map((e) => (nilai as Record<string, number>)[e.kode]);
  if (Array.isArray(nilai) && nilai.length !== aturan.elemen.length) {
    return gagal(`harus ada ${aturan.elemen.length} nilai elemen, ditemukan ${nilai.length}`);
  }
  if (!Array.isArray(nilai)) {
    const asing = Object.keys(nilai).filter((k) => !aturan.elemen.some((e) => e.kode === k));
    if (asing.length) return gagal(`elemen tidak dikenal: ${asing.join(', ')}`);
  }
  const masalah: string[] = [];
  aturan.elemen.forEach((e, i) => {
    const x = daftar[i];
    if (x === undefined) masalah.push(`elemen ${e.nama} belum dinilai`);
    else if (!Number.isFinite(x) || x < aturan.nilaiMin || x > aturan.nilaiMaks) masalah.push(`elemen ${e.nama}: nilai ${x} harus ${aturan.nilaiMin}-${aturan.nilaiMaks}`);
  });
  if (masalah.length) return gagal(masalah.join('; '));
  const jumlahBobot = aturan.elemen.reduce((s, e) => s + e.bobot, 0);
  if (!(jumlahBobot > 0)) return gagal(`aturan ${aturan.id}: jumlah bobot elemen harus lebih dari 0`);
  const indeksTepat = aturan.elemen.reduce((s, e, i) => s + e.bobot * daftar[i]!, 0) / jumlahBobot;
  const indeks = bulatkan(indeksTepat, 2);
  let lemah = 0;
  daftar.forEach((x, i) => {
    if (x! < daftar[lemah]!) lemah = i;
  });
  const e = aturan.elemen[lemah]!;
  return berhasil({ aturan: aturan.id, indeks, indeksTepat, kategori: kategoriNspk(indeks, aturan), elemenTerlemah: { kode: e.kode, nama: e.nama, nilai: daftar[lemah]! } });
}
