import { sql } from '@simasn/db';
import { NA, type Tribulan } from '@simasn/domain';
import { catatAudit, denganDb, uraikan, type Konteks } from '@simasn/platform';
import { periksaTahunRenstra, renstraDalamLingkup } from '../renstra/renstra.ts';
import { ukurOtomatis } from './otomatis.ts';
import { skemaIsiRealisasiOtomatis } from './realisasi.types.ts';
import type { SumberOtomatis } from './sumber-otomatis.ts';

export { skemaIsiRealisasiOtomatis };

/**
 * Fills the realisasi of every indicator of a Renstra that the platform measures itself (IP ASN
 * and its dimensions, Sistem Merit, IKM, NSPK, counts of SK and diklat) for a tribulan, from the
 * index engines and the records. Measured first, written in one transaction; a figure not yet
 * available (a merit assessment not final) is N/A with the reason.
 */
export async function isiRealisasiOtomatis(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaIsiRealisasiOtomatis, masukan);
  const r = await renstraDalamLingkup(ctx, f.renstraId, 'sakip:kelola');
  periksaTahunRenstra(r, f.tahun, 'tahun');
  const indikator = await ctx.db.many<{ id: number, kode: string, sumber_otomatis: SumberOtomatis }>(sql`
    select id, kode, sumber_otomatis from indikator_kinerja
     where instansi_id = ${ctx.instansiId} and renstra_id = ${f.renstraId} and sumber_otomatis is not null
       and ${f.sumber ? sql`sumber_otomatis = any(${f.sumber})` : sql`true`} order by kode`);
  const ukur = new Map<string, Awaited<ReturnType<typeof ukurOtomatis>>>();
  const memo = new Map<string, Promise<unknown>>();
  for (const i of indikator) {
    if (!ukur.has(i.sumber_otomatis)) ukur.set(i.sumber_otomatis, await ukurOtomatis(ctx, i.sumber_otomatis, f.tahun, f.tribulan as Tribulan, memo));
  }
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const hasil = [];
    for (const i of indikator) {
      const u = ukur.get(i.sumber_otomatis)!;
      const nilai = u.nilai === NA ? null : u.nilai;
      const v = await tx.one<{ versi: number }>(sql`
        insert into realisasi_indikator (instansi_id, indikator_id, tahun, tribulan, nilai, status, catatan, sumber, rincian, diubah_oleh, diubah_pada)
        values (${ctx.instansiId}, ${i.id}, ${f.tahun}, ${f.tribulan}, ${nilai}, ${nilai === null ? 'na' : 'terisi'},
                ${(u.rincian.keterangan as string | undefined) ?? null}, 'otomatis', ${JSON.stringify(u.rincian)}::jsonb, null, ${ctx.sekarang()})
        on conflict (instansi_id, indikator_id, tahun, tribulan) do update
          set nilai = excluded.nilai, status = excluded.status, catatan = excluded.catatan, sumber = 'otomatis', rincian = excluded.rincian,
              versi = realisasi_indikator.versi + 1, diubah_pada = excluded.diubah_pada
        returning versi`);
      hasil.push({ indikatorId: i.id, kode: i.kode, sumber: i.sumber_otomatis, nilai: u.nilai, rincian: u.rincian, versi: v.versi });
    }
    await catatAudit(c, { aksi: 'realisasi.otomatis', entitas: 'renstra', entitasId: f.renstraId,
      sesudah: { tahun: f.tahun, tribulan: f.tribulan, nilai: hasil.map((h) => [h.kode, h.nilai]) } });
    return { renstraId: f.renstraId, tahun: f.tahun, tribulan: f.tribulan, indikator: hasil };
  });
}
