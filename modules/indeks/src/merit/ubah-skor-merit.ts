import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, tidakDitemukan, uraikan, type Konteks } from '@simasn/platform';
import { instrumenPenilaian } from './instrumen.ts';
import { aturanPenilaian, bacaPenilaian, izinKelola, susunPenilaian, type BarisPenilaianMerit } from './penilaian.ts';
import { skemaUbahSkorMerit, skemaKodeSubAspek } from './merit.types.ts';

export { skemaUbahSkorMerit, skemaKodeSubAspek };

/** A draft assessment, locked for this transaction; a final one refuses every change (409). */
export async function penilaianDraf(ctx: Konteks, id: number, apa: string): Promise<BarisPenilaianMerit> {
  const p = await bacaPenilaian(ctx, id, true);
  if (p.status === 'final') throw konflik(`Penilaian Sistem Merit tahun ${p.tahun} sudah final: ${apa} tidak dapat diubah lagi.`);
  return p;
}

/** The sub-aspect of the assessment's instrument, or 404. */
export async function subAspekPenilaian(ctx: Konteks, p: BarisPenilaianMerit, kode: string) {
  const instrumen = await instrumenPenilaian(ctx, p.instrumen_id);
  for (const a of instrumen.aspek) {
    const s = a.subAspek.find((x) => x.kode === kode);
    if (s) return { aspek: a, subAspek: s };
  }
  throw tidakDitemukan(`Sub-aspek ${kode} tidak ada pada instrumen ${instrumen.id}.`);
}

/** Moves the assessment's version with every change, so that finalising names what was seen. */
export async function naikkanVersiPenilaian(ctx: Konteks, id: number): Promise<void> {
  await ctx.db.run(sql`update penilaian_merit set versi = versi + 1, diubah_pada = ${ctx.sekarang()} where instansi_id = ${ctx.instansiId} and id = ${id}`);
}

/**
 * Scores one sub-aspect 1-4 (Kurang, Cukup, Baik, Sangat Baik) with a note. Optimistic: the
 * change applies only to the score's version the editor read (0: not scored yet); of two
 * people scoring the same sub-aspect at once, the second gets 409 and reloads. Answers with
 * the whole assessment recomputed.
 */
export async function ubahSkorMerit(ctx: Konteks, id: number, kode: string, masukan: unknown) {
  izinKelola(ctx);
  const f = uraikan(skemaUbahSkorMerit, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const p = await penilaianDraf(c, id, 'skor');
    await subAspekPenilaian(c, p, kode);
    const aturan = aturanPenilaian(p);
    const lama = await tx.maybeOne<{ skor: number, catatan: string | null, versi: number }>(sql`
      select skor, catatan, versi from skor_merit where instansi_id = ${ctx.instansiId} and penilaian_id = ${id} and sub_aspek = ${kode}`);
    const catatan = f.catatan === undefined ? lama?.catatan ?? null : f.catatan || null;
    const oleh = ctx.pemanggil && !ctx.pemanggil.sistem ? ctx.pemanggil.akunId : null;
    const basi = (versiKini: number) => konflik(`Skor sub-aspek ${kode} sudah diubah orang lain (versi ${versiKini}, Anda mengubah versi ${f.versi}). Muat ulang lalu ulangi.`);
    if (!lama) {
      if (f.versi !== 0) throw basi(0);
      const r = await tx.maybeOne(sql`
        insert into skor_merit (instansi_id, penilaian_id, sub_aspek, skor, catatan, diubah_oleh, diubah_pada, versi)
        values (${ctx.instansiId}, ${id}, ${kode}, ${f.skor}, ${catatan}, ${oleh}, ${ctx.sekarang()}, 1)
        on conflict (instansi_id, penilaian_id, sub_aspek) do nothing
        returning versi`);
      if (!r) throw konflik(`Sub-aspek ${kode} baru saja dinilai orang lain. Muat ulang lalu ulangi.`);
    } else {
      if (lama.versi !== f.versi) throw basi(lama.versi);
      if (lama.skor === f.skor && lama.catatan === catatan) return susunPenilaian(c, p);
      const r = await tx.maybeOne(sql`
        update skor_merit set skor = ${f.skor}, catatan = ${catatan}, versi = versi + 1, diubah_oleh = ${oleh}, diubah_pada = ${ctx.sekarang()}
         where instansi_id = ${ctx.instansiId} and penilaian_id = ${id} and sub_aspek = ${kode} and versi = ${f.versi}
        returning versi`);
      if (!r) throw basi(lama.versi + 1);
    }
    await naikkanVersiPenilaian(c, id);
    await catatAudit(c, { aksi: 'merit.skor', entitas: 'penilaian_merit', entitasId: id,
      sebelum: { tahun: p.tahun, subAspek: kode, skor: lama?.skor ?? null, catatan: lama?.catatan ?? null },
      sesudah: { tahun: p.tahun, subAspek: kode, skor: f.skor, label: aturan.labelSkor[f.skor] ?? null, catatan } });
    return susunPenilaian(c, await bacaPenilaian(c, id));
  });
}
