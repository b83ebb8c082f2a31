import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '@simasn/db';
import { bukaFolderPgliteUji } from '@simasn/db/uji';
import { buatFixture, type Fixture } from '@simasn/kepegawaian/uji';

const BIN = fileURLToPath(new URL('../bin/simasn.mjs', import.meta.url));
const JAM = fileURLToPath(new URL('../../../scripts/jam-uji-proses.mjs', import.meta.url));

/**
 * The `simasn` command as a user runs it: its own process on its own data folder (embedded
 * database only: the CLI under test opens the folder itself), real files in and out, exit codes.
 * Before the file's tests the folder's database is migrated (a saved copy) and holds the module fixture, plus
 * what `isi` adds; after them the folder is removed.
 */
export function cliUji(awalan: string, isi?: (db: Db, fx: Fixture) => Promise<void>) {
  const folder = mkdtempSync(join(tmpdir(), `simasn-${awalan}-`));
  const dataDir = join(folder, 'data');
  const simasn = (...args: string[]) => {
    // Under the test clock (scripts/jam-uji.ts) the command starts at the test's current instant.
    const jam = process.env.JAM_UJI ? { argv: ['--import', JAM], env: { JAM_UJI_INSTAN: String(Date.now()) } } : { argv: [], env: {} };
    const r = spawnSync(process.execPath, [...jam.argv, BIN, ...args], { cwd: folder, env: { ...process.env, ...jam.env, DATA_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8' });
    return { kode: r.status, out: r.stdout, err: r.stderr };
  };
  beforeAll(async () => {
    // A saved migrated folder, copied: initdb and every migration cost seconds per file.
    const db = await bukaFolderPgliteUji(dataDir);
    const fx = await buatFixture(db);
    await isi?.(db, fx);
    await db.close();
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return { folder, dataDir, simasn };
}
