import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, terlarang, uraikan, type Konteks } from '@simasn/platform';
import { penilaiSkp, skpDalamLingkup, susunSkp } from '../skp/skp.ts';
import { skemaDialog } from './pelaksanaan.types.ts';

export { skemaDialog };

/** The pejabat penilai records a dialog kinerja held with the employee: the date, the notes, the agreed follow-ups. */
export async function tambahDialog(ctx: Konteks, skpId: number, masukan: unknown) {
  const f = uraikan(skemaDialog, masukan, 'Catatan dialog kinerja belum benar.');
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const s = await skpDalamLingkup(c, skpId, 'kinerja:nilai', true);
    if (!penilaiSkp(c, s)) throw terlarang('Dialog kinerja dicatat oleh pejabat penilai SKP ini.');
    if (s.status !== 'disetujui') throw konflik('Dialog kinerja dicatat pada SKP yang sudah disepakati.');
    if (Number(f.tanggal.slice(0, 4)) !== s.tahun) throw konflik(`Tanggal dialog harus pada tahun SKP (${s.tahun}).`);
    const p = c.pemanggil!;
    const { id } = await tx.one<{ id: number }>(sql`
      insert into skp_dialog (instansi_id, skp_seri_id, tanggal, catatan, tindak_lanjut, oleh_pegawai_id, oleh_akun, dibuat_pada)
      values (${ctx.instansiId}, ${s.seriId}, ${f.tanggal}, ${f.catatan}, ${f.tindakLanjut}, ${p.pegawaiId}, ${p.sistem ? null : p.akunId}, ${ctx.sekarang()}) returning id`);
    await catatAudit(c, { aksi: 'skp.dialog', entitas: 'skp_dialog', entitasId: id, pegawaiId: s.pegawaiId,
      sesudah: { tanggal: f.tanggal, catatan: f.catatan, tindakLanjut: f.tindakLanjut } });
    return susunSkp(c, await skpDalamLingkup(c, s.id));
  });
}
