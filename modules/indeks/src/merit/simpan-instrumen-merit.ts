import { sql } from '@simasn/db';
import { ATURAN_MERIT, ATURAN_MERIT_BAWAAN, INSTRUMEN_MERIT, periksaInstrumenMerit, type InstrumenMerit } from '@simasn/domain';
import { catatAudit, denganDb, konflik, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { izinKelola } from './penilaian.ts';
import { skemaSimpanInstrumenMerit } from './merit.types.ts';

export { skemaSimpanInstrumenMerit };

/**
 * Stores the instansi's own edition of a merit instrument (sub-aspects and weights are
 * instrument data, RULES.md section 3). Instruments are versioned by id: an edition once stored
 * is never rewritten (assessments name it), so a change is stored under a new id.
 */
export async function simpanInstrumenMerit(ctx: Konteks, masukan: unknown) {
  izinKelola(ctx);
  const f = uraikan(skemaSimpanInstrumenMerit, masukan);
  const aturan = ATURAN_MERIT[ATURAN_MERIT_BAWAAN]!;
  const instrumen: InstrumenMerit = { id: f.id, nama: f.nama, dasarHukum: f.dasarHukum, berlakuMulai: f.berlakuMulai, ...(f.catatan ? { catatan: f.catatan } : {}),
    aspek: f.aspek.map((a) => ({ nomor: a.nomor, nama: a.nama ?? aturan.aspek.find((x) => x.nomor === a.nomor)?.nama ?? `Aspek ${a.nomor}`, subAspek: a.subAspek })) };
  if (INSTRUMEN_MERIT[f.id]) throw konflik(`Id ${f.id} dipakai instrumen bawaan. Pilih id lain.`);
  const masalah = periksaInstrumenMerit(instrumen, aturan);
  if (masalah.length) throw tidakValid('Instrumen belum benar.', masalah.map((m) => ({ kolom: 'aspek', pesan: m })));
  return ctx.db.transaction(async (tx) => {
    const r = await tx.maybeOne<{ id: string }>(sql`
      insert into instrumen_merit (instansi_id, id, nama, dasar_hukum, berlaku_mulai, definisi, dibuat_pada)
      values (${ctx.instansiId}, ${f.id}, ${f.nama}, ${f.dasarHukum}, ${f.berlakuMulai},
              ${JSON.stringify({ aspek: instrumen.aspek, catatan: f.catatan ?? null })}::jsonb, ${ctx.sekarang()})
      on conflict (instansi_id, id) do nothing
      returning id`);
    if (!r) throw konflik(`Instrumen ${f.id} sudah ada. Instrumen berversi: simpan perubahan dengan id baru.`);
    await catatAudit(denganDb(ctx, tx), { aksi: 'merit.instrumen_simpan', entitas: 'instrumen_merit', entitasId: f.id,
      sesudah: { nama: f.nama, berlakuMulai: f.berlakuMulai, aspek: instrumen.aspek.length, subAspek: instrumen.aspek.reduce((t, a) => t + a.subAspek.length, 0) } });
    return { ...instrumen, milikInstansi: true };
  });
}
