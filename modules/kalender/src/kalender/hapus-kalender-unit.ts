import { sql } from '@simasn/db';
import { formatTanggal, hariIniIso } from '@simasn/domain';
import { catatAudit, denganDb, tidakDitemukan, tidakValid, type Konteks } from '@simasn/platform';
import { syaratUnitKalender } from '../lingkup.ts';

/** Removes a calendar version that has not started yet (one in force or past is history: it stays). */
export async function hapusKalenderUnit(ctx: Konteks, id: number) {
  const syarat = syaratUnitKalender(ctx, 'kalender:kelola', 'u');
  return ctx.db.transaction(async (tx) => {
    const k = await tx.maybeOne<{ id: number, unit_id: number | null, berlaku_mulai: string, aturan_id: string, pola: string }>(sql`
      select k.id, k.unit_id, k.berlaku_mulai, k.aturan_id, k.pola from kalender_unit k
        left join unit_organisasi u on u.instansi_id = k.instansi_id and u.id = k.unit_id
       where k.instansi_id = ${ctx.instansiId} and k.id = ${id} and (k.unit_id is null or ${syarat}) for update of k`);
    if (!k) throw tidakDitemukan('Versi kalender tidak ditemukan.');
    const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
    if (k.berlaku_mulai <= hariIni) {
      throw tidakValid('Versi kalender yang sudah berlaku tidak dapat dihapus.', [{ kolom: 'id',
        pesan: `versi ini berlaku sejak ${formatTanggal(k.berlaku_mulai)}; tambahkan versi baru mulai hari ini atau nanti` }]);
    }
    await tx.run(sql`delete from kalender_unit where instansi_id = ${ctx.instansiId} and id = ${id}`);
    await catatAudit(denganDb(ctx, tx), { aksi: 'kalender.hapus', entitas: 'kalender_unit', entitasId: id,
      sebelum: { unitId: k.unit_id, berlakuMulai: k.berlaku_mulai, aturan: k.aturan_id, pola: k.pola } });
    return { id };
  });
}
