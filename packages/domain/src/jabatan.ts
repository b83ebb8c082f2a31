import { berhasil, gagal, type Hasil } from './hasil.ts';

/** Jenis jabatan as SIASN and the IP ASN rules group them. */
export const JENIS_JABATAN = ['struktural', 'fungsional', 'pelaksana'] as const;
export type JenisJabatan = (typeof JENIS_JABATAN)[number];

/** Structural levels (UU 20/2023 names): JPT utama/madya/pratama, administrator, pengawas. */
export const TINGKAT_STRUKTURAL = ['jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas'] as const;
export type TingkatStruktural = (typeof TINGKAT_STRUKTURAL)[number];

export const ESELON = ['I.a', 'I.b', 'II.a', 'II.b', 'III.a', 'III.b', 'IV.a', 'IV.b'] as const;
export type Eselon = (typeof ESELON)[number];

const ESELON_TINGKAT: Record<Eselon, TingkatStruktural> = { 'I.a': 'jpt_madya', 'I.b': 'jpt_madya', 'II.a': 'jpt_pratama', 'II.b': 'jpt_pratama', 'III.a': 'administrator',
  'III.b': 'administrator', 'IV.a': 'pengawas', 'IV.b': 'pengawas' };

export function tingkatDariEselon(eselon: Eselon): TingkatStruktural {
  return ESELON_TINGKAT[eselon];
}

/** Jenjang jabatan fungsional: keterampilan (pemula..penyelia) and keahlian (ahli pertama..utama). */
export const JENJANG_FUNGSIONAL = [
  'pemula',
  'terampil',
  'mahir',
  'penyelia',
  'ahli_pertama',
  'ahli_muda',
  'ahli_madya',
  'ahli_utama',
] as const;
export type JenjangFungsional = (typeof JENJANG_FUNGSIONAL)[number];

export const LABEL_JENJANG: Record<JenjangFungsional, string> = { pemula: 'Pemula', terampil: 'Terampil', mahir: 'Mahir', penyelia: 'Penyelia', ahli_pertama: 'Ahli Pertama',
  ahli_muda: 'Ahli Muda', ahli_madya: 'Ahli Madya', ahli_utama: 'Ahli Utama' };

export const LABEL_TINGKAT_STRUKTURAL: Record<TingkatStruktural, string> = { jpt_utama: 'JPT Utama', jpt_madya: 'JPT Madya', jpt_pratama: 'JPT Pratama',
  administrator: 'Administrator', pengawas: 'Pengawas' };

export const LABEL_JENIS_JABATAN: Record<JenisJabatan, string> = { struktural: 'Struktural', fungsional: 'Fungsional', pelaksana: 'Pelaksana' };

/** Kelas jabatan runs 1 to 17 (PermenPAN-RB 41/2018 evaluasi jabatan). */
export function kelasJabatanSah(kelas: number): boolean {
  return Number.isInteger(kelas) && kelas >= 1 && kelas <= 17;
}

export function parseJenisJabatan(teks: string): Hasil<JenisJabatan> {
  const s = String(teks ?? '').trim().toLowerCase();
  const peta: Record<string, JenisJabatan> = { struktural: 'struktural', jpt: 'struktural', administrator: 'struktural', pengawas: 'struktural', fungsional: 'fungsional',
    jf: 'fungsional', 'fungsional tertentu': 'fungsional', pelaksana: 'pelaksana', 'fungsional umum': 'pelaksana', jfu: 'pelaksana' };
  const j = peta[s];
  return j ? berhasil(j) : gagal(`jenis jabatan "${teks}" tidak dikenal (struktural, fungsional, pelaksana)`);
}

/** What a jabatan is, as far as the rules care (BUP, IP ASN kompetensi). */
export interface SifatJabatan {
  jenis: JenisJabatan;
  tingkatStruktural?: TingkatStruktural | null;
  jenjang?: JenjangFungsional | null;
  /** BUP set by a special law for this jabatan fungsional (guru 60, dosen 65...). */
  bupKhusus?: number | null;
}
