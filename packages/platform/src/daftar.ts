import { sql, type Sql } from '@simasn/db';
import type { Konteks } from './konteks.ts';

/**
 * One long list's query made into a page, for the two kinds of list:
 * - `halamanBaris`: lists whose rows come from rules run in memory over one scoped query (E-Pangkat,
 *   SIMANTUN TANDUK, KGB): search, sort and page the computed rows, so the browser gets one page;
 * - `halamanSql`: lists that are plain SQL (the service queues): count and page inside the scoped
 *   query itself.
 * The caller keeps the reach inside its query (syaratLingkup); these only narrow and order it.
 * `page` absent = every matching row (the export reuses the same filter).
 */
export interface KueriHalaman<K extends string> {
  q?: string | undefined;
  urut?: K | undefined;
  arah?: 'naik' | 'turun' | undefined;
  page?: number | undefined;
  limit: number;
}

export interface Halaman<T> {
  total: number;
  page: number;
  limit: number;
  items: T[];
}

/** Lower-case, digits of a NIP without spaces: what a search box's text is compared with. */
const normal = (s: string) => s.toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();

/**
 * One collator for every in-memory sort (a locale argument per comparison costs a lookup each time):
 * the order the lists sort names by, also the order a kept set is stored in before it is paged.
 */
export const kolasi = new Intl.Collator('id');

export function halamanBaris<T, K extends string>(baris: readonly T[], f: KueriHalaman<K>, opsi: {
  /** The texts a row is found by (name, NIP, unit…). */
  teks: (b: T) => (string | null | undefined)[];
  /** Sort keys: a value per row (null last). */
  urut: Record<K, (b: T) => string | number | null | undefined>;
  /** The sort when none is asked for. */
  bawaan: K;
}): Halaman<T> & { cocok: T[] } {
  const q = f.q ? normal(f.q) : '';
  const qNip = q.replace(/\s/g, '');
  const cocok = q ? baris.filter((b) => opsi.teks(b).some((t) => t && (normal(t).includes(q) || (qNip && t.replace(/\s/g, '').startsWith(qNip))))) : [...baris];
  const nilai = opsi.urut[f.urut ?? opsi.bawaan];
  const arah = f.arah === 'turun' ? -1 : 1;
  cocok.sort((a, b) => {
    const x = nilai(a);
    const y = nilai(b);
    if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : kolasi.compare(String(x), String(y));
    return c * arah;
  });
  // `cocok`: every matching row in order, for what spans pages (select all, counts).
  if (!f.page) return { total: cocok.length, page: 1, limit: cocok.length, items: cocok, cocok };
  return { total: cocok.length, page: f.page, limit: f.limit, items: cocok.slice((f.page - 1) * f.limit, f.page * f.limit), cocok };
}

/**
 * A paged SQL list: `select <kolom> <dari> where <syarat> order by <urut[k]> limit/offset`, and
 * the count of the same `dari`/`syarat`. `syarat` must already hold the reach and the search.
 */
export async function halamanSql<T, K extends string>(ctx: Konteks, f: KueriHalaman<K>, q: {
  kolom: Sql;
  dari: Sql;
  syarat: Sql;
  /** An ORDER BY expression per sort key; a tiebreaker (`id`) is appended. */
  urut: Record<K, Sql>;
  bawaan: K;
  /** The default direction of each key when none is asked for (e.g. newest first). */
  arahBawaan?: 'naik' | 'turun';
  pemutus: Sql;
}): Promise<Halaman<T>> {
  const arah = (f.arah ?? q.arahBawaan ?? 'naik') === 'turun' ? sql`desc` : sql`asc`;
  const total = (await ctx.db.one<{ n: number }>(sql`select count(*)::int as n ${q.dari} where ${q.syarat}`)).n;
  const batas = f.page ? sql`limit ${f.limit} offset ${(f.page - 1) * f.limit}` : sql``;
  const items = await ctx.db.many<T>(sql`select ${q.kolom} ${q.dari} where ${q.syarat}
    order by ${q.urut[f.urut ?? q.bawaan]} ${arah} nulls last, ${q.pemutus} ${arah} ${batas}`);
  return { total, page: f.page ?? 1, limit: f.page ? f.limit : total, items };
}
