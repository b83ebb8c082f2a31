import { sql } from '@simasn/db';
import { denganDb, konflik, tidakDitemukan, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { indeksLangkah, type ItemDokumen, type UsulanLayanan } from './definisi.ts';
import { skemaPakaiArsip } from './usulan-layanan.types.ts';
import { daftarPeriksaDokumen } from './dokumen.ts';
import { auditTransisi, bacaUsulan, definisiUsulan, wajibPeranDiLangkah } from './usulan.ts';

export { skemaKodeDokumenUsulan, skemaPakaiArsip } from './usulan-layanan.types.ts';

/**
 * Where an attached document comes from: a berkas of the same employee already in the archive
 * (reused, not copied), or a new one the caller's module stores (`simpan` runs inside the
 * engine's transaction, after the checks, and returns the stored berkas id: the engine does not
 * write the employee's archive, its owner does).
 */
export type SumberDokumen = { berkasId: number } | { simpan: (ctx: Konteks, usulan: UsulanLayanan, item: ItemDokumen) => Promise<number> };

/**
 * Attaches a checklist document to an open request. Only whoever may act at the request's
 * current step may attach; a later attachment for the same item replaces the earlier link.
 */
export async function lampirkanDokumen(ctx: Konteks, id: number, kode: string, sumberDokumen: SumberDokumen) {
  const akun = ctx.pemanggil && !ctx.pemanggil.sistem ? ctx.pemanggil.akunId : null;
  const arsip = 'berkasId' in sumberDokumen ? uraikan(skemaPakaiArsip, sumberDokumen) : null;
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const u = await bacaUsulan(c, id, true);
    const def = definisiUsulan(u);
    const item = def.dokumen.find((d) => d.kode === kode);
    if (!item) throw tidakValid('Dokumen tidak ada pada daftar periksa layanan ini.', [{ kolom: 'kode', pesan: `"${kode}" tidak dikenal`, nilai: kode }]);
    if (u.status !== 'diproses' && u.status !== 'dikembalikan') throw konflik(`Usulan nomor ${id} sudah ditutup; dokumen tidak dapat diubah.`);
    wajibPeranDiLangkah(c, def.langkah[indeksLangkah(def, u.langkah)]!);
    let berkasId: number;
    let sumber: 'unggah' | 'arsip';
    if (arsip) {
      const b = await tx.maybeOne<{ id: number }>(sql`select id from berkas where instansi_id = ${ctx.instansiId} and id = ${arsip.berkasId} and pegawai_id = ${u.pegawaiId}`);
      if (!b) throw tidakDitemukan('Berkas arsip tidak ditemukan pada pegawai ini.');
      berkasId = b.id;
      sumber = 'arsip';
    } else {
      berkasId = await (sumberDokumen as Extract<SumberDokumen, { simpan: unknown }>).simpan(c, u, item);
      sumber = 'unggah';
    }
    const lama = await tx.maybeOne<{ berkasId: number }>(sql`select berkas_id as "berkasId" from dokumen_usulan_layanan
      where instansi_id = ${ctx.instansiId} and usulan_id = ${id} and kode = ${kode}`);
    await tx.run(sql`
      insert into dokumen_usulan_layanan (instansi_id, usulan_id, kode, berkas_id, sumber, dilampirkan_oleh, dilampirkan_pada)
      values (${ctx.instansiId}, ${id}, ${kode}, ${berkasId}, ${sumber}, ${akun}, ${ctx.sekarang()})
      on conflict (instansi_id, usulan_id, kode) do update
        set berkas_id = excluded.berkas_id, sumber = excluded.sumber, dilampirkan_oleh = excluded.dilampirkan_oleh, dilampirkan_pada = excluded.dilampirkan_pada`);
    await tx.run(sql`update usulan_layanan set versi = versi + 1, diubah_pada = ${ctx.sekarang()} where instansi_id = ${ctx.instansiId} and id = ${id}`);
    await auditTransisi(c, u, 'lampirkan_dokumen', lama ? { kode, berkasId: lama.berkasId } : null, { kode, berkasId, sumber });
    return daftarPeriksaDokumen(c, def, id);
  });
}
