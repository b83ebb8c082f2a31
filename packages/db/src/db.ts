import type { Sql } from 'sql-template-tag';

/**
 * The one database interface every module uses. Two engines stand behind it: PGlite in-process
 * (the zero-setup default) and a PostgreSQL server (`DATABASE_URL`). Code never issues a raw
 * `BEGIN`: PGlite serves every caller through one connection, so only its transaction API keeps
 * a transaction isolated. `transaction()` uses each driver's own mechanism; called on a
 * transaction handle it joins the running transaction.
 */
export interface Db {
  readonly mesin: 'pglite' | 'postgres';
  /** All rows. */
  many<T = Record<string, unknown>>(q: Sql): Promise<T[]>;
  /** The first row, or undefined. */
  maybeOne<T = Record<string, unknown>>(q: Sql): Promise<T | undefined>;
  /** The first row; throws when there is none. */
  one<T = Record<string, unknown>>(q: Sql): Promise<T>;
  /** Runs a statement and returns the number of rows it touched. */
  run(q: Sql): Promise<number>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(teks: string): Promise<void>;
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  readonly dalamTransaksi: boolean;
  close(): Promise<void>;
}

export interface HasilQuery {
  rows: Record<string, unknown>[];
  affectedRows?: number;
}

/** What each engine supplies; `buatDb` builds the rest of the interface on it. */
export interface Pelaksana {
  query(teks: string, nilai: unknown[]): Promise<HasilQuery>;
  exec(teks: string): Promise<void>;
}

export class TidakDitemukan extends Error {
  constructor(pesan = 'data tidak ditemukan') {
    super(pesan);
    this.name = 'TidakDitemukan';
  }
}

export function buatDb(mesin: Db['mesin'], p: Pelaksana, transaksi: <T>(fn: (tx: Pelaksana) => Promise<T>) => Promise<T>, tutup: () => Promise<void>, dalamTransaksi = false): Db {
  const db: Db = { mesin, dalamTransaksi, async many<T>(q: Sql) {
    return (await p.query(q.text, q.values)).rows as T[];
  }, async maybeOne<T>(q: Sql) {
    return (await p.query(q.text, q.values)).rows[0] as T | undefined;
  }, async one<T>(q: Sql) {
    const r = (await p.query(q.text, q.values)).rows[0];
    if (r === undefined) throw new TidakDitemukan();
    return r as T;
  }, async run(q: Sql) {
    return (await p.query(q.text, q.values)).affectedRows ?? 0;
  }, exec: (teks) => p.exec(teks), transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    if (dalamTransaksi) return fn(db);
    return transaksi((tp) => fn(buatDb(mesin, tp, transaksi, tutup, true)));
  }, close: tutup };
  return db;
}
