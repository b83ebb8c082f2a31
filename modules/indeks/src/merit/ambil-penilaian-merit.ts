import type { Konteks } from '@simasn/platform';
import { bacaPenilaian, izinBaca, susunPenilaian } from './penilaian.ts';
import { skemaIdPenilaianMerit } from './merit.types.ts';

export { skemaIdPenilaianMerit };

/**
 * One Sistem Merit assessment as the page shows it: every sub-aspect with its score, weight,
 * value and evidence; totals per aspect, total, index, category; last year; capaian against
 * the targets; the sub-aspects that raise the category soonest; warnings.
 */
export async function ambilPenilaianMerit(ctx: Konteks, id: number) {
  izinBaca(ctx);
  return susunPenilaian(ctx, await bacaPenilaian(ctx, id));
}
