import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { BadanGalat } from '@simasn/kontrak';
import { GalatAplikasi } from '@simasn/platform';
import { ZodError } from 'zod';
import { PESAN_NUL } from './batas.ts';
import { NAMA_COOKIE } from './sesi.ts';
import { CACHE_SHELL } from './statis.ts';

/** The 500 message: names the request id the log carries, so a report can be matched to its entry. */
export const pesanGalatServer = (id: string) => `Terjadi kesalahan pada server. Kejadian ini sudah dicatat dengan nomor ${id}; sebutkan nomor itu bila melapor.`;

/**
 * Every error leaves as the contract's `BadanGalat` (`{ kode, pesan, masalah? }`) with an Indonesian
 * message: the action's own errors with their status, schema failures as 422 naming each isian,
 * database constraint violations and malformed requests translated (their English detail only to
 * the log), anything else a 500 that is always logged (with the request id, which the answer
 * names) but reveals nothing.
 */
export function pasangPenanganGalat(app: FastifyInstance,
  o: { shellWeb?: (jalur: string, bersesi: boolean, tanya?: (alamat: string) => Promise<unknown>) => string | Promise<string> } = {})
{
  app.setErrorHandler((e: FastifyError & { code?: string, detail?: string, constraint?: string }, req, reply) => {
    if (e instanceof GalatAplikasi) {
      return reply.status(e.status).send({ kode: e.kode, pesan: e.message, ...(e.rincian !== undefined ? { masalah: e.rincian } : {}) });
    }
    if (hasZodFastifySchemaValidationErrors(e)) {
      const masalah = e.validation.map((v) => {
        const jalur = (v.params.issue as { path?: PropertyKey[] } | undefined)?.path;
        const kolom = jalur?.length ? jalur.map(String).join('.') : v.instancePath.replace(/^\//, '').replace(/\//g, '.');
        return { kolom: kolom || '(isian)', pesan: v.message };
      });
      return reply.status(422).send({ kode: 'tidak_valid', pesan: 'Isian belum benar.', masalah });
    }
    // A schema parsed inside a handler (a body the route reads itself): the same 422 as the route's own.
    if (e instanceof ZodError) {
      const masalah = e.issues.map((i) => ({ kolom: i.path.map(String).join('.') || '(isian)', pesan: i.message }));
      return reply.status(422).send({ kode: 'tidak_valid', pesan: 'Isian belum benar.', masalah });
    }
    const kodePg = typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : null;
    const kirim = (status: number, badan: BadanGalat) => reply.status(status).send(badan);
    // A constraint the action did not check first: the database's detail names tables and values in
    // English, so it goes to the log and the person gets the meaning.
    // A NUL byte or an invalid UTF-8 sequence the boundary check did not see: bad input, not a fault.
    if (kodePg === '22021' || kodePg === '22P05') {
      req.log.warn({ kode: kodePg, pesan: e.message }, 'karakter tidak sah');
      return kirim(400, { kode: 'karakter_tidak_sah', pesan: PESAN_NUL });
    }
    if (kodePg && ['23505', '23503', '23514', '22P02', '22007', '22008', '40001', '40P01'].includes(kodePg)) {
      req.log.warn({ kode: kodePg, constraint: e.constraint, detail: e.detail, pesan: e.message }, 'pelanggaran aturan basis data');
    }
    if (kodePg === '23505') return kirim(409, { kode: 'konflik', pesan: 'Data yang sama sudah ada; muat ulang untuk melihatnya.' });
    if (kodePg === '23503') return kirim(422, { kode: 'tidak_valid', pesan: 'Data rujukan tidak ditemukan (mis. jabatan, unit atau pegawai).' });
    if (kodePg === '23514' || kodePg === '22P02' || kodePg === '22007' || kodePg === '22008') {
      return kirim(422, { kode: 'tidak_valid', pesan: 'Isian melanggar aturan data; periksa kembali nilai yang diisi.' });
    }
    if (kodePg === '40001' || kodePg === '40P01') return kirim(409, { kode: 'konflik', pesan: 'Data sedang diubah bersamaan; ulangi.' });
    if (e.statusCode === 415) return kirim(415, { kode: 'tipe_tidak_didukung', pesan: 'Format permintaan tidak didukung; kirim JSON.' });
    if (e.statusCode === 413) return kirim(413, { kode: 'terlalu_besar', pesan: 'Berkas terlalu besar.' });
    if (e.statusCode === 429) return kirim(429, { kode: 'terlalu_banyak', pesan: 'Terlalu banyak permintaan; tunggu sebentar lalu ulangi.' });
    if (e.statusCode && e.statusCode < 500) {
      // Fastify's own messages (an unreadable body, a wrong content length) are English and technical.
      req.log.info({ status: e.statusCode, pesan: e.message }, 'permintaan salah');
      return kirim(e.statusCode, { kode: 'permintaan_salah', pesan: 'Permintaan tidak dapat dibaca; muat ulang halaman lalu ulangi.' });
    }
    req.log.error({ err: e, idPermintaan: req.id, method: req.method, url: req.url }, 'galat server');
    return reply.status(500).send({ kode: 'galat_server', pesan: pesanGalatServer(req.id), idPermintaan: req.id });
  });
  // Client-side routes of the web app: any non-API GET that is not a file serves the app shell.
  app.setNotFoundHandler(async (req, reply) => {
    if (o.shellWeb && req.method === 'GET' && !req.url.startsWith('/api/')) {
      const bersesi = (req.headers.cookie ?? '').split(';').some((c) => c.trim().startsWith(`${NAMA_COOKIE}=`));
      // A shell may name a value from an answer of the API (statis.ts, TEMPAT_JAWABAN): asked here as
      // the caller, with the caller's session, so the same access and scope decide it as for the page.
      const cookie = req.headers.cookie ?? '';
      const tanya = async (alamat: string) => {
        const r = await app.inject({ method: 'GET', url: alamat, headers: { cookie } });
        return r.statusCode === 200 ? r.json() : null;
      };
      // Made for this caller: no shared cache keeps it.
      return reply.header('cache-control', bersesi ? `private, ${CACHE_SHELL}` : CACHE_SHELL).type('text/html; charset=utf-8').send(await o.shellWeb(req.url, bersesi, tanya));
    }
    return reply.status(404).send({ kode: 'tidak_ditemukan', pesan: `Alamat ${req.url} tidak ada.` });
  });
}
