import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Once per e2e run (vitest globalSetup): a folder for the demo databases the harness builds once
 * and every file copies (SIMASN_E2E_TEMPLAT), and one data-encryption key for the whole run, so a
 * copy's encrypted NIK opens in every file (scripts/kunci-uji.ts keeps a key already set).
 */
export default function siapkanRun(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'simasn-e2e-templat-'));
  process.env.SIMASN_E2E_TEMPLAT = folder;
  process.env.SIMASN_KUNCI_DATA ||= randomBytes(32).toString('base64');
  return () => rmSync(folder, { recursive: true, force: true });
}
