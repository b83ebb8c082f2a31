import { sql } from '@simasn/db';
import { periksaPdf, simpanBerkas } from '@simasn/kepegawaian';
import { tidakDitemukan, tidakValid, type Konteks } from '@simasn/platform';
import { lampirkanDokumen } from '@simasn/platform/alur';
import { ambilCuti } from './daftar-cuti.ts';

/**
 * Attaches the document a kind needs (surat dokter, surat tugas belajar...) to a request still
 * at the ASN's step: a PDF stored in the employee's archive by kepegawaian, linked by the engine
 * (which checks the step, the role and the checklist item).
 */
export async function lampirkanDokumenCuti(ctx: Konteks, id: number, kode: string, b: { namaBerkas: string, isi: Buffer }) {
  const ada = await ctx.db.maybeOne(sql`select 1 from usulan_cuti where instansi_id = ${ctx.instansiId} and usulan_id = ${id}`);
  if (!ada) throw tidakDitemukan(`Usulan cuti nomor ${id} tidak ditemukan.`);
  const salah = periksaPdf(b.isi);
  if (salah) throw tidakValid('Berkas ditolak.', [{ kolom: 'file', pesan: salah }]);
  await lampirkanDokumen(ctx, id, kode, {
    simpan: async (c, u, item) =>
      (await simpanBerkas(c, { pegawaiId: u.pegawaiId, riwayatJenis: 'layanan', riwayatId: u.id, keterangan: item.label, namaBerkas: b.namaBerkas, cadangan: `${kode}.pdf`,
        isi: b.isi })).id,
  });
  return ambilCuti(ctx, id);
}
