import { sql } from '@simasn/db';
import { ATURAN_CAPAIAN, biayaPerOutcome, capaianPeriode, efisiensiPeriode, hitungCapaian, jumlahRupiah, NA, persen2, posAnggaran, rataRataCapaian, uraianKebijakanCapaian,
  type BisaNa, type NilaiTribulan, type Tribulan } from '@simasn/domain';
import { uraikan, type Konteks } from '@simasn/platform';
import { bacaIndikatorRenstra } from '../renstra/ambil-renstra.ts';
import { bacaPohonProgram, semuaSimpul, subKegiatanDi } from '../renstra/pohon-program.ts';
import { skemaHitungCapaianUnit, type CapaianUnit, type LEVEL_INDIKATOR } from './capaian.types.ts';
import { realisasiAnggaranTribulan, renstraUnitTahun, sampaiTribulan } from './renstra-unit.ts';

export { skemaHitungCapaianUnit };

const bulat = (x: BisaNa | null): BisaNa | null => (x === null ? null : persen2(x));

/** Targets of the year agreed in approved PKs, per indicator: the top-most PK's (closest to the kepala daerah). */
async function targetPk(ctx: Konteks, renstraId: number, tahun: number): Promise<Map<number, number>> {
  const b = await ctx.db.many<{ indikator_id: number, target: number }>(sql`
    select distinct on (l.indikator_id) l.indikator_id, l.target
      from pk_indikator l
      join perjanjian_kinerja pk on pk.instansi_id = l.instansi_id and pk.id = l.pk_id
      join unit_organisasi u on u.instansi_id = pk.instansi_id and u.id = pk.unit_id
     where l.instansi_id = ${ctx.instansiId} and pk.renstra_id = ${renstraId} and pk.tahun = ${tahun} and pk.status = 'disetujui'
     order by l.indikator_id, length(u.jalur), pk.induk_seri_id nulls first, pk.seri_id`);
  return new Map(b.map((x) => [x.indikator_id, Number(x.target)]));
}

/** Realisasi of the Renstra's indicators from `dari` to `sampai` (years): indikator -> tahun -> [tw1..tw4]. */
async function realisasiTahun(ctx: Konteks, renstraId: number, dari: number, sampai: number) {
  const b = await ctx.db.many<
    { indikator_id: number, tahun: number, tribulan: number, nilai: number | null, status: string, sumber: string, catatan: string | null, versi: number }
  >(sql`
    select ri.indikator_id, ri.tahun, ri.tribulan, ri.nilai, ri.status, ri.sumber, ri.catatan, ri.versi
      from realisasi_indikator ri join indikator_kinerja ik on ik.instansi_id = ri.instansi_id and ik.id = ri.indikator_id
     where ri.instansi_id = ${ctx.instansiId} and ik.renstra_id = ${renstraId} and ri.tahun between ${dari} and ${sampai}`);
  const bukti = await ctx.db.many<{ indikator_id: number, tahun: number, tribulan: number, id: number, nama: string }>(sql`
    select b.indikator_id, b.tahun, b.tribulan, d.id, d.nama_berkas as nama
      from realisasi_bukti b join dokumen_bukti d on d.instansi_id = b.instansi_id and d.id = b.dokumen_id
      join indikator_kinerja ik on ik.instansi_id = b.instansi_id and ik.id = b.indikator_id
     where b.instansi_id = ${ctx.instansiId} and ik.renstra_id = ${renstraId} and b.tahun = ${sampai} order by d.id`);
  const m = new Map<string, (typeof b)[number]>(b.map((x) => [`${x.indikator_id}/${x.tahun}/${x.tribulan}`, x]));
  const dok = new Map<string, { id: number, nama: string }[]>();
  for (const x of bukti) dok.set(`${x.indikator_id}/${x.tahun}/${x.tribulan}`, [...(dok.get(`${x.indikator_id}/${x.tahun}/${x.tribulan}`) ?? []), { id: x.id, nama: x.nama }]);
  return { baris: (i: number, t: number, tw: number) => m.get(`${i}/${t}/${tw}`), nilai: (i: number, t: number): NilaiTribulan[] =>
    [1, 2, 3, 4].map((tw) => {
      const r = m.get(`${i}/${t}/${tw}`);
      return r ? (r.status === 'na' ? NA : Number(r.nilai)) : null;
    }), bukti: (i: number, t: number, tw: number) => dok.get(`${i}/${t}/${tw}`) ?? [] };
}

