import { sql } from '@simasn/db';
import { cekDistribusiPredikat, LABEL_PREDIKAT, type PredikatKinerja, type PredikatOrganisasi, type RatingEkspektasi } from '@simasn/domain';
import type { Konteks } from '@simasn/platform';
import { labelPeriode } from '../aturan-kinerja.ts';
import type { BarisSkp } from '../skp/skp.ts';

export interface BarisPenilaian {
  id: number;
  periode: string;
  ratingHasil: RatingEkspektasi;
  alasanHasil: string;
  ratingPerilaku: RatingEkspektasi;
  alasanPerilaku: string;
  predikat: PredikatKinerja;
  status: 'draf' | 'final';
  penilaiNip: string | null;
  penilaiNama: string;
  penilaiJabatan: string;
  penilaiGolongan: string | null;
  penilaiUnor: string | null;
  versi: number;
  difinalkanPada: Date | null;
  catatan: string | null;
  usulanHasil: RatingEkspektasi | null;
  alasanBedaUsulan: string | null;
}

export const KOLOM_PENILAIAN = sql`id, periode, rating_hasil as "ratingHasil", alasan_hasil as "alasanHasil", rating_perilaku as "ratingPerilaku",
  alasan_perilaku as "alasanPerilaku", predikat, status, penilai_nip as "penilaiNip", penilai_nama as "penilaiNama", penilai_jabatan as "penilaiJabatan",
  penilai_golongan as "penilaiGolongan", penilai_unor as "penilaiUnor", versi, difinalkan_pada as "difinalkanPada", catatan,
  usulan_hasil as "usulanHasil", alasan_beda_usulan as "alasanBedaUsulan"`;

export const tampilPenilaian = (p: BarisPenilaian) => ({ id: p.id, periode: p.periode, labelPeriode: labelPeriode(p.periode), ratingHasil: p.ratingHasil,
  alasanHasil: p.alasanHasil, ratingPerilaku: p.ratingPerilaku, alasanPerilaku: p.alasanPerilaku, predikat: p.predikat, labelPredikat: LABEL_PREDIKAT[p.predikat], status: p.status,
  penilai: { nip: p.penilaiNip, nama: p.penilaiNama, jabatan: p.penilaiJabatan, golongan: p.penilaiGolongan, unor: p.penilaiUnor }, versi: p.versi,
  difinalkanPada: p.difinalkanPada, catatan: p.catatan, usulanHasil: p.usulanHasil, alasanBedaUsulan: p.alasanBedaUsulan });

/**
 * The distribution check of the perangkat daerah the SKP belongs to, for one period: how many of
 * its rated employees hold each predikat (drafts and final ones, `ganti` counted in place of this
 * SKP's own), and the warnings of packages/domain's rule against the predikat kinerja organisasi.
 */
export async function periksaDistribusi(ctx: Konteks, s: BarisSkp, periode: string, ganti: PredikatKinerja, predikatOrganisasi: PredikatOrganisasi) {
  const rows = await ctx.db.many<{ predikat: PredikatKinerja, n: number }>(sql`
    select n.predikat, count(*)::int as n from skp_penilaian n join skp s on s.instansi_id = n.instansi_id and s.id = n.skp_seri_id
      join unit_organisasi u on u.instansi_id = s.instansi_id and u.id = s.unit_id
     where n.instansi_id = ${ctx.instansiId} and n.periode = ${periode} and s.tahun = ${s.tahun} and n.skp_seri_id <> ${s.seriId}
       and u.perangkat_daerah_id = (select perangkat_daerah_id from unit_organisasi where instansi_id = ${ctx.instansiId} and id = ${s.unitId ?? 0})
     group by n.predikat`);
  const hitungan: Record<string, number> = Object.fromEntries(rows.map((r) => [r.predikat, r.n]));
  hitungan[ganti] = (hitungan[ganti] ?? 0) + 1;
  const peringatan = cekDistribusiPredikat(predikatOrganisasi, hitungan).map((w) => ({ pesan: w.pesan, jumlah: w.jumlah, total: w.total, persen: w.persen }));
  return { hitungan, peringatan };
}
