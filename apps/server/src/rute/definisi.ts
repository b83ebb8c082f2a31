import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AksesTitik, HasilHandler, MasukanHandler, TitikApaSaja } from '@simasn/kontrak';
import { mungkinBerisiDataPribadi } from '@simasn/domain';
import { belumMasuk, lihatSemuaDataPribadi, punyaIzin, samarkanUntuk, terlarang, type Konteks } from '@simasn/platform';
import { kompresiJawaban } from '../kompresi.ts';

/**
 * Who may call a route: anyone (`publik`), any logged-in account (`masuk`), or holders of a
 * permission from the catalogue (packages/kontrak/src/akses/izin.ts), or any one of several.
 * The action then narrows to the rows the caller reaches, inside its query. Every route must say
 * which; the OpenAPI document carries it as `x-izin`, and the authorization test walks it.
 */
export type AksesRute = AksesTitik;

/** What a handler gets besides the validated input. */
export interface AlatHandler {
  ctx: Konteks;
  req: FastifyRequest;
  reply: FastifyReply;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    akses?: AksesRute;
  }
}

const MIME = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', csv: 'text/csv', ndjson: 'application/x-ndjson', png: 'image/png', html: 'text/html',
  zip: 'application/zip' } as const;

/** The route's schema for Fastify (validation, the answer's encoding) and for the OpenAPI document. */
function skemaOpenApi(t: TitikApaSaja): Record<string, unknown> {
  const skema: Record<string, unknown> = { summary: t.ringkasan, tags: [t.tag] };
  if (t.query) skema.querystring = t.query;
  if (t.params) skema.params = t.params;
  if (t.body) skema.body = t.body;
  if (t.respons) skema.response = { '2xx': t.respons };
  if (t.akses !== 'publik') skema.security = [{ sesi: [] }];
  // Who may call (the authorization walk reads it) and what the answer is: JSON or a file.
  skema['x-izin'] = t.akses;
  skema['x-hasil'] = t.hasil ?? 'json';
  if (t.hasil && t.hasil !== 'json') skema.produces = [MIME[t.hasil]];
  return skema;
}

/**
 * The personal-data rule at the one place answers leave the server: a JSON answer's personal
 * fields (packages/domain data-pribadi.ts), free-form request data included, are masked unless
 * the caller reaches that employee's `pegawai:data_pribadi` (platform `samarkanUntuk`).
 */
async function samarkanJawaban(req: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (typeof payload !== 'string' || !mungkinBerisiDataPribadi(payload)) return payload;
  if (!String(reply.getHeader('content-type') ?? '').includes('json') || lihatSemuaDataPribadi(req.konteks)) return payload;
  let nilai: unknown;
  try {
    nilai = JSON.parse(payload);
  } catch {
    return payload;
  }
  const nip = (req.params as { nip?: unknown } | undefined)?.nip;
  const hasil = await samarkanUntuk(req.konteks, nilai, { nip: typeof nip === 'string' ? nip : null });
  return hasil === nilai ? payload : JSON.stringify(hasil);
}

/**
 * Binds a handler to an endpoint declared in a module's contract (`@simasn/<module>/kontrak`).
 * The handler receives the validated input and must return what the declared response schema
 * decodes to; Fastify encodes the answer through that schema (undeclared fields are dropped),
 * then personal fields are masked for a caller who may not see them (samarkanJawaban), and the
 * answer is compressed for a browser that accepts it (kompresiJawaban).
 */
export function rute<T extends TitikApaSaja>(app: FastifyInstance, t: T, handler: (c: AlatHandler & MasukanHandler<T>) => Promise<HasilHandler<T> | FastifyReply>): void;
export function rute(app: FastifyInstance, t: TitikApaSaja, handler: (c: never) => Promise<unknown>): void {
  const jalankan = handler as (c: unknown) => Promise<unknown>;
  app.withTypeProvider<ZodTypeProvider>().route({
    method: t.method,
    url: t.url,
    config: { akses: t.akses, ...(t.batasPerMenit ? { rateLimit: { max: t.batasPerMenit, timeWindow: '1 minute' } } : {}) },
    schema: skemaOpenApi(t),
    // preValidation, not preHandler: who may call is decided before the body is even looked at,
    // so an unauthorized caller learns nothing about the schema (401/403, never 422).
    preValidation: async (req) => {
      if (t.akses === 'publik') return;
      const p = req.konteks.pemanggil;
      if (!p) throw belumMasuk();
      if (t.akses === 'masuk') return;
      const perlu: readonly string[] = Array.isArray(t.akses) ? t.akses : [t.akses];
      if (!perlu.some((i) => punyaIzin(p, i as never))) throw terlarang();
    },
    // Masked first, then compressed (kompresi.ts): in this order, within the route.
    onSend: [samarkanJawaban, kompresiJawaban],
    handler: async (req, reply) => {
      const hasil = await jalankan({ ctx: req.konteks, query: req.query as never, params: req.params as never, body: req.body as never, req, reply });
      if (reply.sent) return reply;
      return hasil;
    },
  });
}
