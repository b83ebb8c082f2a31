import { sql } from '@simasn/db';
import { uraikan, type z, type Konteks } from '@simasn/platform';
import { skemaAmbilSaranaPrasarana, type SaranaPrasarana } from './lkjip.types.ts';
import { unitLaporan } from './unit-laporan.ts';

export { skemaAmbilSaranaPrasarana };

/**
 * The sarana prasarana list of a unit for a year (Bab I). When the year has none yet, the latest
 * earlier list is offered (`dariTahun`) with versi 0, to be reviewed and saved for this year.
 */
export async function ambilSaranaPrasarana(ctx: Konteks, masukan: z.input<typeof skemaAmbilSaranaPrasarana>) {
  const f = uraikan(skemaAmbilSaranaPrasarana, masukan);
  await unitLaporan(ctx, f.unitId);
  const r = await ctx.db.maybeOne<{ tahun: number, baris: SaranaPrasarana[], versi: number }>(sql`
    select tahun, baris, versi from sarana_prasarana where instansi_id = ${ctx.instansiId} and unit_id = ${f.unitId} and tahun <= ${f.tahun}
     order by tahun desc limit 1`);
  const sendiri = r?.tahun === f.tahun;
  return { unitId: f.unitId, tahun: f.tahun, baris: r?.baris ?? [], versi: sendiri ? r!.versi : 0, dariTahun: r && !sendiri ? r.tahun : null };
}
