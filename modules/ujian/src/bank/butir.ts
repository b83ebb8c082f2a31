import { sql, type Db } from '@simasn/db';
import { catatAudit, denganDb, konflik, lingkup, terlarang, tidakDitemukan, tidakValid, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import type { z } from 'zod';
import { LABEL_STATUS_BUTIR, type StatusButir } from '../label-ujian.ts';
import { skemaDaftarButir, skemaSimpanButir, skemaUbahStatusButir } from '../ujian.types.ts';
import { periksaKategori, periksaOpsi } from './aturan-butir.ts';
import { ambilBank } from './bank-soal.ts';
import { butirPerluRevisi } from '../pantau/analisis-tes.ts';

export interface OpsiButir {
  id: string;
  teks: string;
  benar: boolean;
  bobot: number | null;
}

export interface BarisButir {
  id: number;
  bankId: number;
  namaBank: string;
  kategori: string;
  status: StatusButir;
  versi: number;
  teks: string;
  jenis: 'tunggal' | 'ganda';
  opsi: OpsiButir[];
  pembahasan: string;
  acakOpsi: boolean;
  adaGambar: boolean;
  diubahPada: Date;
}

const KOLOM = sql`s.id, s.bank_id as "bankId", b.nama as "namaBank", s.kategori, s.status, s.versi, v.teks, v.jenis, v.opsi, v.pembahasan, v.acak_opsi as "acakOpsi",
  (v.gambar_id is not null) as "adaGambar", s.diubah_pada as "diubahPada"`;
const DARI = sql`from butir_soal s join bank_soal b on b.instansi_id = s.instansi_id and b.id = s.bank_id
  join versi_butir v on v.instansi_id = s.instansi_id and v.butir_id = s.id and v.versi = s.versi`;

const tampil = (r: BarisButir) => ({ ...r, labelStatus: LABEL_STATUS_BUTIR[r.status] });

export async function ambilButir(ctx: Konteks, id: number, db: Db = ctx.db) {
  lingkup(ctx, 'ujian:kelola');
  const r = await db.maybeOne<BarisButir>(sql`select ${KOLOM} ${DARI} where s.instansi_id = ${ctx.instansiId} and s.id = ${id}`);
  if (!r) throw tidakDitemukan(`Butir soal nomor ${id} tidak ditemukan.`);
  return tampil(r);
}

/** Items with search (text), bank, category, status and item-analysis (perlu revisi) filters, paged. */
export async function daftarButir(ctx: Konteks, masukan: unknown) {
  lingkup(ctx, 'ujian:kelola');
  const f = uraikan(skemaDaftarButir, masukan, 'Saringan belum benar.');
  // Flagged by the item analysis of any test, in the version analysed (an item edited since is not).
  const revisi = f.analisis === 'perlu_revisi' ? await butirPerluRevisi(ctx, lingkup(ctx, 'ujian:kelola')) : null;
  const syaratRevisi = revisi
    ? sql`exists (select 1 from unnest(${revisi.map((r) => r.butirId)}::bigint[], ${revisi.map((r) => r.versi)}::int[]) as x(id, versi) where x.id = s.id and x.versi = s.versi)`
    : sql`true`;
  const syarat = sql`s.instansi_id = ${ctx.instansiId} and ${syaratRevisi}
    and (${f.bankId ?? null}::bigint is null or s.bank_id = ${f.bankId ?? null})
    and (${f.kategori ?? null}::text is null or s.kategori = ${f.kategori ?? null})
    and (${f.status ?? null}::text is null or s.status = ${f.status ?? null})
    and (${f.q ?? null}::text is null or v.teks ilike ${`%${(f.q ?? '').replace(/[\\%_]/g, (c) => `\\${c}`)}%`})`;
  const arah = f.arah === 'naik' ? sql`asc` : sql`desc`;
  const urut = f.urut === 'kategori' ? sql`s.kategori ${arah}, s.id` : f.urut === 'status' ? sql`s.status ${arah}, s.id` : sql`s.diubah_pada ${arah}, s.id desc`;
  const page = f.page ?? 1;
  const [t, rows] = await Promise.all([
    ctx.db.one<{ n: number }>(sql`select count(*)::int as n ${DARI} where ${syarat}`),
    ctx.db.many<BarisButir>(sql`select ${KOLOM} ${DARI} where ${syarat} order by ${urut} limit ${f.limit} offset ${(page - 1) * f.limit}`),
  ]);
  return { items: rows.map(tampil), total: t.n, page, limit: f.limit };
}

type Masukan = z.output<typeof skemaSimpanButir>;

/** Checks an item against its bank; every problem in Indonesian. */
export async function periksaButir(ctx: Konteks, f: Masukan, db: Db = ctx.db) {
  const bank = await ambilBankDi(ctx, f.bankId, db);
  const masalah = periksaOpsi(f.kategori, f.jenis, f.opsi);
  const k = periksaKategori(bank, f.kategori);
  if (k) masalah.unshift({ kolom: 'kategori', pesan: k });
  return masalah;
}

async function ambilBankDi(ctx: Konteks, id: number, db: Db) {
  try {
    return await ambilBank({ ...ctx, db }, id);
  } catch {
    throw tidakValid('Butir soal belum benar.', [{ kolom: 'bankId', pesan: 'bank soal tidak ditemukan' }]);
  }
}

/** Writes a new item (version 1) in `tx`; the imports use it for every row (a QTI item with its image, stored first). */
export async function tulisButirBaru(ctx: Konteks, tx: Db, f: Masukan, gambarId: number | null = null): Promise<number> {
  const r = await tx.one<{ id: number }>(sql`insert into butir_soal (instansi_id, bank_id, kategori, status, versi, dibuat_pada, diubah_pada)
    values (${ctx.instansiId}, ${f.bankId}, ${f.kategori}, 'draf', 1, ${ctx.sekarang()}, ${ctx.sekarang()}) returning id`);
  await tulisVersi(ctx, tx, r.id, 1, f, gambarId);
  return r.id;
}

async function tulisVersi(ctx: Konteks, tx: Db, id: number, versi: number, f: Masukan, gambarId: number | null) {
  const p = ctx.pemanggil;
  await tx.run(sql`insert into versi_butir (instansi_id, butir_id, versi, teks, jenis, opsi, pembahasan, gambar_id, acak_opsi, dibuat_oleh, dibuat_pada)
    values (${ctx.instansiId}, ${id}, ${versi}, ${f.teks}, ${f.jenis}, ${JSON.stringify(f.opsi)}::jsonb, ${f.pembahasan}, ${gambarId}, ${f.acakOpsi},
            ${p && !p.sistem ? p.akunId : null}, ${ctx.sekarang()})`);
}

/**
 * A new item (id absent) or a new version of one (id given, at the version seen): the old version
 * stays as it was (attempts keep the version they drew) and the item goes back to draf, to be
 * reviewed again before it is live. The image of the version before is kept unless replaced.
 */
export async function simpanButir(ctx: Konteks, masukan: unknown, id?: number) {
  lingkup(ctx, 'ujian:kelola');
  const f = uraikan(skemaSimpanButir, masukan, 'Butir soal belum benar.');
  const hasil = await ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const masalah = await periksaButir(ctx, f, tx);
    if (masalah.length) throw tidakValid('Butir soal belum benar.', masalah);
    if (id === undefined) {
      const baru = await tulisButirBaru(ctx, tx, f);
      await catatAudit(c, { aksi: 'butir_soal.tambah', entitas: 'butir_soal', entitasId: baru, sesudah: { bank: f.bankId, kategori: f.kategori, teks: f.teks } });
      return baru;
    }
    const lama = await tx.maybeOne<{ versi: number, bankId: number, teks: string, gambarId: number | null }>(sql`
      select s.versi, s.bank_id as "bankId", v.teks, v.gambar_id as "gambarId" from butir_soal s
        join versi_butir v on v.instansi_id = s.instansi_id and v.butir_id = s.id and v.versi = s.versi
       where s.instansi_id = ${ctx.instansiId} and s.id = ${id} for update of s`);
    if (!lama) throw tidakDitemukan(`Butir soal nomor ${id} tidak ditemukan.`);
    if (f.versi !== undefined && f.versi !== lama.versi) throw konflik('Butir ini sudah diubah sejak Anda membukanya. Muat ulang lalu periksa lagi.');
    const versi = lama.versi + 1;
    await tulisVersi(ctx, tx, id, versi, f, lama.gambarId);
    await tx.run(sql`update butir_soal set bank_id = ${f.bankId}, kategori = ${f.kategori}, versi = ${versi}, status = 'draf', diubah_pada = ${ctx.sekarang()}
      where instansi_id = ${ctx.instansiId} and id = ${id}`);
    await catatAudit(c, { aksi: 'butir_soal.ubah', entitas: 'butir_soal', entitasId: id, sebelum: { versi: lama.versi, teks: lama.teks },
      sesudah: { versi, teks: f.teks, kategori: f.kategori } });
    return id;
  });
  return ambilButir(ctx, hasil);
}

