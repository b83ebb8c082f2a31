import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { bukaPglite, dumpPglite } from './pglite.ts';
import { bukaPostgres } from './postgres.ts';
import { daftarMigrasi, jalankanMigrasi } from './migrasi.ts';
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
  if (!url) return bukaPgliteUji(opsi);
  if (opsi.migrasi === false) return bukaPostgresSementara(url, 'simasn_uji', { maks: 5 });
  return bukaPostgresSementara(url, 'simasn_uji', { maks: 5, templat: await templatPostgres(url) });
}

/** Which migrations a template holds (their checksums), so a changed or added migration makes a new one. */
function kunciTemplat(jenis: string): string {
  // The package does not export its package.json: read it beside its entry point (dist/…).
  const masuk = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const versiPglite = (JSON.parse(readFileSync(join(dirname(masuk), '..', 'package.json'), 'utf8')) as { version: string }).version;
  // `skema-1`: what siapkanSkema does; change it when that changes.
  const h = createHash('sha256').update(`skema-1|${jenis}|${versiPglite}|`);
  if (jenis !== 'kosong') { for (const m of daftarMigrasi()) h.update(`${m.versi}:${m.checksum}|`); }
  return h.digest('hex').slice(0, 16);
}

/** Migrates a test database and lets the audit log take the application's clock. */
async function siapkanSkema(db: Db): Promise<void> {
  await jalankanMigrasi(db);
  await waktuAuditDariAplikasi(db);
}

/**
 * An in-memory PGlite for one test file, copied from a saved data folder instead of built: a new
 * PGlite runs initdb (seconds) and the migrations (seconds more) every time, a copy loads in a
 * fraction of that. The first caller builds the copy and saves it in the system temp folder
 * (`simasn-uji/`), named by the PGlite version and the migrations' checksums; a changed migration
 * is a new name. `migrasi: false` starts from an empty, unmigrated cluster.
 */
export async function bukaPgliteUji(opsi: { migrasi?: boolean } = {}): Promise<Db> {
  const migrasi = opsi.migrasi !== false;
  const berkas = join(tmpdir(), 'simasn-uji', `pglite-${migrasi ? 'migrasi' : 'kosong'}-${kunciTemplat(migrasi ? 'migrasi' : 'kosong')}.tar`);
  let data: Buffer | undefined;
  try {
    data = readFileSync(berkas);
  } catch {}
  if (data) return bukaPglite(undefined, { dataAwal: data });
  const db = await bukaPglite();
  if (migrasi) await siapkanSkema(db);
  await simpanAtomik(berkas, new Uint8Array(await (await dumpPglite(db)).arrayBuffer()));
  return db;
}

/**
 * A data folder for a process under test (the `simasn` command, the server) holding a migrated,
 * empty embedded database, opened: loaded from a saved copy (as `bukaPgliteUji`, in the same temp
 * folder) instead of initdb and every migration. Unlike a test database, the audit log keeps the
 * database's clock, as in production. The caller closes it before a process opens the folder.
 */
export async function bukaFolderPgliteUji(folder: string): Promise<Db> {
  const berkas = join(tmpdir(), 'simasn-uji', `pglite-folder-${kunciTemplat('folder')}.tar`);
  let data: Buffer | undefined;
  try {
    data = readFileSync(berkas);
  } catch {}
  if (data) return bukaPglite(folder, { dataAwal: data });
  const db = await bukaPglite(folder);
  try {
    await jalankanMigrasi(db);
    await simpanAtomik(berkas, new Uint8Array(await (await dumpPglite(db)).arrayBuffer()));
  } catch (e) {
    await db.close().catch(() => {});
    throw e;
  }
  return db;
}

/** Writes a file under a temporary name, then renames it: parallel test workers never read half a file. */
export async function simpanAtomik(berkas: string, isi: Uint8Array): Promise<void> {
  mkdirSync(join(berkas, '..'), { recursive: true });
  const sementara = `${berkas}.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    writeFileSync(sementara, isi);
    renameSync(sementara, berkas);
  } finally {
    rmSync(sementara, { force: true });
  }
}

/**
 * A migrated template database on the PostgreSQL server (named by the migrations' checksums),
 * built once under an advisory lock: each test file's database is then `create database … template`,
 * a file copy, instead of running every migration again. Built under another name and renamed when
 * complete, so a half-built template is never copied.
 */
async function templatPostgres(url: string): Promise<string> {
  const nama = `simasn_templat_${kunciTemplat('migrasi')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock(741220262)');
    const ada = await admin.query('select 1 from pg_database where datname = $1', [nama]);
    if (!ada.rowCount) {
      const db = await bukaPostgresSementara(url, 'simasn_templat_baru', { maks: 1, simpan: true });
      try {
        await siapkanSkema(db);
        await db.close();
        // The pool's backends may take a moment to leave after it closed.
        await berulang(() => admin.query(`alter database ${db.nama} rename to ${nama}`));
      } catch (e) {
        await db.close().catch(() => {});
        await admin.query(`drop database if exists ${db.nama} with (force)`).catch(() => {});
        throw e;
      }
    }
  } finally {
    await admin.query('select pg_advisory_unlock(741220262)').catch(() => {});
    await admin.end();
  }
  return nama;
}

/**
 * Tests run on their own clock (`ctx.sekarang`): in a test database the audit log takes an
 * entry's time from the application. Production never sets this; there the database clock
 * stamps every entry (migration 0013).
 */
export async function waktuAuditDariAplikasi(db: Db): Promise<void> {
  await db.exec('update audit_pengaturan set waktu_dari_aplikasi = true');
}

/** Retries what PostgreSQL refuses while another session still uses the database (briefly, after a pool closed). */
async function berulang<T>(f: () => Promise<T>): Promise<T> {
  for (let coba = 1;; coba++) {
    try {
      return await f();
    } catch (e) {
      if (coba >= 20 || !/being accessed by other users/.test((e as Error).message)) throw e;
      await new Promise((r) => setTimeout(r, 50 * coba));
    }
  }
}

/**
 * A new, empty database on the PostgreSQL server named by `url` (`awalan` and a unique tail),
 * dropped again by `close`. For test files and benchmark runs.
 */
export async function bukaPostgresSementara(url: string, awalan: string, opsi: { maks?: number, templat?: string, simpan?: boolean } = {}): Promise<Db & { nama: string }> {
  const nama = `${awalan}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const buat = () => admin.query(`create database ${nama}${opsi.templat ? ` template ${opsi.templat}` : ''}`);
    // Two files copying the template at the same instant: "source database … is being accessed by other users".
    await (opsi.templat ? berulang(buat) : buat());
  } finally {
    await admin.end();
  }
  const u = new URL(url);
  u.pathname = `/${nama}`;
  const inti = await bukaPostgres(u.toString(), opsi);
  return { ...inti, nama, async close() {
    await inti.close();
    if (opsi.simpan) return;
    const a = new pg.Client({ connectionString: url });
    await a.connect();
    await a.query(`drop database if exists ${nama} with (force)`);
    await a.end();
  } };
}
