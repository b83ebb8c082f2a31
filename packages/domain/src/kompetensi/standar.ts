import { berhasil, gagal, type Hasil } from '../hasil.ts';
import type { AturanBerversi } from '../indeks/aturan.ts';

/**
 * Standar kompetensi jabatan (PermenPAN-RB 38/2017, RULES.md section 11): the managerial and
 * socio-cultural competencies with their levels 1-5, technical ones per instansi (data), the
 * job-person match (JPM) of a person against the standard of a jabatan with the instansi's bands,
 * and the gaps a development suggestion starts from.
 */

export type KelompokKompetensi = 'manajerial' | 'sosial_kultural' | 'teknis';
export const LABEL_KELOMPOK_KOMPETENSI: Record<KelompokKompetensi, string> = { manajerial: 'Manajerial', sosial_kultural: 'Sosial Kultural', teknis: 'Teknis' };

export interface Kompetensi {
  kode: string;
  nama: string;
  kelompok: KelompokKompetensi;
}

/** The 8 managerial competencies and the socio-cultural one of PermenPAN-RB 38/2017 (technical ones are the instansi's data). */
export const KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL: readonly Kompetensi[] = [
  { kode: 'integritas', nama: 'Integritas', kelompok: 'manajerial' },
  { kode: 'kerja_sama', nama: 'Kerja Sama', kelompok: 'manajerial' },
  { kode: 'komunikasi', nama: 'Komunikasi', kelompok: 'manajerial' },
  { kode: 'orientasi_pada_hasil', nama: 'Orientasi pada Hasil', kelompok: 'manajerial' },
  { kode: 'pelayanan_publik', nama: 'Pelayanan Publik', kelompok: 'manajerial' },
  { kode: 'pengembangan_diri_dan_orang_lain', nama: 'Pengembangan Diri dan Orang Lain', kelompok: 'manajerial' },
  { kode: 'mengelola_perubahan', nama: 'Mengelola Perubahan', kelompok: 'manajerial' },
  { kode: 'pengambilan_keputusan', nama: 'Pengambilan Keputusan', kelompok: 'manajerial' },
  { kode: 'perekat_bangsa', nama: 'Perekat Bangsa', kelompok: 'sosial_kultural' },
];

/** Levels of a competency (PermenPAN-RB 38/2017). */
export const LEVEL_KOMPETENSI = [1, 2, 3, 4, 5] as const;
export type LevelKompetensi = (typeof LEVEL_KOMPETENSI)[number];

export function parseLevelKompetensi(teks: string | number): Hasil<LevelKompetensi> {
  const s = String(teks ?? '').trim();
  return /^[1-5]$/.test(s) ? berhasil(Number(s) as LevelKompetensi) : gagal(`level kompetensi "${s}" tidak sah (1 sampai 5)`);
}

/** A competency and its level: in a jabatan's standard (the level it needs) or in a person's assessment (the level shown). */
export interface LevelPerKompetensi {
  kode: string;
  level: number;
}

export interface KategoriJpm {
  /** The band holds JPM at or above this (the lowest band: 0). */
  min: number;
  label: string;
}

export interface AturanJpm extends AturanBerversi {
  /** Bands, highest first; a JPM falls in the first whose `min` it reaches. */
  kategori: KategoriJpm[];
}

/** The mapping example of RULES.md section 11 (an instansi sets its own bands). */
export const JPM_CONTOH_2026: AturanJpm = { id: 'jpm-contoh-2026', nama: 'Kategori JPM (contoh): Optimal, Cukup Optimal, Kurang Optimal',
  dasarHukum: 'PermenPAN-RB 38/2017 (standar kompetensi); kategori contoh pemetaan, ditetapkan instansi', berlakuMulai: '2026-01-01',
  catatan: 'JPM = jumlah level pegawai / jumlah level standar x 100 [impl]; kategori per instansi.',
  kategori: [{ min: 90, label: 'Optimal' }, { min: 78, label: 'Cukup Optimal' }, { min: 0, label: 'Kurang Optimal' }] };

