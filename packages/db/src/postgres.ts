import pg from 'pg';
import { buatDb, type Db, type Pelaksana } from './db.ts';

const { Pool, types } = pg;

const angka = (v: string) => Number(v);
const parserDaftar = (types.getTypeParser as unknown as (oid: number) => (s: string) => string[])(1016);
const daftarAngka = (v: string) => parserDaftar(v).map(Number);

/**
 * Same value shapes as PGlite: bigint and numeric as JS numbers (ids and rupiah amounts stay far
 * below 2^53), dates as `YYYY-MM-DD` strings so that no time zone can move a TMT.
 */
const PARSER: Record<number, (v: string) => unknown> = { 20: angka, 1700: angka, 1082: (v) => v, 1016: daftarAngka, 1231: daftarAngka };

function pelaksana(c: { query: pg.Pool['query'] }): Pelaksana {
  return { async query(teks, nilai, nama) {
    const r = await c.query(nama ? { text: teks, values: nilai as unknown[], name: nama } : { text: teks, values: nilai as unknown[] });
    return { rows: r.rows, affectedRows: r.rowCount ?? 0 };
  }, async exec(teks) {
    await c.query(teks);
  } };
}

/**
 * One connection runs one statement at a time. Inside a transaction, code that fires several
 * reads at once (`Promise.all` over actions) would otherwise hand the client a query while it is
 * busy, which pg deprecates and pg@9 refuses; here they queue on the connection in call order,
 * as PGlite does.
 */
function pelaksanaBerurutan(c: pg.PoolClient): Pelaksana {
  const dasar = pelaksana(c);
  let antrian: Promise<unknown> = Promise.resolve();
  const giliran = <T>(kerja: () => Promise<T>): Promise<T> => {
    const hasil = antrian.then(kerja, kerja);
    antrian = hasil.catch(() => {});
    return hasil;
  };
  return { query: (teks, nilai, nama) => giliran(() => dasar.query(teks, nilai, nama)), exec: (teks) => giliran(() => dasar.exec(teks)) };
}

export async function bukaPostgres(url: string, opsi: { maks?: number } = {}): Promise<Db> {
  // Connections stay open while the server is in use: pg's default closes one idle for 10 s, and the
  // next request after a lull paid for a new connection (its setup and every prepared statement
  // again; the slowest answer saves of bench:ujian fell exactly 10 s into the run). An idle pool
  // does not keep a finished process alive.
  const pool = new Pool({ connectionString: url, max: opsi.maks ?? 10, idleTimeoutMillis: 10 * 60_000, allowExitOnIdle: true,
    types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => PARSER[oid] ?? types.getTypeParser(oid, format)) as typeof types.getTypeParser } });
  pool.on('error', (e) => console.error('[db] koneksi PostgreSQL galat:', e.message));
  const klien = await pool.connect();
  klien.release();
  return buatDb('postgres', pelaksana(pool), async (fn) => {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      const hasil = await fn(pelaksanaBerurutan(c));
      await c.query('COMMIT');
      return hasil;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }, () => pool.end());
}
