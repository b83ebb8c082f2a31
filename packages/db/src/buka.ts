import { bukaPglite } from './pglite.ts';
import { bukaPostgres } from './postgres.ts';
import type { Db } from './db.ts';
import { sql } from './sql.ts';
import { jalankanMigrasi } from './migrasi.ts';
import { aturHakPeranAplikasi, peranDariUrl } from './peran.ts';

export interface KonfigurasiDb {
  /** A PostgreSQL 15+ server; when absent the embedded PGlite is used. */
  databaseUrl?: string;
  /**
   * The owner role's URL (same database): migrations run with it, the application with
   * `databaseUrl`'s role, which then gets only the rights `aturHakPeranAplikasi` grants.
   */
  databaseUrlMigrasi?: string;
  /** Folder of the embedded database (default ./data). */
  dataDir?: string;
}

export function konfigurasiDariEnv(env: NodeJS.ProcessEnv = process.env): KonfigurasiDb {
  return { databaseUrl: env.DATABASE_URL || undefined, databaseUrlMigrasi: env.DATABASE_URL_MIGRASI || undefined, dataDir: env.DATA_DIR || './data' };
}

/**
 * Opens the database for the application with its schema up to date. With `DATABASE_URL_MIGRASI`
 * the migrations run as the owner role, which then grants the runtime role of `DATABASE_URL` its
 * rights; the application connects as that role. Without it (PGlite, or one PostgreSQL role) the
 * same connection migrates and serves.
 */
export async function bukaDanMigrasi(k: KonfigurasiDb, log: (s: string) => void = () => {}): Promise<Db> {
  if (k.databaseUrlMigrasi) {
    if (!k.databaseUrl) throw new Error('DATABASE_URL_MIGRASI diisi tanpa DATABASE_URL: isi keduanya (peran aplikasi dan peran pemilik) atau hanya DATABASE_URL.');
    const pemilik = await bukaPostgres(k.databaseUrlMigrasi, { maks: 2 });
    try {
      await jalankanMigrasi(pemilik, log);
      await aturHakPeranAplikasi(pemilik, peranDariUrl(k.databaseUrl));
    } finally {
      await pemilik.close();
    }
    return bukaPostgres(k.databaseUrl);
  }
  const db = await bukaDb(k);
  try {
    await jalankanMigrasi(db, log);
  } catch (e) {
    await db.close().catch(() => {});
    throw e;
  }
  return db;
}

/**
 * Whether the connected role owns the audit log (and could therefore switch its chain trigger
 * off): true on PGlite and on a PostgreSQL run with a single role.
 */
export async function peranPemilikAudit(db: Db): Promise<boolean> {
  const r = await db.maybeOne<{ pemilik: boolean }>(sql`
    select pg_has_role(current_user, c.relowner, 'USAGE') as pemilik from pg_class c where c.oid = to_regclass('audit_log')`);
  return !!r?.pemilik;
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
