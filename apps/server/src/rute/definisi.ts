import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { belumMasuk, punyaIzin, terlarang, type Izin, type Konteks } from '@simasn/platform';

/**
 * Who may call a route: anyone (`publik`), any logged-in account (`masuk`), or holders of a
 * permission from the catalogue (packages/platform/src/akses/izin.ts), or any one of several.
 * The action then narrows to the rows the caller reaches, inside its query. Every route must say
 * which; the OpenAPI document carries it as `x-izin`, and the authorization test walks it.
 */
export type AksesRute = 'publik' | 'masuk' | Izin | Izin[];

type Skema = z.ZodType | undefined;
type Keluaran<S extends Skema> = S extends z.ZodType ? z.output<S> : undefined;

export interface DefinisiRute<Q extends Skema, P extends Skema, B extends Skema> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  akses: AksesRute;
  ringkasan: string;
  tag: string;
  query?: Q;
  params?: P;
  body?: B;
  /** Content types other than JSON this route answers with (for OpenAPI). */
  hasil?: 'json' | 'xlsx' | 'pdf' | 'ndjson';
  /** Requests per minute per client address (login, public forms). */
  batasPerMenit?: number;
  handler: (
    c: { ctx: Konteks; query: Keluaran<Q>; params: Keluaran<P>; body: Keluaran<B>; req: FastifyRequest; reply: FastifyReply },
  ) => Promise<unknown>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    akses?: AksesRute;
  }
}

export function rute<Q extends Skema = undefined, P extends Skema = undefined, B extends Skema = undefined>(
  app: FastifyInstance, d: DefinisiRute<Q, P, B>,
): void {
  app.withTypeProvider<ZodTypeProvider>().route({
    method: d.method,
    url: d.url,
    config: { akses: d.akses, ...(d.batasPerMenit ? { rateLimit: { max: d.batasPerMenit, timeWindow: '1 minute' } } : {}) },
    schema: {
      summary: d.ringkasan,
      tags: [d.tag],
      ...(d.query ? { querystring: d.query } : {}),
      ...(d.params ? { params: d.params } : {}),
      ...(d.body ? { body: d.body } : {}),
      ...(d.akses !== 'publik' ? { security: [{ sesi: [] }] } : {}),
      'x-izin': d.akses,
      ...(d.hasil && d.hasil !== 'json' ? { produces: [{ xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf', ndjson: 'application/x-ndjson' }[d.hasil]] } : {}),
    } as Record<string, unknown>,
    // preValidation, not preHandler: who may call is decided before the body is even looked at,
    // so an unauthorized caller learns nothing about the schema (401/403, never 422).
    preValidation: async (req) => {
      if (d.akses === 'publik') return;
      const p = req.konteks.pemanggil;
      if (!p) throw belumMasuk();
      if (d.akses === 'masuk') return;
      const perlu = Array.isArray(d.akses) ? d.akses : [d.akses];
      if (!perlu.some((i) => punyaIzin(p, i))) throw terlarang();
    },
    handler: async (req, reply) => {
      const hasil = await d.handler({
        ctx: req.konteks, query: req.query as never, params: req.params as never, body: req.body as never, req, reply,
      });
      if (reply.sent) return reply;
      return hasil;
    },
  });
}
