import { denganDb, uraikan, z, type Konteks } from '@simasn/platform';
import { renstraUntukDiubah, zId, zKode, zUraian, zUrutan, zVersi } from './renstra.ts';
import { simpanBaris } from './simpan-baris.ts';

export const skemaSimpanTujuan = z.object({
  id: zId.optional(),
  kode: zKode,
  uraian: zUraian,
  urutan: zUrutan,
  versi: zVersi.optional(),
}).refine((t) => t.id === undefined || t.versi !== undefined, { path: ['versi'], message: 'versi data wajib disertakan saat mengubah' });

/** Adds a tujuan to a Renstra, or edits one (with the version read). */
export async function simpanTujuan(ctx: Konteks, renstraId: number, masukan: unknown) {
  const f = uraikan(skemaSimpanTujuan, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    await renstraUntukDiubah(c, renstraId);
    return simpanBaris(c, { tabel: 'tujuan_renstra', renstraId, id: f.id, versi: f.versi, kode: f.kode, kolom: { uraian: f.uraian, urutan: f.urutan } });
  });
}
