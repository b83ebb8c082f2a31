import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, tidakDitemukan, uraikan, type Konteks } from '@simasn/platform';
import { skpDalamLingkup, susunSkp } from './skp.ts';
import { skemaHapusRhk } from './skp.types.ts';
import { naikkanVersi, periksaDrafSendiri } from './tulis-rhk.ts';

/**
 * Removes an RHK from the caller's draft SKP. An RHK that a subordinate's RHK already
 * intervenes stays (409 naming how many): the cascade below would lose its parent.
 */
export async function hapusRhk(ctx: Konteks, skpId: number, rhkId: number, masukan: unknown) {
  const f = uraikan(skemaHapusRhk, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const s = await skpDalamLingkup(c, skpId, 'kinerja:isi', true);
    periksaDrafSendiri(c, s, f.versi);
    const r = await tx.maybeOne<{ akarId: number, uraian: string }>(sql`
      select akar_id as "akarId", uraian from skp_rhk where instansi_id = ${ctx.instansiId} and skp_id = ${s.id} and id = ${rhkId}`);
    if (!r) throw tidakDitemukan('Rencana hasil kerja tidak ditemukan pada SKP ini.');
    const bawahan = await tx.one<{ n: number }>(sql`
      select count(distinct x.pegawai_id)::int as n from skp_rhk r join skp x on x.instansi_id = r.instansi_id and x.id = r.skp_id
       where r.instansi_id = ${ctx.instansiId} and r.rhk_atasan_akar_id = ${r.akarId} and x.status <> 'diganti'`);
    if (bawahan.n) {
      throw konflik(`RHK ini sudah diintervensi oleh RHK ${bawahan.n} bawahan; ubah uraiannya saja, atau minta bawahan memindahkan RHK-nya lebih dulu.`);
    }
    await tx.run(sql`delete from skp_rhk where instansi_id = ${ctx.instansiId} and id = ${rhkId}`);
    await naikkanVersi(c, s);
    await catatAudit(c, { aksi: 'skp.ubah', entitas: 'skp', entitasId: s.id, pegawaiId: s.pegawaiId, sebelum: { rhk: rhkId, uraian: r.uraian }, sesudah: null });
    return susunSkp(c, await skpDalamLingkup(c, s.id));
  });
}
