import { NA } from '@simasn/domain';
import { renderGrafik } from '@simasn/platform/dokumen';
import type { LaporanLkjip } from './model.ts';

/** The charts the seeds show, drawn on the server from the report's own figures. */
export interface GambarLkjip {
  ipAsn: Uint8Array | null;
  merit: Uint8Array | null;
  kinerjaAnggaran: Uint8Array | null;
}

const angka = (x: unknown) => (typeof x === 'number' ? x : null);

export async function gambarLkjip(l: LaporanLkjip): Promise<GambarLkjip> {
  const sasaran = l.indikator.filter((i) => i.level === 'sasaran' && (angka(i.capaian) !== null || angka(i.penyerapan) !== null));
  const [ipAsn, merit, kinerjaAnggaran] = await Promise.all([
    l.ipAsn
      ? renderGrafik({ judul: 'Capaian Dimensi IP ASN dan Bobot Maksimum', label: l.ipAsn.dimensi.map((d) => d.nama), seri: [
        { nama: 'Capaian', nilai: l.ipAsn.dimensi.map((d) => d.nilai) },
        { nama: 'Bobot maksimum', nilai: l.ipAsn.dimensi.map((d) => d.maksimum) },
      ] })
      : null,
    l.merit
      ? renderGrafik({ judul: `Nilai 8 Aspek Sistem Merit Tahun ${l.merit.tahun}${l.merit.final ? '' : ' (draf, belum final)'}`, label: l.merit.aspek.map((a) => a.nama), seri: [
        { nama: 'Nilai', nilai: l.merit.aspek.map((a) => a.nilai) },
        { nama: 'Nilai maksimum', nilai: l.merit.aspek.map((a) => a.maksimum) },
      ], mendatar: true, tinggi: 470 })
      : null,
    sasaran.length
      ? renderGrafik({ judul: 'Capaian Kinerja dan Penyerapan Anggaran (%)', label: sasaran.map((i) => i.uraian), seri: [
        { nama: 'Capaian kinerja', nilai: sasaran.map((i) => (i.capaian === NA ? null : angka(i.capaian))) },
        { nama: 'Penyerapan anggaran', nilai: sasaran.map((i) => (i.penyerapan === NA ? null : angka(i.penyerapan))) },
      ], satuan: 'persen' })
      : null,
  ]);
  return { ipAsn, merit, kinerjaAnggaran };
}
