import { sql } from '@simasn/db';
import { catatAudit, GalatAplikasi, tidakDitemukan, wajibMasuk, type Konteks, type z } from '@simasn/platform';
import { skemaGantiSandi } from '../auth.types.ts';
import { cocokSandi, hashSandi, pastikanSandiLayak } from '../sandi.ts';

/** The caller changes their own password (also the forced change after an admin created or reset it); every other session of theirs ends. */
export async function gantiSandi(ctx: Konteks, masukan: z.input<typeof skemaGantiSandi>, sesiSekarang?: string): Promise<void> {
  const p = wajibMasuk(ctx);
  const input = skemaGantiSandi.parse(masukan);
  const a = await ctx.db.maybeOne<{ hash_sandi: string, nama_tampilan: string, pegawai_id: number | null }>(sql`
    select hash_sandi, nama_tampilan, pegawai_id from akun where instansi_id = ${ctx.instansiId} and id = ${p.akunId}`);
  if (!a) throw tidakDitemukan();
  if (!(await cocokSandi(a.hash_sandi, input.sandiLama))) {
    throw new GalatAplikasi(400, 'sandi_lama_salah', 'Kata sandi lama salah.', [{ kolom: 'sandiLama', pesan: 'kata sandi lama salah' }]);
  }
  if (input.sandiBaru === input.sandiLama) {
    throw new GalatAplikasi(422, 'tidak_valid', 'Kata sandi baru belum memenuhi syarat.', [{ kolom: 'sandiBaru', pesan: 'kata sandi baru harus berbeda dari yang lama' }]);
  }
  await pastikanSandiLayak(ctx.db, ctx.instansiId, input.sandiBaru, { namaPengguna: p.namaPengguna, namaTampilan: a.nama_tampilan, pegawaiId: a.pegawai_id }, 'sandiBaru',
    'Kata sandi baru belum memenuhi syarat.');
  const hashBaru = await hashSandi(input.sandiBaru);
  await ctx.db.transaction(async (tx) => {
    await tx.run(sql`update akun set hash_sandi = ${hashBaru}, harus_ganti_sandi = false where instansi_id = ${ctx.instansiId} and id = ${p.akunId}`);
    await tx.run(sql`delete from sesi where instansi_id = ${ctx.instansiId} and akun_id = ${p.akunId} and id <> ${sesiSekarang ?? ''}`);
    await catatAudit({ ...ctx, db: tx }, { aksi: 'akun.ganti_sandi', entitas: 'akun', entitasId: p.akunId });
  });
}
