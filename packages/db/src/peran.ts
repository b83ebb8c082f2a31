import sql from 'sql-template-tag';
import type { Db } from './db.ts';

/** Tables the runtime role may only append to and read: history is never rewritten by the app (the audit queue is emptied only by its security-definer sealer). */
export const TABEL_TAMBAH_SAJA = ['audit_log', 'audit_antre'] as const;
/** Tables only the owner's code (migrations, security-definer triggers) writes; the runtime role reads them (the chain check). */
export const TABEL_PEMILIK_SAJA = ['audit_rantai', 'audit_pengaturan', 'versi_data'] as const;

/**
 * Gives the application's runtime role (the user of `DATABASE_URL` when migrations run with
 * `DATABASE_URL_MIGRASI`) what it needs and nothing more, after every migration run so that new
 * tables are covered: read and write on the ordinary tables, INSERT and SELECT only on the audit
 * log, read only on the audit chain's own tables and the migration record. It owns
 * nothing, so it cannot alter a table, drop or disable a trigger (PostgreSQL lets only a table's
 * owner do that). Run by the owner role.
 */
export async function aturHakPeranAplikasi(db: Db, peran: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(peran)) throw new Error(`Nama peran basis data aplikasi tidak sah: ${peran}`);
  const saya = await db.one<{ u: string }>(sql`select current_user as u`);
  if (saya.u === peran) throw new Error('Peran aplikasi (DATABASE_URL) harus berbeda dari peran pemilik yang menjalankan migrasi (DATABASE_URL_MIGRASI).');
  const tabel = (await db.many<{ t: string }>(sql`select tablename as t from pg_tables where schemaname = 'public' order by tablename`)).map((r) => r.t);
  const kutip = (n: string) => `"${n.replace(/"/g, '""')}"`;
  const biasa = tabel.filter((t) => t !== 'skema_migrasi' && !(TABEL_TAMBAH_SAJA as readonly string[]).includes(t) && !(TABEL_PEMILIK_SAJA as readonly string[]).includes(t));
  const perintah = [
    `grant usage on schema public to ${peran}`,
    `revoke create on schema public from ${peran}`,
    `revoke all on all tables in schema public from ${peran}`,
    biasa.length ? `grant select, insert, update, delete on ${biasa.map(kutip).join(', ')} to ${peran}` : '',
    `grant select, insert on ${TABEL_TAMBAH_SAJA.map(kutip).join(', ')} to ${peran}`,
    `grant select on skema_migrasi, ${TABEL_PEMILIK_SAJA.map(kutip).join(', ')} to ${peran}`,
    `grant usage, select, update on all sequences in schema public to ${peran}`,
    // Nobody but the owner: not the runtime role, not through PUBLIC.
    `revoke update, delete, truncate on ${TABEL_TAMBAH_SAJA.map(kutip).join(', ')} from public`,
  ].filter(Boolean);
  await db.transaction(async (tx) => {
    for (const p of perintah) await tx.exec(p);
  });
}

/** The user name in a PostgreSQL URL (the role the application connects as). */
export function peranDariUrl(url: string): string {
  const u = decodeURIComponent(new URL(url).username);
  if (!u) throw new Error('DATABASE_URL harus menyebut nama peran (postgres://peran:sandi@host/db) bila DATABASE_URL_MIGRASI diisi.');
  return u;
}
