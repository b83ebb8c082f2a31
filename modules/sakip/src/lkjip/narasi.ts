import { sql } from '@simasn/db';
import type { Konteks } from '@simasn/platform';
import { DAFTAR_BAGIAN_NARASI, type BagianNarasi, type Narasi } from './model.ts';

export { skemaPeriodeLkjip, zBagianNarasi } from './lkjip.types.ts';

export interface NarasiTersimpan extends Narasi {
  bagian: BagianNarasi;
  /** versi of the row of this period; 0 when nothing was written for it yet */
  versi: number;
  diubahPada: Date | null;
}

/**
 * The narrative parts for a unit and period. A part not written for this period carries over the
 * latest earlier one (tugas-fungsi and isu strategis rarely change), saying where it came from:
 * an earlier tribulan of the year, else the latest earlier year (its annual report first).
 */
export async function bacaNarasi(ctx: Konteks, unitId: number, tahun: number, periode: number): Promise<NarasiTersimpan[]> {
  const b = await ctx.db.many<{ bagian: BagianNarasi, isi: string, versi: number, diubah_pada: Date, tahun: number, periode: number }>(sql`
    select distinct on (bagian) bagian, isi, versi, diubah_pada, tahun, periode from narasi_lkjip
     where instansi_id = ${ctx.instansiId} and unit_id = ${unitId}
       and (tahun < ${tahun} or (tahun = ${tahun} and (periode = ${periode} or ${periode} = 0 or periode between 1 and ${periode - 1})))
       and length(trim(isi)) > 0
     order by bagian, (tahun = ${tahun} and periode = ${periode}) desc, tahun desc, (periode = 0) desc, periode desc`);
  const peta = new Map(b.map((x) => [x.bagian, x]));
  return DAFTAR_BAGIAN_NARASI.map((bagian) => {
    const x = peta.get(bagian);
    const sendiri = !!x && x.tahun === tahun && x.periode === periode;
    return { bagian, isi: x?.isi ?? '', dariPeriode: x && !sendiri ? { tahun: x.tahun, periode: x.periode } : null, versi: sendiri ? x!.versi : 0,
      diubahPada: sendiri ? x!.diubah_pada : null };
  });
}
