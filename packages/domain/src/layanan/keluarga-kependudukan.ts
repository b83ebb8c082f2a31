import { formatTanggal, type TanggalIso } from '../tanggal.ts';

/**
 * Comparing the family an employee recorded in SIMASN with the family card (kartu keluarga) as
 * the population registry (Dukcapil) holds it, for the pension request: the spouse and children
 * are who a widow's/widower's pension and the children's allowance go to, so those are compared.
 * Parents are usually on another card and are left out. [impl: practice of the pension file]
 */
export const HUBUNGAN_KK = ['kepala_keluarga', 'suami', 'istri', 'anak', 'orang_tua', 'mertua', 'famili_lain', 'lainnya'] as const;
export type HubunganKk = (typeof HUBUNGAN_KK)[number];

/** One person as the population registry answers. */
export interface Penduduk {
  nik: string;
  noKk: string;
  nama: string;
  tanggalLahir: TanggalIso | null;
  jenisKelamin: 'L' | 'P' | null;
  hubungan: HubunganKk;
  /** Recorded as deceased (akta kematian). */
  meninggal?: boolean;
}

/** One family member as recorded in SIMASN (table keluarga). */
export interface AnggotaKeluargaSimasn {
  id: number;
  hubungan: 'suami' | 'istri' | 'anak' | 'ayah' | 'ibu';
  nama: string;
  nik: string | null;
  tanggalLahir: TanggalIso | null;
  jenisKelamin: 'L' | 'P' | null;
}

export type JenisSelisih = 'tidak_ada_di_kependudukan' | 'tidak_tercatat_di_simasn' | 'beda_nama' | 'beda_tanggal_lahir' | 'beda_jenis_kelamin' | 'beda_hubungan' | 'nik_kosong'
  | 'meninggal';

/** Each kind of difference in plain words, without the person's details (what a reader without the personal-data right sees). */
export const LABEL_SELISIH_KELUARGA: Readonly<Record<JenisSelisih, string>> = { tidak_ada_di_kependudukan: 'Anggota keluarga tidak ada di kartu keluarga pada data kependudukan',
  tidak_tercatat_di_simasn: 'Ada anggota kartu keluarga yang belum tercatat di SIMASN', beda_nama: 'Nama anggota keluarga berbeda dengan data kependudukan',
  beda_tanggal_lahir: 'Tanggal lahir anggota keluarga berbeda dengan data kependudukan', beda_jenis_kelamin: 'Jenis kelamin anggota keluarga berbeda dengan data kependudukan',
  beda_hubungan: 'Hubungan keluarga berbeda dengan kartu keluarga', nik_kosong: 'NIK belum tercatat di SIMASN',
  meninggal: 'Anggota keluarga tercatat meninggal di data kependudukan' };

export interface SelisihKeluarga {
  jenis: JenisSelisih;
  /** SIMASN's keluarga id, when the difference is about a recorded member. */
  keluargaId: number | null;
  nik: string | null;
  nama: string;
  uraian: string;
}

/** Names compared without case, punctuation, titles' dots and repeated spaces. */
export function normalNama(nama: string): string {
  return nama.toUpperCase().replace(/[^A-Z ]/g, ' ').replace(/\s+/g, ' ').trim();
}

const PASANGAN = new Set(['suami', 'istri']);
/** The card's relation from the employee's point of view: the employee may be the head or the spouse. */
function hubunganSetara(simasn: AnggotaKeluargaSimasn['hubungan'], kk: HubunganKk): boolean {
  if (simasn === 'anak') return kk === 'anak';
  return PASANGAN.has(simasn) && (kk === 'suami' || kk === 'istri' || kk === 'kepala_keluarga');
}

/**
 * The differences between the recorded spouse/children and the family card. `nikPegawai` is the
 * employee's own NIK (their own row on the card is not a family member). Matching: by NIK, else
 * by name and birth date.
 */
export function bandingkanKeluarga(nikPegawai: string, simasn: readonly AnggotaKeluargaSimasn[], kk: readonly Penduduk[]): SelisihKeluarga[] {
  const hasil: SelisihKeluarga[] = [];
  const sisa = kk.filter((p) => p.nik !== nikPegawai && (p.hubungan === 'anak' || p.hubungan === 'suami' || p.hubungan === 'istri' || p.hubungan === 'kepala_keluarga'));
  const pakai = new Set<string>();
  for (const a of simasn.filter((x) => x.hubungan !== 'ayah' && x.hubungan !== 'ibu')) {
    const cocok = (a.nik && sisa.find((p) => p.nik === a.nik && !pakai.has(p.nik)))
      || sisa.find((p) => !pakai.has(p.nik) && normalNama(p.nama) === normalNama(a.nama) && (!a.tanggalLahir || p.tanggalLahir === a.tanggalLahir));
    const dasar = { keluargaId: a.id, nik: a.nik, nama: a.nama };
    if (!a.nik) hasil.push({ ...dasar, jenis: 'nik_kosong', uraian: `NIK ${a.hubungan} ${a.nama} belum tercatat di SIMASN` });
    if (!cocok) {
      hasil.push({ ...dasar, jenis: 'tidak_ada_di_kependudukan', uraian: `${a.hubungan} ${a.nama} tidak ada di kartu keluarga pada data kependudukan` });
      continue;
    }
    pakai.add(cocok.nik);
    if (normalNama(cocok.nama) !== normalNama(a.nama)) {
      hasil.push({ ...dasar, jenis: 'beda_nama', uraian: `nama tercatat "${a.nama}", di data kependudukan "${cocok.nama}"` });
    }
    if (a.tanggalLahir && cocok.tanggalLahir && a.tanggalLahir !== cocok.tanggalLahir) {
      hasil.push({ ...dasar, jenis: 'beda_tanggal_lahir',
        uraian: `tanggal lahir ${a.nama} tercatat ${formatTanggal(a.tanggalLahir)}, di data kependudukan ${formatTanggal(cocok.tanggalLahir)}` });
    }
    if (a.jenisKelamin && cocok.jenisKelamin && a.jenisKelamin !== cocok.jenisKelamin) {
      hasil.push({ ...dasar, jenis: 'beda_jenis_kelamin', uraian: `jenis kelamin ${a.nama} tercatat ${a.jenisKelamin}, di data kependudukan ${cocok.jenisKelamin}` });
    }
    if (!hubunganSetara(a.hubungan, cocok.hubungan)) {
      hasil.push({ ...dasar, jenis: 'beda_hubungan', uraian: `${a.nama} tercatat sebagai ${a.hubungan}, di kartu keluarga sebagai ${cocok.hubungan.replace('_', ' ')}` });
    }
    if (cocok.meninggal) hasil.push({ ...dasar, jenis: 'meninggal', uraian: `${a.nama} tercatat meninggal di data kependudukan` });
  }
  for (const p of sisa) {
    if (pakai.has(p.nik)) continue;
    hasil.push({ jenis: 'tidak_tercatat_di_simasn', keluargaId: null, nik: p.nik, nama: p.nama,
      uraian: `${p.nama} (${p.hubungan.replace('_', ' ')}) ada di kartu keluarga tetapi belum tercatat di SIMASN` });
  }
  return hasil;
}
