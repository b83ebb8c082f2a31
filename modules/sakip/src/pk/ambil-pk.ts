import type { Konteks } from '@simasn/platform';
import { pkDalamLingkup, susunPk } from './pk.ts';

/** One PK version with its parties, lines and the other versions of its series. */
export async function ambilPk(ctx: Konteks, id: number) {
  return susunPk(ctx, await pkDalamLingkup(ctx, id));
}
