import { sql } from '@simasn/db';
import { konflik, lingkup, tidakDitemukan, tidakValid, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { skemaSimpanJawaban } from '../ujian.types.ts';
import { catatPerangkat, tutupPercobaanKedaluwarsa } from './percobaan.ts';
import { aturanPercobaan } from './aturan-percobaan.ts';
import { tulisJawaban } from './tulis-jawaban.ts';

/** The attempt's status now (the rare paths: a refused answer, a closed attempt). */
async function statusPercobaan(ctx: Konteks, id: number): Promise<string | undefined> {
  return (await ctx.db.maybeOne<{ status: string }>(sql`select status from percobaan_ujian where instansi_id = ${ctx.instansiId} and id = ${id}`))?.status;
}

/**
 * Saves the answer to one item as given (an empty choice clears it). Idempotent and ordered per
 * item: the page numbers each change of an item (`nomor`), and a resend or a late request with a
 * number not above the stored one changes nothing (the answer stays the newer one); the reply says
 * which number is stored. Only in a running attempt before its deadline (the server's clock): after
 * it, 409 and the attempt is closed with the answers saved so far. The answer is checked against
 * the attempt's drawn items (kept in memory after the first save) and written through the group
 * writer (`tulisJawaban`): concurrent answers share one statement and one commit, and the reply
 * comes after that commit.
 */
export async function simpanJawaban(ctx: Konteks, id: number, masukan: unknown) {
  const p = wajibMasuk(ctx);
  lingkup(ctx, 'ujian:ikut');
  const f = uraikan(skemaSimpanJawaban, masukan, 'Jawaban belum benar.');
  const sekarang = ctx.sekarang();
  const c = await aturanPercobaan(ctx, id);
  if (!c || c.pegawaiId !== (p.pegawaiId ?? 0)) throw tidakDitemukan(`Tes yang Anda kerjakan (nomor ${id}) tidak ditemukan.`);
  if (c.batasPada > sekarang) {
    const butir = c.butir[f.urutan];
    const pilihan = [...new Set(f.pilihan)];
    const salah = !butir
      ? { kolom: 'urutan', pesan: `soal nomor ${f.urutan + 1} tidak ada pada tes ini` }
      : pilihan.some((x) => !butir.opsi.includes(x))
      ? { kolom: 'pilihan', pesan: 'pilihan tidak ada pada soal ini' }
      : butir.tunggal && pilihan.length > 1
      ? { kolom: 'pilihan', pesan: 'soal ini hanya satu jawaban' }
      : null;
    if (salah) {
      if ((await statusPercobaan(ctx, id)) !== 'berjalan') throw konflik('Tes ini sudah selesai; jawaban tidak dapat diubah lagi.');
      throw tidakValid('Jawaban belum benar.', [salah]);
    }
    // A device or address not seen before in this attempt is noted (rare: its own small transaction, on the row read and locked there).
    if ((f.perangkat && !c.perangkat.has(f.perangkat)) || (ctx.alamatIp && !c.alamat.has(ctx.alamatIp))) {
      const kini = await ctx.db.transaction(async (tx) => {
        const r = await tx.maybeOne<{ id: number, perangkat: string[], alamat: string[] }>(sql`select id, perangkat, alamat_ip as "alamat" from percobaan_ujian
          where instansi_id = ${ctx.instansiId} and id = ${id} and status = 'berjalan' for no key update`);
        if (r) await catatPerangkat(ctx, tx, r, f.perangkat);
        return r;
      });
      // Known from now on (committed): the next save from them reads nothing.
      if (kini) {
        for (const x of [...kini.perangkat, f.perangkat]) if (x) c.perangkat.add(x);
        for (const x of [...kini.alamat, ctx.alamatIp]) if (x) c.alamat.add(x);
      }
    }
    const r = await tulisJawaban({ ctx, percobaanId: id, pegawaiId: c.pegawaiId, urutan: f.urutan, pilihan, nomor: f.nomor });
    if (r) {
      return { urutan: f.urutan, nomor: r.nomor, tersimpan: true, sisaDetik: Math.max(0, Math.floor((c.batasPada.getTime() - sekarang.getTime()) / 1000)), waktuServer: sekarang };
    }
  }
  if ((await statusPercobaan(ctx, id)) !== 'berjalan') throw konflik('Tes ini sudah selesai; jawaban tidak dapat diubah lagi.');
  await tutupPercobaanKedaluwarsa(ctx.db, ctx.instansiId, sekarang, { pegawaiId: p.pegawaiId ?? 0 });
  throw konflik('Waktu tes sudah habis; jawaban yang tersimpan sebelumnya sudah dinilai.');
}
