import { berhasil, gagal, type Hasil } from './hasil.ts';
import { JENJANG_FUNGSIONAL, type JenjangFungsional, type SifatJabatan } from './jabatan.ts';
import { awalBulanBerikutnya, keIso, pecahIso, jumlahHari, tambahBulan, tanggalValid, type TanggalIso } from './tanggal.ts';

/** BUP as a versioned rule set (RULES.md section 1). */
export interface AturanBup {
  id: string;
  dasarHukum: string;
  berlakuMulai: TanggalIso;
  /** Pejabat administrasi: administrator, pengawas, pelaksana. */
  administrasi: number;
  /** Every JPT level (utama, madya, pratama). */
  jpt: number;
  /** Jabatan fungsional by jenjang (keterampilan and keahlian). */
  fungsional: Readonly<Record<JenjangFungsional, number>>;
  /** A jabatan fungsional with no jenjang recorded. */
  fungsionalLain: number;
}

export const ATURAN_BUP_PP11_2017: AturanBup = { id: 'bup-pp11-2017', dasarHukum: 'PP 11/2017 Pasal 239-240 (jo. PP 17/2020)', berlakuMulai: '2017-04-07', administrasi: 58,
  jpt: 60, fungsional: { pemula: 58, terampil: 58, mahir: 58, penyelia: 58, ahli_pertama: 58, ahli_muda: 58, ahli_madya: 60, ahli_utama: 65 }, fungsionalLain: 58 };

/**
 * Batas usia pensiun, PP 11/2017 Pasal 239-240 (RULES.md section 1):
 * 58 for pejabat administrasi (administrator, pengawas, pelaksana) and JF ahli muda, ahli pertama
 * and keterampilan; 60 for JPT and JF ahli madya; 65 for JF ahli utama; a JF whose BUP a law sets
 * (guru, dosen...) follows that law (`bupKhusus`).
 */
export function batasUsiaPensiun(j: SifatJabatan, aturan: AturanBup = ATURAN_BUP_PP11_2017): number {
  if (j.bupKhusus) return j.bupKhusus;
  if (j.jenis === 'struktural') {
    const t = j.tingkatStruktural;
    return t === 'jpt_utama' || t === 'jpt_madya' || t === 'jpt_pratama' ? aturan.jpt : aturan.administrasi;
  }
  if (j.jenis === 'fungsional') return j.jenjang ? aturan.fungsional[j.jenjang] : aturan.fungsionalLain;
  return aturan.administrasi;
}

/** The day the employee turns `bup` years old (29 Feb births turn on 28 Feb in common years). */
export function tanggalCapaiBup(tanggalLahir: TanggalIso, bup: number): TanggalIso {
  const { tahun, bulan, hari } = pecahIso(tanggalLahir);
  const t = tahun + bup;
  return keIso(t, bulan, Math.min(hari, jumlahHari(t, bulan)));
}

/** TMT pensiun: the 1st of the month after the BUP birthday (RULES.md: practice). */
export function tmtPensiun(tanggalLahir: TanggalIso, bup: number): TanggalIso {
  return awalBulanBerikutnya(tanggalCapaiBup(tanggalLahir, bup));
}

export interface HasilPensiun {
  bup: number;
  tanggalBup: TanggalIso;
  tmtPensiun: TanggalIso;
  /** The BUP rule version, or `bup-khusus` when a special law set it. */
  aturan: string;
}

/** BUP, the BUP birthday and TMT pensiun of one employee. */
export function hitungPensiun(tanggalLahir: TanggalIso, j: SifatJabatan, aturan: AturanBup = ATURAN_BUP_PP11_2017): Hasil<HasilPensiun> {
  const p = pecahIso(tanggalLahir);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(tanggalLahir) || !tanggalValid(p.tahun, p.bulan, p.hari)) return gagal(`tanggal lahir "${tanggalLahir}" tidak sah`);
  if (j.bupKhusus !== undefined && j.bupKhusus !== null && !(Number.isInteger(j.bupKhusus) && j.bupKhusus >= 50 && j.bupKhusus <= 70)) {
    return gagal(`BUP khusus ${j.bupKhusus} tidak sah (bilangan bulat 50 sampai 70)`);
  }
  const bup = batasUsiaPensiun(j, aturan);
  return berhasil({ bup, tanggalBup: tanggalCapaiBup(tanggalLahir, bup), tmtPensiun: tmtPensiun(tanggalLahir, bup), aturan: j.bupKhusus ? 'bup-khusus' : aturan.id });
}

/** Jenis jabatan as the pensiun calculator takes it (a JPT of any level has the same BUP). */
export const JENIS_JABATAN_PENSIUN = ['jpt', 'administrator', 'pengawas', 'pelaksana', 'fungsional'] as const;
export type JenisJabatanPensiun = (typeof JENIS_JABATAN_PENSIUN)[number];

/**
 * Builds the `SifatJabatan` for BUP from the calculator's columns: `jenjang` is required for a
 * jabatan fungsional and ignored otherwise.
 */
export function sifatJabatanPensiun(jenis: JenisJabatanPensiun, jenjang?: JenjangFungsional | null, bupKhusus?: number | null): Hasil<SifatJabatan> {
  const khusus = bupKhusus ?? null;
  switch (jenis) {
    case 'jpt':
      return berhasil({ jenis: 'struktural', tingkatStruktural: 'jpt_pratama', bupKhusus: khusus });
    case 'administrator':
      return berhasil({ jenis: 'struktural', tingkatStruktural: 'administrator', bupKhusus: khusus });
    case 'pengawas':
      return berhasil({ jenis: 'struktural', tingkatStruktural: 'pengawas', bupKhusus: khusus });
    case 'pelaksana':
      return berhasil({ jenis: 'pelaksana', bupKhusus: khusus });
    case 'fungsional':
      if (!jenjang) return gagal(`jenjang wajib diisi untuk jabatan fungsional (${JENJANG_FUNGSIONAL.join(', ')})`);
      return berhasil({ jenis: 'fungsional', jenjang, bupKhusus: khusus });
  }
}

/** How far ahead the pensiun list looks (issue 5: the next 24 months). */
export const BULAN_DAFTAR_PENSIUN = 24;

/**
 * Is the BUP birthday within the window: on or before `hariIni` + `bulan` months? An employee
 * already past BUP but still recorded as active is included too (their pension is overdue).
 */
export function dalamDaftarPensiun(h: Pick<HasilPensiun, 'tanggalBup'>, hariIni: TanggalIso, bulan = BULAN_DAFTAR_PENSIUN): boolean {
  return h.tanggalBup <= tambahBulan(hariIni, bulan);
}

/**
 * Birth dates that can fall in the window for any BUP between `bupMin` and `bupMax` years: a
 * cheap prefilter for the query; the exact test is `dalamDaftarPensiun`.
 */
export function rentangLahirDaftarPensiun(hariIni: TanggalIso, bulan = BULAN_DAFTAR_PENSIUN, bupMin = 50): { lahirSampai: TanggalIso } {
  return { lahirSampai: tambahBulan(tambahBulan(hariIni, bulan), -12 * bupMin) };
}
