import { sql } from '@simasn/db';
import { denganDb, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { renstraUntukDiubah } from './renstra.ts';
import { skemaSimpanSasaran } from './renstra.types.ts';
import { simpanBaris } from './simpan-baris.ts';

export { skemaSimpanSasaran };

/** Adds a sasaran under a tujuan of the same Renstra, or edits one. */
export async function simpanSasaran(ctx: Konteks, renstraId: number, masukan: unknown) {
  const f = uraikan(skemaSimpanSasaran, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    await renstraUntukDiubah(c, renstraId);
    const t = await tx.maybeOne(sql`select 1 as ada from tujuan_renstra where instansi_id = ${ctx.instansiId} and renstra_id = ${renstraId} and id = ${f.tujuanId}`);
    if (!t) throw tidakValid('Tujuan tidak ditemukan.', [{ kolom: 'tujuanId', pesan: `tujuan #${f.tujuanId} bukan bagian dari Renstra ini` }]);
    return simpanBaris(c, { tabel: 'sasaran_renstra', renstraId, id: f.id, versi: f.versi, kode: f.kode, kolom: { tujuan_id: f.tujuanId, uraian: f.uraian, urutan: f.urutan } });
  });
}
