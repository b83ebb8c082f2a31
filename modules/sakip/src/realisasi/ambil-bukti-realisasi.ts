import { sql } from '@simasn/db';
import { tidakDitemukan, type Konteks } from '@simasn/platform';
import { indikatorDalamLingkup } from './indikator.ts';

/** The bytes of an evidence document of an indicator's realisasi, inside the caller's reach. */
export async function ambilBuktiRealisasi(ctx: Konteks, indikatorId: number, dokumenId: number) {
  await indikatorDalamLingkup(ctx, indikatorId, 'sakip:baca');
  const d = await ctx.db.maybeOne<{ namaBerkas: string, jenisMime: string, isi: Uint8Array }>(sql`
    select d.nama_berkas as "namaBerkas", d.jenis_mime as "jenisMime", d.isi
      from realisasi_bukti b join dokumen_bukti d on d.instansi_id = b.instansi_id and d.id = b.dokumen_id
     where b.instansi_id = ${ctx.instansiId} and b.indikator_id = ${indikatorId} and b.dokumen_id = ${dokumenId}`);
  if (!d) throw tidakDitemukan('Dokumen bukti tidak ditemukan.');
  return { ...d, isi: Buffer.from(d.isi) };
}
