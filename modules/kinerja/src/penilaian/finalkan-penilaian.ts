import { sql } from '@simasn/db';
import { simpanPredikatSkpTahunan } from '@simasn/kepegawaian';
import { catatAudit, denganDb, GalatAplikasi, konflik, terlarang, tidakDitemukan, uraikan, type Konteks } from '@simasn/platform';
import { penilaiSkp, skpDalamLingkup, sudahDiubah } from '../skp/skp.ts';
import { KOLOM_PENILAIAN, periksaDistribusi, tampilPenilaian, type BarisPenilaian } from './penilaian.ts';
import { skemaFinalkanPenilaian } from './penilaian.types.ts';

export { skemaFinalkanPenilaian };

/**
 * Makes a rating final. The distribution of predikat in the perangkat daerah is checked against
 * the predikat kinerja organisasi first: with warnings and without `lanjutkan`, 409 carrying the
 * warnings with their numbers and nothing changes (the rule warns, it does not block). The final
 * annual predikat is written to the riwayat SKP through @simasn/kepegawaian, in this transaction.
 */
export async function finalkanPenilaian(ctx: Konteks, skpId: number, masukan: unknown) {
  const f = uraikan(skemaFinalkanPenilaian, masukan, 'Permintaan belum benar.');
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const s = await skpDalamLingkup(c, skpId, 'kinerja:nilai', true);
    if (!penilaiSkp(c, s)) throw terlarang('SKP ini dinilai oleh pejabat penilainya.');
    const n = await tx.maybeOne<BarisPenilaian>(sql`select ${KOLOM_PENILAIAN} from skp_penilaian
      where instansi_id = ${ctx.instansiId} and skp_seri_id = ${s.seriId} and periode = ${f.periode} for update`);
    if (!n) throw tidakDitemukan('Penilaian periode ini belum ada; isi rating hasil kerja dan perilaku lebih dulu.');
    if (n.status === 'final') throw konflik('Penilaian periode ini sudah final.');
    if (n.versi !== f.versi) throw sudahDiubah(n.versi, f.versi);
    const d = await periksaDistribusi(c, s, f.periode, n.predikat, f.predikatOrganisasi);
    if (d.peringatan.length && !f.lanjutkan) {
      throw new GalatAplikasi(409, 'peringatan_distribusi', `Sebaran predikat di perangkat daerah ini tidak sesuai pola predikat organisasi: ${
        d.peringatan.map((w) => w.pesan).join(' ')
      } Periksa lagi, atau lanjutkan bila sudah tepat.`, d.peringatan);
    }
    const r = await tx.one<BarisPenilaian>(sql`update skp_penilaian set status = 'final', difinalkan_pada = ${ctx.sekarang()}, versi = versi + 1, diubah_pada = ${ctx.sekarang()}
      where instansi_id = ${ctx.instansiId} and id = ${n.id} returning ${KOLOM_PENILAIAN}`);
    if (f.periode === 'tahunan') {
      await simpanPredikatSkpTahunan(c, { pegawaiId: s.pegawaiId, tahun: s.tahun, predikat: n.predikat, pejabatPenilai: n.penilaiNama });
    }
    await catatAudit(c, { aksi: 'skp.final', entitas: 'skp_penilaian', entitasId: n.id, pegawaiId: s.pegawaiId, sebelum: { status: 'draf' },
      sesudah: { status: 'final', periode: f.periode, predikat: n.predikat, peringatan: d.peringatan.map((w) => w.pesan) } });
    return { penilaian: tampilPenilaian(r), ...d };
  });
}
