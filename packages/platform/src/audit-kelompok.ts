import { sql, type Db } from '@simasn/db';
import { samarkanDataPribadi, samarkanTeks } from '@simasn/domain';
import type { EntriAudit } from './audit.ts';
import type { Konteks } from './konteks.ts';

/**
 * The audit entries of a group commit (PenulisKelompok) in one statement: each entry with its own
 * caller, address and time, as catatAudit would write it for that caller's request. All entries
 * go to `db` (the batch's transaction) and must be of one instansi, the one `db` writes for.
 */
export async function catatAuditKelompok(db: Db, daftar: readonly { ctx: Konteks, entri: EntriAudit }[]): Promise<void> {
  if (!daftar.length) return;
  const instansi = new Set(daftar.map((d) => d.ctx.instansiId));
  if (instansi.size !== 1) throw new Error('catatAuditKelompok: satu pernyataan untuk satu instansi.');
  const baris = daftar.map(({ ctx, entri: e }) => {
    const p = ctx.pemanggil;
    return { waktu: ctx.sekarang().toISOString(), akun_id: p && !p.sistem ? p.akunId : null, nama_pengguna: p?.namaPengguna ?? null,
      peran: p ? (p.sistem ? ['sistem'] : p.peran.map((r) => r.peran)) : [], aksi: e.aksi, entitas: e.entitas, entitas_id: e.entitasId == null ? null : String(e.entitasId),
      pegawai_id: e.pegawaiId ?? null, sebelum: e.sebelum === undefined ? null : samarkanDataPribadi(e.sebelum),
      sesudah: e.sesudah === undefined ? null : samarkanDataPribadi(e.sesudah), alamat_ip: ctx.alamatIp ?? null, keterangan: e.keterangan ? samarkanTeks(e.keterangan) : null };
  });
  await db.run(sql`
    insert into audit_log (instansi_id, waktu, akun_id, nama_pengguna, peran, aksi, entitas, entitas_id, pegawai_id,
                           sebelum, sesudah, alamat_ip, keterangan)
    select ${[...instansi][0]!}, x.waktu, x.akun_id, x.nama_pengguna, array(select jsonb_array_elements_text(x.peran)), x.aksi, x.entitas, x.entitas_id,
           x.pegawai_id, x.sebelum, x.sesudah, x.alamat_ip, x.keterangan
      from jsonb_to_recordset(${JSON.stringify(baris)}::jsonb)
        as x(waktu timestamptz, akun_id bigint, nama_pengguna text, peran jsonb, aksi text, entitas text, entitas_id text, pegawai_id bigint,
             sebelum jsonb, sesudah jsonb, alamat_ip text, keterangan text)`);
}
