import { disiapkan, sql, type Db } from '@simasn/db';
import { konflik, lingkup, tidakDitemukan, tidakValid, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { skemaSimpanJawaban } from '../ujian.types.ts';
import { catatPerangkat, tutupPercobaanKedaluwarsa } from './percobaan.ts';
import { tulisJawaban } from './tulis-jawaban.ts';

/**
 * What an answer is checked against: the parts of an attempt that never change once it is drawn
 * (its owner, deadline, each item's options and whether it takes one answer), and the devices and
 * addresses known to have been recorded (they only grow). Kept per database handle, so a save
 * reads nothing before its write; the status and the deadline are checked by the write itself.
 */
interface AturanPercobaan {
  pegawaiId: number;
  batasPada: Date;
  butir: { opsi: string[], tunggal: boolean }[];
  perangkat: Set<string>;
  alamat: Set<string>;
}

const MAKS_ATURAN = 5000;
const aturan = new WeakMap<Db, Map<string, AturanPercobaan>>();

async function aturanPercobaan(ctx: Konteks, id: number): Promise<AturanPercobaan | null> {
  let m = aturan.get(ctx.db);
  if (!m) {
    m = new Map();
    aturan.set(ctx.db, m);
  }
  const kunci = `${ctx.instansiId}:${id}`;
  const ada = m.get(kunci);
  if (ada) return ada;
  const r = await ctx.db.maybeOne<{ pegawaiId: number, batasPada: Date, butir: { opsi: string[], jenis: string | null }[], perangkat: string[], alamat: string[] }>(disiapkan(sql`
    select c.pegawai_id as "pegawaiId", c.batas_pada as "batasPada", c.perangkat, c.alamat_ip as "alamat",
           coalesce((select jsonb_agg(jsonb_build_object('opsi', s.e->'opsi', 'jenis', v.jenis) order by s.n)
                       from jsonb_array_elements(c.susunan) with ordinality as s(e, n)
                       left join versi_butir v on v.instansi_id = c.instansi_id and v.butir_id = (s.e->>'butirId')::bigint and v.versi = (s.e->>'versi')::int),
                    '[]'::jsonb) as butir
      from percobaan_ujian c
     where c.instansi_id = ${ctx.instansiId} and c.id = ${id}`));
  if (!r) return null;
  const a: AturanPercobaan = { pegawaiId: Number(r.pegawaiId), batasPada: r.batasPada, butir: r.butir.map((b) => ({ opsi: b.opsi, tunggal: b.jenis === 'tunggal' })),
    perangkat: new Set(r.perangkat), alamat: new Set(r.alamat) };
  m.set(kunci, a);
  if (m.size > MAKS_ATURAN) m.delete(m.keys().next().value!);
  return a;
}

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
