import { z } from 'zod';
import { parseNip, parseTanggal } from '@simasn/domain';
import { tidakValid } from './galat.ts';

z.config(z.locales.id());

/** A calendar date `YYYY-MM-DD` that exists. */
export const zTanggal = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && parseTanggal(s).ok, {
  message: 'tanggal harus berformat YYYY-MM-DD dan ada di kalender',
});

/** An 18-digit NIP valid per RULES.md; spaces are removed. */
export const zNip = z.string().transform((s, c) => {
  const h = parseNip(s);
  if (!h.ok) {
    c.addIssue({ code: 'custom', message: h.alasan });
    return z.NEVER;
  }
  return h.nilai.nip;
});

export const zTeksOpsional = z.string().trim().max(500).nullish().transform((s) => (s ? s : null));

export { z };

/**
 * Parses input with a schema; on failure throws 422 naming every field and why, in Indonesian.
 */
export function uraikan<S extends z.ZodType>(skema: S, masukan: unknown, pesan = 'Isian belum benar.'): z.output<S> {
  const h = skema.safeParse(masukan);
  if (h.success) return h.data;
  throw tidakValid(pesan, h.error.issues.map((i) => ({ kolom: i.path.join('.') || '(isian)', pesan: i.message })));
}
