import { denganDb, konflik, type Konteks } from '@simasn/platform';
import { auditTransisi, bacaUsulan } from '@simasn/platform/alur';
import { JENIS_PENSIUN_LAYANAN } from './dokumen-pensiun.ts';
import { simpanPemeriksaanKeluarga } from './efek-pensiun.ts';

/**
 * Runs the family check of an open pension request again (after the family records or the
 * registry were corrected) and stores the result on the request. Needs the request in reach and
 * the employee's personal data in reach (the registry answer is personal data).
 */
export async function periksaKeluargaPensiun(ctx: Konteks, id: number) {
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const u = await bacaUsulan(c, id, true);
    if (u.jenis !== JENIS_PENSIUN_LAYANAN) throw konflik(`Usulan nomor ${id} bukan usulan pensiun.`);
    if (u.status !== 'diproses' && u.status !== 'dikembalikan') throw konflik(`Usulan nomor ${id} sudah ditutup.`);
    const h = await simpanPemeriksaanKeluarga(c, id, u.nip);
    await auditTransisi(c, u, 'periksa_keluarga', null, { sumber: h.sumber, jumlahSelisih: h.selisih.length });
    return h;
  });
}
