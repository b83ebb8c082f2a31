import { sql } from '@simasn/db';
import type { Konteks } from '@simasn/platform';
import { instrumenPenilaian } from './instrumen.ts';
import { aturanPenilaian, bacaSkor, izinBaca, rincianMerit, type BarisPenilaianMerit } from './penilaian.ts';

/** The instansi's assessments, newest year first, each with its total, index and category. */
export async function daftarPenilaianMerit(ctx: Konteks) {
  izinBaca(ctx);
  const baris = await ctx.db.many<BarisPenilaianMerit>(sql`
    select id, tahun, instrumen_id, aturan_id, target_total, target_renstra, status, versi, dibuat_pada, diubah_pada
      from penilaian_merit where instansi_id = ${ctx.instansiId} order by tahun desc`);
  const hasil = [];
  for (const p of baris) {
    const r = rincianMerit(await instrumenPenilaian(ctx, p.instrumen_id), aturanPenilaian(p), await bacaSkor(ctx, p.id));
    hasil.push({ id: p.id, tahun: p.tahun, status: p.status, versi: p.versi, instrumenId: p.instrumen_id, targetTotal: p.target_total, targetRenstra: p.target_renstra,
      total: r.total, indeks: r.indeks, kategori: r.kategori, lengkap: r.lengkap, jumlahDinilai: r.jumlahDinilai, jumlahSubAspek: r.jumlahSubAspek, diubahPada: p.diubah_pada });
  }
  return hasil;
}
