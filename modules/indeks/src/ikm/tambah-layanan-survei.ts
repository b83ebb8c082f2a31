import { randomBytes } from 'node:crypto';
import { sql } from '@simasn/db';
import { ATURAN_IKM, ATURAN_IKM_BAWAAN } from '@simasn/domain';
import { catatAudit, denganDb, konflik, uraikan, z, type Konteks } from '@simasn/platform';
import { unitUntukLayanan } from './lingkup-layanan.ts';

const ATURAN = Object.keys(ATURAN_IKM) as [string, ...string[]];

export const skemaTambahLayananSurvei = z.object({
  kode: z.string().trim().regex(/^[A-Za-z0-9._-]{1,40}$/, 'kode 1-40 huruf, angka, titik, garis bawah atau tanda hubung'),
  nama: z.string().trim().min(3, 'nama layanan minimal 3 huruf').max(200),
  unitId: z.coerce.number().int().positive(),
  /** Estimated users per period (for the sample-size check); empty when unknown. */
  populasi: z.coerce.number().int().min(1).max(100_000_000).nullish(),
  aturanId: z.enum(ATURAN).default(ATURAN_IKM_BAWAAN),
  aktif: z.boolean().default(true),
});

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
