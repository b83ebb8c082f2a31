import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Once per e2e run (vitest globalSetup): a folder for the demo databases the harness builds once
 * and every file copies (SIMASN_E2E_TEMPLAT), and one data-encryption key for the whole run, so a
 * copy's encrypted NIK opens in every file (scripts/kunci-uji.ts keeps a key already set).
 * `npm test` runs the e2e files as two vitest processes at once and gives both the same folder and
 * key (scripts/test.ts): a demo size is then built once for both (the harness's lock file makes the
 * second wait for the first), and the folder is the caller's to remove.
 */
export default function siapkanRun(): () => void {
  if (process.env.SIMASN_E2E_TEMPLAT) {
    // A random key here would differ from the other process's: its copies' NIK would not open.
    if (!process.env.SIMASN_KUNCI_DATA) throw new Error('SIMASN_E2E_TEMPLAT diisi tanpa SIMASN_KUNCI_DATA: folder bersama perlu kunci data yang sama.');
    return () => {};
  }
  const folder = mkdtempSync(join(tmpdir(), 'simasn-e2e-templat-'));
  process.env.SIMASN_E2E_TEMPLAT = folder;
  process.env.SIMASN_KUNCI_DATA ||= randomBytes(32).toString('base64');
  return () => rmSync(folder, { recursive: true, force: true });
}
