import { sql } from '@simasn/db';
import { konflik, tidakValid, type Konteks } from '@simasn/platform';
import { renderDocx } from '@simasn/platform/dokumen';
import { bacaUsulan } from '@simasn/platform/alur';
import { JENIS_KP_LAYANAN } from './dokumen-kp.ts';
import { dataSk, type DataUsulanKp } from './efek-kp.ts';
import { bacaDataSkKp, dokumenSkKenaikanPangkat } from './sk-kenaikan-pangkat.ts';

/**
 * The SK kenaikan pangkat of an approved request: the PDF stored at approval, or the editable
 * DOCX rendered from the same description. Whoever may read the request may download it (the
 * ASN their own).
 */
export async function unduhSkKenaikanPangkat(ctx: Konteks, id: number, format: string): Promise<{ namaBerkas: string, isi: Buffer }> {
  if (format !== 'pdf' && format !== 'docx') throw tidakValid('Format tidak dikenal.', [{ kolom: 'format', pesan: 'pdf atau docx', nilai: format }]);
  const u = await bacaUsulan(ctx, id);
  const d = u.data as unknown as DataUsulanKp;
  if (u.jenis !== JENIS_KP_LAYANAN || !d.nomorSk || !d.skBerkasId) throw konflik(`SK kenaikan pangkat usulan nomor ${id} belum diterbitkan.`);
  const nama = `sk-kenaikan-pangkat-${u.nip}.${format}`;
  if (format === 'pdf') {
    const r = await ctx.db.one<{ isi: Uint8Array }>(sql`select isi from berkas_isi where instansi_id = ${ctx.instansiId} and berkas_id = ${d.skBerkasId}`);
    return { namaBerkas: nama, isi: Buffer.from(r.isi) };
  }
  return { namaBerkas: nama, isi: await renderDocx(dokumenSkKenaikanPangkat(dataSk(d, await bacaDataSkKp(ctx, u.pegawaiId)))) };
}
