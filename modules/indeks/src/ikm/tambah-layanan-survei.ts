import { randomBytes } from 'node:crypto';
import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, uraikan, type Konteks } from '@simasn/platform';
import { unitUntukLayanan } from './lingkup-layanan.ts';
import { skemaTambahLayananSurvei } from './survei.types.ts';

export { skemaTambahLayananSurvei };

/** The random part of a public survey link (128 bits, URL-safe). */
export const tokenPublikBaru = () => randomBytes(16).toString('base64url');

/** Registers a service unit to survey, with a fresh public link token. */
export async function tambahLayananSurvei(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaTambahLayananSurvei, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const unit = await unitUntukLayanan(c, f.unitId, 'survei:kelola');
    const ada = await tx.maybeOne(sql`select 1 from layanan_survei where instansi_id = ${ctx.instansiId} and kode = ${f.kode}`);
    if (ada) throw konflik(`Kode layanan ${f.kode} sudah dipakai.`);
    const token = tokenPublikBaru();
    const r = await tx.one<{ id: number }>(sql`
      insert into layanan_survei (instansi_id, kode, nama, unit_id, token, aktif, populasi, aturan_id, dibuat_pada, diubah_pada)
      values (${ctx.instansiId}, ${f.kode}, ${f.nama}, ${f.unitId}, ${token}, ${f.aktif}, ${f.populasi ?? null}, ${f.aturanId},
              ${ctx.sekarang()}, ${ctx.sekarang()})
      returning id`);
    const sesudah = { kode: f.kode, nama: f.nama, unitId: f.unitId, unit: unit.nama, aktif: f.aktif, populasi: f.populasi ?? null, aturanId: f.aturanId };
    await catatAudit(c, { aksi: 'survei.layanan_tambah', entitas: 'layanan_survei', entitasId: r.id, sesudah });
    return { id: r.id, token, versi: 1, ...sesudah };
  });
}
