import { createHash } from 'node:crypto';
import type { Sql } from 'sql-template-tag';
import { sql } from './sql.ts';

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
  /** `nama`: a prepared statement's name (disiapkan), or none for a one-off statement. */
  query(teks: string, nilai: unknown[], nama?: string): Promise<HasilQuery>;
  exec(teks: string): Promise<void>;
}

export class TidakDitemukan extends Error {
  constructor(pesan = 'data tidak ditemukan') {
    super(pesan);
    this.name = 'TidakDitemukan';
  }
}

const NAMA_SIAP = Symbol('nama pernyataan siap');
const namaSiap = (q: Sql): string | undefined => (q as Sql & { [NAMA_SIAP]?: string })[NAMA_SIAP];

/**
 * Marks a statement as prepared: on PostgreSQL each connection parses and plans its text once
 * and then only binds values (a named statement of the extended protocol), instead of planning
 * it at every call. For a hot statement whose text is the same at every call (values only in its
 * parameters, a group's items as one jsonb parameter): planning a statement of a dozen
 * sub-selects costs more than running it. The name is derived from the text, so two texts never
 * share one. PGlite plans every call (no difference in results).
 */
export function disiapkan(q: Sql): Sql {
  const nama = `s_${createHash('sha1').update(q.text).digest('hex').slice(0, 20)}`;
  return Object.assign(q, { [NAMA_SIAP]: nama });
}

/**
 * Many rows (a whole instansi: up to 100.000 and more) read quickly on both engines. On PGlite as
 * one JSON text, `select coalesce(json_agg(t), '[]') from (q) t`, parsed by V8's JSON.parse:
 * PGlite's result reader copies every field into a buffer of its own before decoding it, and
 * 100.000 rows of 12 numbers took it 3,6 s as rows, 1,2 s as one JSON text. On PostgreSQL as
 * rows (its driver reads them quickly; building the JSON cost the server more than it saved).
 * Row types differ between the two for timestamps (JSON gives text), so use it for set reads of
 * numbers, calendar dates and text; read numbers with `Number()` (numeric comes as text from PostgreSQL).
 */
export async function bacaBanyak<T>(db: Db, q: Sql): Promise<T[]> {
  if (db.mesin === 'postgres') return db.many<T>(q);
  const r = await db.one<{ j: string }>(sql`select coalesce(json_agg(t), '[]')::text as j from (${q}) t`);
  return JSON.parse(r.j) as T[];
}

export function buatDb(mesin: Db['mesin'], p: Pelaksana, transaksi: <T>(fn: (tx: Pelaksana) => Promise<T>) => Promise<T>, tutup: () => Promise<void>, dalamTransaksi = false): Db {
  const db: Db = { mesin, dalamTransaksi, async many<T>(q: Sql) {
    return (await p.query(q.text, q.values, namaSiap(q))).rows as T[];
  }, async maybeOne<T>(q: Sql) {
    return (await p.query(q.text, q.values, namaSiap(q))).rows[0] as T | undefined;
  }, async one<T>(q: Sql) {
    const r = (await p.query(q.text, q.values, namaSiap(q))).rows[0];
    if (r === undefined) throw new TidakDitemukan();
    return r as T;
  }, async run(q: Sql) {
    return (await p.query(q.text, q.values, namaSiap(q))).affectedRows ?? 0;
  }, exec: (teks) => p.exec(teks), transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    if (dalamTransaksi) return fn(db);
    return transaksi((tp) => fn(buatDb(mesin, tp, transaksi, tutup, true)));
  }, close: tutup };
  return db;
}