export const ATURAN_JPM: Record<string, AturanJpm> = { [JPM_CONTOH_2026.id]: JPM_CONTOH_2026 };
export const ATURAN_JPM_BAWAAN = 'jpm-contoh-2026';

export function aturanJpm(id: string): Hasil<AturanJpm> {
  const a = Object.hasOwn(ATURAN_JPM, id) ? ATURAN_JPM[id] : undefined;
  return a ? berhasil(a) : gagal(`aturan JPM "${id}" tidak dikenal; pilihan: ${Object.keys(ATURAN_JPM).join(', ')}`);
}

export interface KesenjanganKompetensi {
  kode: string;
  standar: number;
  level: number;
  /** level - standar: negative is a gap to close. */
  selisih: number;
}

export interface HasilJpm {
  aturan: string;
  /** JPM %, 2 decimals (halves up). */
  jpm: number;
  /** The band, decided on the exact ratio (an exact 89,996% is Cukup Optimal although it prints 90,00). */
  kategori: string;
  jumlahLevel: number;
  jumlahStandar: number;
  /** Every competency of the standard, in its order. */
  rincian: KesenjanganKompetensi[];
  /** Competencies below the standard, largest gap first (ties in the standard's order): where development starts. */
  kesenjangan: KesenjanganKompetensi[];
}

const levelSah = (x: number) => Number.isInteger(x) && x >= 1 && x <= 5;

/**
 * The JPM of a person against a jabatan's standard: the sum of the person's levels over the sum of
 * the standard's, x 100, on the competencies of the standard (an assessment of a competency the
 * standard does not hold is ignored). Refuses a level outside 1-5, a competency given twice, or a
 * competency of the standard with no assessment.
 */
export function hitungJpm(aturan: AturanJpm, standar: readonly LevelPerKompetensi[], hasil: readonly LevelPerKompetensi[]): Hasil<HasilJpm> {
  if (!standar.length) return gagal('standar kompetensi jabatan kosong');
  const dariHasil = new Map<string, number>();
  for (const h of hasil) {
    if (dariHasil.has(h.kode)) return gagal(`hasil penilaian kompetensi ${h.kode} tercantum dua kali`);
    if (!levelSah(h.level)) return gagal(`level hasil penilaian ${h.kode} harus 1 sampai 5, ditemukan ${h.level}`);
    dariHasil.set(h.kode, h.level);
  }
  const sudah = new Set<string>();
  const rincian: KesenjanganKompetensi[] = [];
  const belum: string[] = [];
  for (const s of standar) {
    if (sudah.has(s.kode)) return gagal(`standar kompetensi ${s.kode} tercantum dua kali`);
    sudah.add(s.kode);
    if (!levelSah(s.level)) return gagal(`level standar ${s.kode} harus 1 sampai 5, ditemukan ${s.level}`);
    const level = dariHasil.get(s.kode);
    if (level === undefined) belum.push(s.kode);
    else rincian.push({ kode: s.kode, standar: s.level, level, selisih: level - s.level });
  }
  if (belum.length) return gagal(`belum ada hasil penilaian untuk ${belum.join(', ')}`);
  const jumlahLevel = rincian.reduce((a, r) => a + r.level, 0);
  const jumlahStandar = rincian.reduce((a, r) => a + r.standar, 0);
  // Whole numbers: round half up of 10000 x level / standar, then / 100.
  const jpm = Math.floor((2 * 10_000 * jumlahLevel + jumlahStandar) / (2 * jumlahStandar)) / 100;
  const kategori = aturan.kategori.find((k) => jumlahLevel * 100 >= k.min * jumlahStandar) ?? aturan.kategori.at(-1)!;
  const kesenjangan = rincian.map((r, i) => ({ r, i })).filter(({ r }) => r.selisih < 0).sort((a, b) => a.r.selisih - b.r.selisih || a.i - b.i).map(({ r }) => r);
  return berhasil({ aturan: aturan.id, jpm, kategori: kategori.label, jumlahLevel, jumlahStandar, rincian, kesenjangan });
}
