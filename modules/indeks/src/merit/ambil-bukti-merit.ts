import { sql } from '@simasn/db';
import { tidakDitemukan, type Konteks } from '@simasn/platform';
import type { JenisBukti } from '../bukti/dokumen-bukti.ts';
import { izinBaca } from './penilaian.ts';
import { skemaBuktiMerit } from './merit.types.ts';

export { skemaBuktiMerit };

/** An evidence document's bytes, reached through a sub-aspect of an assessment of the caller's instansi. */
export async function ambilBuktiMerit(ctx: Konteks, penilaianId: number, dokumenId: number): Promise<{ namaBerkas: string, jenisMime: JenisBukti, isi: Buffer }> {
  izinBaca(ctx);
  const r = await ctx.db.maybeOne<{ nama_berkas: string, jenis_mime: JenisBukti, isi: Uint8Array }>(sql`
    select d.nama_berkas, d.jenis_mime, d.isi
      from dokumen_bukti d
     where d.instansi_id = ${ctx.instansiId} and d.id = ${dokumenId}
       and exists (select 1 from skor_merit s
                    where s.instansi_id = d.instansi_id and s.penilaian_id = ${penilaianId} and s.dokumen_id = d.id)`);
  if (!r) throw tidakDitemukan('Dokumen bukti tidak ditemukan.');
  return { namaBerkas: r.nama_berkas, jenisMime: r.jenis_mime, isi: Buffer.from(r.isi) };
}
