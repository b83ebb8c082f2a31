import type { FastifyRequest } from 'fastify';
import { tidakValid } from '@simasn/platform';

/**
 * One uploaded file and the plain fields sent with it (multipart/form-data, file field "file").
 * Reading stops one byte past `maks`, so the action sees an oversized file and refuses it by name.
 */
export async function bacaBerkasMultipart(req: FastifyRequest, maks: number): Promise<{ namaBerkas: string, isi: Buffer, isian: Record<string, string> }> {
  if (!req.isMultipart()) throw tidakValid('Kirim sebagai multipart/form-data.', [{ kolom: 'file', pesan: 'wajib' }]);
  let isi: Buffer | null = null;
  let namaBerkas = 'berkas';
  const isian: Record<string, string> = {};
  for await (const bagian of req.parts({ limits: { fileSize: maks + 1, files: 1 } })) {
    if (bagian.type === 'file') {
      isi = await bagian.toBuffer();
      namaBerkas = bagian.filename;
    } else isian[bagian.fieldname] = String(bagian.value);
  }
  if (!isi) throw tidakValid('Berkas belum dipilih.', [{ kolom: 'file', pesan: 'wajib' }]);
  return { namaBerkas, isi, isian };
}
