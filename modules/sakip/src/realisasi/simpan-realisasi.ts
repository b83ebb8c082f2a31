import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, tidakValid, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { sudahDiubah } from '../renstra/renstra.ts';
import { bacaRealisasi, indikatorDalamLingkup, periksaTahunIndikator } from './indikator.ts';
import { skemaSimpanRealisasi } from './realisasi.types.ts';
import { LABEL_SUMBER_OTOMATIS, type SumberOtomatis } from './sumber-otomatis.ts';

export { skemaSimpanRealisasi };

/**
 * Records the realisasi of an indicator for a tribulan: a value, or N/A when the figure is not
 * yet released (never zero). Indicators the platform measures itself are refused: their value
 * comes from the index engines and the records.
 */
export async function simpanRealisasi(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaSimpanRealisasi, masukan);
  const p = wajibMasuk(ctx);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const ik = await indikatorDalamLingkup(c, f.indikatorId, 'sakip:kelola');
    periksaTahunIndikator(ik, f.tahun);
    if (ik.sumber_otomatis) {
      throw tidakValid('Realisasi indikator ini diisi otomatis.', [{ kolom: 'nilai',
        pesan: `${ik.kode} diukur oleh SIMASN sendiri (${
          LABEL_SUMBER_OTOMATIS[ik.sumber_otomatis as SumberOtomatis] ?? ik.sumber_otomatis
        }); nilainya tidak diketik, gunakan "Isi otomatis"` }]);
    }
    if (ik.status_renstra === 'selesai') throw konflik('Renstra indikator ini sudah selesai; realisasinya tidak dapat diubah lagi.');
    const lama = await bacaRealisasi(c, f.indikatorId, f.tahun, f.tribulan, true);
    const nilai = f.na ? null : f.nilai!;
    const status: 'na' | 'terisi' = f.na ? 'na' : 'terisi';
    const oleh = p.sistem ? null : p.akunId;
    let versi: number;
    if (!lama) {
      if (f.versi !== undefined) throw sudahDiubah(`Realisasi ${ik.kode} tribulan ${f.tribulan}`);
      try {
        versi = (await tx.one<{ versi: number }>(sql`
          insert into realisasi_indikator (instansi_id, indikator_id, tahun, tribulan, nilai, status, catatan, sumber, diubah_oleh, diubah_pada)
          values (${ctx.instansiId}, ${f.indikatorId}, ${f.tahun}, ${f.tribulan}, ${nilai}, ${status}, ${f.catatan}, 'manual', ${oleh}, ${ctx.sekarang()})
          returning versi`)).versi;
      } catch (e) {
        if ((e as { code?: string }).code === '23505') throw sudahDiubah(`Realisasi ${ik.kode} tribulan ${f.tribulan}`);
        throw e;
      }
    } else {
      if (lama.versi !== f.versi) throw sudahDiubah(`Realisasi ${ik.kode} tribulan ${f.tribulan}`, lama.versi, f.versi);
      versi = (await tx.one<{ versi: number }>(sql`
        update realisasi_indikator set nilai = ${nilai}, status = ${status}, catatan = ${f.catatan}, versi = versi + 1, diubah_oleh = ${oleh}, diubah_pada = ${ctx.sekarang()}
         where instansi_id = ${ctx.instansiId} and indikator_id = ${f.indikatorId} and tahun = ${f.tahun} and tribulan = ${f.tribulan}
        returning versi`)).versi;
    }
    await catatAudit(c, { aksi: 'realisasi.simpan', entitas: 'indikator_kinerja', entitasId: f.indikatorId,
      sebelum: lama ? { tahun: f.tahun, tribulan: f.tribulan, nilai: lama.nilai, status: lama.status, catatan: lama.catatan } : undefined,
      sesudah: { tahun: f.tahun, tribulan: f.tribulan, nilai, status, catatan: f.catatan } });
    return { indikatorId: f.indikatorId, tahun: f.tahun, tribulan: f.tribulan, nilai, status, catatan: f.catatan, versi };
  });
}
