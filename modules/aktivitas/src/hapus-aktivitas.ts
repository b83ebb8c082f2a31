import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, tidakDitemukan, wajibMasuk, type Konteks } from '@simasn/platform';

/** The ASN deletes one of their own drafts (or a rejected one); submitted ones stay (409). */
export async function hapusAktivitas(ctx: Konteks, id: number) {
  const p = wajibMasuk(ctx);
  return ctx.db.transaction(async (tx) => {
    const a = await tx.maybeOne<{ status: string, pegawaiId: number, tanggal: string, uraian: string }>(sql`
      select status, pegawai_id as "pegawaiId", tanggal::text as tanggal, uraian from aktivitas_harian
       where instansi_id = ${ctx.instansiId} and id = ${id} and pegawai_id = ${p.pegawaiId ?? 0} for update`);
    if (!a) throw tidakDitemukan(`Aktivitas nomor ${id} tidak ditemukan.`);
    if (a.status !== 'konsep' && a.status !== 'ditolak') throw konflik(`Aktivitas ini sudah ${a.status}; tidak dapat dihapus.`);
    await tx.run(sql`delete from aktivitas_harian where instansi_id = ${ctx.instansiId} and id = ${id}`);
    await catatAudit(denganDb(ctx, tx), { aksi: 'aktivitas.hapus', entitas: 'aktivitas_harian', entitasId: id, pegawaiId: a.pegawaiId,
      sebelum: { tanggal: a.tanggal, uraian: a.uraian, status: a.status } });
    return { ok: true as const };
  });
}
