import { ATURAN_IP_ASN, aturanIpAsnBerlaku, cariAturan, hariIniIso, kepemimpinanSesuai, type AturanIpAsn, type HukdisIpAsn, type JenisJabatan, type PegawaiIpAsn,
  type PredikatMasukanIpAsn, type TingkatPendidikan } from '@simasn/domain';
import { tidakValid, type Konteks } from '@simasn/platform';
import type { FiturPegawai } from './fitur-pegawai.ts';
import { skemaAcuanIpAsn, type AcuanIpAsn } from './ip-asn.types.ts';

export { skemaAcuanIpAsn, type AcuanIpAsn };

/**
 * The reference date: an explicit date; else the end of the given year (today for the running
 * year); else today. The rule set: the one asked for by id, else the one in force on that date.
 */
export function tentukanAcuan(ctx: Konteks, a: AcuanIpAsn): { tanggal: string, aturan: AturanIpAsn } {
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  const tanggal = a.tanggal ?? (a.tahun ? (`${a.tahun}-12-31` < hariIni ? `${a.tahun}-12-31` : hariIni) : hariIni);
  const h = a.aturan ? cariAturan(ATURAN_IP_ASN, a.aturan) : aturanIpAsnBerlaku(tanggal);
  if (!h.ok) throw tidakValid('Aturan IP ASN tidak dikenal.', [{ kolom: 'aturan', pesan: h.alasan }]);
  return { tanggal, aturan: h.nilai };
}

/** The rules' view of one employee's features (default rule set). */
export function kePegawaiIpAsn(f: FiturPegawai): PegawaiIpAsn {
  return menurutAturan(f);
}

/** The same under a rule set (its map of leadership levels); for `array.map`. */
export const pembacaIpAsn = (aturan: AturanIpAsn) => (f: FiturPegawai): PegawaiIpAsn => menurutAturan(f, aturan);

/** An employee without a riwayat jabatan counts as pelaksana. */
function menurutAturan(f: FiturPegawai, aturan?: AturanIpAsn): PegawaiIpAsn {
  const jenis: JenisJabatan = f.jenis_jabatan ?? 'pelaksana';
  return { jenisJabatan: jenis, pendidikan: (f.pendidikan as TingkatPendidikan | null) ?? null,
    diklatKepemimpinan: kepemimpinanSesuai(f.tingkat_struktural, f.kepemimpinan, aturan), diklatFungsional: f.fungsional, diklatTeknis: f.teknis, seminar: f.seminar,
    predikatKinerja: (f.predikat as PredikatMasukanIpAsn | null) ?? null, hukumanDisiplin: (f.hukdis ?? 'tidak_ada') as HukdisIpAsn };
}
