import { z } from 'zod';
import { parseNip, parseTanggal } from '@simasn/domain';
import { namaKolom } from './nama-kolom.ts';

// Indonesian messages for every schema, on the server and in the web's forms alike.
z.config(z.locales.id());
z.config({ customError: pesanIsian });
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

const JENIS: Record<string, string> = { string: 'berupa teks', number: 'berupa angka', int: 'berupa bilangan bulat', bigint: 'berupa bilangan bulat', boolean: 'ya atau tidak',
  array: 'berupa daftar', object: 'diisi lengkap', date: 'berupa tanggal' };

/**
 * zod's own message for a check a schema gave no message of, as a person reads it. The locale's
 * messages name wire types and raw keys ("diharapkan string, diterima undefined", `Kunci tidak
 * dikenali: "nomor_rekening"`, the codes of an enum): none of them reaches a user. A schema's own
 * message (`{ message }`) always wins over this one.
 */
function pesanIsian(i: z.core.$ZodRawIssue): string | undefined {
  switch (i.code) {
    case 'invalid_type':
      if (i.input === undefined || i.input === null) return 'wajib diisi';
      return `harus ${JENIS[i.expected] ?? 'diisi dengan benar'}`;
    case 'invalid_value':
      return 'pilihan tidak tersedia; pilih salah satu yang ada';
    case 'unrecognized_keys':
      return `isian tidak dikenal: ${i.keys.map(namaKolom).join(', ')}`;
    case 'too_small':
      if (i.origin === 'string') return Number(i.minimum) <= 1 ? 'wajib diisi' : `paling sedikit ${i.minimum} karakter`;
      if (i.origin === 'array' || i.origin === 'set') return Number(i.minimum) <= 1 ? 'pilih paling sedikit satu' : `paling sedikit ${i.minimum} butir`;
      return `paling kecil ${i.minimum}${i.inclusive ? '' : ' (tidak termasuk)'}`;
    case 'too_big':
      if (i.origin === 'string') return `paling banyak ${i.maximum} karakter`;
      if (i.origin === 'array' || i.origin === 'set') return `paling banyak ${i.maximum} butir`;
      return `paling besar ${i.maximum}${i.inclusive ? '' : ' (tidak termasuk)'}`;
    case 'invalid_format':
      return i.format === 'email' ? 'alamat email belum benar' : 'bentuknya belum benar';
    case 'not_multiple_of':
      return `harus kelipatan ${i.divisor}`;
    default:
      return 'isian belum benar';
  }
}
