import type { FastifyReply } from 'fastify';
import { amankanNamaBerkas } from '@simasn/platform';

const MIME = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', csv: 'text/csv; charset=utf-8', zip: 'application/zip' } as const;

/** Sends a generated or stored file as a download (`inline` shows a PDF in the browser). */
export function kirimBerkas(reply: FastifyReply, isi: Buffer, nama: string, jenis: keyof typeof MIME, inline = false) {
  const aman = amankanNamaBerkas(nama);
  return reply.header('content-type', MIME[jenis]).header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename="${aman}"`).header('cache-control',
    'private, no-store').send(isi);
}

/** Whether an If-None-Match header names this ETag (or `*`); weak comparison, as for GET. */
export function cocokEtag(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false;
  const lemah = (t: string) => t.trim().replace(/^W\//, '');
  return (Array.isArray(header) ? header.join(',') : header).split(',').some((t) => t.trim() === '*' || lemah(t) === lemah(etag));
}
