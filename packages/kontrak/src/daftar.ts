import { z } from 'zod';

/**
 * The query of a long list, one shape for every list (E-Pangkat, SIMANTUN TANDUK, KGB, the service
 * queues): `q` searches, `urut`/`arah` sort by one of the list's declared keys, `page`/`limit`
 * page. Each list adds its own filters with `.extend()`. Without `page` the action returns every
 * matching row (its export and internal callers); the web always sends a page. The same object,
 * minus the page, is the export endpoint's query, so the file holds exactly what the list shows.
 */
export function kueriDaftar<K extends string>(urut: readonly [K, ...K[]]) {
  return z.object({ q: z.string().trim().max(100).optional(), urut: z.enum(urut).optional(), arah: z.enum(['naik', 'turun']).optional(),
    page: z.coerce.number().int().min(1).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) });
}

/** What a paged answer adds to its rows: how many match, which page. */
export const skemaHalamanDaftar = z.object({ total: z.number(), page: z.number(), limit: z.number() });

/** The query params a paged list keeps in the URL (the web's useDaftarBerhalaman reads the same names). */
export const PARAM_DAFTAR = ['q', 'urut', 'arah'] as const;
