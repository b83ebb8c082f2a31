import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import sql from 'sql-template-tag';
import type { Db } from './db.ts';

export const FOLDER_MIGRASI = fileURLToPath(new URL('../migrations/', import.meta.url));

export interface Migrasi {
  versi: string;
  nama: string;
  isi: string;
  checksum: string;
}

export function daftarMigrasi(folder = FOLDER_MIGRASI): Migrasi[] {
  return readdirSync(folder).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort().map((f) => {
    const isi = readFileSync(join(folder, f), 'utf8');
    return { versi: f.slice(0, 4), nama: f.slice(5, -4), isi, checksum: createHash('sha256').update(isi).digest('hex') };
  });
}

/**
 * Applies the migrations not yet applied, each in its own transaction, in order. The same
 * files run on PGlite and on PostgreSQL 15+. On a server, an advisory lock keeps two
 * application nodes that start together from applying the same migration twice. A migration
 * whose file changed after it was applied stops the start: history is never rewritten.
 *
 * `skema_migrasi` is installation metadata, the one table without an instansi key.
 */
export async function jalankanMigrasi(db: Db, log: (s: string) => void = () => {}): Promise<string[]> {
  // A runtime role without CREATE on the schema reaches here too (an up-to-date schema): only create when missing.
  const ada = await db.one<{ t: string | null }>(sql`select to_regclass('skema_migrasi')::text as t`);
  if (!ada.t) {
    await db.exec(`create table if not exists skema_migrasi (
    versi text primary key, nama text not null, checksum text not null,
    diterapkan_pada timestamptz not null default now())`);
  }
  const diterapkan: string[] = [];
  for (const m of daftarMigrasi()) {
    const baru = await db.transaction(async (tx) => {
      if (tx.mesin === 'postgres') await tx.run(sql`select pg_advisory_xact_lock(741220261)`);
      const ada = await tx.maybeOne<{ checksum: string }>(sql`select checksum from skema_migrasi where versi = ${m.versi}`);
      if (ada) {
        if (ada.checksum !== m.checksum) {
          throw new Error(`Migrasi ${m.versi}_${m.nama} sudah diterapkan tetapi isinya berubah. Buat migrasi baru; jangan ubah yang lama.`);
        }
        return false;
      }
      await tx.exec(m.isi);
      await tx.run(sql`insert into skema_migrasi (versi, nama, checksum) values (${m.versi}, ${m.nama}, ${m.checksum})`);
      return true;
    });
    if (baru) {
      diterapkan.push(`${m.versi}_${m.nama}`);
      log(`migrasi ${m.versi}_${m.nama} diterapkan`);
    }
  }
  return diterapkan;
}
