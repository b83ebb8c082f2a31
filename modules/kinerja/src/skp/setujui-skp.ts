import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, terlarang, uraikan, type Konteks } from '@simasn/platform';
import { penilaiSkp, skpDalamLingkup, sudahDiubah, susunSkp } from './skp.ts';
import { skemaSetujuiSkp } from './skp.types.ts';

export { skemaSetujuiSkp };

/**
 * The pejabat penilai (pihak kedua) agrees to a signed SKP, or returns it to draft with a note.
 * Agreeing to a revision keeps the version it replaces as 'diganti'. Anyone else is refused.
 */
export async function setujuiSkp(ctx: Konteks, skpId: number, masukan: unknown) {
  const f = uraikan(skemaSetujuiSkp, masukan, 'Keputusan belum benar.');
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const s = await skpDalamLingkup(c, skpId, 'kinerja:nilai', true);
    if (!penilaiSkp(c, s)) throw terlarang('SKP ini hanya dapat disetujui oleh pejabat penilainya.');
    if (s.versi !== f.versi) throw sudahDiubah(s.versi, f.versi);
    if (s.status !== 'diajukan') throw konflik('SKP ini tidak sedang menunggu persetujuan.');
    const sekarang = ctx.sekarang();
    const p = c.pemanggil!;
    if (f.setuju) {
      await tx.run(sql`update skp set status = 'diganti', versi = versi + 1, diubah_pada = ${sekarang}
        where instansi_id = ${ctx.instansiId} and seri_id = ${s.seriId} and status = 'disetujui'`);
    }
    const r = await tx.maybeOne(sql`
      update skp set status = ${f.setuju ? 'disetujui' : 'draf'}, disetujui_pada = ${f.setuju ? sekarang : null},
             disetujui_oleh_akun = ${f.setuju && !p.sistem ? p.akunId : null}, catatan_kembali = ${f.setuju ? null : f.catatan!},
             versi = versi + 1, diubah_pada = ${sekarang}
       where instansi_id = ${ctx.instansiId} and id = ${s.id} and status = 'diajukan' and versi = ${f.versi} returning versi`);
    if (!r) throw sudahDiubah();
    await catatAudit(c, { aksi: f.setuju ? 'skp.setujui' : 'skp.kembalikan', entitas: 'skp', entitasId: s.id, pegawaiId: s.pegawaiId, sebelum: { status: 'diajukan' },
      sesudah: { status: f.setuju ? 'disetujui' : 'draf', nomorVersi: s.nomorVersi }, keterangan: f.catatan ?? null });
    return susunSkp(c, await skpDalamLingkup(c, s.id));
  });
}
