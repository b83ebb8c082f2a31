import { sql } from '@simasn/db';
import { catatAudit, konflik, uraikan, type z, type Konteks } from '@simasn/platform';
import { unitKelola } from '../lingkup.ts';
import { skemaSimpanNarasiLkjip } from './lkjip.types.ts';

export { skemaSimpanNarasiLkjip };

/**
 * Saves one narrative part of an LKjIP (per unit, year, period). Two people editing the same part:
 * the first save wins, the second gets a 409 and reloads.
 */
export async function simpanNarasiLkjip(ctx: Konteks, masukan: z.input<typeof skemaSimpanNarasiLkjip>) {
  const f = uraikan(skemaSimpanNarasiLkjip, masukan);
  await unitKelola(ctx, f.unitId);
  const akun = ctx.pemanggil?.sistem ? null : ctx.pemanggil?.akunId ?? null;
  return ctx.db.transaction(async (tx) => {
    const c = { ...ctx, db: tx };
    const kunci = sql`instansi_id = ${ctx.instansiId} and unit_id = ${f.unitId} and tahun = ${f.tahun} and periode = ${f.periode} and bagian = ${f.bagian}`;
    const sebelum = await tx.maybeOne<{ isi: string, versi: number }>(sql`select isi, versi from narasi_lkjip where ${kunci} for update`);
    const pesan = 'Narasi ini baru saja diubah orang lain. Muat ulang halaman untuk melihat perubahannya, lalu simpan lagi.';
    if ((sebelum?.versi ?? 0) !== f.versi) throw konflik(pesan, { versiSekarang: sebelum?.versi ?? 0 });
    const r = sebelum
      ? await tx.maybeOne<{ versi: number, diubah_pada: Date }>(sql`
          update narasi_lkjip set isi = ${f.isi}, versi = versi + 1, diubah_oleh = ${akun}, diubah_pada = ${ctx.sekarang()}
           where ${kunci} and versi = ${f.versi} returning versi, diubah_pada`)
      : await tx.maybeOne<{ versi: number, diubah_pada: Date }>(sql`
          insert into narasi_lkjip (instansi_id, unit_id, tahun, periode, bagian, isi, diubah_oleh, diubah_pada)
          values (${ctx.instansiId}, ${f.unitId}, ${f.tahun}, ${f.periode}, ${f.bagian}, ${f.isi}, ${akun}, ${ctx.sekarang()})
          on conflict do nothing returning versi, diubah_pada`);
    if (!r) throw konflik(pesan);
    await catatAudit(c, { aksi: 'lkjip.simpan_narasi', entitas: 'narasi_lkjip', entitasId: `${f.unitId}/${f.tahun}/${f.periode}/${f.bagian}`,
      sebelum: sebelum ? { isi: sebelum.isi } : undefined, sesudah: { isi: f.isi } });
    return { bagian: f.bagian, isi: f.isi, versi: r.versi, diubahPada: r.diubah_pada };
  });
}
