import { sql } from '@simasn/db';
import { catatAudit, denganDb, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { skemaDaftarNotifikasi, skemaTandaiDibaca } from './notifikasi.types.ts';

/** A yes/no query flag, kept as text so parsing it twice (route, then action) gives the same. */
const ya = (v: string | undefined) => v === '1' || v === 'true';

export { skemaDaftarNotifikasi, skemaTandaiDibaca } from './notifikasi.types.ts';

/** The caller's own notifications, newest first, with the unread count (the bell). */
export async function daftarNotifikasi(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaDaftarNotifikasi, masukan);
  const p = wajibMasuk(ctx);
  const akun = p.sistem ? 0 : p.akunId;
  const n = await ctx.db.one<{ n: number }>(sql`select count(*)::int as n from notifikasi where instansi_id = ${ctx.instansiId} and akun_id = ${akun} and dibaca_pada is null`);
  const items = await ctx.db.many<{ id: number, judul: string, isi: string, tautan: string | null, usulanId: number | null, dibuatPada: Date, dibacaPada: Date | null }>(sql`
      select id, judul, isi, tautan, usulan_id as "usulanId", dibuat_pada as "dibuatPada", dibaca_pada as "dibacaPada"
        from notifikasi where instansi_id = ${ctx.instansiId} and akun_id = ${akun} ${ya(f.belumDibaca) ? sql`and dibaca_pada is null` : sql``}
       order by dibuat_pada desc, id desc limit ${f.limit}`);
  return { belumDibaca: n.n, items };
}

/** Marks the caller's own notifications read (others' ids are ignored: they are not theirs). */
export async function tandaiNotifikasiDibaca(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaTandaiDibaca, masukan);
  const p = wajibMasuk(ctx);
  const akun = p.sistem ? 0 : p.akunId;
  return ctx.db.transaction(async (tx) => {
    const jumlah = await tx.run(sql`
      update notifikasi set dibaca_pada = ${ctx.sekarang()}
       where instansi_id = ${ctx.instansiId} and akun_id = ${akun} and dibaca_pada is null ${f.id ? sql`and id = any(${f.id}::bigint[])` : sql``}`);
    if (jumlah) await catatAudit(denganDb(ctx, tx), { aksi: 'notifikasi.baca', entitas: 'notifikasi', sesudah: { jumlah, id: f.id ?? 'semua' } });
    const n = await tx.one<{ n: number }>(sql`select count(*)::int as n from notifikasi where instansi_id = ${ctx.instansiId} and akun_id = ${akun} and dibaca_pada is null`);
    return { ditandai: jumlah, belumDibaca: n.n };
  });
}
