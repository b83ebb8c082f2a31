import { createHash } from 'node:crypto';
import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, tidakValid, uraikan, z, type Konteks } from '@simasn/platform';
import { bacaPenilaian, izinKelola, susunPenilaian } from './penilaian.ts';
import { naikkanVersiPenilaian, penilaianDraf, subAspekPenilaian } from './ubah-skor-merit.ts';

export const UKURAN_MAKS_BUKTI = 5 * 1024 * 1024;

export type JenisBukti = 'application/pdf' | 'image/png' | 'image/jpeg';

/** Evidence is a PDF, PNG or JPEG, told by its content, not by the name the browser sent. */
export function periksaBukti(isi: Buffer): { jenisMime: JenisBukti } | { salah: string } {
  if (isi.length === 0) return { salah: 'berkas kosong' };
  if (isi.length > UKURAN_MAKS_BUKTI) return { salah: `berkas lebih dari ${UKURAN_MAKS_BUKTI / 1024 / 1024} MB` };
  if (isi.subarray(0, 5).toString('latin1') === '%PDF-') return { jenisMime: 'application/pdf' };
  if (isi.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return { jenisMime: 'image/png' };
  if (isi[0] === 0xff && isi[1] === 0xd8 && isi[2] === 0xff) return { jenisMime: 'image/jpeg' };
  return { salah: 'berkas harus PDF, PNG atau JPEG' };
}

const AKHIRAN: Record<JenisBukti, string> = { 'application/pdf': '.pdf', 'image/png': '.png', 'image/jpeg': '.jpg' };

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
    const skor = await tx.maybeOne<{ versi: number; dokumen_id: number | null }>(sql`
      select versi, dokumen_id from skor_merit where instansi_id = ${ctx.instansiId} and penilaian_id = ${id} and sub_aspek = ${kode}`);
    if (!skor) throw tidakValid('Sub-aspek belum dinilai.', [{ kolom: 'versi', pesan: 'beri skor sub-aspek ini sebelum melampirkan bukti' }]);
    if (skor.versi !== versi) {
      throw konflik(`Sub-aspek ${kode} sudah diubah orang lain (versi ${skor.versi}, Anda mengubah versi ${versi}). Muat ulang lalu ulangi.`);
    }
    let nama = u.namaBerkas.replace(/[^\w.\- ()]/g, '_').slice(0, 150) || 'bukti';
    if (!nama.toLowerCase().endsWith(AKHIRAN[cek.jenisMime]) && !(cek.jenisMime === 'image/jpeg' && /\.jpe?g$/i.test(nama))) nama += AKHIRAN[cek.jenisMime];
    const oleh = ctx.pemanggil && !ctx.pemanggil.sistem ? ctx.pemanggil.akunId : null;
    const d = await tx.one<{ id: number }>(sql`
      insert into dokumen_bukti (instansi_id, nama_berkas, jenis_mime, ukuran, sha256, isi, diunggah_oleh, diunggah_pada)
      values (${ctx.instansiId}, ${nama}, ${cek.jenisMime}, ${u.isi.length}, ${createHash('sha256').update(u.isi).digest('hex')}, ${u.isi}, ${oleh}, ${ctx.sekarang()})
      returning id`);
    const r = await tx.maybeOne(sql`
      update skor_merit set dokumen_id = ${d.id}, versi = versi + 1, diubah_oleh = ${oleh}, diubah_pada = ${ctx.sekarang()}
       where instansi_id = ${ctx.instansiId} and penilaian_id = ${id} and sub_aspek = ${kode} and versi = ${versi}
      returning versi`);
    if (!r) throw konflik(`Sub-aspek ${kode} sudah diubah orang lain. Muat ulang lalu ulangi.`);
    await naikkanVersiPenilaian(c, id);
    await catatAudit(c, {
      aksi: 'merit.bukti', entitas: 'penilaian_merit', entitasId: id,
      sebelum: { tahun: p.tahun, subAspek: kode, dokumenId: skor.dokumen_id },
      sesudah: { tahun: p.tahun, subAspek: kode, dokumenId: d.id, namaBerkas: nama, jenisMime: cek.jenisMime, ukuran: u.isi.length },
    });
    return { dokumen: { id: d.id, namaBerkas: nama, jenisMime: cek.jenisMime, ukuran: u.isi.length }, penilaian: await susunPenilaian(c, await bacaPenilaian(c, id)) };
  });
}
