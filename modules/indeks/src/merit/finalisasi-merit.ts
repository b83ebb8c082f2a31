import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { bacaPenilaian, izinKelola, susunPenilaian, tanggalAcuanTahun } from './penilaian.ts';
import { penilaianDraf } from './ubah-skor-merit.ts';
import { skemaFinalisasiMerit } from './merit.types.ts';

export { skemaFinalisasiMerit };

/**
 * Finalises the year's assessment: every sub-aspect must be scored; the status becomes final
 * (no edit is accepted after that) and the figure is frozen into hasil_indeks with the whole
 * breakdown, the instrument and the rule version that produced it.
 */
export async function finalisasiMerit(ctx: Konteks, id: number, masukan: unknown) {
  izinKelola(ctx);
  const f = uraikan(skemaFinalisasiMerit, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const p = await penilaianDraf(c, id, 'penilaian');
    if (p.versi !== f.versi) {
      throw konflik(
        `Penilaian Sistem Merit tahun ${p.tahun} sudah diubah sejak Anda membukanya (versi ${p.versi}, Anda melihat versi ${f.versi}). Muat ulang, periksa, lalu finalisasi lagi.`,
      );
    }
    const r = await susunPenilaian(c, p);
    if (!r.lengkap) {
      throw tidakValid(`Masih ada ${r.belumDinilai.length} sub-aspek yang belum dinilai.`, r.belumDinilai.map((k) => ({ kolom: k, pesan: 'belum dinilai' })));
    }
    const u = await tx.maybeOne(sql`
      update penilaian_merit set status = 'final', versi = versi + 1, diubah_pada = ${ctx.sekarang()}
       where instansi_id = ${ctx.instansiId} and id = ${id} and versi = ${f.versi} and status = 'draf'
      returning versi`);
    if (!u) throw konflik(`Penilaian Sistem Merit tahun ${p.tahun} sudah diubah orang lain. Muat ulang lalu ulangi.`);
    const rincian = { penilaianId: r.id, tahun: r.tahun, instrumen: r.instrumen, aturan: r.aturan, total: r.total, indeks: r.indeks, kategori: r.kategori,
      jumlahBobot: r.jumlahBobot, totalMaksimum: r.totalMaksimum, targetTotal: r.targetTotal, targetRenstra: r.targetRenstra, capaian: r.capaian, tahunLalu: r.tahunLalu,
      aspek: r.aspek.map((a) => ({ nomor: a.nomor, nama: a.nama, jumlahBobot: a.jumlahBobot, maksimum: a.maksimum, nilai: a.nilai,
        subAspek: a.subAspek.map((s) => ({ kode: s.kode, nama: s.nama, bobot: s.bobot, skor: s.skor, nilai: s.nilai, catatan: s.catatan, dokumenId: s.dokumen?.id ?? null })) })
      ), naikKategori: r.naikKategori, peringatan: r.peringatan };
    const h = await tx.one<{ id: number }>(sql`
      insert into hasil_indeks (instansi_id, jenis, tahun, periode, unit_id, aturan_id, tanggal_acuan, nilai, kategori, jumlah_data, rincian, dihitung_pada, dihitung_oleh)
      values (${ctx.instansiId}, 'merit', ${r.tahun}, 'tahunan', null, ${r.aturan.id}, ${tanggalAcuanTahun(ctx, r.tahun)}, ${r.total},
              ${r.kategori?.teks ?? null}, ${r.jumlahSubAspek}, ${JSON.stringify(rincian)}::jsonb, ${ctx.sekarang()}, ${ctx.pemanggil?.namaPengguna ?? 'sistem'})
      returning id`);
    await catatAudit(c, { aksi: 'merit.finalisasi', entitas: 'penilaian_merit', entitasId: id, sebelum: { tahun: r.tahun, status: 'draf' },
      sesudah: { tahun: r.tahun, status: 'final', total: r.total, indeks: r.indeks, kategori: r.kategori?.teks, aturan: r.aturan.id, instrumen: r.instrumen.id, hasilId: h.id } });
    return susunPenilaian(c, await bacaPenilaian(c, id));
  });
}
