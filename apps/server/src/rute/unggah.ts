import type { FastifyRequest } from 'fastify';
import { GalatAplikasi, tidakValid } from '@simasn/platform';
import { adaNul, galatNul } from '../batas.ts';

/**
 * One uploaded file and the plain fields sent with it (multipart/form-data, file field "file").
 * Reading stops one byte past `maks`, so the action sees an oversized file and refuses it by name.
 * A body that is not valid multipart (no boundary, a cut-off part, a broken header) is a 400 with
 * an Indonesian message, never a 500: every upload route reads its body through here.
 */
export async function bacaBerkasMultipart(req: FastifyRequest, maks: number): Promise<{ namaBerkas: string, isi: Buffer, isian: Record<string, string> }> {
  if (!req.isMultipart()) throw tidakValid('Kirim sebagai multipart/form-data.', [{ kolom: 'file', pesan: 'wajib' }]);
  let isi: Buffer | null = null;
  let namaBerkas = 'berkas';
  const isian: Record<string, string> = {};
  try {
    for await (const bagian of req.parts({ limits: { fileSize: maks + 1, files: 1, fields: 50, fieldSize: 64 * 1024, parts: 60 } })) {
      if (bagian.type === 'file') {
        if (isi) {
          // A second file: drained, not kept (files: 1 makes the parser stop at the next one).
          await bagian.toBuffer();
          continue;
        }
        isi = await bagian.toBuffer();
        namaBerkas = bagian.filename || 'berkas';
      } else isian[bagian.fieldname] = String(bagian.value);
    }
  } catch (e) {
    if (e instanceof GalatAplikasi) throw e;
    const status = (e as { statusCode?: number }).statusCode;
    if (status === 413) throw new GalatAplikasi(413, 'terlalu_besar', 'Berkas atau isian unggahan terlalu besar, atau lebih dari satu berkas dikirim.');
    req.log.info({ pesan: (e as Error).message }, 'multipart rusak');
    throw new GalatAplikasi(400, 'unggahan_rusak', 'Unggahan tidak dapat dibaca (terpotong atau rusak); pilih berkas lagi lalu ulangi.');
  }
  if (!isi) throw tidakValid('Berkas belum dipilih.', [{ kolom: 'file', pesan: 'wajib' }]);
  if (adaNul(namaBerkas) || adaNul(isian)) throw galatNul();
  return { namaBerkas, isi, isian };
}
