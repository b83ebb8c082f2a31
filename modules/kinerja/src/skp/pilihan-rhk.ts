import { sql } from '@simasn/db';
import { bacaPkBerlaku } from '@simasn/sakip';
import type { Konteks } from '@simasn/platform';
import type { StatusSkp } from '../aturan-kinerja.ts';
import { skpDalamLingkup, susunSkp } from './skp.ts';

/**
 * What the RHK of an SKP may come from: the RHK of the pejabat penilai's SKP of the same year
 * (their newest version, with how many of this SKP's RHK already intervene each), and the
 * employee's own Perjanjian Kinerja of the year (a head's RHK taken from its indicators).
 */
export async function pilihanRhk(ctx: Konteks, skpId: number) {
  const s = await skpDalamLingkup(ctx, skpId, 'kinerja:baca');
  const skp = await susunSkp(ctx, s);
  const rhkAtasan = s.penilaiPegawaiId === null ? [] : await ctx.db.many<{ akarId: number, jenis: 'utama' | 'tambahan', uraian: string, statusSkp: StatusSkp }>(sql`
    with terbaru as (
      select id, status from skp where instansi_id = ${ctx.instansiId} and pegawai_id = ${s.penilaiPegawaiId} and tahun = ${s.tahun} and status <> 'diganti'
       order by (status = 'disetujui') desc, nomor_versi desc limit 1)
    select r.akar_id as "akarId", r.jenis, r.uraian, t.status as "statusSkp" from skp_rhk r join terbaru t on r.skp_id = t.id
     where r.instansi_id = ${ctx.instansiId} order by (r.jenis = 'tambahan'), r.urutan, r.id`);
  const pk = (await bacaPkBerlaku(ctx, { tahun: s.tahun, pegawaiId: s.pegawaiId }))[0];
  const diambil = new Set(skp.rhk.map((r) => r.dariPk?.indikatorId).filter((x) => x !== undefined));
  return { penilai: skp.penilai, rhkAtasan: rhkAtasan.map((r) => ({ ...r, dipakai: skp.rhk.filter((x) => x.rhkAtasanAkarId === r.akarId).length })),
    pk: pk ? { pkId: pk.pkId, status: pk.status, jabatan: pk.jabatan, indikator: pk.indikator.map((x) => ({ ...x, sudahDiambil: diambil.has(x.indikatorId) })) } : null };
}
