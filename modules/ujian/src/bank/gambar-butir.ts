import { sql } from '@simasn/db';
import { simpanDokumenBukti } from '@simasn/indeks';
import { catatAudit, denganDb, lingkup, tidakDitemukan, tidakValid, type Konteks } from '@simasn/platform';
import { UKURAN_MAKS_GAMBAR } from '../ujian.types.ts';
import { ambilButir } from './butir.ts';

/**
 * The image of an item (PNG or JPEG, at most 1 MB, told by its content), stored in the platform's
 * evidence store. Like any edit it makes a new version (back to draf, reviewed again).
 */
export async function unggahGambarButir(ctx: Konteks, id: number, b: { namaBerkas: string, isi: Buffer }) {
  lingkup(ctx, 'ujian:kelola');
  const salah = periksaGambarButir(b.isi);
  if (salah) throw tidakValid('Gambar ditolak.', [{ kolom: 'berkas', pesan: salah }]);
  await ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const lama = await tx.maybeOne<{ versi: number }>(sql`select versi from butir_soal where instansi_id = ${ctx.instansiId} and id = ${id} for update`);
    if (!lama) throw tidakDitemukan(`Butir soal nomor ${id} tidak ditemukan.`);
    const d = await simpanDokumenBukti(c, { namaBerkas: b.namaBerkas, isi: b.isi, akhiran: true });
    await tx.run(sql`insert into versi_butir (instansi_id, butir_id, versi, teks, jenis, opsi, pembahasan, gambar_id, acak_opsi, dibuat_oleh, dibuat_pada)
      select instansi_id, butir_id, versi + 1, teks, jenis, opsi, pembahasan, ${d.id}, acak_opsi, ${ctx.pemanggil?.sistem ? null : ctx.pemanggil?.akunId ?? null},
             ${ctx.sekarang()}
        from versi_butir where instansi_id = ${ctx.instansiId} and butir_id = ${id} and versi = ${lama.versi}`);
    await tx.run(sql`update butir_soal set versi = versi + 1, status = 'draf', diubah_pada = ${ctx.sekarang()} where instansi_id = ${ctx.instansiId} and id = ${id}`);
    await catatAudit(c, { aksi: 'butir_soal.ubah', entitas: 'butir_soal', entitasId: id, sebelum: { versi: lama.versi },
      sesudah: { versi: lama.versi + 1, gambar: d.namaBerkas, ukuran: d.ukuran } });
  });
  return ambilButir(ctx, id);
}

/** Why an item's image is refused (PNG or JPEG by content, at most 1 MB), or null; the QTI import checks its images so too. */
export function periksaGambarButir(isi: Buffer): string | null {
  const png = isi.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const jpg = isi[0] === 0xff && isi[1] === 0xd8 && isi[2] === 0xff;
  if (!png && !jpg) return 'gambar harus PNG atau JPEG';
  if (isi.length > UKURAN_MAKS_GAMBAR) return 'gambar paling besar 1 MB';
  return null;
}

/** The image of an item's current version (the bank's keepers). */
export async function ambilGambarButir(ctx: Konteks, id: number) {
  lingkup(ctx, 'ujian:kelola');
  const d = await ctx.db.maybeOne<{ jenisMime: string, isi: Uint8Array }>(sql`
    select d.jenis_mime as "jenisMime", d.isi from butir_soal s
      join versi_butir v on v.instansi_id = s.instansi_id and v.butir_id = s.id and v.versi = s.versi
      join dokumen_bukti d on d.instansi_id = v.instansi_id and d.id = v.gambar_id
     where s.instansi_id = ${ctx.instansiId} and s.id = ${id}`);
  if (!d) throw tidakDitemukan('Gambar butir tidak ditemukan.');
  return { jenisMime: d.jenisMime, isi: Buffer.from(d.isi) };
}
