import { CARA_AGREGASI, LABEL_SUMBER_OTOMATIS, parseAngka, POLARITAS, SUMBER_OTOMATIS } from '@simasn/domain';
import type { NilaiSel } from '@simasn/platform';
import { TINGKAT_PROGRAM } from '../renstra/simpan-program-kegiatan.ts';

/**
 * The Renstra workbook: one sheet per part (Tujuan, Sasaran, Program, Indikator), a header row
 * of column keys, one part per row, parts named by their code and linked by code. The export,
 * the empty template and the import all read these definitions; the yearly columns
 * (`target_2024`, `pagu_2024`, `pagu_perubahan_2024`) follow the Renstra's period.
 */
export interface KolomRenstra {
  kunci: string;
  wajib?: boolean;
  petunjuk: string;
  contoh: string | number;
  lebar?: number;
  pilihan?: readonly string[];
}

export type NamaLembar = 'Tujuan' | 'Sasaran' | 'Program' | 'Indikator';

export interface LembarRenstra {
  nama: NamaLembar;
  kolom: KolomRenstra[];
  /** Yearly columns: the key prefixes and what they hold. */
  tahunan: { awalan: string, petunjuk: string, contoh: number }[];
}

const KODE = { kunci: 'kode', wajib: true, petunjuk: 'kode unik dalam Renstra (angka, huruf, titik, tanda hubung); baris dengan kode yang sudah ada mengubah data itu', lebar: 18 };

export const LEMBAR_RENSTRA: readonly LembarRenstra[] = [
  { nama: 'Tujuan', tahunan: [], kolom: [
    { ...KODE, contoh: 'T.1' },
    { kunci: 'uraian', wajib: true, petunjuk: 'uraian tujuan (minimal 3 karakter)', contoh: 'Meningkatnya profesionalitas ASN', lebar: 60 },
    { kunci: 'urutan', petunjuk: 'urutan tampil, 0-999 (bawaan 0)', contoh: 1, lebar: 8 },
  ] },
  { nama: 'Sasaran', tahunan: [], kolom: [
    { ...KODE, contoh: 'S.1.1' },
    { kunci: 'kode_tujuan', wajib: true, petunjuk: 'kode tujuan induknya (di lembar Tujuan atau yang sudah ada)', contoh: 'T.1', lebar: 14 },
    { kunci: 'uraian', wajib: true, petunjuk: 'uraian sasaran', contoh: 'Meningkatnya kualitas manajemen ASN', lebar: 60 },
    { kunci: 'urutan', petunjuk: 'urutan tampil, 0-999', contoh: 1, lebar: 8 },
  ] },
  { nama: 'Program', kolom: [
    { kunci: 'tingkat', wajib: true, petunjuk: 'program, kegiatan atau sub_kegiatan', contoh: 'sub_kegiatan', pilihan: TINGKAT_PROGRAM, lebar: 14 },
    { ...KODE, contoh: '5.03.02.1.01.0001', lebar: 22 },
    { kunci: 'kode_induk', petunjuk: 'kegiatan: kode programnya; sub kegiatan: kode kegiatannya; program: kosong', contoh: '5.03.02.1.01', lebar: 18 },
    { kunci: 'nama', wajib: true, petunjuk: 'nama program/kegiatan/sub kegiatan', contoh: 'Penyusunan Rencana Kebutuhan ASN', lebar: 50 },
  ], tahunan: [
    { awalan: 'pagu', petunjuk: 'pagu sub kegiatan tahun itu dalam rupiah (program dan kegiatan: kosong, pagunya jumlah di bawahnya); sel kosong tidak mengubah pagu yang ada',
      contoh: 1250000000 },
    { awalan: 'pagu_perubahan', petunjuk: 'pagu setelah perubahan APBD (kosong bila tidak ada)', contoh: 1300000000 },
  ] },
  { nama: 'Indikator', kolom: [
    { ...KODE, contoh: 'IKU.1' },
    { kunci: 'kode_tujuan', petunjuk: 'isi tepat satu dari kode_tujuan, kode_sasaran, kode_program: yang diukur indikator ini', contoh: '', lebar: 12 },
    { kunci: 'kode_sasaran', petunjuk: 'kode sasaran yang diukur', contoh: 'S.1.1', lebar: 12 },
    { kunci: 'kode_program', petunjuk: 'kode program/kegiatan/sub kegiatan yang diukur', contoh: '', lebar: 14 },
    { kunci: 'uraian', wajib: true, petunjuk: 'uraian indikator', contoh: 'Indeks Profesionalitas ASN', lebar: 50 },
    { kunci: 'satuan', wajib: true, petunjuk: 'satuan: %, indeks, nilai, SK, orang...', contoh: 'indeks', lebar: 10 },
    { kunci: 'polaritas', wajib: true, petunjuk: 'positif (makin besar makin baik) atau negatif (makin kecil makin baik)', contoh: 'positif', pilihan: POLARITAS, lebar: 10 },
    { kunci: 'agregasi', wajib: true, petunjuk: 'kumulatif (tribulan dijumlah), snapshot (nilai akhir periode) atau rata_rata', contoh: 'snapshot', pilihan: CARA_AGREGASI,
      lebar: 12 },
    { kunci: 'formula', petunjuk: 'rumus perhitungan (teks)', contoh: 'Rata-rata nilai IP ASN seluruh PNS', lebar: 30 },
    { kunci: 'sumber_data', petunjuk: 'sumber data (teks)', contoh: 'SIMASN', lebar: 16 },
    { kunci: 'sumber_otomatis', petunjuk: `kosong bila realisasi diisi manual; atau salah satu: ${SUMBER_OTOMATIS.map((s) => `${s} (${LABEL_SUMBER_OTOMATIS[s]})`).join('; ')}`,
      contoh: 'ip_asn', pilihan: SUMBER_OTOMATIS, lebar: 16 },
    { kunci: 'baseline', petunjuk: 'kondisi awal (angka)', contoh: 52.1, lebar: 10 },
    { kunci: 'tahun_baseline', petunjuk: 'tahun kondisi awal', contoh: 2020, lebar: 10 },
    { kunci: 'target_akhir', petunjuk: 'target akhir periode Renstra (angka)', contoh: 60, lebar: 10 },
    { kunci: 'angka_nasional', petunjuk: 'angka nasional pembanding (angka)', contoh: 58.4, lebar: 10 },
    { kunci: 'urutan', petunjuk: 'urutan tampil, 0-999', contoh: 1, lebar: 8 },
    { kunci: 'program_pendukung', petunjuk: 'kode program/kegiatan/sub kegiatan yang mendukung, dipisah titik koma (;)', contoh: '5.03.02', lebar: 20 },
  ], tahunan: [{ awalan: 'target', petunjuk: 'target tahun itu (angka); seluruh target indikator diganti dengan isi baris ini', contoh: 56.35 }] },
];

/** The header keys of a sheet for a Renstra period. */
export function kunciLembar(l: LembarRenstra, tahun: readonly number[]): string[] {
  return [...l.kolom.map((k) => k.kunci), ...l.tahunan.flatMap((t) => tahun.map((y) => `${t.awalan}_${y}`))];
}

/** A cell as text ('' when empty). */
export function teksSel(v: NilaiSel | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

/** A cell as a number: null when empty, a reason when it is not a number. */
export function angkaSel(v: NilaiSel | undefined): { nilai: number | null } | { alasan: string } {
  const s = teksSel(v);
  if (!s) return { nilai: null };
  const h = parseAngka(typeof v === 'number' ? v : s);
  return h.ok ? { nilai: h.nilai } : { alasan: h.alasan };
}
