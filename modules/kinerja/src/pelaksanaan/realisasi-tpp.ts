import { sql, type Db } from '@simasn/db';
import type { JenisRhk, RhkCapaianSkp } from '@simasn/domain';
import type { PeriodeSkp } from '../aturan-kinerja.ts';

/** An ASN's agreed SKP of a year with every RHK's measured indicator and the period's realisasi figure. */
export interface RealisasiSkpPegawai {
  skpId: number;
  nomorVersi: number;
  /** In the SKP's order: utama first, then tambahan. */
  rhk: RhkCapaianSkp[];
}

interface Baris {
  pegawai_id: string | number;
  skp_id: string | number;
  nomor_versi: number;
  jenis: JenisRhk | null;
  target: number | string | null;
  satuan: string | null;
  realisasi: number | string | null;
}

const angka = (x: number | string | null) => (x === null ? null : Number(x));

/**
 * Every ASN's agreed SKP of `tahun` (the version in force: status `disetujui`; the latest when a
 * person has more than one series) with, per RHK, the year's target of its measured indicator and
 * the realisasi figure reported for `periode` (for modules/tpp: capaian kinerja from SKP
 * realisasi). The measured indicator is the one the realisasi figure is about: the RHK's first
 * quantitative indicator of aspek kuantitas, else its first quantitative one; its target is the
 * range's lower bound. One statement for the whole instansi (set-based), or one ASN with `pegawaiId`.
 * An ASN without an agreed SKP is absent; an agreed SKP without RHK has an empty `rhk`.
 */
export async function realisasiSkpPeriode(db: Db, instansiId: number, tahun: number, periode: PeriodeSkp, pegawaiId?: number): Promise<Map<number, RealisasiSkpPegawai>> {
  const baris = await db.many<Baris>(sql`
    with s as (
      select distinct on (pegawai_id) id, seri_id, nomor_versi, pegawai_id from skp
       where instansi_id = ${instansiId} and tahun = ${tahun} and status = 'disetujui' ${pegawaiId === undefined ? sql`` : sql`and pegawai_id = ${pegawaiId}`}
       order by pegawai_id, id desc)
    select s.pegawai_id, s.id as skp_id, s.nomor_versi, r.jenis, i.target_min as target, i.satuan, x.nilai as realisasi
      from s left join skp_rhk r on r.instansi_id = ${instansiId} and r.skp_id = s.id
      left join lateral (
        select target_min, satuan from skp_indikator i where i.instansi_id = r.instansi_id and i.rhk_id = r.id and i.pendekatan = 'kuantitatif'
         order by (i.aspek = 'kuantitas') desc, i.urutan, i.id limit 1) i on true
      left join skp_realisasi x on x.instansi_id = r.instansi_id and x.skp_seri_id = s.seri_id and x.rhk_akar_id = r.akar_id and x.periode = ${periode}
     order by s.pegawai_id, (r.jenis = 'tambahan'), r.urutan, r.id`);
  const hasil = new Map<number, RealisasiSkpPegawai>();
  for (const b of baris) {
    const p = Number(b.pegawai_id);
    let k = hasil.get(p);
    if (!k) {
      k = { skpId: Number(b.skp_id), nomorVersi: Number(b.nomor_versi), rhk: [] };
      hasil.set(p, k);
    }
    if (b.jenis !== null) k.rhk.push({ jenis: b.jenis, target: angka(b.target), satuan: b.satuan, realisasi: angka(b.realisasi) });
  }
  return hasil;
}
