import { raw, sql } from '@simasn/db';
import { catatAudit, denganDb, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { periksaTahunRenstra, renstraUntukDiubah } from './renstra.ts';
import { skemaSimpanIndikator } from './renstra.types.ts';
import { simpanBaris } from './simpan-baris.ts';

export { skemaSimpanIndikator };

/**
 * Adds or edits an indicator with its targets per year and the programs serving it. The parent
 * and the programs must belong to the same Renstra; target years must fall inside its period.
 */
export async function simpanIndikator(ctx: Konteks, renstraId: number, masukan: unknown) {
  const f = uraikan(skemaSimpanIndikator, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const r = await renstraUntukDiubah(c, renstraId);
    for (const [i, t] of f.target.entries()) periksaTahunRenstra(r, t.tahun, `target.${i}.tahun`);
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
    const h = await simpanBaris(c, { tabel: 'indikator_kinerja', renstraId, id: f.id, versi: f.versi, kode: f.kode,
      kolom: { tujuan_id: f.tujuanId ?? null, sasaran_id: f.sasaranId ?? null, program_kegiatan_id: f.programKegiatanId ?? null, uraian: f.uraian, satuan: f.satuan,
        polaritas: f.polaritas, agregasi: f.agregasi, formula: f.formula, sumber_data: f.sumberData, sumber_otomatis: f.sumberOtomatis ?? null, baseline: f.baseline ?? null,
        tahun_baseline: f.tahunBaseline ?? null, target_akhir: f.targetAkhir ?? null, angka_nasional: f.angkaNasional ?? null, urutan: f.urutan } });
    const lama = await tx.one<{ target: unknown, program: unknown }>(sql`
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
    if (JSON.stringify(lama) !== JSON.stringify(baru)) {
      await catatAudit(c, { aksi: 'indikator_kinerja.target', entitas: 'indikator_kinerja', entitasId: h.id, sebelum: lama, sesudah: baru });
    }
    return h;
  });
}
