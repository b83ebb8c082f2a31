import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, lingkup, syaratLingkup, tidakDitemukan, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { skemaPutuskanPerangkat } from './perangkat.types.ts';

export { skemaPutuskanPerangkat };

/**
 * Admin OPD approves or refuses a device binding request of an employee in its units. Approving
 * binds the new device and revokes the one bound before (one device per account).
 */
export async function putuskanPerangkat(ctx: Konteks, id: number, masukan: unknown) {
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'presensi:kelola');
  const f = uraikan(skemaPutuskanPerangkat, masukan, 'Keputusan belum benar.');
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const d = await tx.maybeOne<{ id: number, pegawai_id: number, status: string, versi: number }>(sql`
      select d.id, d.pegawai_id, d.status, d.versi from perangkat_presensi d join pegawai p on p.instansi_id = d.instansi_id and p.id = d.pegawai_id
       where d.instansi_id = ${ctx.instansiId} and d.id = ${id} and ${syaratLingkup(l, 'p')}`);
    if (!d) throw tidakDitemukan('Permintaan perangkat tidak ditemukan.');
    if (d.status !== 'menunggu') throw konflik('Permintaan perangkat ini sudah diputuskan.');
    if (d.versi !== f.versi) throw konflik('Permintaan perangkat ini sudah diubah orang lain. Muat ulang halaman.');
    const sekarang = ctx.sekarang();
    if (f.setuju) {
      await tx.run(sql`update perangkat_presensi set status = 'dicabut', diputuskan_pada = ${sekarang}, diputuskan_oleh = ${p.sistem ? null : p.akunId},
                         catatan = 'diganti perangkat baru', versi = versi + 1
                        where instansi_id = ${ctx.instansiId} and pegawai_id = ${d.pegawai_id} and status = 'aktif'`);
    }
    const n = await tx.run(sql`update perangkat_presensi set status = ${f.setuju ? 'aktif' : 'ditolak'}, diputuskan_pada = ${sekarang},
                                 diputuskan_oleh = ${p.sistem ? null : p.akunId}, catatan = ${f.catatan ?? null}, versi = versi + 1
                                where instansi_id = ${ctx.instansiId} and id = ${id} and status = 'menunggu' and versi = ${f.versi}`);
    if (!n) throw konflik('Permintaan perangkat ini sudah diputuskan.');
    await catatAudit(c, { aksi: f.setuju ? 'presensi.perangkat_setujui' : 'presensi.perangkat_tolak', entitas: 'perangkat_presensi', entitasId: id, pegawaiId: Number(d.pegawai_id),
      sebelum: { status: 'menunggu' }, sesudah: { status: f.setuju ? 'aktif' : 'ditolak' }, keterangan: f.catatan ?? null });
    return { ok: true as const };
  });
}
