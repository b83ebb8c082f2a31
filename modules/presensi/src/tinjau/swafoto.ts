import { sql } from '@simasn/db';
import { catatAudit, lingkup, punyaIzin, syaratLingkup, tidakDitemukan, wajibMasuk, type Konteks } from '@simasn/platform';

/**
 * A check-in's selfie (UU 27/2022): seen only by the employee and by who reviews that check-in
 * (presensi:kelola over the employee), only while it is kept, and every viewing is audited.
 */
export async function ambilSwafoto(ctx: Konteks, presensiId: number): Promise<{ isi: Buffer, jenisMime: string }> {
  const p = wajibMasuk(ctx);
  const diri = p.pegawaiId !== null ? sql`r.pegawai_id = ${p.pegawaiId}` : sql`false`;
  const peninjau = punyaIzin(p, 'presensi:kelola') ? syaratLingkup(lingkup(ctx, 'presensi:kelola'), 'pg') : sql`false`;
  const f = await ctx.db.maybeOne<{ isi: Uint8Array, jenis_mime: string, pegawai_id: number }>(sql`
    select f.isi, f.jenis_mime, r.pegawai_id from swafoto_presensi f
      join presensi r on r.instansi_id = f.instansi_id and r.id = f.presensi_id
      join pegawai pg on pg.instansi_id = r.instansi_id and pg.id = r.pegawai_id
     where f.instansi_id = ${ctx.instansiId} and f.presensi_id = ${presensiId} and f.kedaluwarsa_pada > ${ctx.sekarang()} and (${diri} or ${peninjau})`);
  if (!f) throw tidakDitemukan('Swafoto tidak ada atau sudah dihapus karena masa simpannya habis.');
  await catatAudit(ctx, { aksi: 'presensi.swafoto_lihat', entitas: 'presensi', entitasId: presensiId, pegawaiId: Number(f.pegawai_id) });
  return { isi: Buffer.from(f.isi), jenisMime: f.jenis_mime };
}

/** Deletes the selfies whose retention has passed (the server runs it hourly). Returns how many. */
export async function hapusSwafotoKedaluwarsa(ctx: Konteks): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const n = await tx.run(sql`delete from swafoto_presensi where instansi_id = ${ctx.instansiId} and kedaluwarsa_pada <= ${ctx.sekarang()}`);
    if (n) await catatAudit({ ...ctx, db: tx }, { aksi: 'presensi.swafoto_hapus', entitas: 'swafoto_presensi', sesudah: { jumlah: n }, keterangan: 'masa simpan habis' });
    return n;
  });
}
