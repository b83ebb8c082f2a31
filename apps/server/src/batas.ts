import type { FastifyInstance } from 'fastify';
import { GalatAplikasi } from '@simasn/platform';

export const PESAN_NUL = 'Isian memuat karakter kosong (NUL) yang tidak diizinkan; hapus karakter itu lalu ulangi.';

/** A NUL anywhere in a value PostgreSQL would be handed: text columns cannot hold it. */
export function adaNul(nilai: unknown, kedalaman = 0): boolean {
  if (typeof nilai === 'string') return nilai.includes('\u0000');
  if (nilai === null || typeof nilai !== 'object' || kedalaman > 64) return false;
  if (Buffer.isBuffer(nilai)) return false;
  if (Array.isArray(nilai)) return nilai.some((v) => adaNul(v, kedalaman + 1));
  return Object.entries(nilai).some(([k, v]) => k.includes('\u0000') || adaNul(v, kedalaman + 1));
}

export const galatNul = () => new GalatAplikasi(400, 'karakter_tidak_sah', PESAN_NUL);

/**
 * The request boundary: input no route can use is refused here, for every route, before a
 * session is read or a query runs. A NUL byte (`%00` in the path or query, `\u0000` in a JSON
 * string) would reach PostgreSQL, which refuses it with an error the handler did not expect.
 */
export function pasangBatasPermintaan(app: FastifyInstance) {
  app.addHook('onRequest', async (req) => {
    if (/%00/i.test(req.url) || req.url.includes('\u0000')) throw galatNul();
  });
  app.addHook('preValidation', async (req) => {
    if (req.body !== undefined && adaNul(req.body)) throw galatNul();
  });
}
