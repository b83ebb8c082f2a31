import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { unitKelola } from '../lingkup.ts';
import { skemaBuatRenstra } from './renstra.types.ts';

export { skemaBuatRenstra };

/** A new Renstra (draf) for a perangkat daerah in the caller's managing reach. */
export async function buatRenstra(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaBuatRenstra, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const u = await unitKelola(c, f.unitId);
    if (u.jenis !== 'perangkat_daerah') {
      throw tidakValid('Renstra disusun oleh perangkat daerah.', [{ kolom: 'unitId', pesan: `${u.nama} bukan perangkat daerah` }]);
    }
    const bentrok = await tx.maybeOne<{ nama: string }>(sql`
      select nama from renstra where instansi_id = ${ctx.instansiId} and unit_id = ${u.id}
         and tahun_awal <= ${f.tahunAkhir} and tahun_akhir >= ${f.tahunAwal}`);
    if (bentrok) throw konflik(`${u.nama} sudah mempunyai Renstra yang periodenya bertumpang tindih (${bentrok.nama}).`);
    const r = await tx.one<{ id: number }>(sql`
      insert into renstra (instansi_id, unit_id, tahun_awal, tahun_akhir, nama, dibuat_pada, diubah_pada)
      values (${ctx.instansiId}, ${u.id}, ${f.tahunAwal}, ${f.tahunAkhir}, ${f.nama}, ${ctx.sekarang()}, ${ctx.sekarang()}) returning id`);
    await catatAudit(c, { aksi: 'renstra.buat', entitas: 'renstra', entitasId: r.id, sesudah: { unit: u.kode, ...f } });
    return { id: r.id, versi: 1 };
  });
}
