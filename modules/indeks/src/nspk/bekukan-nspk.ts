import { sql } from '@simasn/db';
import { hitungNspk } from '@simasn/domain';
import { catatAudit, denganDb, konflik, tidakDitemukan, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { tanggalAcuanTahun } from '../merit/penilaian.ts';
import { aturanNspk, bacaNspk, izinKelolaNspk, rincianNspk, susunNspk, teksKategoriNspk } from './penilaian-nspk.ts';
import { skemaBekukanNspk } from './nspk.types.ts';

export { skemaBekukanNspk };

/**
 * Freezes the year's NSPK index into hasil_indeks (with the rule version and every element
 * score), the figure reports cite. Freezing again adds a row; nothing is overwritten.
 */
export async function bekukanNspk(ctx: Konteks, tahun: number, masukan: unknown) {
  izinKelolaNspk(ctx);
  const f = uraikan(skemaBekukanNspk, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const b = await bacaNspk(c, tahun, true);
    if (!b) throw tidakDitemukan(`Penilaian NSPK tahun ${tahun} tidak ditemukan.`);
    if (b.versi !== f.versi) {
      throw konflik(`Penilaian NSPK tahun ${tahun} sudah diubah sejak Anda membukanya (versi ${b.versi}, Anda melihat versi ${f.versi}). Muat ulang lalu ulangi.`);
    }
    const aturan = aturanNspk(tahun, b.aturan_id);
    const h = hitungNspk(b.skor, aturan);
    if (!h.ok) throw tidakValid('Penilaian NSPK belum lengkap.', [{ kolom: 'skor', pesan: h.alasan }]);
    const r = rincianNspk(aturan, b.skor);
    const kategori = teksKategoriNspk(h.nilai.kategori);
    const rincian = { tahun, versi: b.versi, aturan: { id: aturan.id, nama: aturan.nama, dasarHukum: aturan.dasarHukum }, indeks: h.nilai.indeks, indeksTepat: h.nilai.indeksTepat,
      kategori, elemen: r.elemen, elemenTerlemah: r.elemenTerlemah, catatan: b.catatan };
    const hasil = await tx.one<{ id: number }>(sql`
      insert into hasil_indeks (instansi_id, jenis, tahun, periode, unit_id, aturan_id, tanggal_acuan, nilai, kategori, jumlah_data, rincian, dihitung_pada, dihitung_oleh)
      values (${ctx.instansiId}, 'nspk', ${tahun}, 'tahunan', null, ${aturan.id}, ${tanggalAcuanTahun(ctx, tahun)}, ${h.nilai.indeks}, ${kategori.teks},
              ${aturan.elemen.length}, ${JSON.stringify(rincian)}::jsonb, ${ctx.sekarang()}, ${ctx.pemanggil?.namaPengguna ?? 'sistem'})
      returning id`);
    await catatAudit(c, { aksi: 'indeks.simpan', entitas: 'hasil_indeks', entitasId: hasil.id,
      sesudah: { jenis: 'nspk', tahun, aturan: aturan.id, nilai: h.nilai.indeks, kategori: kategori.teks } });
    return susunNspk(c, tahun);
  });
}
