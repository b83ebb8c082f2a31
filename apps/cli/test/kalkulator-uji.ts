import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';

/** The `simasn` command as a user runs it (a process, no database: calculators read only their input). */
export const BIN = fileURLToPath(new URL('../bin/simasn.mjs', import.meta.url));

export interface HasilPerintah {
  kode: number | null;
  out: string;
  err: string;
}

/**
 * What every calculator test needs: a scratch folder (removed after the file), `simasn` run in it,
 * input files written there, and the two outcomes of the calculator contract: exit 0 with JSON on
 * stdout and nothing on stderr, or exit 2 with the reason on stderr and nothing on stdout.
 */
export function ujiKalkulator(awalan: string) {
  const folder = mkdtempSync(join(tmpdir(), `simasn-${awalan}-`));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const simasn = (...args: string[]): HasilPerintah => {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: folder, env: { ...process.env, DATA_DIR: join(folder, 'tidak-dipakai'), DATABASE_URL: '' }, encoding: 'utf8' });
    return { kode: r.status, out: r.stdout, err: r.stderr };
  };
  /** Writes an input file (lines joined by newlines) and returns its path. */
  const tulis = (nama: string, isi: string | readonly string[]): string => {
    const p = join(folder, nama);
    writeFileSync(p, typeof isi === 'string' ? isi : isi.join('\n'));
    return p;
  };
  const berhasil = (r: HasilPerintah) => {
    expect(r.err).toBe('');
    expect(r.kode).toBe(0);
    return JSON.parse(r.out);
  };
  const ditolak = (r: HasilPerintah): string => {
    expect(r.kode).toBe(2);
    expect(r.out).toBe('');
    return r.err;
  };
  return { folder, simasn, tulis, berhasil, ditolak };
}
