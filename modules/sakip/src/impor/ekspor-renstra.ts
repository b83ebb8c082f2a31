import type { Konteks } from '@simasn/platform';
import { ambilRenstra } from '../renstra/ambil-renstra.ts';
import { semuaSimpul } from '../renstra/pohon-program.ts';
import { bukuRenstra } from './buku-renstra.ts';

/** File name of a Renstra workbook. */
const namaBerkas = (kodeUnit: string, awal: number, akhir: number, jenis: string) => `${jenis}-renstra-${kodeUnit}-${awal}-${akhir}.xlsx`;

/**
 * A Renstra as the import workbook: tujuan, sasaran, the program tree with each sub kegiatan's
 * pagu per year (the upper levels' pagu is their sum, so it is not a cell of its own), and every
 * indicator with its targets per year and supporting programs. Importing it back changes nothing.
 */
export async function eksporRenstra(ctx: Konteks, id: number): Promise<{ isi: Buffer, namaBerkas: string }> {
  const r = await ambilRenstra(ctx, id);
  const simpul = semuaSimpul(r.program);
  const kodeProgram = new Map(simpul.map((s) => [s.id, s.kode]));
  const kodeTujuan = new Map(r.tujuan.map((t) => [t.id, t.kode]));
  const sasaran = r.tujuan.flatMap((t) => t.sasaran);
  const kodeSasaran = new Map(sasaran.map((s) => [s.id, s.kode]));
  const indikator = [...r.tujuan.flatMap((t) => [...t.indikator, ...t.sasaran.flatMap((s) => s.indikator)]), ...r.indikatorProgram];
  const isi = await bukuRenstra(`Renstra ${r.unit.nama}: ${r.nama}`, r.tahun, { Tujuan: r.tujuan.map((t) => [t.kode, t.uraian, t.urutan]),
    Sasaran: sasaran.map((s) => [s.kode, kodeTujuan.get(s.tujuanId) ?? null, s.uraian, s.urutan]), Program: simpul.map((s) => [
      s.tingkat,
      s.kode,
      s.indukId === null ? null : kodeProgram.get(s.indukId) ?? null,
      s.nama,
      ...r.tahun.map((y) => s.pagu.find((p) => p.tahun === y)?.pagu ?? null),
      ...r.tahun.map((y) => s.pagu.find((p) => p.tahun === y)?.paguPerubahan ?? null),
    ]), Indikator: indikator.map((i) => [
      i.kode,
      i.tujuanId === null ? null : kodeTujuan.get(i.tujuanId) ?? null,
      i.sasaranId === null ? null : kodeSasaran.get(i.sasaranId) ?? null,
      i.programKegiatanId === null ? null : kodeProgram.get(i.programKegiatanId) ?? null,
      i.uraian,
      i.satuan,
      i.polaritas,
      i.agregasi,
      i.formula,
      i.sumberData,
      i.sumberOtomatis,
      i.baseline,
      i.tahunBaseline,
      i.targetAkhir,
      i.angkaNasional,
      i.urutan,
      i.programIds.map((p) => kodeProgram.get(p)).filter(Boolean).join('; ') || null,
      ...r.tahun.map((y) => i.target.find((t) => t.tahun === y)?.target ?? null),
    ]) });
  return { isi, namaBerkas: namaBerkas(r.unit.kode, r.tahunAwal, r.tahunAkhir, 'ekspor') };
}

/** The empty workbook of a Renstra's period: header rows and the Petunjuk sheet with an example per column. */
export async function templatRenstra(ctx: Konteks, id: number): Promise<{ isi: Buffer, namaBerkas: string }> {
  const r = await ambilRenstra(ctx, id);
  return { isi: await bukuRenstra(`Template impor Renstra ${r.unit.nama}: ${r.nama}`, r.tahun, null), namaBerkas: namaBerkas(r.unit.kode, r.tahunAwal, r.tahunAkhir, 'template') };
}
