import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, selisih, uraikan, type Konteks } from '@simasn/platform';
import { bacaPenilaian, izinKelola, susunPenilaian } from './penilaian.ts';
import { penilaianDraf } from './ubah-skor-merit.ts';
import { skemaUbahTargetMerit } from './merit.types.ts';

export { skemaUbahTargetMerit };

/** Sets the year's target (PK) and the Renstra end target the total is compared with. */
export async function ubahTargetMerit(ctx: Konteks, id: number, masukan: unknown) {
  izinKelola(ctx);
  const f = uraikan(skemaUbahTargetMerit, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const p = await penilaianDraf(c, id, 'target');
    if (p.versi !== f.versi) {
      throw konflik(`Penilaian Sistem Merit tahun ${p.tahun} sudah diubah orang lain (versi ${p.versi}, Anda mengubah versi ${f.versi}). Muat ulang lalu ulangi.`);
    }
    const baru = { targetTotal: f.targetTotal === undefined ? p.target_total : f.targetTotal, targetRenstra: f.targetRenstra === undefined ? p.target_renstra : f.targetRenstra };
    const d = selisih({ targetTotal: p.target_total, targetRenstra: p.target_renstra }, baru);
    if (!Object.keys(d.sesudah).length) return susunPenilaian(c, p);
    const r = await tx.maybeOne(sql`
      update penilaian_merit set target_total = ${baru.targetTotal}, target_renstra = ${baru.targetRenstra}, versi = versi + 1, diubah_pada = ${ctx.sekarang()}
       where instansi_id = ${ctx.instansiId} and id = ${id} and versi = ${f.versi} and status = 'draf'
      returning versi`);
    if (!r) throw konflik(`Penilaian Sistem Merit tahun ${p.tahun} sudah diubah orang lain. Muat ulang lalu ulangi.`);
    await catatAudit(c, { aksi: 'merit.target', entitas: 'penilaian_merit', entitasId: id, sebelum: { tahun: p.tahun, ...d.sebelum }, sesudah: { tahun: p.tahun, ...d.sesudah } });
    return susunPenilaian(c, await bacaPenilaian(c, id));
  });
}
