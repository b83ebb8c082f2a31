import { sql } from '@simasn/db';
import { samarkanDataPribadi, samarkanTeks } from '@simasn/domain';
import type { Konteks } from './konteks.ts';

export interface EntriAudit {
  /** What happened, `entitas.kata_kerja`: `pegawai.ubah`, `usulan.setujui`, `auth.masuk`... */
  aksi: string;
  entitas: string;
  entitasId?: string | number | null;
  pegawaiId?: number | null;
  sebelum?: unknown;
  sesudah?: unknown;
  keterangan?: string | null;
}

/**
 * Appends to the audit log, in the caller's transaction (pass the context whose `db` is the
 * transaction): a write and its record stand or fall together. The table refuses updates and
 * deletes (migration 0001). Before/after pass the personal-data rule first (domain
 * data-pribadi.ts): the audit table never holds a full NIK, phone, address or family detail.
 */
export async function catatAudit(ctx: Konteks, e: EntriAudit): Promise<void> {
  const p = ctx.pemanggil;
  const peran = p ? (p.sistem ? ['sistem'] : p.peran.map((r) => r.peran)) : [];
  await ctx.db.run(sql`
    insert into audit_log (instansi_id, waktu, akun_id, nama_pengguna, peran, aksi, entitas, entitas_id, pegawai_id,
                           sebelum, sesudah, alamat_ip, keterangan)
    values (${ctx.instansiId}, ${ctx.sekarang()}, ${p && !p.sistem ? p.akunId : null}, ${p?.namaPengguna ?? null}, ${peran},
            ${e.aksi}, ${e.entitas}, ${e.entitasId == null ? null : String(e.entitasId)}, ${e.pegawaiId ?? null},
            ${e.sebelum === undefined ? null : JSON.stringify(samarkanDataPribadi(e.sebelum))}::jsonb,
            ${e.sesudah === undefined ? null : JSON.stringify(samarkanDataPribadi(e.sesudah))}::jsonb,
            ${ctx.alamatIp ?? null}, ${e.keterangan ? samarkanTeks(e.keterangan) : null})`);
}

/** Keeps only what changed between two flat records, for a readable before/after. */
export function selisih<T extends Record<string, unknown>>(sebelum: T, sesudah: Partial<T>): { sebelum: Partial<T>, sesudah: Partial<T> } {
  const a: Partial<T> = {};
  const b: Partial<T> = {};
  for (const k of Object.keys(sesudah) as (keyof T)[]) {
    if (JSON.stringify(sebelum[k] ?? null) !== JSON.stringify(sesudah[k] ?? null)) {
      a[k] = sebelum[k];
      b[k] = sesudah[k];
    }
  }
  return { sebelum: a, sesudah: b };
}

/**
 * Many audit entries in one statement (bulk actions: a monthly KGB confirmation of thousands of
 * employees), same columns and same transaction rule as catatAudit.
 */
export async function catatAuditBanyak(ctx: Konteks, daftar: readonly EntriAudit[]): Promise<void> {
  if (!daftar.length) return;
  const p = ctx.pemanggil;
  const peran = p ? (p.sistem ? ['sistem'] : p.peran.map((r) => r.peran)) : [];
  const baris = daftar.map((e) => ({ aksi: e.aksi, entitas: e.entitas, entitas_id: e.entitasId == null ? null : String(e.entitasId), pegawai_id: e.pegawaiId ?? null,
    sebelum: e.sebelum === undefined ? null : samarkanDataPribadi(e.sebelum), sesudah: e.sesudah === undefined ? null : samarkanDataPribadi(e.sesudah),
    keterangan: e.keterangan ? samarkanTeks(e.keterangan) : null })
  );
  await ctx.db.run(sql`
    insert into audit_log (instansi_id, waktu, akun_id, nama_pengguna, peran, aksi, entitas, entitas_id, pegawai_id,
                           sebelum, sesudah, alamat_ip, keterangan)
    select ${ctx.instansiId}, ${ctx.sekarang()}, ${p && !p.sistem ? p.akunId : null}, ${p?.namaPengguna ?? null}, ${peran},
           x.aksi, x.entitas, x.entitas_id, x.pegawai_id, x.sebelum, x.sesudah, ${ctx.alamatIp ?? null}, x.keterangan
      from jsonb_to_recordset(${JSON.stringify(baris)}::jsonb)
        as x(aksi text, entitas text, entitas_id text, pegawai_id bigint, sebelum jsonb, sesudah jsonb, keterangan text)`);
}
