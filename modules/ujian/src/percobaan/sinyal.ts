import { sql } from '@simasn/db';
import { catatAudit, denganDb, lingkup, tidakDitemukan, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { skemaSinyal } from '../ujian.types.ts';

/**
 * The page reports that it was hidden or lost focus during a running attempt: recorded for the
 * proctor, never a penalty. Signals about a finished attempt are ignored.
 */
export async function catatSinyal(ctx: Konteks, id: number, masukan: unknown) {
  const p = wajibMasuk(ctx);
  lingkup(ctx, 'ujian:ikut');
  const f = uraikan(skemaSinyal, masukan, 'Sinyal belum benar.');
  const r = await ctx.db.maybeOne<{ status: string, pegawaiId: number }>(
    sql`select status, pegawai_id as "pegawaiId" from percobaan_ujian where instansi_id = ${ctx.instansiId} and id = ${id}
    and pegawai_id = ${p.pegawaiId ?? 0}`,
  );
  if (!r) throw tidakDitemukan(`Tes yang Anda kerjakan (nomor ${id}) tidak ditemukan.`);
  if (r.status === 'berjalan') {
    await ctx.db.transaction(async (tx) => {
      await tx.run(sql`insert into sinyal_ujian (instansi_id, percobaan_id, jenis, rincian, pada) values (${ctx.instansiId}, ${id}, ${f.jenis}, '', ${ctx.sekarang()})`);
      await catatAudit(denganDb(ctx, tx), { aksi: 'sinyal_ujian.catat', entitas: 'percobaan_ujian', entitasId: id, pegawaiId: r.pegawaiId, sesudah: { jenis: f.jenis } });
    });
  }
  return { ok: true as const };
}
