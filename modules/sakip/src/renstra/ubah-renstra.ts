import { sql } from '@simasn/db';
import { catatAudit, denganDb, selisih, uraikan, type Konteks } from '@simasn/platform';
import { renstraDalamLingkup, sudahDiubah } from './renstra.ts';
import { skemaUbahRenstra } from './renstra.types.ts';

export { skemaUbahRenstra };

/** Renames a Renstra or moves its status (draf, berlaku, selesai). */
export async function ubahRenstra(ctx: Konteks, id: number, masukan: unknown) {
  const f = uraikan(skemaUbahRenstra, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const r = await renstraDalamLingkup(c, id, 'sakip:kelola', true);
    if (r.versi !== f.versi) throw sudahDiubah(`Renstra ${r.nama}`, r.versi, f.versi);
    const d = selisih({ nama: r.nama, status: r.status }, { nama: f.nama ?? r.nama, status: f.status ?? r.status });
    if (!Object.keys(d.sesudah).length) return { id, versi: r.versi };
    const n = await tx.one<{ versi: number }>(sql`
      update renstra set nama = ${f.nama ?? r.nama}, status = ${f.status ?? r.status}, versi = versi + 1, diubah_pada = ${ctx.sekarang()}
       where instansi_id = ${ctx.instansiId} and id = ${id} returning versi`);
    await catatAudit(c, { aksi: 'renstra.ubah', entitas: 'renstra', entitasId: id, ...d });
    return { id, versi: n.versi };
  });
}
