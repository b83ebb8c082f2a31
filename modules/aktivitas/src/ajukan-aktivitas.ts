import { sql } from '@simasn/db';
import { catatAuditBanyak, denganDb, lingkup, tidakValid, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { skemaAjukanAktivitas } from './aktivitas.types.ts';
import { batasIsi } from './baca-aktivitas.ts';

export { skemaAjukanAktivitas } from './aktivitas.types.ts';

/**
 * The ASN submits their own drafts to the atasan (all of the chosen or none): each must be the
 * caller's, a draft, and within the entry window; otherwise 422 naming them.
 */
export async function ajukanAktivitas(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaAjukanAktivitas, masukan);
  const p = wajibMasuk(ctx);
  lingkup(ctx, 'aktivitas:isi');
  const ids = [...new Set(f.ids)];
  return ctx.db.transaction(async (tx) => {
    const rows = await tx.many<{ id: number, pegawaiId: number }>(sql`
      update aktivitas_harian set status = 'diajukan', diajukan_pada = ${ctx.sekarang()}, versi = versi + 1, diubah_pada = ${ctx.sekarang()}
       where instansi_id = ${ctx.instansiId} and id = any(${ids}::bigint[]) and pegawai_id = ${p.pegawaiId ?? 0} and status = 'konsep'
         and tanggal >= ${batasIsi(ctx)}::date
      returning id, pegawai_id as "pegawaiId"`);
    if (rows.length !== ids.length) {
      const ok = new Set(rows.map((r) => r.id));
      throw tidakValid('Sebagian aktivitas tidak dapat diajukan.', ids.filter((i) =>
        !ok.has(i)
      ).map((i) => ({ kolom: 'ids', pesan: `aktivitas nomor ${i} bukan konsep Anda atau batas pengisiannya sudah lewat`, nilai: i })));
    }
    await catatAuditBanyak(denganDb(ctx, tx),
      rows.map((r) => ({ aksi: 'aktivitas.ajukan' as const, entitas: 'aktivitas_harian', entitasId: r.id, pegawaiId: r.pegawaiId, sesudah: { status: 'diajukan' } })));
    return { diajukan: rows.length };
  });
}
