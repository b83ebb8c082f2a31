import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/** Hashed build output (`/assets/index-BBT9KXXx.js`): its name changes with its content, so it never goes stale. */
export const CACHE_ASET = 'public, max-age=31536000, immutable';
/** Everything else (index.html, the app shell served for client-side routes): asked again each time, so a new release shows at once. */
export const CACHE_SHELL = 'no-cache';

/**
 * The built web app (apps/web/dist): the `.br`/`.gz` siblings the build writes are sent to a
 * browser that accepts them (Content-Encoding, Vary: Accept-Encoding), nothing is compressed per
 * request; hashed assets are cached for a year, the shell is revalidated.
 */
export async function pasangWebStatis(app: FastifyInstance, folder: string): Promise<void> {
  await app.register(fastifyStatic, { root: folder, wildcard: false, preCompressed: true, cacheControl: false, setHeaders(reply, jalur) {
    reply.header('cache-control', /[\\/]assets[\\/]/.test(jalur) ? CACHE_ASET : CACHE_SHELL);
  } });
}
