import type { FastifyInstance, FastifyRequest } from 'fastify';
import { bacaSesi } from '@simasn/akun';
import type { Db } from '@simasn/db';
import { GalatAplikasi, zonaInstansi, type Konteks } from '@simasn/platform';

export const NAMA_COOKIE = 'simasn_sesi';

declare module 'fastify' {
  interface FastifyRequest {
    konteks: Konteks;
    tokenCsrf: string | null;
    cookieSesi: string | null;
  }
}

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
export function pasangSesi(app: FastifyInstance, db: Db, instansiBawaan: () => number) {
  app.decorateRequest('konteks', null as unknown as Konteks);
  app.decorateRequest('tokenCsrf', null);
  app.decorateRequest('cookieSesi', null);
  app.addHook('onRequest', async (req: FastifyRequest) => {
    const cookie = req.cookies?.[NAMA_COOKIE] ?? null;
    const sesi = cookie ? await bacaSesi(db, cookie) : null;
    req.cookieSesi = sesi ? cookie : null;
    req.tokenCsrf = sesi?.tokenCsrf ?? null;
    const instansiId = sesi?.pemanggil.instansiId ?? instansiBawaan();
    req.konteks = {
      db,
      instansiId,
      pemanggil: sesi?.pemanggil ?? null,
      alamatIp: req.ip,
      sekarang: () => new Date(),
      // The instansi's configured zone (cached a minute by zonaInstansi): actions never guess it.
      zona: await zonaInstansi(db, instansiId),
    };
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
