import { sql } from '@simasn/db';
import { lingkup, syaratLingkup, tidakDitemukan, type Konteks } from '@simasn/platform';

/** The evidence of an activity, for the employee and whoever reads their activities (aktivitas:baca reach). */
export async function ambilBuktiAktivitas(ctx: Konteks, id: number) {
  const l = lingkup(ctx, 'aktivitas:baca');
  const d = await ctx.db.maybeOne<{ namaBerkas: string, jenisMime: string, isi: Uint8Array }>(sql`
    select d.nama_berkas as "namaBerkas", d.jenis_mime as "jenisMime", d.isi
      from aktivitas_harian a join pegawai p on p.instansi_id = a.instansi_id and p.id = a.pegawai_id
      join dokumen_bukti d on d.instansi_id = a.instansi_id and d.id = a.bukti_id
     where a.instansi_id = ${ctx.instansiId} and a.id = ${id} and ${syaratLingkup(l)}`);
  if (!d) throw tidakDitemukan('Bukti aktivitas tidak ditemukan.');
  return { ...d, isi: Buffer.from(d.isi) };
}
