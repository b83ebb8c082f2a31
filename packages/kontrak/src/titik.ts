import type { z } from 'zod';
import type { Izin } from './akses/izin.ts';

/**
 * The API contract: one declaration per endpoint (titik akhir), shared by the server and the web.
 *
 * A module declares its endpoints in `src/kontrak.ts` (exported as `@simasn/<module>/kontrak`),
 * with the request schemas (`query`, `params`, `body`) and the response schema (`respons`) that
 * live beside each action in its `*.types.ts`. The server binds a handler to a declaration
 * (apps/server/src/rute/definisi.ts: the handler must return what `respons` decodes to, and the
 * answer is encoded through it, so a field not declared never leaves the server); the web calls
 * a declaration (apps/web/src/api.ts `panggil`) and gets the wire type. Rename a response field on
 * the server and the page that reads it stops compiling.
 *
 * Response schemas describe the server side (decoded) and the wire (encoded) at once: plain zod
 * types are the same on both sides; an instant is `zWaktu` (a `Date` or an ISO string on the
 * server, an ISO string on the wire). Response schemas must not use `.transform()` (it cannot be
 * encoded); use a codec.
 */
export type AksesTitik = 'publik' | 'masuk' | Izin | readonly Izin[];

export type Metode = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a route answers with when it is not JSON (for OpenAPI and the web's download links). */
export type JenisHasil = 'json' | 'xlsx' | 'pdf' | 'docx' | 'csv' | 'ndjson' | 'png' | 'html' | 'zip';

type Skema = z.ZodType | undefined;

export interface TitikApi<Q extends Skema = Skema, P extends Skema = Skema, B extends Skema = Skema, R extends Skema = Skema> {
  method: Metode;
  /** Fastify-style path: `/api/pegawai/:nip`. */
  url: string;
  /** Who may call it: anyone, any session, or holders of (one of) these permissions. */
  akses: AksesTitik;
  ringkasan: string;
  tag: string;
  query?: Q;
  params?: P;
  body?: B;
  /** The JSON answer. Absent for file downloads (`hasil`) and answers without a body. */
  respons?: R;
  hasil?: JenisHasil;
  /** Requests per minute per client address (login, public forms). */
  batasPerMenit?: number;
}

/** Declares an endpoint (identity at run time; keeps the schema types). */
export function titik<Q extends Skema = undefined, P extends Skema = undefined, B extends Skema = undefined, R extends Skema = undefined>(
  t: TitikApi<Q, P, B, R>,
): TitikApi<Q, P, B, R> {
  return t;
}

/** Any endpoint declaration. */
// biome-ignore lint/suspicious/noExplicitAny: the constraint for any declaration
export type TitikApaSaja = TitikApi<any, any, any, any>;

type Kirim<S> = S extends z.ZodType ? z.input<S> : never;
type Terima<S> = S extends z.ZodType ? z.output<S> : undefined;
type SkemaDari<T, K extends 'query' | 'params' | 'body' | 'respons'> = T extends { [k in K]?: infer S; } ? Exclude<S, undefined> : never;

/** What the web sends: params, query and body as their schemas accept them. */
export type MasukanTitik<T extends TitikApaSaja> = ([SkemaDari<T, 'params'>] extends [never] ? { params?: undefined } : { params: Kirim<SkemaDari<T, 'params'>> })
  & ([SkemaDari<T, 'query'>] extends [never] ? { query?: undefined } : { query?: Kirim<SkemaDari<T, 'query'>> })
  & ([SkemaDari<T, 'body'>] extends [never] ? { body?: undefined } : { body: Kirim<SkemaDari<T, 'body'>> });

/** What the web receives: the response schema's wire (encoded) side. */
export type ResponsTitik<T extends TitikApaSaja> = [SkemaDari<T, 'respons'>] extends [never] ? undefined : z.input<SkemaDari<T, 'respons'>>;

/** What the server's handler receives (validated) and must return. */
export interface MasukanHandler<T extends TitikApaSaja> {
  query: Terima<SkemaDari<T, 'query'>>;
  params: Terima<SkemaDari<T, 'params'>>;
  body: Terima<SkemaDari<T, 'body'>>;
}
export type HasilHandler<T extends TitikApaSaja> = [SkemaDari<T, 'respons'>] extends [never] ? unknown : z.output<SkemaDari<T, 'respons'>>;

/** `/api/pegawai/:nip` with `{ nip: '1990…' }` -> `/api/pegawai/1990…` (each value URL-encoded). */
export function isiJalur(url: string, params?: Record<string, string | number | undefined> | null): string {
  return url.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, nama: string) => {
    const v = params?.[nama];
    if (v === undefined || v === '') throw new Error(`parameter jalur "${nama}" kosong untuk ${url}`);
    return encodeURIComponent(String(v));
  });
}
