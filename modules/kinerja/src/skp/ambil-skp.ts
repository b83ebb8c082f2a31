import type { Konteks } from '@simasn/platform';
import { skpDalamLingkup, susunSkp } from './skp.ts';

/** One SKP version within the caller's reach (own, rated by them, their unit or instansi), or 404. */
export async function ambilSkp(ctx: Konteks, id: number) {
  return susunSkp(ctx, await skpDalamLingkup(ctx, id, 'kinerja:baca'));
}
