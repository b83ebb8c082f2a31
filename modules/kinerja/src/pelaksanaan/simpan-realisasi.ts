import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, terlarang, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { pemilikSkp, skpDalamLingkup, sudahDiubah, susunSkp } from '../skp/skp.ts';
import { skemaSimpanRealisasi } from './pelaksanaan.types.ts';

export { skemaSimpanRealisasi };

/**
 * The ASN reports the realisasi of an RHK of their agreed SKP for a period (one report per RHK and
 * period; a second one replaces it at the version seen). Kept by the series and RHK root, so a
 * later revision of the SKP keeps it.
 */
export async function simpanRealisasiSkp(ctx: Konteks, skpId: number, masukan: unknown) {
  const f = uraikan(skemaSimpanRealisasi, masukan, 'Realisasi belum benar.');
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const s = await skpDalamLingkup(c, skpId, 'kinerja:isi', true);
    if (!pemilikSkp(c, s)) throw terlarang('Realisasi SKP dicatat oleh pegawai pemiliknya.');
    if (s.status !== 'disetujui') throw konflik('Realisasi dicatat pada SKP yang sudah disepakati dengan pejabat penilai.');
    const rhk = await tx.maybeOne(sql`select 1 from skp_rhk where instansi_id = ${ctx.instansiId} and skp_id = ${s.id} and akar_id = ${f.rhkAkarId}`);
    if (!rhk) throw tidakValid('Realisasi belum benar.', [{ kolom: 'rhkAkarId', pesan: 'pilih RHK dari SKP ini' }]);
    const lama = await tx.maybeOne<{ id: number, versi: number, realisasi: string }>(sql`
      select id, versi, realisasi from skp_realisasi where instansi_id = ${ctx.instansiId} and skp_seri_id = ${s.seriId} and rhk_akar_id = ${f.rhkAkarId}
         and periode = ${f.periode} for update`);
    if (lama && f.versi !== undefined && lama.versi !== f.versi) throw sudahDiubah(lama.versi, f.versi);
    if (lama) {
      await tx.run(sql`update skp_realisasi set realisasi = ${f.realisasi}, nilai = ${f.nilai ?? null}, versi = versi + 1, diubah_pada = ${ctx.sekarang()}
        where instansi_id = ${ctx.instansiId} and id = ${lama.id}`);
    } else {
      await tx.run(sql`insert into skp_realisasi (instansi_id, skp_seri_id, rhk_akar_id, periode, realisasi, nilai, dibuat_pada, diubah_pada)
        values (${ctx.instansiId}, ${s.seriId}, ${f.rhkAkarId}, ${f.periode}, ${f.realisasi}, ${f.nilai ?? null}, ${ctx.sekarang()}, ${ctx.sekarang()})`);
    }
    await catatAudit(c, { aksi: 'skp.realisasi', entitas: 'skp_realisasi', entitasId: lama?.id ?? null, pegawaiId: s.pegawaiId,
      sebelum: lama ? { realisasi: lama.realisasi } : null, sesudah: { rhk: f.rhkAkarId, periode: f.periode, realisasi: f.realisasi, nilai: f.nilai ?? null } });
    return susunSkp(c, await skpDalamLingkup(c, s.id));
  });
}
