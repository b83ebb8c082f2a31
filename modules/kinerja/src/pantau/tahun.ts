import { hariIniIso } from '@simasn/domain';
import type { Konteks } from '@simasn/platform';

/** The year asked for, else this year in the instansi's zone. */
export const tahunAtau = (ctx: Konteks, tahun?: number) => tahun ?? Number(hariIniIso(ctx.sekarang(), ctx.zona).slice(0, 4));

/** The last quarter of `tahun` that has ended by today (instansi zone), or null (none yet; all of them for a past year). */
export function triwulanSelesai(ctx: Konteks, tahun: number): number | null {
  const hari = hariIniIso(ctx.sekarang(), ctx.zona);
  const t = Number(hari.slice(0, 4));
  if (t > tahun) return 4;
  if (t < tahun) return null;
  const q = Math.floor((Number(hari.slice(5, 7)) - 1) / 3);
  return q === 0 ? null : q;
}
