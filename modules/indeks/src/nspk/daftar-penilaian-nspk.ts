import { sql } from '@simasn/db';
import type { Konteks } from '@simasn/platform';
import { aturanNspk, izinBacaNspk, rincianNspk, type BarisNspk } from './penilaian-nspk.ts';

/** The years assessed, newest first, with index and category. */
export async function daftarPenilaianNspk(ctx: Konteks) {
  izinBacaNspk(ctx);
  const baris = await ctx.db.many<BarisNspk>(sql`
    select tahun, aturan_id, skor, catatan, versi, diubah_pada from penilaian_nspk where instansi_id = ${ctx.instansiId} order by tahun desc`);
  return baris.map((b) => {
    const r = rincianNspk(aturanNspk(b.tahun, b.aturan_id), b.skor);
    return { tahun: b.tahun, versi: b.versi, aturan: b.aturan_id, lengkap: r.lengkap, jumlahDinilai: r.jumlahDinilai, indeks: r.indeks, kategori: r.kategori,
      diubahPada: b.diubah_pada };
  });
}
