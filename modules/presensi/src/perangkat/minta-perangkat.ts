import { sql } from '@simasn/db';
import { catatAudit, denganDb, lingkup, syaratLingkup, terlarang, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { skemaMintaPerangkat } from './perangkat.types.ts';

export { skemaMintaPerangkat };

/**
 * The ASN asks to bind this device to their account (a new or reset phone). The first device binds
 * itself at the first check-in; every other one waits for admin OPD's approval.
 */
export async function mintaPerangkat(ctx: Konteks, masukan: unknown) {
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'presensi:catat');
  if (p.pegawaiId === null) throw terlarang('Akun ini tidak terhubung dengan data pegawai.');
  const f = uraikan(skemaMintaPerangkat, masukan, 'Permintaan perangkat belum benar.');
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const pg = await tx.maybeOne<{ id: number }>(sql`select p.id from pegawai p where p.instansi_id = ${ctx.instansiId} and p.id = ${p.pegawaiId} and ${syaratLingkup(l, 'p')}`);
    if (!pg) throw terlarang('Data pegawai Anda tidak ditemukan.');
    const ada = await tx.maybeOne<{ id: number, status: string }>(sql`
      select id, status from perangkat_presensi where instansi_id = ${ctx.instansiId} and pegawai_id = ${pg.id} and sidik = ${f.perangkat}`);
    if (ada?.status === 'aktif') return { id: Number(ada.id), status: 'aktif' as const, pesan: 'Perangkat ini sudah terikat ke akun Anda.' };
    if (ada?.status === 'menunggu') {
      return { id: Number(ada.id), status: 'menunggu' as const, pesan: 'Permintaan untuk perangkat ini sudah diajukan dan menunggu persetujuan admin OPD.' };
    }
    const adaAktif = await tx.maybeOne(sql`select 1 from perangkat_presensi where instansi_id = ${ctx.instansiId} and pegawai_id = ${pg.id} and status = 'aktif'`);
    const status = adaAktif ? 'menunggu' as const : 'aktif' as const;
    const r = await tx.one<{ id: number }>(sql`
      insert into perangkat_presensi (instansi_id, pegawai_id, sidik, keterangan, status, alasan, diminta_pada, diputuskan_pada)
      values (${ctx.instansiId}, ${pg.id}, ${f.perangkat}, ${f.keterangan ?? null}, ${status}, ${f.alasan}, ${ctx.sekarang()}, ${status === 'aktif' ? ctx.sekarang() : null})
      on conflict (instansi_id, pegawai_id, sidik) do update set status = excluded.status, alasan = excluded.alasan, diminta_pada = excluded.diminta_pada,
         diputuskan_pada = excluded.diputuskan_pada, diputuskan_oleh = null, catatan = null, versi = perangkat_presensi.versi + 1
      returning id`);
    await catatAudit(c, { aksi: 'presensi.perangkat_minta', entitas: 'perangkat_presensi', entitasId: Number(r.id), pegawaiId: pg.id,
      sebelum: ada ? { status: ada.status } : undefined, sesudah: { status, keterangan: f.keterangan ?? null }, keterangan: f.alasan });
    return { id: Number(r.id), status,
      pesan: status === 'aktif' ? 'Perangkat ini sekarang terikat ke akun Anda.' : 'Permintaan terkirim. Admin OPD akan memeriksa dan menyetujui perangkat ini.' };
  });
}
