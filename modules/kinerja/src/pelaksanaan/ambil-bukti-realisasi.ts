import { sql } from '@simasn/db';
import { tidakDitemukan, type Konteks } from '@simasn/platform';
import { syaratSkp } from '../akses.ts';

/** The evidence of a realisasi, for whoever reads a version of that SKP (own, its pejabat penilai, admin OPD/BKD in reach). */
export async function ambilBuktiRealisasiSkp(ctx: Konteks, realisasiId: number) {
  const d = await ctx.db.maybeOne<{ namaBerkas: string, jenisMime: string, isi: Uint8Array }>(sql`
    select d.nama_berkas as "namaBerkas", d.jenis_mime as "jenisMime", d.isi
      from skp_realisasi r join dokumen_bukti d on d.instansi_id = r.instansi_id and d.id = r.bukti_id
     where r.instansi_id = ${ctx.instansiId} and r.id = ${realisasiId}
       and exists (select 1 from skp s join pegawai p on p.instansi_id = s.instansi_id and p.id = s.pegawai_id
                    where s.instansi_id = r.instansi_id and s.seri_id = r.skp_seri_id and ${syaratSkp(ctx, 'kinerja:baca')})`);
  if (!d) throw tidakDitemukan('Bukti realisasi tidak ditemukan.');
  return { ...d, isi: Buffer.from(d.isi) };
}
