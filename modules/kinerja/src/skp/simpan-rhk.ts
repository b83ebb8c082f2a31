import { sql } from '@simasn/db';
import { catatAudit, denganDb, tidakDitemukan, uraikan, type Konteks } from '@simasn/platform';
import { skpDalamLingkup, susunSkp } from './skp.ts';
import { skemaSimpanRhk } from './skp.types.ts';
import { naikkanVersi, periksaDrafSendiri, periksaRhkAtasan, tulisIndikator } from './tulis-rhk.ts';

export { skemaSimpanRhk };

/**
 * Adds an RHK (utama or tambahan) with its indicators and targets to the caller's draft SKP, or
 * edits one (`rhkId`). The RHK of the atasan it intervenes must come from the pejabat penilai's
 * SKP of the same year.
 */
export async function simpanRhk(ctx: Konteks, skpId: number, masukan: unknown, rhkId?: number) {
  const f = uraikan(skemaSimpanRhk, masukan, 'Rencana hasil kerja belum benar.');
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const s = await skpDalamLingkup(c, skpId, 'kinerja:isi', true);
    periksaDrafSendiri(c, s, f.versi);
    await periksaRhkAtasan(c, s, f.rhkAtasanAkarId);
    let id = rhkId;
    let sebelum: unknown = null;
    if (id === undefined) {
      const r = await tx.one<{ id: number }>(sql`select nextval(pg_get_serial_sequence('skp_rhk', 'id'))::bigint as id`);
      id = r.id;
      const urutan = (await tx.one<{ n: number }>(sql`select count(*)::int as n from skp_rhk where instansi_id = ${ctx.instansiId} and skp_id = ${s.id}`)).n;
      await tx.run(sql`insert into skp_rhk (instansi_id, id, akar_id, skp_id, jenis, uraian, rhk_atasan_akar_id, urutan)
        values (${ctx.instansiId}, ${id}, ${id}, ${s.id}, ${f.jenis}, ${f.uraian}, ${f.rhkAtasanAkarId ?? null}, ${urutan})`);
    } else {
      const lama = await tx.maybeOne<{ jenis: string, uraian: string, rhkAtasanAkarId: number | null }>(sql`
        select jenis, uraian, rhk_atasan_akar_id as "rhkAtasanAkarId" from skp_rhk where instansi_id = ${ctx.instansiId} and skp_id = ${s.id} and id = ${id} for update`);
      if (!lama) throw tidakDitemukan('Rencana hasil kerja tidak ditemukan pada SKP ini.');
      sebelum = lama;
      await tx.run(sql`update skp_rhk set jenis = ${f.jenis}, uraian = ${f.uraian}, rhk_atasan_akar_id = ${f.rhkAtasanAkarId ?? null}
        where instansi_id = ${ctx.instansiId} and id = ${id}`);
    }
    await tulisIndikator(c, id, f.indikator);
    await naikkanVersi(c, s);
    await catatAudit(c, { aksi: 'skp.ubah', entitas: 'skp', entitasId: s.id, pegawaiId: s.pegawaiId, sebelum,
      sesudah: { rhk: id, jenis: f.jenis, uraian: f.uraian, rhkAtasanAkarId: f.rhkAtasanAkarId ?? null, indikator: f.indikator.length } });
    return susunSkp(c, await skpDalamLingkup(c, s.id));
  });
}
