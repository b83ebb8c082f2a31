import { sql } from '@simasn/db';
import { simpanDokumenBukti } from '@simasn/indeks';
import { catatAudit, denganDb, terlarang, tidakDitemukan, wajibMasuk, type Konteks } from '@simasn/platform';
import { skpDalamLingkup, susunSkp } from '../skp/skp.ts';

/**
 * Attaches the evidence of a realisasi: a PDF, PNG or JPEG of at most 5 MB (the upload limits and
 * the evidence store every realisasi uses, modules/indeks). Only the employee who reported it.
 */
export async function unggahBuktiRealisasiSkp(ctx: Konteks, realisasiId: number, b: { namaBerkas: string, isi: Buffer }) {
  const p = wajibMasuk(ctx);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const r = await tx.maybeOne<{ seriId: number, pegawaiId: number, skpId: number }>(sql`
      select r.skp_seri_id as "seriId", s.pegawai_id as "pegawaiId",
             (select x.id from skp x where x.instansi_id = s.instansi_id and x.seri_id = s.id and x.status = 'disetujui') as "skpId"
        from skp_realisasi r join skp s on s.instansi_id = r.instansi_id and s.id = r.skp_seri_id
       where r.instansi_id = ${ctx.instansiId} and r.id = ${realisasiId} and s.pegawai_id = ${p.pegawaiId ?? 0} for update of r`);
    if (!r) throw tidakDitemukan('Realisasi tidak ditemukan.');
    if (r.skpId === null) throw terlarang('SKP ini tidak sedang berlaku.');
    const d = await simpanDokumenBukti(c, { namaBerkas: b.namaBerkas, isi: b.isi, akhiran: true });
    await tx.run(
      sql`update skp_realisasi set bukti_id = ${d.id}, versi = versi + 1, diubah_pada = ${ctx.sekarang()} where instansi_id = ${ctx.instansiId} and id = ${realisasiId}`,
    );
    await catatAudit(c, { aksi: 'skp.realisasi', entitas: 'skp_realisasi', entitasId: realisasiId, pegawaiId: r.pegawaiId, sesudah: { bukti: d.namaBerkas, ukuran: d.ukuran } });
    return susunSkp(c, await skpDalamLingkup(c, r.skpId));
  });
}
