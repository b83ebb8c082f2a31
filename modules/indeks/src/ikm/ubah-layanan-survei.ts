import { join, raw, sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, selisih, uraikan, type Konteks } from '@simasn/platform';
import { layananDalamLingkup, unitUntukLayanan } from './lingkup-layanan.ts';
import { tokenPublikBaru } from './tambah-layanan-survei.ts';
import { skemaUbahLayananSurvei } from './survei.types.ts';

export { skemaUbahLayananSurvei };

const KOLOM = { kode: 'kode', nama: 'nama', unitId: 'unit_id', populasi: 'populasi', aturanId: 'aturan_id', aktif: 'aktif' } as const;
type NamaIsian = keyof typeof KOLOM;

/**
 * Edits a service unit (name, unit, population, rule set, active), or replaces its public link.
 * Optimistic: the update applies only to the `versi` the editor read; the other editor gets 409.
 */
export async function ubahLayananSurvei(ctx: Konteks, id: number, masukan: unknown) {
  const { versi, gantiToken, ...isian } = uraikan(skemaUbahLayananSurvei, masukan);
  const perubahan = Object.fromEntries(Object.entries(isian).filter(([, v]) => v !== undefined)) as Partial<Record<NamaIsian, unknown>> & typeof isian;
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const lama = await layananDalamLingkup(c, id, 'survei:kelola');
    if (perubahan.unitId !== undefined && perubahan.unitId !== lama.unitId) await unitUntukLayanan(c, perubahan.unitId, 'survei:kelola');
    if (perubahan.kode !== undefined && perubahan.kode !== lama.kode) {
      const ada = await tx.maybeOne(sql`select 1 from layanan_survei where instansi_id = ${ctx.instansiId} and kode = ${perubahan.kode} and id <> ${id}`);
      if (ada) throw konflik(`Kode layanan ${perubahan.kode} sudah dipakai.`);
    }
    const d = selisih(lama as unknown as Record<string, unknown>, perubahan);
    const berubah = Object.keys(d.sesudah) as NamaIsian[];
    const token = gantiToken ? tokenPublikBaru() : lama.token;
    if (!berubah.length && !gantiToken) {
      if (lama.versi !== versi) throw konflik('Layanan ini sudah diubah orang lain. Muat ulang lalu ulangi.');
      return { ...lama };
    }
    const set = berubah.map((f) => sql`${raw(KOLOM[f])} = ${perubahan[f] ?? null}`);
    if (gantiToken) set.push(sql`token = ${token}`);
    const r = await tx.maybeOne<{ versi: number }>(sql`
      update layanan_survei set ${join(set)}, versi = versi + 1, diubah_pada = ${ctx.sekarang()}
       where instansi_id = ${ctx.instansiId} and id = ${id} and versi = ${versi}
      returning versi`);
    if (!r) throw konflik(`Layanan ini sudah diubah orang lain (versi ${lama.versi}, Anda mengubah versi ${versi}). Muat ulang lalu ulangi.`);
    await catatAudit(c, { aksi: 'survei.layanan_ubah', entitas: 'layanan_survei', entitasId: id, sebelum: d.sebelum,
      sesudah: { ...d.sesudah, ...(gantiToken ? { tautanBaru: true } : {}) } });
    return layananDalamLingkup(c, id, 'survei:kelola');
  });
}
