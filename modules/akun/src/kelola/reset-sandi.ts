import { sql } from '@simasn/db';
import { catatAudit, lingkup, type Konteks } from '@simasn/platform';
import { buatSandiSementara, hashSandi } from '../sandi.ts';
import { paramAkun } from '../kelola-akun.types.ts';
import { akhiriSesiAkun, ambilAkunUntukDiubah } from './bersama.ts';

/**
 * Admin BKD resets a forgotten password: a one-time temporary password, returned once (never
 * stored in clear, never in the audit), that the owner must replace at the next login. The
 * account's sessions end and its failed-login holds are cleared.
 */
export async function resetSandi(ctx: Konteks, id: number): Promise<{ namaPengguna: string, sandiSementara: string }> {
  lingkup(ctx, 'akun:kelola');
  const { id: akunId } = paramAkun.parse({ id });
  const sandiSementara = buatSandiSementara();
  const hash = await hashSandi(sandiSementara);
  return ctx.db.transaction(async (tx) => {
    const a = await ambilAkunUntukDiubah(tx, ctx, akunId);
    await tx.run(sql`update akun set hash_sandi = ${hash}, harus_ganti_sandi = true where instansi_id = ${ctx.instansiId} and id = ${a.id}`);
    const sesi = await akhiriSesiAkun(tx, ctx, a.id);
    await tx.run(sql`delete from gagal_masuk where instansi_id = ${ctx.instansiId} and nama_pengguna = ${a.nama_pengguna}`);
    await catatAudit({ ...ctx, db: tx }, { aksi: 'akun.reset_sandi', entitas: 'akun', entitasId: a.id, pegawaiId: a.pegawai_id,
      keterangan: `kata sandi sementara dibuat untuk ${a.nama_pengguna}; ${sesi} sesi diakhiri` });
    return { namaPengguna: a.nama_pengguna, sandiSementara };
  });
}
