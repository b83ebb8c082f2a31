import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, terlarang, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { sudahDiubah } from '../renstra/renstra.ts';
import { pkDalamLingkup, susunPk } from './pk.ts';
import { skemaAjukanPk } from './pk.types.ts';

export { skemaAjukanPk };

/**
 * Pihak pertama signs the draft: only the holder named in the PK may, and only a PK with at
 * least one indicator. The PK then waits for pihak kedua.
 */
export async function ajukanPk(ctx: Konteks, id: number, masukan: unknown) {
  const f = uraikan(skemaAjukanPk, masukan);
  const p = wajibMasuk(ctx);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const pk = await pkDalamLingkup(c, id, 'sakip:baca', true);
    const isi = await susunPk(c, pk);
    if (p.pegawaiId !== pk.pegawai_id) {
      throw terlarang(`Perjanjian Kinerja ini hanya dapat ditandatangani oleh pihak pertama: ${isi.pihakPertama.nama} (${isi.pihakPertama.jabatan}).`);
    }
    if (pk.versi !== f.versi) throw sudahDiubah('Perjanjian Kinerja ini', pk.versi, f.versi);
    if (pk.status !== 'draf') throw konflik(`Perjanjian Kinerja ini berstatus ${pk.status}, bukan draf; tidak dapat diajukan lagi.`);
    if (!isi.indikator.length) throw konflik('Perjanjian Kinerja belum berisi indikator kinerja; lengkapi dulu sebelum ditandatangani.');
    const r = await tx.maybeOne<{ versi: number }>(sql`
      update perjanjian_kinerja set status = 'diajukan', ditandatangani_pada = ${ctx.sekarang()}, versi = versi + 1, diubah_pada = ${ctx.sekarang()}
       where instansi_id = ${ctx.instansiId} and id = ${id} and status = 'draf' and versi = ${f.versi} returning versi`);
    if (!r) throw sudahDiubah('Perjanjian Kinerja ini');
    await catatAudit(c, { aksi: 'pk.ajukan', entitas: 'perjanjian_kinerja', entitasId: id, pegawaiId: pk.pegawai_id, sebelum: { status: 'draf' },
      sesudah: { status: 'diajukan' } });
    return susunPk(c, await pkDalamLingkup(c, id, 'sakip:baca'));
  });
}
