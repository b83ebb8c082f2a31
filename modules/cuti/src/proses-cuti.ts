import { sql } from '@simasn/db';
import { tidakDitemukan, uraikan, type Konteks } from '@simasn/platform';
import { prosesUsulanLayanan } from '@simasn/platform/alur';
import { skemaProsesCuti } from './cuti.types.ts';
import { ambilCuti } from './daftar-cuti.ts';

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
  const ada = await ctx.db.maybeOne(sql`select 1 from usulan_cuti where instansi_id = ${ctx.instansiId} and usulan_id = ${id}`);
  if (!ada) throw tidakDitemukan(`Usulan cuti nomor ${id} tidak ditemukan.`);
  await prosesUsulanLayanan(ctx, id, f);
  return ambilCuti(ctx, id);
}
