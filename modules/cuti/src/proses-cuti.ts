import { sql } from '@simasn/db';
import { denganDb, tidakDitemukan, uraikan, type Konteks } from '@simasn/platform';
import { LABEL_AKSI, prosesUsulanLayanan } from '@simasn/platform/alur';
import { skemaProsesCuti } from './cuti.types.ts';
import { ambilCuti } from './daftar-cuti.ts';
import { auditPengganti, denganPengganti } from './pengganti/pengganti-atasan.ts';

export { skemaProsesCuti } from './cuti.types.ts';

/**
 * One decision on a leave request through the workflow engine: the ASN sends it on (after
 * attaching its document) or withdraws it; the atasan approves, returns or rejects (a reason for
 * both), or, for kinds BKD decides, sends it on to BKD, which approves, returns or rejects. The
 * engine moves it only at the version the actor saw: of two simultaneous decisions one wins,
 * the other gets 409. Approving checks the dates and the balance again.
 */
export async function prosesCuti(ctx: Konteks, id: number, masukan: unknown) {
  const f = uraikan(skemaProsesCuti, masukan);
  const ada = await ctx.db.maybeOne<{ pegawaiId: number }>(sql`select pegawai_id as "pegawaiId" from usulan_cuti where instansi_id = ${ctx.instansiId} and usulan_id = ${id}`);
  if (!ada) throw tidakDitemukan(`Usulan cuti nomor ${id} tidak ditemukan.`);
  // A plt or delegate of an away atasan decides with that atasan's reach; the audit names both.
  const { ctx: c, pengganti } = await denganPengganti(ctx);
  await c.db.transaction(async (tx) => {
    const t = denganDb(c, tx);
    await prosesUsulanLayanan(t, id, f);
    if (f.aksi !== 'batalkan') {
      await auditPengganti(t, pengganti, { entitas: 'usulan_cuti', entitasId: id, pegawaiId: ada.pegawaiId, keputusan: LABEL_AKSI[f.aksi] });
    }
  });
  return ambilCuti(c, id);
}
