import type { z } from 'zod';
import { tidakValid } from './galat.ts';

// The zod helpers live in the contract package (the web's forms use the same ones).
export { z, zNip, zTanggal, zTeksOpsional } from '@simasn/kontrak';

/**
 * Parses input with a schema; on failure throws 422 naming every field and why, in Indonesian.
 */
export function uraikan<S extends z.ZodType>(skema: S, masukan: unknown, pesan = 'Isian belum benar.'): z.output<S> {
  const h = skema.safeParse(masukan);
  if (h.success) return h.data;
  throw tidakValid(pesan, h.error.issues.map((i) => ({ kolom: i.path.join('.') || '(isian)', pesan: i.message })));
}
