import type { Db } from '@simasn/db';

/**
 * Runs `fn` in a transaction whose handle counts the queries in flight on its one connection and
 * answers the most seen at once: pg deprecates (and pg 9 refuses) overlapping queries on a client.
 */
export async function puncakKueriDalamTransaksi<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<{ hasil: T, puncak: number }> {
  let berjalan = 0;
  let puncak = 0;
  const hasil = await db.transaction((tx) =>
    fn(new Proxy(tx, { get(t, k) {
      const f = Reflect.get(t, k);
      if (!['many', 'maybeOne', 'one', 'run'].includes(String(k))) return typeof f === 'function' ? f.bind(t) : f;
      return async (...a: unknown[]) => {
        puncak = Math.max(puncak, ++berjalan);
        try {
          return await (f as (...x: unknown[]) => Promise<unknown>).apply(t, a);
        } finally {
          berjalan--;
        }
      };
    } }))
  );
  return { hasil, puncak };
}
