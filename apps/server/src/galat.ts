import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { GalatAplikasi } from '@simasn/platform';

/**
 * Every error leaves as `{ kode, pesan, masalah? }` with an Indonesian message: the action's own
 * errors with their status, schema failures as 422 naming each field, database constraint
 * violations translated, anything else a 500 that is logged but reveals nothing.
 */
export function pasangPenanganGalat(app: FastifyInstance, o: { aplikasiWeb?: boolean } = {}) {
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
    const kodePg = typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : null;
    if (kodePg === '23505') {
      return reply.status(409).send({ kode: 'konflik', pesan: 'Data yang sama sudah ada.', masalah: [{ kolom: e.constraint ?? '-', pesan: e.detail ?? 'duplikat' }] });
    }
    if (kodePg === '23503') {
      return reply.status(422).send({ kode: 'tidak_valid', pesan: 'Data rujukan tidak ditemukan (mis. jabatan, unit atau pegawai).',
        masalah: [{ kolom: e.constraint ?? '-', pesan: e.detail ?? '' }] });
    }
    if (kodePg === '23514' || kodePg === '22P02' || kodePg === '22007' || kodePg === '22008') {
      return reply.status(422).send({ kode: 'tidak_valid', pesan: 'Isian melanggar aturan data.', masalah: [{ kolom: e.constraint ?? '-', pesan: e.message }] });
    }
    if (kodePg === '40001' || kodePg === '40P01') return reply.status(409).send({ kode: 'konflik', pesan: 'Data sedang diubah bersamaan; ulangi.' });
    if (e.statusCode === 415) return reply.status(415).send({ kode: 'tipe_tidak_didukung', pesan: 'Format permintaan tidak didukung; kirim JSON.' });
    if (e.statusCode === 413) return reply.status(413).send({ kode: 'terlalu_besar', pesan: 'Berkas terlalu besar.' });
    if (e.statusCode === 429) return reply.status(429).send({ kode: 'terlalu_banyak', pesan: 'Terlalu banyak permintaan; tunggu sebentar lalu ulangi.' });
    if (e.statusCode && e.statusCode < 500) return reply.status(e.statusCode).send({ kode: 'permintaan_salah', pesan: e.message });
    req.log.error(e);
    return reply.status(500).send({ kode: 'galat_server', pesan: 'Terjadi kesalahan pada server. Kejadian ini sudah dicatat.' });
  });
  // Client-side routes of the web app: any non-API GET that is not a file serves the app shell.
  app.setNotFoundHandler((req, reply) => {
    if (o.aplikasiWeb && req.method === 'GET' && !req.url.startsWith('/api/')) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.status(404).send({ kode: 'tidak_ditemukan', pesan: `Alamat ${req.url} tidak ada.` });
  });
}
