import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * PGlite is a single-process database: two processes on one data folder silently lose data.
 * This lock file makes the second process refuse to start with a clear message. A lock left
 * by a process that no longer runs (killed, crashed) is taken over.
 */
export class FolderDataTerkunci extends Error {
  constructor(folder: string, pid: number, host: string) {
    super(
      `Folder data ${folder} sedang dipakai oleh proses lain (PID ${pid} di ${host}). ` +
        'Basis data tertanam (PGlite) hanya boleh dibuka oleh satu proses. Hentikan proses itu, ' +
        'atau jalankan dengan DATA_DIR lain, atau pakai server PostgreSQL lewat DATABASE_URL.',
    );
    this.name = 'FolderDataTerkunci';
  }
}

function prosesHidup(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function kunciFolder(folder: string): () => void {
  mkdirSync(folder, { recursive: true });
  const berkas = join(folder, 'simasn.lock');
  for (let percobaan = 0; percobaan < 2; percobaan++) {
    try {
      const fd = openSync(berkas, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), mulai: new Date().toISOString() }));
      closeSync(fd);
      let dilepas = false;
      const lepas = () => {
        if (dilepas) return;
        dilepas = true;
        try {
          const isi = JSON.parse(readFileSync(berkas, 'utf8')) as { pid: number };
          if (isi.pid === process.pid) rmSync(berkas, { force: true });
        } catch {
          /* already gone */
        }
        process.off('exit', lepas);
      };
      process.on('exit', lepas);
      return lepas;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let pemilik: { pid: number, host: string } | undefined;
      try {
        pemilik = JSON.parse(readFileSync(berkas, 'utf8'));
      } catch {
        pemilik = undefined; // half-written or unreadable: treat as stale
      }
      if (pemilik && pemilik.pid !== process.pid && (pemilik.host !== hostname() || prosesHidup(pemilik.pid))) {
        throw new FolderDataTerkunci(folder, pemilik.pid, pemilik.host);
      }
      if (pemilik && pemilik.pid === process.pid) {
        throw new FolderDataTerkunci(folder, pemilik.pid, `${pemilik.host} (proses ini sendiri)`);
      }
      rmSync(berkas, { force: true });
    }
  }
  throw new Error(`tidak dapat mengunci folder data ${folder}`);
}
