import { sql } from '@simasn/db';
import { simpanDokumenBukti } from '@simasn/indeks';
import { catatAudit, denganDb, konflik, tidakDitemukan, wajibMasuk, type Konteks } from '@simasn/platform';
import { DARI_AKTIVITAS, KOLOM_AKTIVITAS, tampilAktivitas, type BarisAktivitas } from './baca-aktivitas.ts';

/**
 * Attaches the evidence of one of the caller's own draft activities: a PDF, PNG or JPEG (a photo
 * from the phone) of at most 5 MB, told by its content, stored by indeks' evidence store.
 */
export async function unggahBuktiAktivitas(ctx: Konteks, id: number, b: { namaBerkas: string, isi: Buffer }) {
  const p = wajibMasuk(ctx);
  await ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const a = await tx.maybeOne<{ status: string, pegawaiId: number }>(sql`select status, pegawai_id as "pegawaiId" from aktivitas_harian
      where instansi_id = ${ctx.instansiId} and id = ${id} and pegawai_id = ${p.pegawaiId ?? 0} for update`);
    if (!a) throw tidakDitemukan(`Aktivitas nomor ${id} tidak ditemukan.`);
    if (a.status !== 'konsep' && a.status !== 'ditolak') throw konflik(`Aktivitas ini sudah ${a.status}; buktinya tidak dapat diganti.`);
    const d = await simpanDokumenBukti(c, { namaBerkas: b.namaBerkas, isi: b.isi, akhiran: true });
    await tx.run(sql`update aktivitas_harian set bukti_id = ${d.id}, versi = versi + 1, diubah_pada = ${ctx.sekarang()} where instansi_id = ${ctx.instansiId} and id = ${id}`);
    await catatAudit(c, { aksi: 'aktivitas.simpan', entitas: 'aktivitas_harian', entitasId: id, pegawaiId: a.pegawaiId, sesudah: { bukti: d.namaBerkas, ukuran: d.ukuran } });
  });
  return tampilAktivitas(ctx, await ctx.db.one<BarisAktivitas>(sql`select ${KOLOM_AKTIVITAS} ${DARI_AKTIVITAS} where a.instansi_id = ${ctx.instansiId} and a.id = ${id}`));
}
