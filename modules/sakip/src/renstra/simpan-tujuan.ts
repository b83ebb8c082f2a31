import { denganDb, uraikan, type Konteks } from '@simasn/platform';
import { renstraUntukDiubah } from './renstra.ts';
import { skemaSimpanTujuan } from './renstra.types.ts';
import { simpanBaris } from './simpan-baris.ts';

export { skemaSimpanTujuan };

/** Adds a tujuan to a Renstra, or edits one (with the version read). */
export async function simpanTujuan(ctx: Konteks, renstraId: number, masukan: unknown) {
  const f = uraikan(skemaSimpanTujuan, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    await renstraUntukDiubah(c, renstraId);
    return simpanBaris(c, { tabel: 'tujuan_renstra', renstraId, id: f.id, versi: f.versi, kode: f.kode, kolom: { uraian: f.uraian, urutan: f.urutan } });
  });
}
