import type { z } from 'zod';
import type { BisaNa, CaraAgregasi, Polaritas } from '@simasn/domain';
import type { BagianNarasi, SaranaPrasarana, skemaTemuanLaporan } from './lkjip.types.ts';

export { BAGIAN_NARASI, DAFTAR_BAGIAN_NARASI, type BagianNarasi, type SaranaPrasarana } from './lkjip.types.ts';

/**
 * Everything one LKjIP says, as data: the assembler (susun-laporan.ts) fills it from the app's
 * records and computations, the document builder (dokumen-lkjip.ts) lays it out. Pure: no I/O,
 * nothing formatted yet, so every figure can be traced back and tested.
 */

export interface Narasi {
  isi: string;
  /** the period it was written for, when carried over from an earlier one */
  dariPeriode: { tahun: number, periode: number } | null;
}

export type Level = 'tujuan' | 'sasaran' | 'program' | 'kegiatan' | 'sub_kegiatan';

export interface IndikatorLkjip {
  kode: string;
  uraian: string;
  satuan: string;
  polaritas: Polaritas;
  agregasi: CaraAgregasi;
  level: Level;
  /** the tujuan / sasaran / program the indicator measures ("Meningkatnya Profesionalitas ASN") */
  pemilik: string;
  target: number | null;
  /** realisasi over the period by the indicator's rule */
  realisasi: BisaNa | null;
  capaian: BisaNa | null;
  /** tribulan 1..4 (null = not entered) */
  tribulan: (BisaNa | null)[];
  tahunLalu: { tahun: number, target: number | null, realisasi: BisaNa | null, capaian: BisaNa | null }[];
  targetAkhir: number | null;
  capaianTerhadapTargetAkhir: BisaNa | null;
  angkaNasional: number | null;
  /** budget of the programs linked to the indicator */
  pagu: number | null;
  realisasiAnggaran: number | null;
  penyerapan: BisaNa | null;
  efisiensi: BisaNa | null;
  /** % of the unit's total pagu serving this indicator (cost per outcome) */
  biayaPerOutcome: BisaNa | null;
  /** names of the linked programs / kegiatan */
  program: string[];
  /** filled from the platform (IP ASN, Sistem Merit...), never typed */
  otomatis: boolean;
  /** which platform measure fills it ('ip_asn', 'sistem_merit'...), null when typed */
  sumberOtomatis: string | null;
}

export interface BarisAnggaran {
  kode: string;
  nama: string;
  tingkat: 'program' | 'kegiatan' | 'sub_kegiatan';
  pagu: number;
  realisasi: number;
  sisa: number;
  penyerapan: BisaNa | null;
}

export interface BarisPersonil {
  label: string;
  l: number;
  p: number;
}

export interface Pejabat {
  nama: string;
  nip: string | null;
  pangkat: string | null;
  jabatan: string;
}

export interface PerjanjianLkjip {
  /** the date of the version in force (an amendment's date when amended) */
  tanggal: string;
  /** the date the PK was first signed (its version 0): what "ditandatangani pada" prints */
  tanggalAwal: string;
  nomorPerubahan: number;
  alasanPerubahan: string | null;
  pihakPertama: Pejabat;
  pihakKedua: Pejabat;
  indikator: { sasaran: string, uraian: string, satuan: string, target: number }[];
  anggaran: { kode: string, nama: string, anggaran: number }[];
  jumlahAnggaran: number;
}

export interface DimensiGrafik {
  nama: string;
  nilai: number | null;
  maksimum: number;
}

export interface LaporanLkjip {
  instansi: { nama: string, ibuKota: string | null };
  unit: { id: number, kode: string, nama: string };
  tahun: number;
  /** null: the whole year */
  tribulan: number | null;
  /** ISO date the report is dated (place and date above signatures) */
  tanggal: string;
  kepala: Pejabat | null;
  narasi: Partial<Record<BagianNarasi, Narasi>>;
  // Bab I
  struktur: { nama: string, tingkat: number }[];
  personil: { jabatan: BarisPersonil[], golongan: BarisPersonil[], pendidikan: BarisPersonil[] };
  sarana: SaranaPrasarana[];
  // Bab II
  renstra: { nama: string, tahunAwal: number, tahunAkhir: number,
    tujuan: { kode: string, uraian: string, indikator: IndikatorRenstraLkjip[], sasaran: { kode: string, uraian: string, indikator: IndikatorRenstraLkjip[] }[] }[] } | null;
  pk: PerjanjianLkjip | null;
  // Bab III
  kebijakanCapaian: string;
  /** the cap applied to capaian (percent), null when none */
  batasCapaian: number | null;
  indikator: IndikatorLkjip[];
  ringkasan: { rataRataCapaian: number | null, penyerapan: BisaNa | null, efisiensi: BisaNa | null };
  anggaran: { total: { pagu: number, realisasi: number, sisa: number, penyerapan: BisaNa | null }, baris: BarisAnggaran[] };
  /** the IP ASN behind Grafik 3.1: the same measurement as the IP ASN indicator's realisasi when there is one */
  ipAsn: { tanggal: string, nilai: number, dimensi: DimensiGrafik[] } | null;
  /** the year's merit self-assessment behind Grafik 3.2; `final` false: a draft (its indicator stays N/A) */
  merit: { tahun: number, indeks: number, kategori: string, final: boolean, aspek: DimensiGrafik[] } | null;
  /** consistency findings on the assembled tables (periksaLkjip); generation stops on any */
  temuan: TemuanLaporan[];
}

/** A figure of the assembled report that does not follow from its inputs (generation stops); the shape is the contract's. */
export type TemuanLaporan = z.output<typeof skemaTemuanLaporan>;

export interface IndikatorRenstraLkjip {
  kode: string;
  uraian: string;
  satuan: string;
  formula: string | null;
  baseline: number | null;
  target: { tahun: number, target: number }[];
  targetAkhir: number | null;
}

export function namaPeriode(l: Pick<LaporanLkjip, 'tahun' | 'tribulan'>): string {
  return l.tribulan ? `Tribulan ${['I', 'II', 'III', 'IV'][l.tribulan - 1]} Tahun ${l.tahun}` : `Tahun ${l.tahun}`;
}
