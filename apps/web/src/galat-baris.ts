import { GalatApi, type Masalah } from './api.ts';

/**
 * A bulk action's refusal placed beside what caused it. The server names each refused row in its
 * problems (`masalah`): by the row's key as `nilai` (a NIP), or by the position in the list sent
 * (`kolom` "pegawai.3.nip", the zod path of the request body). Both are mapped back to the rows
 * the page shows, generically, so a page never prints a path; what names no row stays with the
 * form. `dikirim`: the keys in the order they were sent.
 */
export function masalahPerBaris(galat: unknown, dikirim: readonly string[], kolom?: string): { perBaris: Map<string, string[]>, sisa: Masalah[] } {
  const perBaris = new Map<string, string[]>();
  const sisa: Masalah[] = [];
  if (!(galat instanceof GalatApi)) return { perBaris, sisa };
  const kunci = new Set(dikirim);
  // `kolom`: only the problems of that field of a row (`pegawai.3.angkaKredit`, or `angkaKredit` naming the row's NIP).
  for (const m of kolom ? galat.masalah.filter((x) => x.kolom === kolom || x.kolom.endsWith(`.${kolom}`)) : galat.masalah) {
    let k: string | undefined;
    if (typeof m.nilai === 'string' && kunci.has(m.nilai)) k = m.nilai;
    else {
      const posisi = /^[A-Za-z]+\.(\d+)(?:\.|$)/.exec(m.kolom);
      if (posisi) k = dikirim[Number(posisi[1])];
    }
    if (k === undefined) sisa.push(m);
    else perBaris.set(k, [...(perBaris.get(k) ?? []), m.pesan]);
  }
  return { perBaris, sisa };
}
