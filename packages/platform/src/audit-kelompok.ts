import { raw, sql, type Db, type Sql } from '@simasn/db';
import { samarkanDataPribadi, samarkanTeks } from '@simasn/domain';
import type { EntriAudit } from './audit.ts';
import type { Konteks } from './konteks.ts';

/**
 * The audit entries of a group commit (PenulisKelompok) in one statement: each entry with its own
 * caller, address and time, as catatAudit would write it for that caller's request. All entries
 * go to `db` (the batch's transaction) and must be of one instansi, the one `db` writes for.
 * With `antre` they go to the audit queue (see `sqlAuditKelompok`): ask for the seal after the commit.
 */
export async function catatAuditKelompok(db: Db, daftar: readonly { ctx: Konteks, entri: EntriAudit }[], opsi: { antre?: boolean } = {}): Promise<void> {
  if (!daftar.length) return;
  await db.run(sqlAuditKelompok(daftar, undefined, opsi));
}

/** An entry of a group whose target is a row written by the same statement (its id known only there). */
export interface EntriAuditKelompok {
  ctx: Konteks;
  entri: EntriAudit;
  /** The row's key in `dari.cte` (column `kunci_audit`): its `id` becomes the entry's `entitas_id`. */
  kunciBaris?: string;
}

/**
 * The same insert as a fragment, to put as the last CTE of the caller's own data-modifying
 * statement: the records and their audit entries are then one statement, committed at once
 * without a transaction block (a group commit in one round trip, the audit chain's lock held
 * only inside the database). With `dari`, an entry that has `kunciBaris` takes its `entitas_id`
 * from the row of CTE `dari.cte` whose `kunci_audit` matches (that CTE must return `id` and
 * `kunci_audit`), and is left out when no row matches (nothing was written for it). Entries keep
 * their order in the chain. With `antre`, the entries go to the audit queue (`audit_antre`): no
 * lock on the chain's tail is taken, and the caller asks for the seal after its commit
 * (`mintaSegelAudit`); the hot paths under concurrency (check-ins, answer saves on PostgreSQL).
 */
export function sqlAuditKelompok(daftar: readonly EntriAuditKelompok[], dari?: { cte: string }, opsi: { antre?: boolean } = {}): Sql {
  const instansi = new Set(daftar.map((d) => d.ctx.instansiId));
  if (instansi.size !== 1) throw new Error('catatAuditKelompok: satu pernyataan untuk satu instansi.');
  if (dari && !/^[a-z_]+$/.test(dari.cte)) throw new Error('sqlAuditKelompok: nama CTE tidak sah.');
  const baris = daftar.map(({ ctx, entri: e, kunciBaris }, n) => {
    const p = ctx.pemanggil;
    return { n, kunci_baris: kunciBaris ?? null, waktu: ctx.sekarang().toISOString(), akun_id: p && !p.sistem ? p.akunId : null, nama_pengguna: p?.namaPengguna ?? null,
      peran: p ? (p.sistem ? ['sistem'] : p.peran.map((r) => r.peran)) : [], aksi: e.aksi, entitas: e.entitas, entitas_id: e.entitasId == null ? null : String(e.entitasId),
      pegawai_id: e.pegawaiId ?? null, sebelum: e.sebelum === undefined ? null : samarkanDataPribadi(e.sebelum),
      sesudah: e.sesudah === undefined ? null : samarkanDataPribadi(e.sesudah), alamat_ip: ctx.alamatIp ?? null, keterangan: e.keterangan ? samarkanTeks(e.keterangan) : null };
  });
  const sumber = sql`jsonb_to_recordset(${JSON.stringify(baris)}::jsonb)
        as x(n int, kunci_baris text, waktu timestamptz, akun_id bigint, nama_pengguna text, peran jsonb, aksi text, entitas text, entitas_id text, pegawai_id bigint,
             sebelum jsonb, sesudah jsonb, alamat_ip text, keterangan text)`;
  const idBaris = dari ? sql`coalesce(x.entitas_id, b.id::text)` : sql`x.entitas_id`;
  const gabung = dari ? sql`${sumber} left join ${raw(dari.cte)} b on b.kunci_audit = x.kunci_baris where x.kunci_baris is null or b.id is not null` : sumber;
  // The queue (migration 0036): committed with the caller's statement, chained by the sealer (`mintaSegelAudit` after the commit).
  return sql`
    insert into ${raw(opsi.antre ? 'audit_antre' : 'audit_log')} (instansi_id, waktu, akun_id, nama_pengguna, peran, aksi, entitas, entitas_id, pegawai_id,
                           sebelum, sesudah, alamat_ip, keterangan)
    select ${[...instansi][0]!}, x.waktu, x.akun_id, x.nama_pengguna, array(select jsonb_array_elements_text(x.peran)), x.aksi, x.entitas, ${idBaris},
           x.pegawai_id, x.sebelum, x.sesudah, x.alamat_ip, x.keterangan
      from ${gabung}
     order by x.n`;
}
