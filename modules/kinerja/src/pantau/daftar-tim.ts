import { sql } from '@simasn/db';
import { namaLengkap } from '@simasn/domain';
import { terlarang, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { sqlAtasanLangsung } from '../akses.ts';
import { LABEL_STATUS_SKP, labelPeriode, type StatusSkp } from '../aturan-kinerja.ts';
import { skemaTim } from './pantau.types.ts';
import { tahunAtau, triwulanSelesai } from './tahun.ts';

/**
 * The atasan's team view: their direct reports (whose atasan langsung they are by the structure,
 * or whose SKP names them as pejabat penilai), each with their SKP of the year, whether an
 * agreement waits for the atasan, and who is behind (no agreed SKP, or RHK without realisasi
 * for the last quarter that has ended).
 */
export async function daftarTim(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaTim, masukan);
  const p = wajibMasuk(ctx);
  if (p.pegawaiId === null || !p.peran.some((r) => r.peran === 'atasan') || !p.jalurUnitSendiri) throw terlarang('Tampilan tim untuk atasan langsung.');
  const tahun = tahunAtau(ctx, f.tahun);
  const tw = triwulanSelesai(ctx, tahun);
  const periode = tw === null ? [] : [`tw${tw}`, ...[1, 2, 3].map((m) => `b${String((tw - 1) * 3 + m).padStart(2, '0')}`)];
  const rows = await ctx.db.many<
    { pegawaiId: number, nip: string, nama: string, gelarDepan: string | null, gelarBelakang: string | null, jabatan: string | null, skpId: number | null, status: StatusSkp | null,
      jumlahRhk: number, tanpaRealisasi: number }
  >(sql`
    with tim as (
      select p.id from pegawai p where p.instansi_id = ${ctx.instansiId} and p.kedudukan = 'aktif' and p.jalur_unit like ${`${p.jalurUnitSendiri}%`}
         and p.id <> ${p.pegawaiId} and ${sqlAtasanLangsung('p')} = ${p.pegawaiId}
      union
      select s.pegawai_id from skp s where s.instansi_id = ${ctx.instansiId} and s.tahun = ${tahun} and s.penilai_pegawai_id = ${p.pegawaiId} and s.status <> 'diganti')
    select p.id as "pegawaiId", p.nip, p.nama, p.gelar_depan as "gelarDepan", p.gelar_belakang as "gelarBelakang", j.nama as jabatan, s.id as "skpId", s.status,
           coalesce((select count(*)::int from skp_rhk r where r.instansi_id = s.instansi_id and r.skp_id = s.id), 0) as "jumlahRhk",
           coalesce((select count(*)::int from skp_rhk r where r.instansi_id = s.instansi_id and r.skp_id = s.id
              and not exists (select 1 from skp_realisasi x where x.instansi_id = r.instansi_id and x.skp_seri_id = s.seri_id and x.rhk_akar_id = r.akar_id
                                 and x.periode = any(${periode}::text[]))), 0) as "tanpaRealisasi"
      from tim join pegawai p on p.instansi_id = ${ctx.instansiId} and p.id = tim.id
      left join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
      left join lateral (select s.id, s.status, s.seri_id, s.instansi_id from skp s where s.instansi_id = p.instansi_id and s.pegawai_id = p.id and s.tahun = ${tahun}
                          and s.status <> 'diganti' order by (s.status in ('draf', 'diajukan')) desc, s.nomor_versi desc limit 1) s on true
     order by p.nama, p.id`);
  const items = rows.map((r) => {
    const berlaku = r.status === 'disetujui';
    const tertinggal = !berlaku || (periode.length > 0 && r.tanpaRealisasi > 0);
    const keterangan = r.status === null ?
      'Belum menyusun SKP' :
      r.status === 'diajukan' ?
      'Menunggu persetujuan Anda' :
      r.status === 'draf' ?
      'SKP masih draf' :
      tertinggal ?
      `${r.tanpaRealisasi} RHK belum ada realisasi ${labelPeriode(`tw${tw}`)}` :
      'Sesuai rencana';
    return { pegawaiId: r.pegawaiId, nip: r.nip, nama: namaLengkap(r), jabatan: r.jabatan ?? '', skpId: r.skpId, status: r.status,
      labelStatus: r.status ? LABEL_STATUS_SKP[r.status] : 'Belum ada SKP', jumlahRhk: r.jumlahRhk, rhkTanpaRealisasi: berlaku ? r.tanpaRealisasi : 0, tertinggal,
      perluTindakan: r.status === 'diajukan', keterangan };
  });
  return { tahun, periode: tw === null ? null : `tw${tw}`, labelPeriode: tw === null ? null : labelPeriode(`tw${tw}`), items };
}
