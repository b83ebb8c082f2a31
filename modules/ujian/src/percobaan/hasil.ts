import { sql } from '@simasn/db';
import type { HasilNilaiCat } from '@simasn/domain';
import { lingkup, tidakDitemukan, type Konteks } from '@simasn/platform';
import { namaKategori } from '../bank/aturan-butir.ts';
import { ambilTes } from '../tes/tes.ts';
import { bacaVersiSusunan, jawabanButir } from './nilai.ts';
import { type BarisPercobaan, KOLOM_PERCOBAAN, pegawaiPeserta, tutupPercobaanKedaluwarsa } from './percobaan.ts';

/**
 * The result of the caller's own attempt: scores per category against the pass marks; once the
 * test's window has closed (nobody can still be taking it), every item with the key, the answer
 * given and the explanation.
 */
export async function hasilPercobaan(ctx: Konteks, id: number) {
  lingkup(ctx, 'ujian:ikut');
  const pegawaiId = await pegawaiPeserta(ctx);
  await tutupPercobaanKedaluwarsa(ctx.db, ctx.instansiId, ctx.sekarang(), { pegawaiId });
  const c = await ctx.db.maybeOne<BarisPercobaan & { nilai: HasilNilaiCat | null }>(sql`select ${KOLOM_PERCOBAAN}, c.nilai from percobaan_ujian c
    where c.instansi_id = ${ctx.instansiId} and c.id = ${id} and c.pegawai_id = ${pegawaiId}`);
  if (!c) throw tidakDitemukan(`Tes yang Anda kerjakan (nomor ${id}) tidak ditemukan.`);
  if (c.status !== 'selesai' || !c.nilai) throw tidakDitemukan('Hasil tes tersedia setelah tes selesai.');
  const tes = await ambilTes(ctx.db, ctx.instansiId, c.tesId);
  const jawaban = new Map((await ctx.db.many<{ urutan: number, pilihan: string[] }>(sql`select urutan, pilihan from jawaban_ujian
    where instansi_id = ${ctx.instansiId} and percobaan_id = ${id}`)).map((j) => [j.urutan, j.pilihan]));
  const nama = new Map(tes.kategori.map((k) => [k.kode, k.nama || namaKategori(k.kode)]));
  const terbuka = ctx.sekarang() >= tes.ditutupPada;
  let pembahasan = null;
  if (terbuka) {
    const versi = await bacaVersiSusunan(ctx.db, ctx.instansiId, c.susunan);
    pembahasan = c.susunan.map((s, i) => {
      const v = versi.get(`${s.butirId}:${s.versi}`)!;
      const opsi = new Map(v.opsi.map((o) => [o.id, o]));
      const pilihan = jawaban.get(i) ?? [];
      return { urutan: i, kategori: s.kategori, teks: v.teks, opsi: s.opsi.map((x) => opsi.get(x)!), pilihan, skor: jawabanButir(tes, s, v, pilihan).skor,
        pembahasan: v.pembahasan };
    });
  }
  return { id: c.id, tesId: c.tesId, judul: tes.judul, status: c.status, caraSelesai: c.caraSelesai, selesaiPada: c.selesaiPada,
    kategori: c.nilai.kategori.map((k) => ({ ...k, nama: nama.get(k.kode) ?? k.kode })), total: c.nilai.total, nilaiMaks: c.nilai.nilaiMaks, lulus: c.nilai.lulus,
    keterangan: c.nilai.keterangan, dijawab: [...jawaban.values()].filter((p) => p.length).length, jumlahButir: c.susunan.length, pembahasan, pembahasanTersedia: tes.ditutupPada };
}
