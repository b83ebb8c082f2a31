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

/**
 * Opens the embedded database. `folder` undefined means in memory (tests). A folder is created
 * with its parents (PGlite does not) and locked against a second process.
 */
export async function bukaPglite(folder?: string): Promise<Db> {
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
    pg = await PGlite.create({ dataDir, extensions: { pg_trgm }, parsers: PARSER_PGLITE });
  } catch (e) {
    lepas();
    throw e;
  }
  return buatDb('pglite', pelaksana(pg), (fn) => pg.transaction((tx) => fn(pelaksana(tx))), async () => {
    try {
      if (!pg.closed) await pg.close();
    } finally {
      lepas();
    }
  });
}
