import { sql } from '@simasn/db';
import { catatAudit, lingkup, type Konteks } from '@simasn/platform';
import { paramAkun } from '../kelola-akun.types.ts';
import { ambilAkunUntukDiubah } from './bersama.ts';

/** Admin BKD clears the failed-login counts (and so every wait) of an account's login name, from every address. */
export async function bukaTahananMasuk(ctx: Konteks, id: number): Promise<{ dihapus: number }> {
  lingkup(ctx, 'akun:kelola');
  const { id: akunId } = paramAkun.parse({ id });
  return ctx.db.transaction(async (tx) => {
    const a = await ambilAkunUntukDiubah(tx, ctx, akunId);
    const r = await tx.one<{ n: number }>(sql`
      select coalesce(sum(jumlah), 0)::int as n from gagal_masuk where instansi_id = ${ctx.instansiId} and nama_pengguna = ${a.nama_pengguna}`);
    await tx.run(sql`update gagal_masuk set jumlah = 0, gagal_terakhir = null where instansi_id = ${ctx.instansiId} and nama_pengguna = ${a.nama_pengguna}`);
    await catatAudit({ ...ctx, db: tx }, { aksi: 'akun.buka_tahanan_masuk', entitas: 'akun', entitasId: a.id, pegawaiId: a.pegawai_id,
      keterangan: `${r.n} percobaan masuk gagal dihapus` });
    return { dihapus: r.n };
  });
}
