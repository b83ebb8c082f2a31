import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, tidakValid, uraikan, z, type Konteks } from '@simasn/platform';
import { periksaBukti, simpanDokumenBukti } from '../bukti/dokumen-bukti.ts';
import { bacaPenilaian, izinKelola, susunPenilaian } from './penilaian.ts';
import { naikkanVersiPenilaian, penilaianDraf, subAspekPenilaian } from './ubah-skor-merit.ts';

export interface UnggahBuktiMerit {
  namaBerkas: string;
  isi: Buffer;
  /** The score's version as read (evidence belongs to a scored sub-aspect). */
  versi: unknown;
}

const skemaVersiBukti = z.object({ versi: z.coerce.number().int().min(1, 'beri skor sub-aspek ini sebelum melampirkan bukti') });

/**
 * Attaches an evidence document to a scored sub-aspect (stored in dokumen_bukti; a new upload
 * replaces the link, the old file stays stored). Versioned like the score itself.
 */
export async function unggahBuktiMerit(ctx: Konteks, id: number, kode: string, u: UnggahBuktiMerit) {
  izinKelola(ctx);
  const { versi } = uraikan(skemaVersiBukti, { versi: u.versi });
  const cek = periksaBukti(u.isi);
  if ('salah' in cek) throw tidakValid('Berkas bukti ditolak.', [{ kolom: 'berkas', pesan: cek.salah }]);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const p = await penilaianDraf(c, id, 'bukti');
    await subAspekPenilaian(c, p, kode);
    const skor = await tx.maybeOne<{ versi: number, dokumen_id: number | null }>(sql`
      select versi, dokumen_id from skor_merit where instansi_id = ${ctx.instansiId} and penilaian_id = ${id} and sub_aspek = ${kode}`);
    if (!skor) throw tidakValid('Sub-aspek belum dinilai.', [{ kolom: 'versi', pesan: 'beri skor sub-aspek ini sebelum melampirkan bukti' }]);
    if (skor.versi !== versi) {
      throw konflik(`Sub-aspek ${kode} sudah diubah orang lain (versi ${skor.versi}, Anda mengubah versi ${versi}). Muat ulang lalu ulangi.`);
    }
    const oleh = ctx.pemanggil && !ctx.pemanggil.sistem ? ctx.pemanggil.akunId : null;
    const d = await simpanDokumenBukti(c, { namaBerkas: u.namaBerkas, isi: u.isi, akhiran: true });
    const nama = d.namaBerkas;
    const r = await tx.maybeOne(sql`
      update skor_merit set dokumen_id = ${d.id}, versi = versi + 1, diubah_oleh = ${oleh}, diubah_pada = ${ctx.sekarang()}
       where instansi_id = ${ctx.instansiId} and penilaian_id = ${id} and sub_aspek = ${kode} and versi = ${versi}
      returning versi`);
    if (!r) throw konflik(`Sub-aspek ${kode} sudah diubah orang lain. Muat ulang lalu ulangi.`);
    await naikkanVersiPenilaian(c, id);
    await catatAudit(c, { aksi: 'merit.bukti', entitas: 'penilaian_merit', entitasId: id, sebelum: { tahun: p.tahun, subAspek: kode, dokumenId: skor.dokumen_id },
      sesudah: { tahun: p.tahun, subAspek: kode, dokumenId: d.id, namaBerkas: nama, jenisMime: cek.jenisMime, ukuran: u.isi.length } });
    return { dokumen: { id: d.id, namaBerkas: nama, jenisMime: cek.jenisMime, ukuran: u.isi.length }, penilaian: await susunPenilaian(c, await bacaPenilaian(c, id)) };
  });
}
