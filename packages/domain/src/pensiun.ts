import type { SifatJabatan } from './jabatan.ts';
import { awalBulanBerikutnya, keIso, pecahIso, jumlahHari, type TanggalIso } from './tanggal.ts';

/**
 * Batas usia pensiun, PP 11/2017 Pasal 239-240 (RULES.md section 1):
 * 58 for pejabat administrasi (administrator, pengawas, pelaksana) and JF ahli muda, ahli pertama
 * and keterampilan; 60 for JPT and JF ahli madya; 65 for JF ahli utama; a JF whose BUP a law sets
 * (guru, dosen...) follows that law (`bupKhusus`).
 */
export function batasUsiaPensiun(j: SifatJabatan): number {
  if (j.bupKhusus) return j.bupKhusus;
  if (j.jenis === 'struktural') {
    const t = j.tingkatStruktural;
    return t === 'jpt_utama' || t === 'jpt_madya' || t === 'jpt_pratama' ? 60 : 58;
  }
  if (j.jenis === 'fungsional') {
    if (j.jenjang === 'ahli_utama') return 65;
    if (j.jenjang === 'ahli_madya') return 60;
    return 58;
  }
  return 58;
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
