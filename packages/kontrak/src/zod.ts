import { z } from 'zod';
import { parseNip, parseTanggal } from '@simasn/domain';

// Indonesian messages for every schema, on the server and in the web's forms alike.
z.config(z.locales.id());
// In the browser, no compiled object parsers: the page's Content-Security-Policy forbids eval, and
// zod's probe for it (`new Function`) was reported as a CSP violation on every page.
if (typeof document !== 'undefined') z.config({ jitless: true });

/** A calendar date `YYYY-MM-DD` that exists. */
export const zTanggal = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && parseTanggal(s).ok, { message: 'tanggal harus berformat YYYY-MM-DD dan ada di kalender' });

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
