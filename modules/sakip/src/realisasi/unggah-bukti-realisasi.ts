import { sql } from '@simasn/db';
import { periksaBukti, simpanDokumenBukti } from '@simasn/indeks';
import { catatAudit, denganDb, tidakValid, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { sudahDiubah } from '../renstra/renstra.ts';
import { bacaRealisasi, indikatorDalamLingkup } from './indikator.ts';
import { skemaBuktiRealisasi } from './realisasi.types.ts';

export { skemaBuktiRealisasi };

export interface UnggahBuktiRealisasi {
  tahun: unknown;
  tribulan: unknown;
  versi: unknown;
  namaBerkas: string;
  isi: Buffer;
}

/**
 * Attaches an evidence document (PDF, PNG or JPEG, told by its content) to the realisasi of an
 * indicator in a tribulan. The realisasi must exist (entered or filled automatically); its version
 * moves, so a concurrent edit is noticed.
 */
export async function unggahBuktiRealisasi(ctx: Konteks, indikatorId: number, u: UnggahBuktiRealisasi) {
  const f = uraikan(skemaBuktiRealisasi, { tahun: u.tahun, tribulan: u.tribulan, versi: u.versi });
  const cek = periksaBukti(u.isi);
  if ('salah' in cek) throw tidakValid('Berkas bukti ditolak.', [{ kolom: 'berkas', pesan: cek.salah }]);
  wajibMasuk(ctx);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const ik = await indikatorDalamLingkup(c, indikatorId, 'sakip:kelola');
    const r = await bacaRealisasi(c, indikatorId, f.tahun, f.tribulan, true);
    if (!r) throw tidakValid('Realisasi belum diisi.', [{ kolom: 'versi', pesan: `isi realisasi ${ik.kode} tribulan ${f.tribulan} sebelum melampirkan bukti` }]);
    if (r.versi !== f.versi) throw sudahDiubah(`Realisasi ${ik.kode} tribulan ${f.tribulan}`, r.versi, f.versi);
    const d = await simpanDokumenBukti(c, { namaBerkas: u.namaBerkas, isi: u.isi });
    const nama = d.namaBerkas;
    await tx.run(sql`insert into realisasi_bukti (instansi_id, indikator_id, tahun, tribulan, dokumen_id)
                     values (${ctx.instansiId}, ${indikatorId}, ${f.tahun}, ${f.tribulan}, ${d.id})`);
    const v = await tx.one<{ versi: number }>(sql`
      update realisasi_indikator set versi = versi + 1 where instansi_id = ${ctx.instansiId} and indikator_id = ${indikatorId}
         and tahun = ${f.tahun} and tribulan = ${f.tribulan} returning versi`);
    await catatAudit(c, { aksi: 'realisasi.bukti', entitas: 'indikator_kinerja', entitasId: indikatorId,
      sesudah: { tahun: f.tahun, tribulan: f.tribulan, dokumenId: d.id, namaBerkas: nama, jenisMime: cek.jenisMime, ukuran: u.isi.length } });
    return { dokumen: { id: d.id, namaBerkas: nama, jenisMime: cek.jenisMime, ukuran: u.isi.length }, versi: v.versi };
  });
}
