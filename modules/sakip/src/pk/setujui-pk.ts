import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, terlarang, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { sudahDiubah } from '../renstra/renstra.ts';
import { pkDalamLingkup, susunPk } from './pk.ts';
import { skemaSetujuiPk } from './pk.types.ts';

export { skemaSetujuiPk };

/**
 * Pihak kedua decides on a signed PK: the holder of the parent PK, or at the top an account with
 * the pimpinan role acting for the kepala daerah. Anyone else is refused. Approving a Perubahan PK
 * replaces the version in force, which is kept as 'diganti'.
 */
export async function setujuiPk(ctx: Konteks, id: number, masukan: unknown) {
  const f = uraikan(skemaSetujuiPk, masukan);
  const p = wajibMasuk(ctx);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const pk = await pkDalamLingkup(c, id, 'sakip:baca', true);
    const isi = await susunPk(c, pk);
    const berhak = pk.pihak_kedua_pegawai_id !== null ? p.pegawaiId === pk.pihak_kedua_pegawai_id : p.peran.some((r) => r.peran === 'pimpinan');
    if (!berhak) {
      throw terlarang(
        `Perjanjian Kinerja ini hanya dapat disetujui oleh pihak kedua: ${isi.pihakKedua.nama} (${isi.pihakKedua.jabatan})` +
          (pk.pihak_kedua_pegawai_id === null ? ', melalui akun pimpinan.' : '.'),
      );
    }
    if (pk.versi !== f.versi) throw sudahDiubah('Perjanjian Kinerja ini', pk.versi, f.versi);
    if (pk.status !== 'diajukan') throw konflik(`Perjanjian Kinerja ini berstatus ${pk.status}; hanya PK yang sudah ditandatangani pihak pertama yang dapat diputuskan.`);
    const sekarang = ctx.sekarang();
    if (f.setuju) {
      await tx.run(sql`update perjanjian_kinerja set status = 'diganti', versi = versi + 1, diubah_pada = ${sekarang}
                        where instansi_id = ${ctx.instansiId} and seri_id = ${pk.seri_id} and status = 'disetujui'`);
    }
    const r = await tx.maybeOne<{ versi: number }>(sql`
      update perjanjian_kinerja
         set status = ${f.setuju ? 'disetujui' : 'draf'}, disetujui_pada = ${f.setuju ? sekarang : null},
             disetujui_oleh_akun = ${f.setuju && !p.sistem ? p.akunId : null},
             ditandatangani_pada = ${f.setuju ? pk.ditandatangani_pada : null}, versi = versi + 1, diubah_pada = ${sekarang}
       where instansi_id = ${ctx.instansiId} and id = ${id} and status = 'diajukan' and versi = ${f.versi} returning versi`);
    if (!r) throw sudahDiubah('Perjanjian Kinerja ini');
    await catatAudit(c, { aksi: f.setuju ? 'pk.setujui' : 'pk.kembalikan', entitas: 'perjanjian_kinerja', entitasId: id, pegawaiId: pk.pegawai_id, sebelum: { status: 'diajukan' },
      sesudah: { status: f.setuju ? 'disetujui' : 'draf', nomorPerubahan: pk.nomor_perubahan }, keterangan: f.catatan ?? null });
    return susunPk(c, await pkDalamLingkup(c, id, 'sakip:baca'));
  });
}
