/**
 * Code lists of the riwayat (history) records: diklat, SKP, hukuman disiplin, keluarga, and the
 * identity enumerations. Labels are what the UI and documents print.
 */

/** Jenis diklat as the IP ASN kompetensi dimension reads them (RULES.md section 2). */
export const JENIS_DIKLAT = ['kepemimpinan', 'fungsional', 'teknis', 'seminar'] as const;
export type JenisDiklat = (typeof JENIS_DIKLAT)[number];
export const LABEL_JENIS_DIKLAT: Record<JenisDiklat, string> = { kepemimpinan: 'Diklat Kepemimpinan', fungsional: 'Diklat Fungsional', teknis: 'Diklat Teknis',
  seminar: 'Seminar/Workshop/Sejenisnya' };

/** Levels of diklat kepemimpinan, old (PIM) and new (PKN/PKA/PKP) names. */
export const TINGKAT_DIKLAT_KEPEMIMPINAN = ['PIM I', 'PIM II', 'PIM III', 'PIM IV', 'PKN I', 'PKN II', 'PKA', 'PKP'] as const;

/**
 * SKP predikat. The 2022 scale (PermenPAN-RB 6/2022) and the PP 46/2011 scale; there is no
 * official mapping between them (RULES.md: open), so both are stored as recorded.
 */
export const PREDIKAT_SKP = [
  'sangat_baik',
  'baik',
  'butuh_perbaikan',
  'kurang',
  'sangat_kurang',
  'cukup',
  'buruk',
] as const;
export type PredikatSkp = (typeof PREDIKAT_SKP)[number];
export const LABEL_PREDIKAT_SKP: Record<PredikatSkp, string> = { sangat_baik: 'Sangat Baik', baik: 'Baik', butuh_perbaikan: 'Butuh Perbaikan', kurang: 'Kurang',
  sangat_kurang: 'Sangat Kurang', cukup: 'Cukup', buruk: 'Buruk' };

/**
 * PP 46/2011 score bands: 91-100 Sangat Baik, 76-90 Baik, 61-75 Cukup, 51-60 Kurang, <=50 Buruk.
 * Scores carry decimals (90,9): a band starts at its whole-number lower bound.
 */
export function predikatNilaiSkpLama(nilai: number): PredikatSkp {
  if (nilai >= 91) return 'sangat_baik';
  if (nilai >= 76) return 'baik';
  if (nilai >= 61) return 'cukup';
  if (nilai >= 51) return 'kurang';
  return 'buruk';
}

export function parsePredikatSkp(teks: string): PredikatSkp | undefined {
  const k = String(teks ?? '').trim().toLowerCase().replace(/[\s-]+/g, '_');
  return (PREDIKAT_SKP as readonly string[]).includes(k) ? (k as PredikatSkp) : undefined;
}

/** Hukuman disiplin, PP 94/2021 Pasal 8 (RULES.md section 1). */
export const TINGKAT_HUKDIS = ['ringan', 'sedang', 'berat'] as const;
export type TingkatHukdis = (typeof TINGKAT_HUKDIS)[number];

export const JENIS_HUKDIS = { teguran_lisan: { tingkat: 'ringan', label: 'Teguran lisan', bulan: [0] },
  teguran_tertulis: { tingkat: 'ringan', label: 'Teguran tertulis', bulan: [0] },
  pernyataan_tidak_puas: { tingkat: 'ringan', label: 'Pernyataan tidak puas secara tertulis', bulan: [0] },
  potong_tukin_6: { tingkat: 'sedang', label: 'Pemotongan tunjangan kinerja 25% selama 6 bulan', bulan: [6] },
  potong_tukin_9: { tingkat: 'sedang', label: 'Pemotongan tunjangan kinerja 25% selama 9 bulan', bulan: [9] },
  potong_tukin_12: { tingkat: 'sedang', label: 'Pemotongan tunjangan kinerja 25% selama 12 bulan', bulan: [12] },
  penurunan_jabatan: { tingkat: 'berat', label: 'Penurunan jabatan setingkat lebih rendah selama 12 bulan', bulan: [12] },
  pembebasan_jabatan: { tingkat: 'berat', label: 'Pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan', bulan: [12] },
  pdhtaps: { tingkat: 'berat', label: 'Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS', bulan: [0] } } as const satisfies Record<string,
    { tingkat: TingkatHukdis, label: string, bulan: number[] }>;
export type JenisHukdis = keyof typeof JENIS_HUKDIS;
export const KODE_JENIS_HUKDIS = Object.keys(JENIS_HUKDIS) as JenisHukdis[];

/** Unexcused-absence days in a year -> the level of hukuman disiplin (PP 94/2021 Pasal 9-11). */
export function tingkatHukdisAlpa(hari: number): TingkatHukdis | null {
  if (hari >= 21) return 'berat';
  if (hari >= 11) return 'sedang';
  if (hari >= 3) return 'ringan';
  return null;
}

export const HUBUNGAN_KELUARGA = ['suami', 'istri', 'anak', 'ayah', 'ibu'] as const;
export type HubunganKeluarga = (typeof HUBUNGAN_KELUARGA)[number];

export const AGAMA = ['Islam', 'Kristen', 'Katolik', 'Hindu', 'Buddha', 'Konghucu', 'Kepercayaan'] as const;
export const STATUS_PERKAWINAN = ['belum_kawin', 'kawin', 'cerai_hidup', 'cerai_mati'] as const;
export const LABEL_STATUS_PERKAWINAN: Record<(typeof STATUS_PERKAWINAN)[number], string> = { belum_kawin: 'Belum Kawin', kawin: 'Kawin', cerai_hidup: 'Cerai Hidup',
  cerai_mati: 'Cerai Mati' };

export const STATUS_KEPEGAWAIAN = ['PNS', 'CPNS', 'PPPK'] as const;
export type StatusKepegawaian = (typeof STATUS_KEPEGAWAIAN)[number];

export const JENIS_KELAMIN = ['L', 'P'] as const;
export const LABEL_JENIS_KELAMIN = { L: 'Laki-laki', P: 'Perempuan' } as const;

/** Jenis kenaikan pangkat as recorded on a riwayat pangkat row. */
export const JENIS_KP = ['cpns', 'pns', 'reguler', 'pilihan_struktural', 'pilihan_fungsional', 'penyesuaian_ijazah', 'pppk', 'lainnya'] as const;
export type JenisKp = (typeof JENIS_KP)[number];

/** NIK: 16 digits (Dukcapil). Only the shape is checked here; the population register is the authority. */
export function nikSah(nik: string): boolean {
  return /^\d{16}$/.test(nik) && nik.slice(0, 2) !== '00';
}

/** Nama lengkap with gelar: `Dr. Budi Santoso, S.H., M.Si.` */
export function namaLengkap(p: { gelarDepan?: string | null, nama: string, gelarBelakang?: string | null }): string {
  const depan = p.gelarDepan?.trim() ? `${p.gelarDepan.trim()} ` : '';
  const belakang = p.gelarBelakang?.trim() ? `, ${p.gelarBelakang.trim()}` : '';
  return `${depan}${p.nama.trim()}${belakang}`;
}
