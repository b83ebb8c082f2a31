import { raw, sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, tidakDitemukan, uraikan, type Konteks } from '@simasn/platform';
import { renstraUntukDiubah, sudahDiubah } from './renstra.ts';
import { skemaHapusUnsurRenstra, type JENIS_UNSUR_RENSTRA } from './renstra.types.ts';
import { LABEL_TABEL, type TabelRenstra } from './simpan-baris.ts';

const JENIS: Record<(typeof JENIS_UNSUR_RENSTRA)[number], TabelRenstra> = { tujuan: 'tujuan_renstra', sasaran: 'sasaran_renstra', program_kegiatan: 'program_kegiatan',
  indikator: 'indikator_kinerja' };

export { skemaHapusUnsurRenstra };

/**
 * Removes a tujuan, sasaran, program/kegiatan or indicator with everything under it. Refused
 * (409) when a Perjanjian Kinerja already uses it: a signed agreement keeps what it promised.
 */
export async function hapusUnsurRenstra(ctx: Konteks, renstraId: number, masukan: unknown) {
  const f = uraikan(skemaHapusUnsurRenstra, masukan);
  const tabel = JENIS[f.jenis];
  const label = LABEL_TABEL[tabel];
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    await renstraUntukDiubah(c, renstraId);
    const lama = await tx.maybeOne<{ kode: string, versi: number }>(sql`
      select kode, versi from ${raw(tabel)} where instansi_id = ${ctx.instansiId} and renstra_id = ${renstraId} and id = ${f.id} for update`);
    if (!lama) throw tidakDitemukan(`${label} tidak ditemukan di Renstra ini.`);
    if (lama.versi !== f.versi) throw sudahDiubah(`${label} ${lama.kode}`, lama.versi, f.versi);
    try {
      await tx.run(sql`delete from ${raw(tabel)} where instansi_id = ${ctx.instansiId} and id = ${f.id}`);
    } catch (e) {
      if ((e as { code?: string }).code === '23503') {
        throw konflik(`${label} ${lama.kode} (atau unsur di bawahnya) sudah dipakai dalam Perjanjian Kinerja dan tidak dapat dihapus.`);
      }
      throw e;
    }
    await catatAudit(c, { aksi: `${tabel}.hapus`, entitas: tabel, entitasId: f.id, sebelum: { renstraId, kode: lama.kode } });
    return { id: f.id, dihapus: true as const };
  });
}
