import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, terlarang, uraikan, type Konteks } from '@simasn/platform';
import { tentukanPenilai } from './buat-skp.ts';
import { pemilikSkp, skpDalamLingkup, sudahDiubah, susunSkp } from './skp.ts';
import { skemaRevisiSkp } from './skp.types.ts';

export { skemaRevisiSkp };

/**
 * A revision of an agreed SKP: a new draft version copying its RHK (same roots, so realisasi and
 * the cascade stay attached), indicators and expectations. The agreed version stays in force
 * until the revision is agreed, and is kept afterwards. The pejabat penilai is taken again from
 * the structure (the atasan may have changed).
 */
export async function revisiSkp(ctx: Konteks, skpId: number, masukan: unknown) {
  const f = uraikan(skemaRevisiSkp, masukan, 'Revisi SKP belum benar.');
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const s = await skpDalamLingkup(c, skpId, 'kinerja:isi', true);
    if (!pemilikSkp(c, s)) throw terlarang('Revisi SKP dibuat oleh pegawai pemiliknya.');
    if (s.status !== 'disetujui') throw konflik('Hanya SKP yang sudah disepakati yang direvisi; draf dapat diubah langsung.');
    if (s.versi !== f.versi) throw sudahDiubah(s.versi, f.versi);
    const proses = await tx.maybeOne(sql`select 1 from skp where instansi_id = ${ctx.instansiId} and seri_id = ${s.seriId} and status in ('draf', 'diajukan')`);
    if (proses) throw konflik('Revisi SKP ini sudah ada dan belum disepakati; lanjutkan revisi itu.');
    const nomor = (await tx.one<{ n: number }>(sql`select max(nomor_versi)::int as n from skp where instansi_id = ${ctx.instansiId} and seri_id = ${s.seriId}`)).n + 1;
    const n = await tentukanPenilai(c, s.pegawaiId, s.tahun);
    const { id } = await tx.one<{ id: number }>(sql`
      insert into skp (instansi_id, seri_id, nomor_versi, pegawai_id, tahun, jabatan_id, unit_id, penilai_pegawai_id, penilai_nama, penilai_jabatan, alasan_revisi,
                       dibuat_pada, diubah_pada)
      values (${ctx.instansiId}, ${s.seriId}, ${nomor}, ${s.pegawaiId}, ${s.tahun}, ${n.jabatanId}, ${n.unitId}, ${n.atasan}, ${n.penilaiNama}, ${n.penilaiJabatan},
              ${f.alasan}, ${ctx.sekarang()}, ${ctx.sekarang()}) returning id`);
    const rhk = await tx.many<{ id: number }>(sql`select id from skp_rhk where instansi_id = ${ctx.instansiId} and skp_id = ${s.id} order by id`);
    for (const r of rhk) {
      const baru = await tx.one<{ id: number }>(sql`
        insert into skp_rhk (instansi_id, akar_id, skp_id, jenis, uraian, rhk_atasan_akar_id, pk_id, indikator_id, urutan)
        select instansi_id, akar_id, ${id}, jenis, uraian, rhk_atasan_akar_id, pk_id, indikator_id, urutan from skp_rhk where instansi_id = ${ctx.instansiId} and id = ${r.id}
        returning id`);
      await tx.run(sql`insert into skp_indikator (instansi_id, rhk_id, aspek, uraian, pendekatan, target_min, target_maks, satuan, target_teks, urutan)
        select instansi_id, ${baru.id}, aspek, uraian, pendekatan, target_min, target_maks, satuan, target_teks, urutan from skp_indikator
         where instansi_id = ${ctx.instansiId} and rhk_id = ${r.id}`);
    }
    await tx.run(sql`insert into skp_perilaku (instansi_id, skp_id, kode, ekspektasi_khusus)
      select instansi_id, ${id}, kode, ekspektasi_khusus from skp_perilaku where instansi_id = ${ctx.instansiId} and skp_id = ${s.id}`);
    await catatAudit(c, { aksi: 'skp.revisi', entitas: 'skp', entitasId: id, pegawaiId: s.pegawaiId, sebelum: { id: s.id, nomorVersi: s.nomorVersi },
      sesudah: { nomorVersi: nomor, alasan: f.alasan } });
    return susunSkp(c, await skpDalamLingkup(c, id));
  });
}
