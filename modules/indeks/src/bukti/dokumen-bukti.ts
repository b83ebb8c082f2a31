import { createHash } from 'node:crypto';
import { sql } from '@simasn/db';
import { namaBerkasAman, tidakValid, type Konteks } from '@simasn/platform';

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

export interface DokumenBuktiBaru {
  namaBerkas: string;
  isi: Buffer;
  /** Append the extension of the detected type when the name lacks it (Sistem Merit evidence). */
  akhiran?: boolean;
}

/**
 * Stores an evidence document (`dokumen_bukti`: Sistem Merit sub-aspects here, SAKIP realisasi in
 * @simasn/sakip): the one place that writes that table. Checks the content, makes the name safe,
 * records the uploader; runs in the caller's transaction, whose action links and audits it.
 */
export async function simpanDokumenBukti(ctx: Konteks, b: DokumenBuktiBaru): Promise<{ id: number, namaBerkas: string, jenisMime: JenisBukti, ukuran: number }> {
  const cek = periksaBukti(b.isi);
  if ('salah' in cek) throw tidakValid('Berkas bukti ditolak.', [{ kolom: 'berkas', pesan: cek.salah }]);
  let nama = namaBerkasAman(b.namaBerkas, 'bukti');
  if (b.akhiran && !nama.toLowerCase().endsWith(AKHIRAN[cek.jenisMime]) && !(cek.jenisMime === 'image/jpeg' && /\.jpe?g$/i.test(nama))) nama += AKHIRAN[cek.jenisMime];
  const p = ctx.pemanggil;
  const d = await ctx.db.one<{ id: number }>(sql`
    insert into dokumen_bukti (instansi_id, nama_berkas, jenis_mime, ukuran, sha256, isi, diunggah_oleh, diunggah_pada)
    values (${ctx.instansiId}, ${nama}, ${cek.jenisMime}, ${b.isi.length}, ${createHash('sha256').update(b.isi).digest('hex')}, ${b.isi},
            ${p && !p.sistem ? p.akunId : null}, ${ctx.sekarang()})
    returning id`);
  return { id: d.id, namaBerkas: nama, jenisMime: cek.jenisMime, ukuran: b.isi.length };
}
