import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { bukaPglite } from './pglite.ts';
import { bukaPostgres } from './postgres.ts';
import { jalankanMigrasi } from './migrasi.ts';
import type { Db } from './db.ts';

/** The PostgreSQL server the integration tests run against, if any. */
export function urlDbUji(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

/**
 * A fresh, migrated, empty database for one test file: in-memory PGlite by default, or a new
 * database created on the server named by TEST_DATABASE_URL / DATABASE_URL (dropped by `close`).
 */
export async function bukaDbUji(opsi: { migrasi?: boolean } = {}): Promise<Db> {
  const url = urlDbUji();
  const db = url ? await bukaPostgresSementara(url, 'simasn_uji', { maks: 5 }) : await bukaPglite();
  if (opsi.migrasi !== false) {
    await jalankanMigrasi(db);
    await waktuAuditDariAplikasi(db);
  }
  return db;
}

/**
 * Tests run on their own clock (`ctx.sekarang`): in a test database the audit log takes an
 * entry's time from the application. Production never sets this; there the database clock
 * stamps every entry (migration 0013).
 */
export async function waktuAuditDariAplikasi(db: Db): Promise<void> {
  await db.exec('update audit_pengaturan set waktu_dari_aplikasi = true');
}

/**
 * A new, empty database on the PostgreSQL server named by `url` (`awalan` and a unique tail),
 * dropped again by `close`. For test files and benchmark runs.
 */
export async function bukaPostgresSementara(url: string, awalan: string, opsi: { maks?: number } = {}): Promise<Db> {
  const nama = `${awalan}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${nama}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${nama}`;
  const inti = await bukaPostgres(u.toString(), opsi);
  return { ...inti, async close() {
    await inti.close();
    const a = new pg.Client({ connectionString: url });
    await a.connect();
    await a.query(`drop database if exists ${nama} with (force)`);
    await a.end();
  } };
}
