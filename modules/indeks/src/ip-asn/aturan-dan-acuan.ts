import {
  ATURAN_IP_ASN, aturanIpAsnBerlaku, cariAturan, type AturanIpAsn, type HukdisIpAsn, type JenisJabatan, type PegawaiIpAsn,
  type PredikatMasukanIpAsn, type TingkatPendidikan,
} from '@simasn/domain';
import { tidakValid, type Konteks } from '@simasn/platform';
import { KEPEMIMPINAN_DIPERLUKAN, type FiturPegawai } from './fitur-pegawai.ts';
import { skemaAcuanIpAsn, type AcuanIpAsn } from './ip-asn.types.ts';

export { skemaAcuanIpAsn, type AcuanIpAsn };

const isoHari = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10); // WIB

/**
 * The reference date: an explicit date; else the end of the given year (today for the running
 * year); else today. The rule set: the one asked for by id, else the one in force on that date.
 */
export function tentukanAcuan(ctx: Konteks, a: AcuanIpAsn): { tanggal: string; aturan: AturanIpAsn } {
  const hariIni = isoHari(ctx.sekarang());
  const tanggal = a.tanggal ?? (a.tahun ? (`${a.tahun}-12-31` < hariIni ? `${a.tahun}-12-31` : hariIni) : hariIni);
  const h = a.aturan ? cariAturan(ATURAN_IP_ASN, a.aturan) : aturanIpAsnBerlaku(tanggal);
  if (!h.ok) throw tidakValid('Aturan IP ASN tidak dikenal.', [{ kolom: 'aturan', pesan: h.alasan }]);
  return { tanggal, aturan: h.nilai };
}

/** The rules' view of one employee's features. An employee without a riwayat jabatan counts as pelaksana. */
export function kePegawaiIpAsn(f: FiturPegawai): PegawaiIpAsn {
  const jenis: JenisJabatan = f.jenis_jabatan ?? 'pelaksana';
  const perlu = f.tingkat_struktural ? KEPEMIMPINAN_DIPERLUKAN[f.tingkat_struktural] ?? 4 : 4;
  return {
    jenisJabatan: jenis,
    pendidikan: (f.pendidikan as TingkatPendidikan | null) ?? null,
    diklatKepemimpinan: f.kepemimpinan !== null && f.kepemimpinan <= perlu,
    diklatFungsional: f.fungsional,
    diklatTeknis: f.teknis,
    seminar: f.seminar,
    predikatKinerja: (f.predikat as PredikatMasukanIpAsn | null) ?? null,
    hukumanDisiplin: (f.hukdis ?? 'tidak_ada') as HukdisIpAsn,
  };
}
