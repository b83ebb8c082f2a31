import { z } from 'zod';

/** One problem with the input: which isian (and for imports which row), and why, in Indonesian. */
export const skemaMasalah = z.object({ baris: z.number().optional(), kolom: z.string(), pesan: z.string(), nilai: z.unknown().optional() });
export type MasalahIsian = z.infer<typeof skemaMasalah>;

/**
 * The body of every error answer: a code for programs (`tidak_valid`, `konflik`...), a message
 * for people, and for a 422 the problems per isian. `masalah` is a list of problems, or for a
 * conflict what the client may use to continue (e.g. `{ usulanId }` of the request already running).
 */
export const skemaGalat = z.object({
  kode: z.string(),
  pesan: z.string(),
  masalah: z.union([z.array(skemaMasalah), z.record(z.string(), z.unknown())]).optional(),
  /** For a 5xx: the request id the server log carries (the message names it too). */
  idPermintaan: z.string().optional(),
});
export type BadanGalat = z.infer<typeof skemaGalat>;
