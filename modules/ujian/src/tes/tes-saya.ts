import { sql } from '@simasn/db';
import type { Konteks } from '@simasn/platform';
import { pegawaiPeserta, tutupPercobaanKedaluwarsa } from '../percobaan/percobaan.ts';
import { KOLOM_TES, syaratSasaran, type BarisTes } from './tes.ts';

const LABEL = { belum_dibuka: 'Belum dibuka', dapat_dimulai: 'Dapat dikerjakan', berjalan: 'Sedang dikerjakan', selesai: 'Selesai', terlewat: 'Terlewat' } as const;

/** The tests assigned to the caller (by unit, jabatan or everyone) with their own attempt's state and score. */
export async function tesSaya(ctx: Konteks) {
  const pegawaiId = await pegawaiPeserta(ctx);
  const sekarang = ctx.sekarang();
  await tutupPercobaanKedaluwarsa(ctx.db, ctx.instansiId, sekarang, { pegawaiId });
  const rows = await ctx.db.many<BarisTes & { percobaanId: number | null, status: string | null, total: number | null, lulus: boolean | null }>(sql`
    select ${KOLOM_TES}, c.id as "percobaanId", c.status, c.total::float8 as total, c.lulus
      from tes_ujian t join pegawai p on p.instansi_id = t.instansi_id and p.id = ${pegawaiId}
      left join percobaan_ujian c on c.instansi_id = t.instansi_id and c.tes_id = t.id and c.pegawai_id = p.id
     where t.instansi_id = ${ctx.instansiId} and (${syaratSasaran()} or c.id is not null)
     order by t.ditutup_pada desc, t.id desc limit 200`);
  return { waktuServer: sekarang, items: rows.map((r) => {
    const keadaan: keyof typeof LABEL = r.status === 'selesai' ?
      'selesai' :
      r.status === 'berjalan' ?
      'berjalan' :
      sekarang < r.dibukaPada ?
      'belum_dibuka' :
      sekarang >= r.ditutupPada
      ? 'terlewat'
      : 'dapat_dimulai';
    return { id: r.id, judul: r.judul, menit: r.menit, jumlahButir: r.kategori.reduce((a, k) => a + k.jumlahButir, 0), dibukaPada: r.dibukaPada, ditutupPada: r.ditutupPada,
      keadaan, labelKeadaan: LABEL[keadaan], percobaanId: r.percobaanId, total: r.status === 'selesai' ? r.total : null, lulus: r.status === 'selesai' ? r.lulus : null,
      hasilTersedia: r.status === 'selesai' };
  }) };
}
