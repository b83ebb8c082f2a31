import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, uraikan, type Konteks } from '@simasn/platform';
import { bacaPenilaian, izinKelola, susunPenilaian } from './penilaian.ts';
import { skemaBukaKembaliMerit } from './merit.types.ts';

export { skemaBukaKembaliMerit };

/**
 * Reopens a final assessment for correction: the status goes back to draft, the scores stay. The
 * figure frozen at finalisation stays in hasil_indeks untouched (frozen results are never
 * rewritten), so the earlier final total stays in the history next to the reason; finalising
 * again freezes a new one. Conditional on the final version seen: of two concurrent
 * reopen/finalise calls one wins, the other gets 409.
 */
export async function bukaKembaliMerit(ctx: Konteks, id: number, masukan: unknown) {
  izinKelola(ctx);
  const f = uraikan(skemaBukaKembaliMerit, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const p = await bacaPenilaian(c, id, true);
    if (p.status !== 'final') throw konflik(`Penilaian Sistem Merit tahun ${p.tahun} belum final (mungkin baru saja dibuka kembali orang lain). Muat ulang.`);
    if (p.versi !== f.versi) {
      throw konflik(`Penilaian Sistem Merit tahun ${p.tahun} sudah diubah sejak Anda membukanya (versi ${p.versi}, Anda melihat versi ${f.versi}). Muat ulang lalu ulangi.`);
    }
    const u = await tx.maybeOne(sql`
      update penilaian_merit set status = 'draf', versi = versi + 1, diubah_pada = ${ctx.sekarang()}
       where instansi_id = ${ctx.instansiId} and id = ${id} and versi = ${f.versi} and status = 'final'
      returning versi`);
    if (!u) throw konflik(`Penilaian Sistem Merit tahun ${p.tahun} sudah diubah orang lain. Muat ulang lalu ulangi.`);
    const hasil = await tx.maybeOne<{ id: number, nilai: number, kategori: string | null }>(sql`
      select id, nilai, kategori from hasil_indeks
       where instansi_id = ${ctx.instansiId} and jenis = 'merit' and tahun = ${p.tahun} and rincian ->> 'penilaianId' = ${String(id)}
       order by dihitung_pada desc, id desc limit 1`);
    await catatAudit(c, { aksi: 'merit.buka_kembali', entitas: 'penilaian_merit', entitasId: id,
      sebelum: { tahun: p.tahun, status: 'final', hasilId: hasil?.id ?? null, total: hasil?.nilai ?? null, kategori: hasil?.kategori ?? null },
      sesudah: { tahun: p.tahun, status: 'draf', alasan: f.alasan }, keterangan: f.alasan });
    return susunPenilaian(c, await bacaPenilaian(c, id));
  });
}
