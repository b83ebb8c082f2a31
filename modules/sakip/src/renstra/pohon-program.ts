import { sql } from '@simasn/db';
import { jumlahRupiah } from '@simasn/domain';
import type { Konteks } from '@simasn/platform';
import type { SimpulProgram, TINGKAT_PROGRAM } from './renstra.types.ts';

export type { SimpulProgram };
export type TingkatProgram = (typeof TINGKAT_PROGRAM)[number];

/**
 * The program > kegiatan > sub kegiatan tree of a Renstra with its pagu, in code order. The
 * upper levels' pagu is always the sum of the sub kegiatan: there is nothing to disagree with.
 */
export async function bacaPohonProgram(ctx: Konteks, renstraId: number): Promise<SimpulProgram[]> {
  const baris = await ctx.db.many<Omit<SimpulProgram, 'anak' | 'paguBerlaku'>>(sql`
    select pk.id, pk.induk_id as "indukId", pk.tingkat, pk.kode, pk.nama, pk.versi,
           coalesce((select json_agg(json_build_object('tahun', pa.tahun, 'pagu', pa.pagu, 'paguPerubahan', pa.pagu_perubahan) order by pa.tahun)
                       from pagu_anggaran pa where pa.instansi_id = pk.instansi_id and pa.program_kegiatan_id = pk.id), '[]') as pagu
      from program_kegiatan pk
     where pk.instansi_id = ${ctx.instansiId} and pk.renstra_id = ${renstraId}
     order by pk.kode, pk.id`);
  const simpul = new Map<number, SimpulProgram>(
    baris.map((
      b,
    ) => [b.id, { ...b, pagu: b.pagu.map((p) => ({ tahun: p.tahun, pagu: Number(p.pagu), paguPerubahan: p.paguPerubahan === null ? null : Number(p.paguPerubahan) })),
      paguBerlaku: {}, anak: [] }]
    ),
  );
  const akar: SimpulProgram[] = [];
  for (const s of simpul.values()) (s.indukId !== null && simpul.has(s.indukId) ? simpul.get(s.indukId)!.anak : akar).push(s);
  const hitung = (s: SimpulProgram): Record<number, number> => {
    if (s.tingkat === 'sub_kegiatan') {
      for (const p of s.pagu) s.paguBerlaku[p.tahun] = p.paguPerubahan ?? p.pagu;
    } else {
      const per = new Map<number, number[]>();
      for (const a of s.anak) for (const [t, v] of Object.entries(hitung(a))) per.set(Number(t), [...(per.get(Number(t)) ?? []), v]);
      for (const [t, v] of per) s.paguBerlaku[t] = jumlahRupiah(v);
    }
    return s.paguBerlaku;
  };
  akar.forEach(hitung);
  return akar;
}

/** Every sub kegiatan below a node (the node itself when it is one). */
export function subKegiatanDi(s: SimpulProgram): SimpulProgram[] {
  return s.tingkat === 'sub_kegiatan' ? [s] : s.anak.flatMap(subKegiatanDi);
}

/** All nodes of the tree, depth first. */
export function semuaSimpul(akar: readonly SimpulProgram[]): SimpulProgram[] {
  return akar.flatMap((s) => [s, ...semuaSimpul(s.anak)]);
}
