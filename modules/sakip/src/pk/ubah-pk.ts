import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, uraikan, type Konteks } from '@simasn/platform';
import { sudahDiubah } from '../renstra/renstra.ts';
import { tulisBarisPk } from './baris-pk.ts';
import { pkDalamLingkup, susunPk } from './pk.ts';
import { skemaUbahPk } from './pk.types.ts';

export { skemaUbahPk };

/** Edits a PK version while it is a draft: date, reason of a revision, indicator and budget lines. */
export async function ubahPk(ctx: Konteks, id: number, masukan: unknown) {
  const f = uraikan(skemaUbahPk, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const pk = await pkDalamLingkup(c, id, 'sakip:kelola', true);
    if (pk.versi !== f.versi) throw sudahDiubah('Perjanjian Kinerja ini', pk.versi, f.versi);
    if (pk.status !== 'draf') throw konflik('Perjanjian Kinerja yang sudah diajukan atau disetujui tidak dapat diubah; buat Perubahan PK.');
    const sebelum = await susunPk(c, pk);
    await tulisBarisPk(c, pk, f);
    await tx.run(sql`
      update perjanjian_kinerja set tanggal = ${f.tanggal ?? pk.tanggal},
             alasan_perubahan = ${pk.nomor_perubahan > 0 ? (f.alasanPerubahan ?? pk.alasan_perubahan) : null},
             versi = versi + 1, diubah_pada = ${ctx.sekarang()}
       where instansi_id = ${ctx.instansiId} and id = ${id}`);
    const sesudah = await susunPk(c, await pkDalamLingkup(c, id, 'sakip:kelola'));
    const ringkas = (p: typeof sebelum) => ({ tanggal: p.tanggal, alasanPerubahan: p.alasanPerubahan, indikator: p.indikator.map((x) => [x.kode, Number(x.target)]),
      anggaran: p.anggaran.map((x) => [x.kode, Number(x.anggaran)]) });
    await catatAudit(c, { aksi: 'pk.ubah', entitas: 'perjanjian_kinerja', entitasId: id, pegawaiId: pk.pegawai_id, sebelum: ringkas(sebelum), sesudah: ringkas(sesudah) });
    return sesudah;
  });
}
