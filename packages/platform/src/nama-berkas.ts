/** Characters kept in a stored or sent file name; everything else becomes `_`. */
const TIDAK_AMAN = /[^\w.\- ()]/g;

/** A file name safe for a `content-disposition` header (the whole name, unsafe characters as `_`). */
export function amankanNamaBerkas(nama: string): string {
  return nama.replace(TIDAK_AMAN, '_');
}

/**
 * The name a stored document keeps: the browser's name made safe, at most 150 characters,
 * `cadangan` when nothing is left. The one sanitiser for every document store.
 */
export function namaBerkasAman(nama: string, cadangan: string): string {
  return amankanNamaBerkas(nama).slice(0, 150) || cadangan;
}
