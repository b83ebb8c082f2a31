import { sql } from '@simasn/db';
import { catatAudit, lingkup, type Konteks } from '@simasn/platform';
import { paramAkun, skemaUbahPeranAkun, type InputUbahPeranAkun } from '../kelola-akun.types.ts';
import { ambilAkunUntukDiubah, pastikanAdminTersisa, susunPeran } from './bersama.ts';

/**
 * Sets an account's roles as a whole (and the perangkat daerah of an admin OPD). The last active
 * admin BKD cannot lose the role (themself included). The account's sessions read roles on every
 * request, so the change applies at once.
 */
export async function ubahPeranAkun(ctx: Konteks, id: number, masukan: InputUbahPeranAkun): Promise<void> {
  lingkup(ctx, 'akun:kelola');
  const { id: akunId } = paramAkun.parse({ id });
  const input = skemaUbahPeranAkun.parse(masukan);
  await ctx.db.transaction(async (tx) => {
    const a = await ambilAkunUntukDiubah(tx, ctx, akunId);
    const sebelum = await tx.many<{ peran: string, unitId: number | null }>(sql`
      select peran, unit_id as "unitId" from akun_peran where instansi_id = ${ctx.instansiId} and akun_id = ${a.id} order by peran`);
    const peran = await susunPeran(tx, ctx, input.peran, a.pegawai_id);
    await tx.run(sql`delete from akun_peran where instansi_id = ${ctx.instansiId} and akun_id = ${a.id}`);
    for (const r of peran) {
      await tx.run(sql`insert into akun_peran (instansi_id, akun_id, peran, unit_id) values (${ctx.instansiId}, ${a.id}, ${r.peran}, ${r.unitId})`);
    }
    await pastikanAdminTersisa(tx, ctx);
    await catatAudit({ ...ctx, db: tx }, { aksi: 'akun.ubah_peran', entitas: 'akun', entitasId: a.id, pegawaiId: a.pegawai_id, sebelum: { peran: sebelum }, sesudah: { peran } });
  });
}
