import { ATURAN_IP_ASN, ATURAN_IP_ASN_BAWAAN, berhasil, cariAturan, gagal, HUKDIS_IP_ASN, hitungIpAsn, parseJenisJabatan, parseNip, parsePendidikan, PREDIKAT_KINERJA_IP_ASN,
  PREDIKAT_MASUKAN_IP_ASN, type Hasil, type HukdisIpAsn, type JenisJabatan, type PredikatMasukanIpAsn, type TingkatPendidikan } from '@simasn/domain';
import type { Kalkulator, MasalahMasukan } from './kalkulator.ts';

interface BarisIpAsn {
  nip: string;
  jenis_jabatan: JenisJabatan;
  pendidikan: TingkatPendidikan;
  diklat_kepemimpinan: boolean;
  diklat_fungsional: boolean;
  diklat_teknis: boolean;
  seminar: boolean;
  predikat_kinerja: PredikatMasukanIpAsn;
  hukuman_disiplin: HukdisIpAsn;
}

interface NilaiKeluaran {
  kualifikasi: number;
  kompetensi: number;
  kinerja: number;
  disiplin: number;
  total: number;
}

interface KeluaranIpAsn {
  aturan: string;
  jumlah_pegawai: number;
  rata_rata: NilaiKeluaran;
  kategori: string;
  pegawai: ({ nip: string } & NilaiKeluaran)[];
}

const kode = (teks: string) => teks.trim().toLowerCase().replace(/[\s-]+/g, '_');

function bacaNip(teks: string): Hasil<string> {
  const h = parseNip(teks);
  return h.ok ? berhasil(h.nilai.nip) : h;
}

function bacaYaTidak(teks: string): Hasil<boolean> {
  const k = kode(teks);
  if (['ya', 'y', '1', 'true'].includes(k)) return berhasil(true);
  if (['tidak', 't', '0', 'false'].includes(k)) return berhasil(false);
  return gagal('harus ya atau tidak');
}

function bacaPredikat(teks: string): Hasil<PredikatMasukanIpAsn> {
  const k = kode(teks);
  return (PREDIKAT_MASUKAN_IP_ASN as readonly string[]).includes(k)
    ? berhasil(k as PredikatMasukanIpAsn)
    : gagal(`predikat kinerja tidak dikenal (${PREDIKAT_KINERJA_IP_ASN.join(', ')})`);
}

function bacaHukdis(teks: string): Hasil<HukdisIpAsn> {
  const k = kode(teks);
  return (HUKDIS_IP_ASN as readonly string[]).includes(k) ? berhasil(k as HukdisIpAsn) : gagal(`hukuman disiplin tidak dikenal (${HUKDIS_IP_ASN.join(', ')})`);
}

const angka = (n: NilaiKeluaran): NilaiKeluaran => ({ kualifikasi: n.kualifikasi, kompetensi: n.kompetensi, kinerja: n.kinerja, disiplin: n.disiplin, total: n.total });

/**
 * `simasn hitung ip-asn --input FILE [--aturan ID]`: the IP ASN of a group of PNS, one PNS a row
 * (RULES.md section 2). Averages are exact means rounded to 2 decimals, the total the sum of the
 * exact means; the category is read on the rounded total.
 */
export const IP_ASN: Kalkulator<BarisIpAsn, KeluaranIpAsn> = {
  ringkas:
    `Indeks Profesionalitas ASN: --input FILE (kolom nip, jenis_jabatan, pendidikan, diklat_kepemimpinan, diklat_fungsional, diklat_teknis, seminar, predikat_kinerja, hukuman_disiplin) [--aturan ${
      Object.keys(ATURAN_IP_ASN).join('|')
    }, bawaan ${ATURAN_IP_ASN_BAWAAN}]`,
  kolom: { nip: { baca: bacaNip }, jenis_jabatan: { baca: parseJenisJabatan }, pendidikan: { baca: parsePendidikan }, diklat_kepemimpinan: { baca: bacaYaTidak },
    diklat_fungsional: { baca: bacaYaTidak }, diklat_teknis: { baca: bacaYaTidak }, seminar: { baca: bacaYaTidak }, predikat_kinerja: { baca: bacaPredikat },
    hukuman_disiplin: { baca: bacaHukdis } },
  opsi: { aturan: { type: 'string' } },
  hitung: (baris, opsi) => {
    const a = cariAturan(ATURAN_IP_ASN, opsi.aturan === undefined ? ATURAN_IP_ASN_BAWAAN : String(opsi.aturan));
    if (!a.ok) return { ok: false, masalah: [{ baris: null, kolom: '--aturan', alasan: a.alasan }] };
    const masalah: MasalahMasukan[] = [];
    const barisNip = new Map<string, number>();
    for (const b of baris) {
      const lain = barisNip.get(b.nilai.nip);
      if (lain !== undefined) {masalah.push({ baris: b.baris, kolom: 'nip',
          alasan: `NIP ${b.nilai.nip} sudah ada pada baris ${lain}; satu pegawai satu baris (baris ${lain} dan ${b.baris})` });} else barisNip.set(b.nilai.nip, b.baris);
    }
    if (masalah.length) return { ok: false, masalah };
    const h = hitungIpAsn(
      baris.map(({ nilai: v }) => ({ jenisJabatan: v.jenis_jabatan, pendidikan: v.pendidikan, diklatKepemimpinan: v.diklat_kepemimpinan, diklatFungsional: v.diklat_fungsional,
        diklatTeknis: v.diklat_teknis, seminar: v.seminar, predikatKinerja: v.predikat_kinerja, hukumanDisiplin: v.hukuman_disiplin })
      ),
      a.nilai,
    );
    if (!h.ok) return { ok: false, masalah: [{ baris: null, kolom: null, alasan: h.alasan }] };
    const r = h.nilai;
    return { ok: true,
      keluaran: { aturan: r.aturan, jumlah_pegawai: r.jumlahPegawai, rata_rata: angka(r.rataRata), kategori: r.kategori,
        pegawai: r.pegawai.map((p, i) => ({ nip: baris[i]!.nilai.nip, ...angka(p) })) } };
  },
};
