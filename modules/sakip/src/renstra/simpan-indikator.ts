import { raw, sql } from '@simasn/db';
import { CARA_AGREGASI, POLARITAS } from '@simasn/domain';
import { catatAudit, denganDb, tidakValid, uraikan, z, zTeksOpsional, type Konteks } from '@simasn/platform';
import { SUMBER_OTOMATIS } from '../realisasi/sumber-otomatis.ts';
import { periksaTahunRenstra, renstraUntukDiubah, zId, zKode, zTahun, zUraian, zUrutan, zVersi } from './renstra.ts';
import { simpanBaris } from './simpan-baris.ts';

const zAngka = z.coerce.number({ error: 'harus angka' }).refine(Number.isFinite, 'harus angka');

export const skemaSimpanIndikator = z.object({
  id: zId.optional(),
  /** Exactly one: the tujuan, sasaran or program/kegiatan/sub kegiatan the indicator measures. */
  tujuanId: zId.nullish(),
  sasaranId: zId.nullish(),
  programKegiatanId: zId.nullish(),
  kode: zKode,
  uraian: zUraian,
  satuan: z.string().trim().min(1, 'satuan wajib diisi').max(60),
  polaritas: z.enum(POLARITAS),
  agregasi: z.enum(CARA_AGREGASI),
  formula: zTeksOpsional,
  sumberData: zTeksOpsional,
  sumberOtomatis: z.enum(SUMBER_OTOMATIS).nullish(),
  baseline: zAngka.nullish(),
  tahunBaseline: zTahun.nullish(),
  targetAkhir: zAngka.nullish(),
  angkaNasional: zAngka.nullish(),
  urutan: zUrutan,
  /** Targets per year (replace the whole set). */
  target: z.array(z.object({ tahun: zTahun, target: zAngka })).max(10).default([]),
  /** The program/kegiatan/sub kegiatan serving it (replace the whole set). */
  programIds: z.array(zId).max(100).default([]),
  versi: zVersi.optional(),
}).refine((t) => t.id === undefined || t.versi !== undefined, { path: ['versi'], message: 'versi data wajib disertakan saat mengubah' })
  .refine((t) => [t.tujuanId, t.sasaranId, t.programKegiatanId].filter((x) => x != null).length === 1, {
    path: ['sasaranId'], message: 'pilih tepat satu: tujuan, sasaran, atau program/kegiatan yang diukur indikator ini',
  })
  .refine((t) => new Set(t.target.map((x) => x.tahun)).size === t.target.length, { path: ['target'], message: 'tahun target ganda' });

/**
 * Adds or edits an indicator with its targets per year and the programs serving it. The parent
 * and the programs must belong to the same Renstra; target years must fall inside its period.
 */
export async function simpanIndikator(ctx: Konteks, renstraId: number, masukan: unknown) {
  const f = uraikan(skemaSimpanIndikator, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const r = await renstraUntukDiubah(c, renstraId);
    f.target.forEach((t, i) => periksaTahunRenstra(r, t.tahun, `target.${i}.tahun`));
    const cek = async (tabel: 'tujuan_renstra' | 'sasaran_renstra' | 'program_kegiatan', id: number | null | undefined, kolom: string, apa: string) => {
      if (id == null) return;
      const ada = await tx.maybeOne(sql`select 1 as ada from ${raw(tabel)}
        where instansi_id = ${ctx.instansiId} and renstra_id = ${renstraId} and id = ${id}`);
      if (!ada) throw tidakValid(`${apa} tidak ditemukan.`, [{ kolom, pesan: `${apa.toLowerCase()} #${id} bukan bagian dari Renstra ini` }]);
    };
    await cek('tujuan_renstra', f.tujuanId, 'tujuanId', 'Tujuan');
    await cek('sasaran_renstra', f.sasaranId, 'sasaranId', 'Sasaran');
    await cek('program_kegiatan', f.programKegiatanId, 'programKegiatanId', 'Program/kegiatan');
    for (const [i, p] of f.programIds.entries()) await cek('program_kegiatan', p, `programIds.${i}`, 'Program/kegiatan');
    const h = await simpanBaris(c, {
      tabel: 'indikator_kinerja', renstraId, id: f.id, versi: f.versi, kode: f.kode,
      kolom: {
        tujuan_id: f.tujuanId ?? null, sasaran_id: f.sasaranId ?? null, program_kegiatan_id: f.programKegiatanId ?? null,
        uraian: f.uraian, satuan: f.satuan, polaritas: f.polaritas, agregasi: f.agregasi, formula: f.formula, sumber_data: f.sumberData,
        sumber_otomatis: f.sumberOtomatis ?? null, baseline: f.baseline ?? null, tahun_baseline: f.tahunBaseline ?? null,
        target_akhir: f.targetAkhir ?? null, angka_nasional: f.angkaNasional ?? null, urutan: f.urutan,
      },
    });
    const lama = await tx.one<{ target: unknown; program: unknown }>(sql`
      select (select coalesce(json_agg(json_build_object('tahun', tahun, 'target', target) order by tahun), '[]') from target_indikator
               where instansi_id = ${ctx.instansiId} and indikator_id = ${h.id}) as target,
             (select coalesce(json_agg(program_kegiatan_id order by program_kegiatan_id), '[]') from indikator_program
               where instansi_id = ${ctx.instansiId} and indikator_id = ${h.id}) as program`);
    await tx.run(sql`delete from target_indikator where instansi_id = ${ctx.instansiId} and indikator_id = ${h.id}`);
    await tx.run(sql`delete from indikator_program where instansi_id = ${ctx.instansiId} and indikator_id = ${h.id}`);
    for (const t of f.target) {
      await tx.run(sql`insert into target_indikator (instansi_id, indikator_id, tahun, target) values (${ctx.instansiId}, ${h.id}, ${t.tahun}, ${t.target})`);
    }
    for (const p of new Set(f.programIds)) {
      await tx.run(sql`insert into indikator_program (instansi_id, indikator_id, program_kegiatan_id) values (${ctx.instansiId}, ${h.id}, ${p})`);
    }
    const baru = { target: [...f.target].sort((a, b) => a.tahun - b.tahun), program: [...new Set(f.programIds)].sort((a, b) => a - b) };
    if (JSON.stringify(lama) !== JSON.stringify(baru)) await catatAudit(c, {
      aksi: 'indikator_kinerja.target', entitas: 'indikator_kinerja', entitasId: h.id,
      sebelum: lama, sesudah: baru,
    });
    return h;
  });
}
