import { sql } from '@simasn/db';
import type { Konteks } from '@simasn/platform';
import { bacaPohonProgram } from './pohon-program.ts';
import { renstraDalamLingkup } from './renstra.ts';
import type { IndikatorRenstra, Renstra } from './renstra.types.ts';

export type { IndikatorRenstra };

/** The indicators of a Renstra with their targets and program links, in code order. */
export async function bacaIndikatorRenstra(ctx: Konteks, renstraId: number): Promise<IndikatorRenstra[]> {
  const b = await ctx.db.many<IndikatorRenstra>(sql`
    select i.id, i.tujuan_id as "tujuanId", i.sasaran_id as "sasaranId", i.program_kegiatan_id as "programKegiatanId", i.kode, i.uraian,
           i.satuan, i.polaritas, i.agregasi, i.formula, i.sumber_data as "sumberData", i.sumber_otomatis as "sumberOtomatis", i.baseline,
           i.tahun_baseline as "tahunBaseline", i.target_akhir as "targetAkhir", i.angka_nasional as "angkaNasional", i.urutan, i.versi,
           coalesce((select json_agg(json_build_object('tahun', t.tahun, 'target', t.target) order by t.tahun) from target_indikator t
                      where t.instansi_id = i.instansi_id and t.indikator_id = i.id), '[]') as target,
           coalesce((select json_agg(ip.program_kegiatan_id order by ip.program_kegiatan_id) from indikator_program ip
                      where ip.instansi_id = i.instansi_id and ip.indikator_id = i.id), '[]') as "programIds"
      from indikator_kinerja i
     where i.instansi_id = ${ctx.instansiId} and i.renstra_id = ${renstraId}
     order by i.urutan, i.kode, i.id`);
  return b.map((i) => ({ ...i, target: i.target.map((t) => ({ tahun: t.tahun, target: Number(t.target) })), programIds: i.programIds.map(Number) }));
}

/**
 * A Renstra as a tree: tujuan > sasaran > indicators (with targets per year), the indicators of
 * each program/kegiatan/sub kegiatan, and the program tree with pagu.
 */
export async function ambilRenstra(ctx: Konteks, id: number): Promise<Renstra> {
  const r = await renstraDalamLingkup(ctx, id);
  const [tujuan, sasaran, indikator, program] = await Promise.all([
    ctx.db.many<{ id: number, kode: string, uraian: string, urutan: number, versi: number }>(sql`
      select id, kode, uraian, urutan, versi from tujuan_renstra where instansi_id = ${ctx.instansiId} and renstra_id = ${id} order by urutan, kode, id`),
    ctx.db.many<{ id: number, tujuanId: number, kode: string, uraian: string, urutan: number, versi: number }>(sql`
      select id, tujuan_id as "tujuanId", kode, uraian, urutan, versi from sasaran_renstra
       where instansi_id = ${ctx.instansiId} and renstra_id = ${id} order by urutan, kode, id`),
    bacaIndikatorRenstra(ctx, id),
    bacaPohonProgram(ctx, id),
  ]);
  const tahun = Array.from({ length: r.tahun_akhir - r.tahun_awal + 1 }, (_, i) => r.tahun_awal + i);
  return { id: r.id, nama: r.nama, status: r.status, versi: r.versi, tahunAwal: r.tahun_awal, tahunAkhir: r.tahun_akhir, tahun,
    unit: { id: r.unit_id, kode: r.unit_kode, nama: r.unit_nama },
    tujuan: tujuan.map((t) => ({ ...t, indikator: indikator.filter((i) => i.tujuanId === t.id),
      sasaran: sasaran.filter((s) => s.tujuanId === t.id).map((s) => ({ ...s, indikator: indikator.filter((i) => i.sasaranId === s.id) })) })
    ), program, indikatorProgram: indikator.filter((i) => i.programKegiatanId !== null) };
}