/**
 * Capaian of every indicator of a perangkat daerah's Renstra for a year, up to a tribulan: the
 * tribulan values combined by the indicator's rule, against the year's target (the approved PK's,
 * else the Renstra's), by polarity, under a stated capping policy; compared with the previous
 * years of the Renstra, the end-of-Renstra target and the national figure; with the budget of the
 * programs serving it (penyerapan, efisiensi = capaian - penyerapan, cost per outcome).
 * Percentages are rounded to 2 decimals once, at the end.
 */
export async function hitungCapaianUnit(ctx: Konteks, masukan: unknown): Promise<CapaianUnit> {
  const f = uraikan(skemaHitungCapaianUnit, masukan);
  const kebijakan = { batas: f.batas ?? null };
  const sampai = (f.tribulan ?? 4) as Tribulan;
  const r = await renstraUnitTahun(ctx, f.unitId, f.tahun);
  const [indikator, pk, real, pohon, anggaran, tujuan, sasaran] = await Promise.all([
    bacaIndikatorRenstra(ctx, r.id),
    targetPk(ctx, r.id, f.tahun),
    realisasiTahun(ctx, r.id, r.tahunAwal, f.tahun),
    bacaPohonProgram(ctx, r.id),
    realisasiAnggaranTribulan(ctx, r.id, f.tahun),
    ctx.db.many<{ id: number, kode: string, uraian: string }>(sql`select id, kode, uraian from tujuan_renstra where instansi_id = ${ctx.instansiId} and renstra_id = ${r.id}`),
    ctx.db.many<{ id: number, kode: string, uraian: string, tujuan_id: number }>(
      sql`select id, kode, uraian, tujuan_id from sasaran_renstra where instansi_id = ${ctx.instansiId} and renstra_id = ${r.id}`,
    ),
  ]);
  const simpul = new Map(semuaSimpul(pohon).map((s) => [s.id, s]));
  const paguSub = (id: number) => simpul.get(id)?.paguBerlaku[f.tahun] ?? 0;
  const totalPagu = jumlahRupiah(semuaSimpul(pohon).filter((s) => s.tingkat === 'sub_kegiatan').map((s) => paguSub(s.id)));
  const tujuanDari = new Map(tujuan.map((t) => [t.id, t]));
  const sasaranDari = new Map(sasaran.map((s) => [s.id, s]));
  const targetTahun = (i: (typeof indikator)[number], t: number) => i.target.find((x) => x.tahun === t)?.target ?? null;

  const hasil = indikator.map((i) => {
    const tPk = pk.get(i.id);
    const target = tPk ?? targetTahun(i, f.tahun);
    const nilai = real.nilai(i.id, f.tahun);
    const c = capaianPeriode({ target, polaritas: i.polaritas, agregasi: i.agregasi, nilai, sampai }, kebijakan);
    const tahunLalu = [];
    for (let t = r.tahunAwal; t < f.tahun; t++) {
      const tt = targetTahun(i, t);
      const cl = capaianPeriode({ target: tt, polaritas: i.polaritas, agregasi: i.agregasi, nilai: real.nilai(i.id, t), sampai: 4 }, kebijakan);
      tahunLalu.push({ tahun: t, target: tt, realisasi: cl.realisasi, capaian: bulat(cl.capaian) });
    }
    let capaianAkhir: BisaNa | null = null;
    if (i.targetAkhir !== null && c.realisasi !== null) {
      const h = hitungCapaian({ target: i.targetAkhir, realisasi: c.realisasi, polaritas: i.polaritas }, kebijakan);
      capaianAkhir = h.ok ? persen2(h.nilai) : null;
    }
    const sub = [...new Set(i.programIds.flatMap((p) => (simpul.has(p) ? subKegiatanDi(simpul.get(p)!) : [])).map((s) => s.id))];
    const pos = sub.length ? posAnggaran(jumlahRupiah(sub.map(paguSub)), jumlahRupiah(sub.map((s) => sampaiTribulan(anggaran.nilai.get(s), sampai)))) : null;
    const bpo = pos && totalPagu > 0 ? biayaPerOutcome([pos.pagu], totalPagu) : null;
    const sas = i.sasaranId ? sasaranDari.get(i.sasaranId) : undefined;
    const tuj = i.tujuanId ? tujuanDari.get(i.tujuanId) : sas ? tujuanDari.get(sas.tujuan_id) : undefined;
    const prog = i.programKegiatanId ? simpul.get(i.programKegiatanId) : undefined;
    return { id: i.id, kode: i.kode, uraian: i.uraian, satuan: i.satuan, polaritas: i.polaritas, agregasi: i.agregasi, formula: i.formula, sumberData: i.sumberData,
      sumberOtomatis: i.sumberOtomatis, level: (i.tujuanId ? 'tujuan' : i.sasaranId ? 'sasaran' : (prog?.tingkat ?? 'program')) as (typeof LEVEL_INDIKATOR)[number],
      tujuan: tuj ? { kode: tuj.kode, uraian: tuj.uraian } : null, sasaran: sas ? { kode: sas.kode, uraian: sas.uraian } : null,
      program: prog ? { id: prog.id, kode: prog.kode, nama: prog.nama } : null, target,
      sumberTarget: (tPk !== undefined ? 'pk' : target !== null ? 'renstra' : null) as 'pk' | 'renstra' | null, tribulan: [1, 2, 3, 4].map((tw) => {
        const b = real.baris(i.id, f.tahun, tw);
        return { tribulan: tw, nilai: nilai[tw - 1] ?? null, sumber: b?.sumber ?? null, catatan: b?.catatan ?? null, versi: b?.versi ?? null,
          bukti: real.bukti(i.id, f.tahun, tw) };
      }), realisasi: c.realisasi, capaian: bulat(c.capaian), catatan: c.catatan, tahunLalu, targetAkhir: i.targetAkhir, capaianTerhadapTargetAkhir: capaianAkhir,
      angkaNasional: i.angkaNasional, baseline: i.baseline, tahunBaseline: i.tahunBaseline, pagu: pos?.pagu ?? null, realisasiAnggaran: pos?.realisasi ?? null,
      sisaAnggaran: pos?.sisa ?? null, penyerapan: pos ? persen2(pos.penyerapan) : null, efisiensi: pos ? efisiensiPeriode(c.capaian, pos.penyerapan) : null,
      biayaPerOutcome: bpo?.ok ? persen2(bpo.nilai) : null };
  });
  const utama = hasil.filter((h) => h.level === 'sasaran');
  const rata = rataRataCapaian((utama.length ? utama : hasil).map((h) => h.capaian));
  const semuaSub = semuaSimpul(pohon).filter((s) => s.tingkat === 'sub_kegiatan');
  const posTotal = posAnggaran(totalPagu, jumlahRupiah(semuaSub.map((s) => sampaiTribulan(anggaran.nilai.get(s.id), sampai))));
  return { unit: r.unit, tahun: f.tahun, tribulan: f.tribulan ?? null, renstra: { id: r.id, nama: r.nama, tahunAwal: r.tahunAwal, tahunAkhir: r.tahunAkhir },
    aturan: ATURAN_CAPAIAN.id, kebijakanBatas: kebijakan.batas, kebijakan: uraianKebijakanCapaian(kebijakan), indikator: hasil,
    ringkasan: { rataRataCapaian: persen2(rata), pagu: posTotal.pagu, realisasiAnggaran: posTotal.realisasi, sisaAnggaran: posTotal.sisa, penyerapan: persen2(posTotal.penyerapan),
      efisiensi: efisiensiPeriode(rata, posTotal.penyerapan) } };
}

export type { CapaianUnit };
