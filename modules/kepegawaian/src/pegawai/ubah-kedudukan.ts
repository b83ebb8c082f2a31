import { sql } from '@simasn/db';
import { catatAudit, type Konteks } from '@simasn/platform';

/** The values `pegawai.kedudukan` accepts (migration 0001). */
export type Kedudukan = 'aktif' | 'cltn' | 'tugas_belajar' | 'pensiun' | 'berhenti' | 'meninggal' | 'pindah';

export interface UbahKedudukan {
  pegawaiId: number;
  /** The kedudukan the change starts from: the update is conditional (one winner, no double change). */
  dari: Kedudukan;
  ke: Kedudukan;
  /** Recorded with the new kedudukan in the audit entry (the decree, its TMT...). */
  rincian?: Record<string, unknown>;
  keterangan?: string | null;
}

/**
 * Changes an employee's kedudukan (pension on its TMT, and later death, dismissal...): the one
 * place that writes `pegawai.kedudukan` outside the employee form. Conditional on the kedudukan
 * it starts from; on a change the row's version moves and `pegawai.kedudukan` is audited. Runs in
 * the caller's transaction. Returns whether the row changed.
 */
export async function ubahKedudukan(ctx: Konteks, u: UbahKedudukan): Promise<boolean> {
  const n = await ctx.db.run(sql`update pegawai set kedudukan = ${u.ke}, versi = versi + 1, diubah_pada = ${ctx.sekarang()}
    where instansi_id = ${ctx.instansiId} and id = ${u.pegawaiId} and kedudukan = ${u.dari}`);
  if (n !== 1) return false;
  await catatAudit(ctx, { aksi: 'pegawai.kedudukan', entitas: 'pegawai', entitasId: u.pegawaiId, pegawaiId: u.pegawaiId, sebelum: { kedudukan: u.dari },
    sesudah: { kedudukan: u.ke, ...u.rincian }, keterangan: u.keterangan ?? null });
  return true;
}
