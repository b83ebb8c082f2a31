import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { bukaFormulirSurvei, daftarLayananSurvei, eksporHasilIkm, hasilIkmLayanan, kirimResponSurvei, ringkasanIkmInstansi, tambahLayananSurvei,
  ubahLayananSurvei } from '@simasn/indeks';
import { KONTRAK_SURVEI } from '@simasn/indeks/kontrak';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';

/**
 * The device cookie of the public survey: a random value naming this browser, so that one device
 * answers once per service per day (the database keeps only its hash). Only sent to the public
 * survey API; httpOnly; a year long.
 */
const COOKIE_PERANGKAT = 'simasn_survei';
const JALUR_COOKIE = '/api/publik/survei';

function setelCookiePerangkat(req: FastifyRequest, reply: FastifyReply, nilai: string, aman: boolean) {
  reply.setCookie(COOKIE_PERANGKAT, nilai, { path: JALUR_COOKIE, httpOnly: true, sameSite: 'lax', secure: aman || req.protocol === 'https', maxAge: 365 * 24 * 3600 });
}

/**
 * The public satisfaction survey (SKM) and its IKM results. The public form and the response need
 * no login and are rate-limited per client address (in memory; no address is stored); the rest
 * needs `survei:baca` (results, within the reach) or `survei:kelola` (service units).
 */
export function ruteSurvei(app: FastifyInstance, opsi: { cookieAman?: boolean } = {}) {
  const aman = !!opsi.cookieAman;
  rute(app, KONTRAK_SURVEI.formulir, async ({ ctx, params, req, reply }) => {
    const { perangkatBaru, ...formulir } = await bukaFormulirSurvei(ctx, params.token, { perangkat: req.cookies[COOKIE_PERANGKAT] });
    if (perangkatBaru) setelCookiePerangkat(req, reply, perangkatBaru, aman);
    reply.header('cache-control', 'no-store');
    return formulir;
  });
  rute(app, KONTRAK_SURVEI.kirim, ({ ctx, params, body, req }) => kirimResponSurvei(ctx, params.token, body, { perangkat: req.cookies[COOKIE_PERANGKAT] }));

  rute(app, KONTRAK_SURVEI.daftarLayanan, ({ ctx, query }) => daftarLayananSurvei(ctx, query));
  rute(app, KONTRAK_SURVEI.tambahLayanan, ({ ctx, body }) => tambahLayananSurvei(ctx, body));
  rute(app, KONTRAK_SURVEI.ubahLayanan, ({ ctx, params, body }) => ubahLayananSurvei(ctx, params.id, body));
  rute(app, KONTRAK_SURVEI.ringkasanIkm, ({ ctx, query }) => ringkasanIkmInstansi(ctx, query));
  rute(app, KONTRAK_SURVEI.hasil, ({ ctx, params, query }) => hasilIkmLayanan(ctx, params.id, query));
  rute(app, KONTRAK_SURVEI.eksporHasil, async ({ ctx, params, query, reply }) => {
    const h = await eksporHasilIkm(ctx, params.id, query);
    return kirimBerkas(reply, h.isi, h.namaBerkas, 'xlsx');
  });
}
