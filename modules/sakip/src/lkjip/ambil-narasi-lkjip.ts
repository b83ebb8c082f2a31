import { uraikan, type z, type Konteks } from '@simasn/platform';
import { BAGIAN_NARASI, skemaAmbilNarasiLkjip } from './lkjip.types.ts';
import { bacaNarasi } from './narasi.ts';
import { unitLaporan } from './unit-laporan.ts';

export { skemaAmbilNarasiLkjip };

/** The narrative parts of an LKjIP for the page that edits them: text, version, where carried over from. */
export async function ambilNarasiLkjip(ctx: Konteks, masukan: z.input<typeof skemaAmbilNarasiLkjip>) {
  const f = uraikan(skemaAmbilNarasiLkjip, masukan);
  const u = await unitLaporan(ctx, f.unitId);
  const narasi = await bacaNarasi(ctx, f.unitId, f.tahun, f.periode);
  return { unit: u, tahun: f.tahun, periode: f.periode, bagian: narasi.map((n) => ({ ...n, judul: BAGIAN_NARASI[n.bagian] })) };
}