/**
 * Four eyes: the version going live is approved by someone other than who wrote it (its author, or
 * the editor who made this version). A version written by the system (demo, bench) has no author.
 */
async function periksaEmpatMata(ctx: Konteks, tx: Db, id: number, versi: number) {
  const p = wajibMasuk(ctx);
  if (p.sistem) return;
  const v = await tx.one<{ penulis: number | null }>(sql`select dibuat_oleh::int as penulis from versi_butir where instansi_id = ${ctx.instansiId} and butir_id = ${id}
    and versi = ${versi}`);
  if (v.penulis !== null && v.penulis === Number(p.akunId)) {
    throw terlarang(`Versi ${versi} butir ini Anda tulis sendiri. Butir harus disetujui pengelola bank soal lain (prinsip empat mata).`);
  }
}

const LANGKAH: Record<StatusButir, StatusButir[]> = { draf: ['ditinjau'], ditinjau: ['aktif', 'draf'], aktif: ['nonaktif'], nonaktif: ['aktif'] };

/** Review flow: draf -> ditinjau (sent for review) -> aktif (live, approved by someone other than the version's author) or back to draf; aktif <-> nonaktif. */
export async function ubahStatusButir(ctx: Konteks, id: number, masukan: unknown) {
  lingkup(ctx, 'ujian:kelola');
  const f = uraikan(skemaUbahStatusButir, masukan, 'Status belum benar.');
  await ctx.db.transaction(async (tx) => {
    const lama = await tx.maybeOne<{ status: StatusButir, versi: number }>(sql`select status, versi from butir_soal
      where instansi_id = ${ctx.instansiId} and id = ${id} for update`);
    if (!lama) throw tidakDitemukan(`Butir soal nomor ${id} tidak ditemukan.`);
    if (lama.versi !== f.versi) throw konflik('Butir ini sudah diubah sejak Anda membukanya. Muat ulang lalu periksa lagi.');
    if (!LANGKAH[lama.status].includes(f.status)) {
      throw konflik(
        `Butir berstatus ${LABEL_STATUS_BUTIR[lama.status].toLowerCase()} tidak dapat menjadi ${LABEL_STATUS_BUTIR[f.status].toLowerCase()}.`
          + (f.status === 'aktif' && lama.status === 'draf' ? ' Ajukan untuk ditinjau terlebih dahulu.' : ''),
      );
    }
    if (lama.status === 'ditinjau' && f.status === 'aktif') await periksaEmpatMata(ctx, tx, id, lama.versi);
    await tx.run(sql`update butir_soal set status = ${f.status}, diubah_pada = ${ctx.sekarang()} where instansi_id = ${ctx.instansiId} and id = ${id}`);
    await catatAudit(denganDb(ctx, tx), { aksi: 'butir_soal.ubah_status', entitas: 'butir_soal', entitasId: id, sebelum: { status: lama.status },
      sesudah: { status: f.status, versi: lama.versi } });
  });
  return ambilButir(ctx, id);
}
