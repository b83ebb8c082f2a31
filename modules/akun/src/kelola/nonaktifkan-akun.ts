import { sql } from '@simasn/db';
import { catatAudit, konflik, lingkup, wajibMasuk, type Konteks, type z } from '@simasn/platform';
import { paramAkun, skemaNonaktifkanAkun } from '../kelola-akun.types.ts';
import { akhiriSesiAkun, ambilAkunUntukDiubah, pastikanAdminTersisa } from './bersama.ts';

/**
 * Deactivates an account (someone left, moved, or the account is misused): it can no longer log
 * in and its open sessions end at once. An admin cannot deactivate themself, nor the last active
 * admin BKD.
 */
export async function nonaktifkanAkun(ctx: Konteks, id: number, masukan: z.input<typeof skemaNonaktifkanAkun> = {}): Promise<void> {
  lingkup(ctx, 'akun:kelola');
  const p = wajibMasuk(ctx);
  const { id: akunId } = paramAkun.parse({ id });
  const input = skemaNonaktifkanAkun.parse(masukan);
  if (akunId === p.akunId) throw konflik('Anda tidak dapat menonaktifkan akun Anda sendiri.');
  await ctx.db.transaction(async (tx) => {
    const a = await ambilAkunUntukDiubah(tx, ctx, akunId);
    if (!a.aktif) throw konflik(`Akun ${a.nama_pengguna} sudah nonaktif.`);
    await tx.run(sql`update akun set aktif = false where instansi_id = ${ctx.instansiId} and id = ${a.id}`);
    await pastikanAdminTersisa(tx, ctx);
    const sesi = await akhiriSesiAkun(tx, ctx, a.id);
    await catatAudit({ ...ctx, db: tx }, { aksi: 'akun.nonaktifkan', entitas: 'akun', entitasId: a.id, pegawaiId: a.pegawai_id, sebelum: { aktif: true }, sesudah: { aktif: false },
      keterangan: [input.alasan, `${sesi} sesi diakhiri`].filter(Boolean).join('; ') });
  });
}
