import { sql } from '@simasn/db';
import { catatAudit, konflik, uraikan, type z, type Konteks } from '@simasn/platform';
import { unitKelola } from '../lingkup.ts';
import { skemaSimpanSaranaPrasarana } from './lkjip.types.ts';

export { skemaSimpanSaranaPrasarana };

/** Replaces a unit's sarana prasarana list for a year, with optimistic concurrency (409 on a stale versi). */
export async function simpanSaranaPrasarana(ctx: Konteks, masukan: z.input<typeof skemaSimpanSaranaPrasarana>) {
  const f = uraikan(skemaSimpanSaranaPrasarana, masukan);
  await unitKelola(ctx, f.unitId);
  const akun = ctx.pemanggil?.sistem ? null : ctx.pemanggil?.akunId ?? null;
  return ctx.db.transaction(async (tx) => {
    const kunci = sql`instansi_id = ${ctx.instansiId} and unit_id = ${f.unitId} and tahun = ${f.tahun}`;
    const sebelum = await tx.maybeOne<{ baris: unknown, versi: number }>(sql`select baris, versi from sarana_prasarana where ${kunci} for update`);
    const pesan = 'Daftar sarana prasarana ini baru saja diubah orang lain. Muat ulang lalu simpan lagi.';
    if ((sebelum?.versi ?? 0) !== f.versi) throw konflik(pesan, { versiSekarang: sebelum?.versi ?? 0 });
    const isi = JSON.stringify(f.baris);
    const r = sebelum
      ? await tx.maybeOne<{ versi: number }>(sql`
          update sarana_prasarana set baris = ${isi}::jsonb, versi = versi + 1, diubah_oleh = ${akun}, diubah_pada = ${ctx.sekarang()}
           where ${kunci} and versi = ${f.versi} returning versi`)
      : await tx.maybeOne<{ versi: number }>(sql`
          insert into sarana_prasarana (instansi_id, unit_id, tahun, baris, diubah_oleh, diubah_pada)
          values (${ctx.instansiId}, ${f.unitId}, ${f.tahun}, ${isi}::jsonb, ${akun}, ${ctx.sekarang()})
          on conflict do nothing returning versi`);
    if (!r) throw konflik(pesan);
    await catatAudit({ ...ctx, db: tx }, { aksi: 'lkjip.simpan_sarana', entitas: 'sarana_prasarana', entitasId: `${f.unitId}/${f.tahun}`,
      sebelum: sebelum ? { baris: sebelum.baris } : undefined, sesudah: { baris: f.baris } });
    return { unitId: f.unitId, tahun: f.tahun, baris: f.baris, versi: r.versi };
  });
}
