import { sql } from '@simasn/db';
import { konflik, lingkup, tidakDitemukan, tidakValid, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { skemaSimpanJawaban } from '../ujian.types.ts';
import type { ButirSusunan } from './nilai.ts';
import { catatPerangkat, tutupPercobaanKedaluwarsa } from './percobaan.ts';
import { tulisJawaban } from './tulis-jawaban.ts';

/**
 * Saves the answer to one item as given (an empty choice clears it). Idempotent and ordered per
 * item: the page numbers each change of an item (`nomor`), and a resend or a late request with a
 * number not above the stored one changes nothing (the answer stays the newer one); the reply says
 * which number is stored. Only in a running attempt before its deadline (the server's clock): after
 * it, 409 and the attempt is closed with the answers saved so far. The write goes through the
 * group writer (`tulisJawaban`): concurrent answers share one transaction and one commit.
 */
export async function simpanJawaban(ctx: Konteks, id: number, masukan: unknown) {
  const p = wajibMasuk(ctx);
  lingkup(ctx, 'ujian:ikut');
  const f = uraikan(skemaSimpanJawaban, masukan, 'Jawaban belum benar.');
  const sekarang = ctx.sekarang();
  const c = await ctx.db.maybeOne<
    { id: number, pegawaiId: number, status: string, batasPada: Date, butir: ButirSusunan | null, jenis: string | null, perangkat: string[], alamat: string[] }
  >(sql`
    select c.id, c.pegawai_id as "pegawaiId", c.status, c.batas_pada as "batasPada", c.susunan->(${f.urutan}::int) as butir, v.jenis, c.perangkat, c.alamat_ip as "alamat"
      from percobaan_ujian c
      left join versi_butir v on v.instansi_id = c.instansi_id and v.butir_id = (c.susunan->(${f.urutan}::int)->>'butirId')::bigint
        and v.versi = (c.susunan->(${f.urutan}::int)->>'versi')::int
     where c.instansi_id = ${ctx.instansiId} and c.id = ${id} and c.pegawai_id = ${p.pegawaiId ?? 0}`);
  if (!c) throw tidakDitemukan(`Tes yang Anda kerjakan (nomor ${id}) tidak ditemukan.`);
  if (c.status !== 'berjalan') throw konflik('Tes ini sudah selesai; jawaban tidak dapat diubah lagi.');
  let hasil = null;
  if (c.batasPada > sekarang) {
    if (!c.butir) throw tidakValid('Jawaban belum benar.', [{ kolom: 'urutan', pesan: `soal nomor ${f.urutan + 1} tidak ada pada tes ini` }]);
    const pilihan = [...new Set(f.pilihan)];
    if (pilihan.some((x) => !c.butir!.opsi.includes(x))) throw tidakValid('Jawaban belum benar.', [{ kolom: 'pilihan', pesan: 'pilihan tidak ada pada soal ini' }]);
    if (c.jenis === 'tunggal' && pilihan.length > 1) throw tidakValid('Jawaban belum benar.', [{ kolom: 'pilihan', pesan: 'soal ini hanya satu jawaban' }]);
    // A device or address not seen before in this attempt is noted (rare: its own small transaction).
    if ((f.perangkat && !c.perangkat.includes(f.perangkat)) || (ctx.alamatIp && !c.alamat.includes(ctx.alamatIp))) {
      await ctx.db.transaction((tx) => catatPerangkat(ctx, tx, c, f.perangkat));
    }
    const r = await tulisJawaban({ ctx, percobaanId: id, pegawaiId: c.pegawaiId, urutan: f.urutan, pilihan, nomor: f.nomor });
    if (r) {
      hasil = { urutan: f.urutan, nomor: r.nomor, tersimpan: true, sisaDetik: Math.max(0, Math.floor((c.batasPada.getTime() - sekarang.getTime()) / 1000)), waktuServer: sekarang };
    }
  }
  if (!hasil) {
    await tutupPercobaanKedaluwarsa(ctx.db, ctx.instansiId, sekarang, { pegawaiId: p.pegawaiId ?? 0 });
    throw konflik('Waktu tes sudah habis; jawaban yang tersimpan sebelumnya sudah dinilai.');
  }
  return hasil;
}
