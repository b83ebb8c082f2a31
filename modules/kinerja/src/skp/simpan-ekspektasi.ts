import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, terlarang, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { PERILAKU } from '../perilaku.ts';
import { penilaiSkp, skpDalamLingkup, sudahDiubah, susunSkp } from './skp.ts';
import { skemaEkspektasi } from './skp.types.ts';

export { skemaEkspektasi };

/**
 * The pejabat penilai sets their specific expectations (ekspektasi khusus) per BerAKHLAK value on
 * an SKP not yet agreed; the values not given are cleared.
 */
export async function simpanEkspektasi(ctx: Konteks, skpId: number, masukan: unknown) {
  const f = uraikan(skemaEkspektasi, masukan, 'Ekspektasi khusus belum benar.');
  const salah = f.perilaku.findIndex((x) => !PERILAKU.some((p) => p.kode === x.kode));
  if (salah >= 0) throw tidakValid('Ekspektasi khusus belum benar.', [{ kolom: `perilaku.${salah}.kode`, pesan: 'nilai perilaku tidak dikenal' }]);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const s = await skpDalamLingkup(c, skpId, 'kinerja:nilai', true);
    if (!penilaiSkp(c, s)) throw terlarang('Ekspektasi khusus ditetapkan oleh pejabat penilai SKP ini.');
    if (s.status !== 'draf' && s.status !== 'diajukan') throw konflik('SKP ini sudah disepakati; ekspektasi diubah melalui revisi SKP.');
    if (s.versi !== f.versi) throw sudahDiubah(s.versi, f.versi);
    await tx.run(sql`delete from skp_perilaku where instansi_id = ${ctx.instansiId} and skp_id = ${s.id}`);
    for (const x of f.perilaku) {
      await tx.run(sql`insert into skp_perilaku (instansi_id, skp_id, kode, ekspektasi_khusus) values (${ctx.instansiId}, ${s.id}, ${x.kode}, ${x.ekspektasiKhusus})
        on conflict (instansi_id, skp_id, kode) do update set ekspektasi_khusus = excluded.ekspektasi_khusus`);
    }
    const r = await tx.maybeOne(sql`update skp set versi = versi + 1, diubah_pada = ${ctx.sekarang()} where instansi_id = ${ctx.instansiId} and id = ${s.id} and versi = ${f.versi}
      returning versi`);
    if (!r) throw sudahDiubah();
    await catatAudit(c, { aksi: 'skp.ekspektasi', entitas: 'skp', entitasId: s.id, pegawaiId: s.pegawaiId,
      sesudah: Object.fromEntries(f.perilaku.map((x) => [x.kode, x.ekspektasiKhusus])) });
    return susunSkp(c, await skpDalamLingkup(c, s.id));
  });
}
