import { join, raw, sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, selisih, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { bukaNilai, sandikanBaris } from './data-pribadi.ts';
import { KOLOM_IDENTITAS, periksaSesuaiNip, type IsianIdentitas } from './identitas.ts';
import { skemaUbahPegawai } from './pegawai.types.ts';
import { pegawaiDalamLingkup } from './pegawai-dalam-lingkup.ts';

export { skemaUbahPegawai };

/** Reads the identity columns of one employee as input-shaped fields. */
export async function bacaIdentitas(ctx: Konteks, pegawaiId: number): Promise<Record<IsianIdentitas, unknown> & { nip: string, versi: number }> {
  const kolom = Object.entries(KOLOM_IDENTITAS).map(([f, k]) => sql`${raw(k)} as ${raw(`"${f}"`)}`);
  const r = await ctx.db.one<Record<IsianIdentitas, unknown> & { nip: string, versi: number }>(sql`
    select nip, versi, ${join(kolom)} from pegawai where instansi_id = ${ctx.instansiId} and id = ${pegawaiId}`);
  for (const [f, k] of Object.entries(KOLOM_IDENTITAS)) r[f as IsianIdentitas] = bukaNilai('pegawai', k, r[f as IsianIdentitas] as string | null);
  return r;
}

/**
 * Writes identity fields (no permission check: callers decide). Checks the result against the
 * NIP, bumps `versi` only if `versi` still matches, and audits before/after of what changed.
 */
export async function tulisIdentitas(ctx: Konteks, pegawaiId: number, perubahan: Partial<Record<IsianIdentitas, unknown>>, versi: number,
  aksi: string): Promise<{ versi: number, berubah: string[] }>
{
  const lama = await bacaIdentitas(ctx, pegawaiId);
  const baru: Record<string, unknown> = { ...lama, ...perubahan };
  // Stored values and the callers' validated input (skemaIdentitas): the dates as ISO text, the codes as the schema's.
  const masalah = periksaSesuaiNip(lama.nip, baru as Parameters<typeof periksaSesuaiNip>[1]);
  if (masalah.length) throw tidakValid('Data tidak sesuai NIP.', masalah);
  const d = selisih(lama as Record<string, unknown>, perubahan);
  const berubah = Object.keys(d.sesudah);
  if (!berubah.length) {
    if (lama.versi !== versi) throw konflik('Data pegawai sudah diubah orang lain. Muat ulang lalu ulangi.');
    return { versi: lama.versi, berubah };
  }
  const tersimpan = sandikanBaris('pegawai', Object.fromEntries(berubah.map((f) => [KOLOM_IDENTITAS[f as IsianIdentitas], baru[f]])));
  const set = Object.entries(tersimpan).map(([k, v]) => sql`${raw(k)} = ${v}`);
  const r = await ctx.db.maybeOne<{ versi: number }>(sql`
    update pegawai set ${join(set)}, versi = versi + 1, diubah_pada = ${ctx.sekarang()}
     where instansi_id = ${ctx.instansiId} and id = ${pegawaiId} and versi = ${versi}
    returning versi`);
  if (!r) throw konflik(`Data pegawai sudah diubah orang lain (versi ${lama.versi}, Anda mengubah versi ${versi}). Muat ulang lalu ulangi.`);
  await catatAudit(ctx, { aksi, entitas: 'pegawai', entitasId: lama.nip, pegawaiId, sebelum: d.sebelum, sesudah: d.sesudah });
  return { versi: r.versi, berubah };
}

/** An admin corrects an employee's identity data. */
export async function ubahPegawai(ctx: Konteks, nip: string, masukan: unknown) {
  const { versi, ...perubahan } = uraikan(skemaUbahPegawai, masukan);
  const diisi = Object.fromEntries(Object.entries(perubahan).filter(([k]) => k in (masukan as object)));
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const p = await pegawaiDalamLingkup(c, nip, 'pegawai:ubah');
    return tulisIdentitas(c, p.id, diisi, versi, 'pegawai.ubah');
  });
}
