import { periksaPdf, simpanBerkas } from '@simasn/kepegawaian';
import { tidakValid, type Konteks } from '@simasn/platform';
import { lampirkanDokumen } from '@simasn/platform/alur';

export type LampiranDokumen = { berkasId: number } | { namaBerkas: string, isi: Buffer };

/**
 * Attaches a checklist document to an open request: a new PDF upload, stored in the employee's
 * archive by its owner (kepegawaian's `simpanBerkas`, in the engine's transaction), or a berkas
 * of the same employee already in the archive (reused, not copied). The engine checks the step,
 * the role and the checklist item and links it.
 */
export async function lampirkanDokumenUsulan(ctx: Konteks, id: number, kode: string, lampiran: LampiranDokumen) {
  if ('berkasId' in lampiran) return lampirkanDokumen(ctx, id, kode, lampiran);
  const salah = periksaPdf(lampiran.isi);
  if (salah) throw tidakValid('Berkas ditolak.', [{ kolom: 'file', pesan: salah }]);
  return lampirkanDokumen(ctx, id, kode, {
    simpan: async (c, u, item) =>
      (await simpanBerkas(c, { pegawaiId: u.pegawaiId, riwayatJenis: 'layanan', riwayatId: u.id, keterangan: item.label, namaBerkas: lampiran.namaBerkas, cadangan: `${kode}.pdf`,
        isi: lampiran.isi })).id,
  });
}
