import { sql } from '@simasn/db';
import type { Konteks } from '@simasn/platform';
import { sandikanDataLayanan } from './data-usulan.ts';

const disandikan = <T extends { data: Record<string, unknown> }>(daftar: readonly T[]) => daftar.map((d) => ({ ...d, data: sandikanDataLayanan(d.data) }));

/**
 * Set-based writes for bulk actions that settle many requests at once (the monthly KGB
 * confirmation of thousands of employees): the same rows and timeline the one-by-one engine
 * writes, in the caller's transaction. They do not check roles or steps: the bulk action does.
 */

/** Closes open requests as completed at `langkah`, merging `data`; returns those closed with the step they left. */
export async function tutupUsulanMassal(ctx: Konteks, langkah: string, daftar: readonly { id: number, data: Record<string, unknown> }[]) {
  if (!daftar.length) return [];
  const now = ctx.sekarang();
  return ctx.db.many<{ id: number, pegawaiId: number, langkah: string }>(sql`
    update usulan_layanan u set status = 'selesai', langkah = ${langkah}, versi = u.versi + 1, tenggat = null,
           data = u.data || x.data, diubah_pada = ${now}, selesai_pada = ${now}
      from jsonb_to_recordset(${JSON.stringify(disandikan(daftar))}::jsonb) as x(id bigint, data jsonb)
     where u.instansi_id = ${ctx.instansiId} and u.id = x.id and u.status in ('diproses', 'dikembalikan')
    returning u.id, u.pegawai_id as "pegawaiId", (select j.ke_langkah from jejak_usulan_layanan j where j.instansi_id = u.instansi_id and j.usulan_id = u.id order by j.id desc limit 1) as langkah`);
}

/** Creates requests already completed at `langkah` (version 2: created, then approved). */
export async function buatUsulanSelesaiMassal(ctx: Konteks, jenis: string, langkah: string, daftar: readonly { pegawaiId: number, data: Record<string, unknown> }[]) {
  if (!daftar.length) return [];
  const p = ctx.pemanggil;
  const akun = p && !p.sistem ? p.akunId : null;
  const now = ctx.sekarang();
  return ctx.db.many<{ id: number, pegawaiId: number }>(sql`
    insert into usulan_layanan (instansi_id, jenis, pegawai_id, langkah, status, data, diajukan_oleh, diajukan_pada, diubah_pada, selesai_pada, versi)
    select ${ctx.instansiId}, ${jenis}, x.pegawai_id, ${langkah}, 'selesai', x.data, ${akun}, ${now}, ${now}, ${now}, 2
      from jsonb_to_recordset(${JSON.stringify(daftar.map((d) => ({ pegawai_id: d.pegawaiId, data: sandikanDataLayanan(d.data) })))}::jsonb) as x(pegawai_id bigint, data jsonb)
    returning id, pegawai_id as "pegawaiId"`);
}

/** Merges fields into many requests' `data`. */
export async function gabungDataUsulanMassal(ctx: Konteks, daftar: readonly { id: number, data: Record<string, unknown> }[]): Promise<void> {
  if (!daftar.length) return;
  await ctx.db.run(sql`
    update usulan_layanan u set data = u.data || x.data
      from jsonb_to_recordset(${JSON.stringify(disandikan(daftar))}::jsonb) as x(id bigint, data jsonb)
     where u.instansi_id = ${ctx.instansiId} and u.id = x.id`);
}

export interface JejakMassal {
  usulanId: number;
  aksi: string;
  dari: string | null;
  ke: string;
  status: string;
  catatan: string | null;
}

/** Many timeline lines by the caller acting as `peran`, at the same moment. */
export async function catatJejakBanyak(ctx: Konteks, peran: string | null, daftar: readonly JejakMassal[]): Promise<void> {
  if (!daftar.length) return;
  const p = ctx.pemanggil;
  await ctx.db.run(sql`
    insert into jejak_usulan_layanan (instansi_id, usulan_id, waktu, akun_id, nama_pengguna, peran, aksi, dari_langkah, ke_langkah, status, catatan)
    select ${ctx.instansiId}, x.usulan_id, ${ctx.sekarang()}, ${p && !p.sistem ? p.akunId : null}, ${
    p?.namaTampilan ?? 'sistem'
  }, ${peran}, x.aksi, x.dari, x.ke, x.status, x.catatan
      from jsonb_to_recordset(${JSON.stringify(daftar.map((j) => ({ usulan_id: j.usulanId, aksi: j.aksi, dari: j.dari, ke: j.ke, status: j.status, catatan: j.catatan })))}::jsonb)
        as x(usulan_id bigint, aksi text, dari text, ke text, status text, catatan text)`);
}
