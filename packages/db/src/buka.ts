import { bukaPglite } from './pglite.ts';
import { bukaPostgres } from './postgres.ts';
import type { Db } from './db.ts';
import { sql } from './sql.ts';

export interface KonfigurasiDb {
  /** A PostgreSQL 15+ server; when absent the embedded PGlite is used. */
  databaseUrl?: string;
  /** Folder of the embedded database (default ./data). */
  dataDir?: string;
}

export function konfigurasiDariEnv(env: NodeJS.ProcessEnv = process.env): KonfigurasiDb {
  return { databaseUrl: env.DATABASE_URL || undefined, dataDir: env.DATA_DIR || './data' };
}

export async function bukaDb(k: KonfigurasiDb): Promise<Db> {
  if (k.databaseUrl) return bukaPostgres(k.databaseUrl);
  return bukaPglite(k.dataDir ?? './data');
}

/** Server version number, e.g. 150018 for 15.18 (PGlite reports 18). */
export async function versiServer(db: Db): Promise<number> {
  const r = await db.one<{ v: string }>(sql`select current_setting('server_version_num') as v`);
  return Number(r.v);
}
