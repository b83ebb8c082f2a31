import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite, types } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { buatDb, type Db, type Pelaksana } from './db.ts';
import { kunciFolder } from './kunci-folder.ts';

/** Column values as SIMASN wants them on both engines (see postgres.ts). */
export const PARSER_PGLITE = { [types.INT8]: (v: string) => Number(v), [types.NUMERIC]: (v: string) => Number(v), [types.DATE]: (v: string) => v };

type TxPglite = { query: PGlite['query'], exec: PGlite['exec'] };

function pelaksana(p: TxPglite): Pelaksana {
  return { async query(teks, nilai) {
    const r = await p.query(teks, nilai);
    return { rows: r.rows as Record<string, unknown>[], affectedRows: r.affectedRows };
  }, async exec(teks) {
    await p.exec(teks);
  } };
}

/** The PGlite behind each embedded Db (for `dumpPglite`). */
const mesinPglite = new WeakMap<Db, PGlite>();

/**
 * Opens the embedded database. `folder` undefined means in memory (tests). A folder is created
 * with its parents (PGlite does not) and locked against a second process. `dataAwal`: start from
 * a data folder saved by `dumpPglite` (an in-memory copy of it; skips initdb, which costs seconds).
 */
export async function bukaPglite(folder?: string, opsi: { dataAwal?: Blob } = {}): Promise<Db> {
  let lepas = () => {};
  let dataDir: string | undefined;
  if (folder) {
    const abs = resolve(folder);
    mkdirSync(abs, { recursive: true });
    lepas = kunciFolder(abs);
    dataDir = join(abs, 'pgdata');
  }
  let pg: PGlite;
  try {
    pg = await PGlite.create({ dataDir, extensions: { pg_trgm }, parsers: PARSER_PGLITE, ...(opsi.dataAwal ? { loadDataDir: opsi.dataAwal } : {}) });
  } catch (e) {
    lepas();
    throw e;
  }
  const db = buatDb('pglite', pelaksana(pg), (fn) => pg.transaction((tx) => fn(pelaksana(tx))), async () => {
    try {
      if (!pg.closed) await pg.close();
    } finally {
      lepas();
    }
  });
  mesinPglite.set(db, pg);
  return db;
}

/** The whole data folder of an embedded database as an (uncompressed) tarball, for `bukaPglite(…, { dataAwal })`. */
export async function dumpPglite(db: Db): Promise<Blob> {
  const pg = mesinPglite.get(db);
  if (!pg) throw new Error('dumpPglite: bukan basis data PGlite yang dibuka oleh bukaPglite');
  return pg.dumpDataDir('none');
}
