import { sql } from '@simasn/db';
import { catatAudit, konflik, lingkup, type Konteks } from '@simasn/platform';
import { paramAkun } from '../kelola-akun.types.ts';
import { ambilAkunUntukDiubah } from './bersama.ts';

/** Reactivates a deactivated account; its password is unchanged (reset it too when the owner forgot it). */
export async function aktifkanAkun(ctx: Konteks, id: number): Promise<void> {
  lingkup(ctx, 'akun:kelola');
  const { id: akunId } = paramAkun.parse({ id });
  await ctx.db.transaction(async (tx) => {
    const a = await ambilAkunUntukDiubah(tx, ctx, akunId);
    if (a.aktif) throw konflik(`Akun ${a.nama_pengguna} sudah aktif.`);
    await tx.run(sql`update akun set aktif = true where instansi_id = ${ctx.instansiId} and id = ${a.id}`);
    await catatAudit({ ...ctx, db: tx }, { aksi: 'akun.aktifkan', entitas: 'akun', entitasId: a.id, pegawaiId: a.pegawai_id, sebelum: { aktif: false }, sesudah: { aktif: true } });
  });
}
