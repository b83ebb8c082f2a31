import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, terlarang, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { PERILAKU } from '../perilaku.ts';
import { penilaiSkp, skpDalamLingkup, susunSkp } from '../skp/skp.ts';
import { skemaUmpanBalik } from './pelaksanaan.types.ts';

export { skemaUmpanBalik };

/** Continuous feedback from the pejabat penilai on an agreed SKP: on one RHK, one BerAKHLAK value, or the whole. */
export async function tambahUmpanBalik(ctx: Konteks, skpId: number, masukan: unknown) {
  const f = uraikan(skemaUmpanBalik, masukan, 'Umpan balik belum benar.');
  if (f.perilakuKode && !PERILAKU.some((x) => x.kode === f.perilakuKode)) {
    throw tidakValid('Umpan balik belum benar.', [{ kolom: 'perilakuKode', pesan: 'nilai perilaku tidak dikenal' }]);
  }
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const s = await skpDalamLingkup(c, skpId, 'kinerja:nilai', true);
    if (!penilaiSkp(c, s)) throw terlarang('Umpan balik diberikan oleh pejabat penilai SKP ini.');
    if (s.status !== 'disetujui') throw konflik('Umpan balik diberikan pada SKP yang sudah disepakati.');
    if (f.rhkAkarId) {
      const ada = await tx.maybeOne(sql`select 1 from skp_rhk where instansi_id = ${ctx.instansiId} and skp_id = ${s.id} and akar_id = ${f.rhkAkarId}`);
      if (!ada) throw tidakValid('Umpan balik belum benar.', [{ kolom: 'rhkAkarId', pesan: 'pilih RHK dari SKP ini' }]);
    }
    const p = c.pemanggil!;
    const { id } = await tx.one<{ id: number }>(sql`
      insert into skp_umpan_balik (instansi_id, skp_seri_id, rhk_akar_id, perilaku_kode, periode, isi, oleh_pegawai_id, oleh_akun, dibuat_pada)
      values (${ctx.instansiId}, ${s.seriId}, ${f.rhkAkarId ?? null}, ${f.perilakuKode ?? null}, ${f.periode ?? null}, ${f.isi}, ${p.pegawaiId}, ${p.sistem ? null : p.akunId},
              ${ctx.sekarang()}) returning id`);
    await catatAudit(c, { aksi: 'skp.umpan_balik', entitas: 'skp_umpan_balik', entitasId: id, pegawaiId: s.pegawaiId,
      sesudah: { rhk: f.rhkAkarId ?? null, perilaku: f.perilakuKode ?? null, periode: f.periode ?? null, isi: f.isi } });
    return susunSkp(c, await skpDalamLingkup(c, s.id));
  });
}
