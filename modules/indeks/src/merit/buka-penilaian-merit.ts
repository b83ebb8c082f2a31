import { sql } from '@simasn/db';
import { ATURAN_MERIT, aturanMeritBerlaku, cariAturan, periksaInstrumenMerit } from '@simasn/domain';
import { catatAudit, denganDb, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { pilihInstrumen } from './instrumen.ts';
import { bacaPenilaian, izinKelola, susunPenilaian } from './penilaian.ts';
import { zTargetMerit, skemaBukaPenilaianMerit } from './merit.types.ts';

export { zTargetMerit, skemaBukaPenilaianMerit };

/**
 * Opens the Sistem Merit self-assessment of a year: the existing one, or a new draft under the
 * chosen instrument and rule set, starting from last year's scores when asked. Two people
 * opening the same year at once get the same assessment (one row per year).
 */
export async function bukaPenilaianMerit(ctx: Konteks, masukan: unknown) {
  izinKelola(ctx);
  const f = uraikan(skemaBukaPenilaianMerit, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const ada = await tx.maybeOne<{ id: number }>(sql`select id from penilaian_merit where instansi_id = ${ctx.instansiId} and tahun = ${f.tahun}`);
    if (ada) return { baru: false, ...(await susunPenilaian(c, await bacaPenilaian(c, ada.id))) };

    const instrumen = await pilihInstrumen(c, f.tahun, f.instrumenId);
    const ha = f.aturan ? cariAturan(ATURAN_MERIT, f.aturan) : aturanMeritBerlaku(`${f.tahun}-12-31`);
    if (!ha.ok) throw tidakValid('Aturan Sistem Merit tidak ditemukan.', [{ kolom: 'aturan', pesan: ha.alasan }]);
    const aturan = ha.nilai;
    const masalah = periksaInstrumenMerit(instrumen, aturan);
    if (masalah.length) throw tidakValid(`Instrumen ${instrumen.id} belum dapat dipakai.`, masalah.map((m) => ({ kolom: 'instrumenId', pesan: m })));

    const lalu = await tx.maybeOne<{ id: number, target_renstra: number | null }>(sql`
      select id, target_renstra from penilaian_merit where instansi_id = ${ctx.instansiId} and tahun = ${f.tahun - 1}`);
    const targetRenstra = f.targetRenstra !== undefined ? f.targetRenstra : lalu?.target_renstra ?? null;
    const sekarang = ctx.sekarang();
    const r = await tx.maybeOne<{ id: number }>(sql`
      insert into penilaian_merit (instansi_id, tahun, instrumen_id, aturan_id, target_total, target_renstra, status, versi, dibuat_pada, diubah_pada)
      values (${ctx.instansiId}, ${f.tahun}, ${instrumen.id}, ${aturan.id}, ${f.targetTotal ?? null}, ${targetRenstra}, 'draf', 1, ${sekarang}, ${sekarang})
      on conflict (instansi_id, tahun) do nothing
      returning id`);
    if (!r) {
      // Opened by someone else a moment ago: theirs is the year's assessment.
      const lain = await tx.one<{ id: number }>(sql`select id from penilaian_merit where instansi_id = ${ctx.instansiId} and tahun = ${f.tahun}`);
      return { baru: false, ...(await susunPenilaian(c, await bacaPenilaian(c, lain.id))) };
    }

    let disalin = 0;
    if (f.salinTahunLalu && lalu) {
      const kode = instrumen.aspek.flatMap((a) => a.subAspek.map((s) => s.kode));
      const p = ctx.pemanggil;
      disalin = await tx.run(sql`
        insert into skor_merit (instansi_id, penilaian_id, sub_aspek, skor, catatan, diubah_oleh, diubah_pada, versi)
        select instansi_id, ${r.id}, sub_aspek, skor, catatan, ${p && !p.sistem ? p.akunId : null}, ${sekarang}, 1
          from skor_merit
         where instansi_id = ${ctx.instansiId} and penilaian_id = ${lalu.id} and sub_aspek = any(${kode})`);
    }
    await catatAudit(c, { aksi: 'merit.buka', entitas: 'penilaian_merit', entitasId: r.id,
      sesudah: { tahun: f.tahun, instrumen: instrumen.id, aturan: aturan.id, targetTotal: f.targetTotal ?? null, targetRenstra, skorDisalin: disalin,
        ...(disalin ? { disalinDariTahun: f.tahun - 1 } : {}) } });
    return { baru: true, ...(await susunPenilaian(c, await bacaPenilaian(c, r.id))) };
  });
}
