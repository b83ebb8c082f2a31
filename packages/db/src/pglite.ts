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
 * Saved data handed to PGlite as it is: PGlite reads a `loadDataDir` only through `arrayBuffer()`
 * (then untars it), and a Blob made of the bytes would copy them in and then read them back out in
 * chunks (Node's Blob), a second of CPU for a 47 MB test database on a loaded machine. The bytes
 * are not changed (the untar copies each file into PGlite's memory). For PGlite only: as a Blob it
 * is empty (`size` 0).
 */
class DataSiap extends Blob {
  readonly #isi: ArrayBuffer;
  constructor(isi: Uint8Array) {
    super([]);
    this.#isi = isi.byteOffset === 0 && isi.byteLength === isi.buffer.byteLength && isi.buffer instanceof ArrayBuffer ? isi.buffer : isi.slice().buffer;
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.#isi);
  }
}

/**
 * Opens the embedded database. `folder` undefined means in memory (tests). A folder is created
 * with its parents (PGlite does not) and locked against a second process. `dataAwal`: start from
 * a data folder saved by `dumpPglite` (an in-memory copy of it; skips initdb, which costs seconds),
 * as a Blob or as its bytes (a file's contents read whole: passed on without a copy).
 */
export async function bukaPglite(folder?: string, opsi: { dataAwal?: Blob | Uint8Array } = {}): Promise<Db> {
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
    pg = await PGlite.create({ dataDir, extensions: { pg_trgm }, parsers: PARSER_PGLITE,
      ...(opsi.dataAwal ? { loadDataDir: opsi.dataAwal instanceof Uint8Array ? new DataSiap(opsi.dataAwal) : opsi.dataAwal } : {}) });
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
