import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this an answer costs more to compress than it saves (headers, a round of CPU). */
export const UKURAN_MIN_KOMPRESI = 1024;

/**
 * The encoding to answer with from an Accept-Encoding header: brotli, else gzip, else none
 * (`br;q=0` refuses brotli; `*` accepts either).
 */
export function pilihPengodean(terima: string | undefined): 'br' | 'gzip' | null {
  const q = new Map<string, number>();
  for (const bagian of (terima ?? '').split(',')) {
    const [nama, ...param] = bagian.trim().toLowerCase().split(';');
    if (!nama) continue;
    const nilaiQ = param.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
    q.set(nama, nilaiQ === undefined ? 1 : Number(nilaiQ));
  }
  const boleh = (n: string) => (q.get(n) ?? q.get('*') ?? 0) > 0;
  return boleh('br') ? 'br' : boleh('gzip') ? 'gzip' : null;
}

/**
 * API answers (JSON, CSV) of 1 KB or more are compressed for a browser that accepts it: a page of
 * 20 employees is 7.5 KB of JSON, a month's shift schedule of a large unit 400 KB, sent over an
 * office line or a phone. Brotli at a fast level (4) costs about a millisecond per 100 KB. Files
 * (XLSX, PDF, already compressed) and streams (the import's progress) are sent as they are; the web
 * app's own files are compressed at build time (statis.ts).
 *
 * An onSend hook of each contract route (`rute`), run after the personal-data masking there: a
 * hook added to the whole app would run before the route's own and hand the masking a compressed
 * buffer it cannot read, so personal fields would leave in clear.
 */
export async function kompresiJawaban(req: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (!req.url.startsWith('/api/') || reply.hasHeader('content-encoding')) return payload;
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
  if (!/^(application\/json|text\/csv)\b/.test(String(reply.getHeader('content-type') ?? ''))) return payload;
  if (Buffer.byteLength(payload) < UKURAN_MIN_KOMPRESI) return payload;
  const vary = String(reply.getHeader('vary') ?? '');
  if (!/accept-encoding/i.test(vary)) reply.header('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  const pengodean = pilihPengodean(req.headers['accept-encoding']);
  if (!pengodean) return payload;
  const hasil = pengodean === 'br'
    ? await brotli(payload, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } })
    : await gzipAsync(payload, { level: 6 });
  reply.header('content-encoding', pengodean);
  reply.header('content-length', hasil.length);
  return hasil;
}
