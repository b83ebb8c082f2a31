import type { FastifyInstance, FastifyRequest } from 'fastify';
import { bacaSesi, CacheSesi } from '@simasn/akun';
import { KONTRAK_AUTH } from '@simasn/akun/kontrak';
import type { Db } from '@simasn/db';
import { GalatAplikasi, zonaInstansi, type Konteks } from '@simasn/platform';

export const NAMA_COOKIE = 'simasn_sesi';

declare module 'fastify' {
  interface FastifyRequest {
    konteks: Konteks;
    tokenCsrf: string | null;
    cookieSesi: string | null;
    harusGantiSandi: boolean;
  }
}

/**
 * What an account that must replace its password (created or reset by an admin) may call: its
 * session, logout and the change itself. Everything else is a 403 `wajib_ganti_sandi`, which the
 * web answers by showing the change-password page.
 */
const SEBELUM_GANTI_SANDI = new Set([KONTRAK_AUTH.sesi, KONTRAK_AUTH.keluar, KONTRAK_AUTH.gantiSandi].map((t) => `${t.method} ${t.url}`));

const AMAN = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host of an Origin header, or null when the header is not a URL. */
function hostAsal(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Resolves the session cookie into the caller on every request and enforces CSRF: a state-
 * changing request with a session must echo the session's token in `X-CSRF-Token`. Login and
 * other session-less requests are protected by accepting JSON only (a cross-site form cannot
 * send it) and by the Origin check.
 */
export function pasangSesi(app: FastifyInstance, db: Db, instansiBawaan: () => number, sekarang: () => Date, opsi: { cacheSesi?: CacheSesi | false } = {}) {
  // Resolved sessions are kept in memory and checked against the database's change counter on every
  // request (CacheSesi); `cacheSesi: false` reads the whole session every time (the bench's "before").
  const cache = opsi.cacheSesi === false ? null : (opsi.cacheSesi ?? new CacheSesi(db));
  app.decorateRequest('konteks', null as unknown as Konteks);
  app.decorateRequest('tokenCsrf', null);
  app.decorateRequest('cookieSesi', null);
  app.decorateRequest('harusGantiSandi', false);
  app.addHook('onRequest', async (req: FastifyRequest) => {
    const cookie = req.cookies?.[NAMA_COOKIE] ?? null;
    const sesi = cookie ? await (cache ? cache.baca(cookie, sekarang()) : bacaSesi(db, cookie, sekarang())) : null;
    req.cookieSesi = sesi ? cookie : null;
    req.tokenCsrf = sesi?.tokenCsrf ?? null;
    req.harusGantiSandi = !!sesi?.harusGantiSandi;
    const instansiId = sesi?.pemanggil.instansiId ?? instansiBawaan();
    req.konteks = {
      db,
      instansiId,
      pemanggil: sesi?.pemanggil ?? null,
      alamatIp: req.ip,
      sekarang,
      // The instansi's configured zone (cached a minute by zonaInstansi): actions never guess it.
      zona: await zonaInstansi(db, instansiId),
    };
    if (req.harusGantiSandi && req.url.startsWith('/api/') && !SEBELUM_GANTI_SANDI.has(`${req.method} ${req.routeOptions.url ?? ''}`)) {
      throw new GalatAplikasi(403, 'wajib_ganti_sandi', 'Ganti kata sandi awal Anda terlebih dahulu sebelum melanjutkan.');
    }
    if (AMAN.has(req.method)) return;
    const origin = req.headers.origin;
    if (origin && origin !== 'null') {
      const host = req.headers['x-forwarded-host'] ?? req.headers.host;
      // An Origin that is not a URL is refused like a foreign one (it was a 500: `new URL` throws).
      if (hostAsal(origin) !== host) throw new GalatAplikasi(403, 'asal_ditolak', 'Permintaan dari situs lain ditolak.');
    }
    if (sesi && req.headers['x-csrf-token'] !== sesi.tokenCsrf) {
      throw new GalatAplikasi(403, 'csrf', 'Token keamanan (CSRF) tidak sah. Muat ulang halaman lalu ulangi.');
    }
  });
}
