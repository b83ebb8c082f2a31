import { sql } from '@simasn/db';
import { catatAudit, lingkup, syaratLingkup, tidakDitemukan, wajibMasuk, type Konteks } from '@simasn/platform';

/**
 * The document attached to a leave request (the sick note, the study assignment), for whoever
 * reads the request (cuti:baca: the employee, their atasan, the OPD and BKD deciding it): only
 * that document, not the employee's archive. Opening another's is audited.
 */
export async function ambilDokumenCuti(ctx: Konteks, id: number, kode: string): Promise<{ namaBerkas: string, isi: Buffer }> {
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'cuti:baca');
  const r = await ctx.db.maybeOne<{ berkasId: number, pegawaiId: number, namaBerkas: string, isi: Uint8Array }>(sql`
    select b.id as "berkasId", c.pegawai_id as "pegawaiId", b.nama_berkas as "namaBerkas", i.isi
      from usulan_cuti c join pegawai p on p.instansi_id = c.instansi_id and p.id = c.pegawai_id
      join dokumen_usulan_layanan d on d.instansi_id = c.instansi_id and d.usulan_id = c.usulan_id and d.kode = ${kode}
      join berkas b on b.instansi_id = d.instansi_id and b.id = d.berkas_id
      join berkas_isi i on i.instansi_id = b.instansi_id and i.berkas_id = b.id
     where c.instansi_id = ${ctx.instansiId} and c.usulan_id = ${id} and ${syaratLingkup(l)}`);
  if (!r) throw tidakDitemukan('Dokumen usulan tidak ditemukan.');
  if (!p.sistem && p.pegawaiId !== r.pegawaiId) await catatAudit(ctx, { aksi: 'berkas.unduh', entitas: 'berkas', entitasId: r.berkasId, pegawaiId: r.pegawaiId });
  return { namaBerkas: r.namaBerkas, isi: Buffer.from(r.isi) };
}
