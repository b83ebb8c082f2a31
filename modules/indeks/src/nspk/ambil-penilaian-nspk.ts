import type { Konteks } from '@simasn/platform';
import { izinBacaNspk, susunNspk } from './penilaian-nspk.ts';

/** The NSPK assessment of a year: the 18 element scores, index, category A-E, weakest elements, last year. */
export async function ambilPenilaianNspk(ctx: Konteks, tahun: number) {
  izinBacaNspk(ctx);
  return susunNspk(ctx, tahun);
}
