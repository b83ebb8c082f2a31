import type { SimpulProgram } from './jenis.ts';

/** All nodes of the program tree, depth first (program, its kegiatan, their sub kegiatan). */
export function semuaSimpul(akar: readonly SimpulProgram[]): SimpulProgram[] {
  return akar.flatMap((s) => [s, ...semuaSimpul(s.anak)]);
}
