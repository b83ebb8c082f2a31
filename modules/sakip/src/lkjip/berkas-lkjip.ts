import { renderDocx, renderPdf } from '@simasn/platform/dokumen';
import { dokumenLkjip } from './dokumen-lkjip.ts';
import { gambarLkjip } from './grafik-lkjip.ts';
import { namaPeriode, type LaporanLkjip } from './model.ts';

export const FORMAT_BERKAS = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pdf: 'application/pdf' } as const;
export type FormatBerkas = keyof typeof FORMAT_BERKAS;

/** "LKjIP-BKD-2024-TW2.pdf" */
export function namaBerkasLkjip(l: Pick<LaporanLkjip, 'unit' | 'tahun' | 'tribulan'>, format: FormatBerkas): string {
  const kode = l.unit.kode.replace(/[^\w.-]+/g, '_');
  return `LKjIP-${kode}-${l.tahun}${l.tribulan ? `-TW${l.tribulan}` : ''}.${format}`;
}

/** Charts, then the document, then the file: the same model for both formats. */
export async function berkasLkjip(l: LaporanLkjip, format: FormatBerkas): Promise<{ isi: Buffer, namaBerkas: string, mime: string, judul: string }> {
  const dok = dokumenLkjip(l, await gambarLkjip(l));
  const isi = format === 'docx' ? await renderDocx(dok) : await renderPdf(dok);
  return { isi, namaBerkas: namaBerkasLkjip(l, format), mime: FORMAT_BERKAS[format], judul: `LKjIP ${l.unit.nama} ${namaPeriode(l)}` };
}
