import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  bukaFormulirSurvei, daftarLayananSurvei, eksporHasilIkm, hasilIkmLayanan, kirimResponSurvei, ringkasanIkmInstansi, skemaDaftarLayananSurvei,
  skemaEksporHasilIkm, skemaHasilIkm, skemaResponSurvei, skemaRingkasanIkm, skemaTambahLayananSurvei, skemaUbahLayananSurvei, tambahLayananSurvei,
  ubahLayananSurvei,
} from '@simasn/indeks';
import { z } from '@simasn/platform';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';

const paramId = z.object({ id: z.coerce.number().int().positive() });
const paramToken = z.object({ token: z.string().max(100) });

/**
 * The device cookie of the public survey: a random value naming this browser, so that one device
 * answers once per service per day (the database keeps only its hash). Only sent to the public
 * survey API; httpOnly; a year long.
 */
const COOKIE_PERANGKAT = 'simasn_survei';
const JALUR_COOKIE = '/api/publik/survei';

function setelCookiePerangkat(req: FastifyRequest, reply: FastifyReply, nilai: string, aman: boolean) {
  reply.setCookie(COOKIE_PERANGKAT, nilai, {
    path: JALUR_COOKIE, httpOnly: true, sameSite: 'lax', secure: aman || req.protocol === 'https', maxAge: 365 * 24 * 3600,
  });
}

/**
 * The public satisfaction survey (SKM) and its IKM results. The public form and the response need
 * no login and are rate-limited per client address (in memory; no address is stored); the rest
 * needs `survei:baca` (results, within the reach) or `survei:kelola` (service units).
 */
export function ruteSurvei(app: FastifyInstance, opsi: { cookieAman?: boolean } = {}) {
  const aman = !!opsi.cookieAman;
  rute(app, {
    method: 'GET', url: '/api/publik/survei/:token', akses: 'publik', tag: 'survei', batasPerMenit: 60, params: paramToken,
    ringkasan: 'Formulir survei kepuasan masyarakat (tanpa masuk): nama layanan, pertanyaan, dan token formulir sekali pakai untuk perangkat ini',
    handler: async ({ ctx, params, req, reply }) => {
      const { perangkatBaru, ...formulir } = await bukaFormulirSurvei(ctx, params.token, { perangkat: req.cookies[COOKIE_PERANGKAT] });
      if (perangkatBaru) setelCookiePerangkat(req, reply, perangkatBaru, aman);
      reply.header('cache-control', 'no-store');
      return formulir;
    },
  });
  rute(app, {
    method: 'POST', url: '/api/publik/survei/:token', akses: 'publik', tag: 'survei', batasPerMenit: 20, params: paramToken, body: skemaResponSurvei,
    ringkasan: 'Mengirim jawaban survei (tanpa masuk): 9 jawaban 1-4, profil opsional, saran; satu perangkat sekali per layanan per hari (409)',
    handler: ({ ctx, params, body, req }) => kirimResponSurvei(ctx, params.token, body, { perangkat: req.cookies[COOKIE_PERANGKAT] }),
  });

  rute(app, {
    method: 'GET', url: '/api/survei/layanan', akses: 'survei:baca', tag: 'survei', query: skemaDaftarLayananSurvei,
    ringkasan: 'Layanan yang disurvei dalam kewenangan, dengan token tautan publiknya',
    handler: ({ ctx, query }) => daftarLayananSurvei(ctx, query),
  });
  rute(app, {
    method: 'POST', url: '/api/survei/layanan', akses: 'survei:kelola', tag: 'survei', body: skemaTambahLayananSurvei,
    ringkasan: 'Menambah layanan yang disurvei (kode, nama, unit, perkiraan populasi pengguna per periode)',
    handler: ({ ctx, body }) => tambahLayananSurvei(ctx, body),
  });
  rute(app, {
    method: 'PATCH', url: '/api/survei/layanan/:id', akses: 'survei:kelola', tag: 'survei', params: paramId, body: skemaUbahLayananSurvei,
    ringkasan: 'Mengubah layanan yang disurvei atau mengganti tautan publiknya; 409 bila sudah diubah orang lain',
    handler: ({ ctx, params, body }) => ubahLayananSurvei(ctx, params.id, body),
  });
  rute(app, {
    method: 'GET', url: '/api/survei/ikm', akses: 'survei:baca', tag: 'survei', query: skemaRingkasanIkm,
    ringkasan: 'IKM setiap layanan dalam kewenangan pada suatu periode, dan IKM gabungannya',
    handler: ({ ctx, query }) => ringkasanIkmInstansi(ctx, query),
  });
  rute(app, {
    method: 'GET', url: '/api/survei/:id/hasil', akses: 'survei:baca', tag: 'survei', params: paramId, query: skemaHasilIkm,
    ringkasan: 'Hasil survei satu layanan: NRR per unsur, IKM dan mutu (bobot 1/9 dan 0,111), unsur terlemah, sampel, sebaran jawaban, saran',
    handler: ({ ctx, params, query }) => hasilIkmLayanan(ctx, params.id, query),
  });
  rute(app, {
    method: 'GET', url: '/api/survei/:id/hasil.xlsx', akses: 'survei:baca', tag: 'survei', params: paramId, query: skemaEksporHasilIkm, hasil: 'xlsx',
    ringkasan: 'Hasil survei satu layanan sebagai XLSX: lembar NRR per unsur dan IKM, lembar respon mentah (tanpa sidik perangkat)',
    handler: async ({ ctx, params, query, reply }) => {
      const h = await eksporHasilIkm(ctx, params.id, query);
      return kirimBerkas(reply, h.isi, h.namaBerkas, 'xlsx');
    },
  });
}
