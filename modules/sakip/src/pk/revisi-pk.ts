import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, uraikan, type Konteks } from '@simasn/platform';
import { sudahDiubah } from '../renstra/renstra.ts';
import { pkDalamLingkup, susunPk } from './pk.ts';
import { skemaRevisiPk } from './pk.types.ts';

export { skemaRevisiPk };

/**
 * Starts a Perubahan PK from the approved version: a new draft version of the same series with
 * the next number, its date and reason, and a copy of the lines to edit. The approved version
 * stays in force (and stays stored) until the revision is approved.
 */
export async function revisiPk(ctx: Konteks, id: number, masukan: unknown) {
  const f = uraikan(skemaRevisiPk, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const pk = await pkDalamLingkup(c, id, 'sakip:kelola', true);
    if (pk.versi !== f.versi) throw sudahDiubah('Perjanjian Kinerja ini', pk.versi, f.versi);
    if (pk.status !== 'disetujui') throw konflik('Perubahan PK dibuat dari Perjanjian Kinerja yang sedang berlaku (disetujui).');
    if (f.tanggal < pk.tanggal) throw konflik(`Tanggal Perubahan PK tidak boleh sebelum tanggal PK yang diubah (${pk.tanggal}).`);
    const i = ctx.instansiId;
    let baru: { id: number };
    try {
      baru = await tx.one<{ id: number }>(sql`
        insert into perjanjian_kinerja (instansi_id, seri_id, nomor_perubahan, renstra_id, unit_id, tahun, induk_seri_id, jabatan_id, pegawai_id,
                                        pihak_kedua_pegawai_id, pihak_kedua_nama, pihak_kedua_jabatan, tanggal, alasan_perubahan, dibuat_pada, diubah_pada)
        select instansi_id, seri_id, ${pk.nomor_perubahan + 1}, renstra_id, unit_id, tahun, induk_seri_id, jabatan_id, pegawai_id,
               pihak_kedua_pegawai_id, pihak_kedua_nama, pihak_kedua_jabatan, ${f.tanggal}, ${f.alasanPerubahan}, ${ctx.sekarang()}, ${ctx.sekarang()}
          from perjanjian_kinerja where instansi_id = ${i} and id = ${id}
        returning id`);
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw konflik('Perubahan PK untuk Perjanjian Kinerja ini sudah sedang disusun; lanjutkan yang itu.');
      throw e;
    }
    await tx.run(sql`insert into pk_indikator (instansi_id, pk_id, indikator_id, target, urutan)
                     select instansi_id, ${baru.id}, indikator_id, target, urutan from pk_indikator where instansi_id = ${i} and pk_id = ${id}`);
    await tx.run(sql`insert into pk_anggaran (instansi_id, pk_id, program_kegiatan_id, anggaran, urutan)
                     select instansi_id, ${baru.id}, program_kegiatan_id, anggaran, urutan from pk_anggaran where instansi_id = ${i} and pk_id = ${id}`);
    await catatAudit(c, { aksi: 'pk.revisi', entitas: 'perjanjian_kinerja', entitasId: baru.id, pegawaiId: pk.pegawai_id, sebelum: { id, nomorPerubahan: pk.nomor_perubahan },
      sesudah: { id: baru.id, nomorPerubahan: pk.nomor_perubahan + 1, tanggal: f.tanggal, alasanPerubahan: f.alasanPerubahan } });
    return susunPk(c, await pkDalamLingkup(c, baru.id, 'sakip:kelola'));
  });
}
