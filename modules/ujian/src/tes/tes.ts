import { raw, sql, type Db, type Sql } from '@simasn/db';
import { type AturanCat, periksaAturanCat } from '@simasn/domain';
import { catatAudit, denganDb, lingkup, tidakDitemukan, tidakValid, uraikan, wajibMasuk, type Konteks, type MasalahIsian } from '@simasn/platform';
import type { z } from 'zod';
import { namaKategori } from '../bank/aturan-butir.ts';
import { type skemaKategoriTes, skemaTambahTes } from '../ujian.types.ts';

export type KategoriTes = z.output<typeof skemaKategoriTes>;
export type Sasaran = { jenis: 'semua' } | { jenis: 'unit' | 'jabatan', ids: number[] };

export interface BarisTes {
  id: number;
  judul: string;
  kategori: KategoriTes[];
  menit: number;
  urutanKategori: 'blok' | 'campur';
  dibukaPada: Date;
  ditutupPada: Date;
  sasaran: Sasaran;
  jp: number | null;
  jenisDiklat: number | null;
}

export const KOLOM_TES = sql`t.id, t.judul, t.kategori, t.menit, t.urutan_kategori as "urutanKategori", t.dibuka_pada as "dibukaPada", t.ditutup_pada as "ditutupPada",
  t.sasaran, t.jp::float8 as jp, t.jenis_diklat as "jenisDiklat"`;

/** The test's shape as the domain's CAT rule set (scoring and the draw). */
export function aturanTes(t: Pick<BarisTes, 'id' | 'judul' | 'kategori' | 'menit' | 'urutanKategori' | 'dibukaPada'>): AturanCat {
  return { id: `tes-${t.id}`, nama: t.judul, dasarHukum: 'Tes yang disusun instansi', berlakuMulai: t.dibukaPada.toISOString().slice(0, 10), menit: t.menit,
    urutanKategori: t.urutanKategori,
    kategori: t.kategori.map((k) => ({ kode: k.kode, nama: k.nama, jumlahButir: k.jumlahButir, penilaian: k.penilaian, ambangBatas: k.ambangBatas })) };
}

/** Whether the pegawai (alias `p`) is among those a test (alias `t`) is for: everyone, units (and below) or jabatan. */
export const syaratSasaran = (t = 't', p = 'p'): Sql =>
  sql`(${raw(t)}.sasaran->>'jenis' = 'semua'
    or (${raw(t)}.sasaran->>'jenis' = 'jabatan' and ${raw(p)}.jabatan_id in (select x::bigint from jsonb_array_elements_text(${raw(t)}.sasaran->'ids') x))
    or (${raw(t)}.sasaran->>'jenis' = 'unit' and exists (select 1 from unit_organisasi u where u.instansi_id = ${raw(p)}.instansi_id
          and u.id in (select x::bigint from jsonb_array_elements_text(${raw(t)}.sasaran->'ids') x) and ${raw(p)}.jalur_unit like u.jalur || '%')))`;

async function jumlahAktif(db: Db, instansiId: number, bankId: number, kategori: string): Promise<number> {
  return (await db.one<{ n: number }>(sql`select count(*)::int as n from butir_soal where instansi_id = ${instansiId} and bank_id = ${bankId} and kategori = ${kategori}
    and status = 'aktif'`)).n;
}

/** A CAT test: categories drawn from banks (N items each), scoring and pass marks, time, window, who takes it, JP when passed. */
export async function tambahTes(ctx: Konteks, masukan: unknown) {
  lingkup(ctx, 'ujian:kelola');
  const f = uraikan(skemaTambahTes, masukan, 'Tes belum benar.');
  const masalah: MasalahIsian[] = [];
  const aturan = aturanTes({ id: 0, judul: f.judul, kategori: f.kategori, menit: f.menit, urutanKategori: f.urutanKategori, dibukaPada: f.dibukaPada });
  for (const m of periksaAturanCat(aturan)) masalah.push({ kolom: 'kategori', pesan: m });
  for (const [i, k] of f.kategori.entries()) {
    const n = await jumlahAktif(ctx.db, ctx.instansiId, k.bankId, k.kode);
    if (n < k.jumlahButir) masalah.push({ kolom: `kategori.${i}.jumlahButir`, pesan: `bank soal hanya berisi ${n} butir aktif ${k.kode}, tes memerlukan ${k.jumlahButir}` });
  }
  if (f.jp !== null && f.jenisDiklat === null) masalah.push({ kolom: 'jenisDiklat', pesan: 'pilih jenis diklat untuk JP tes ini' });
  if (masalah.length) throw tidakValid('Tes belum benar.', masalah);
  const kategori = f.kategori.map((k) => ({ ...k, nama: k.nama || namaKategori(k.kode) }));
  const id = await ctx.db.transaction(async (tx) => {
    const r = await tx.one<{ id: number }>(sql`insert into tes_ujian (instansi_id, judul, kategori, menit, urutan_kategori, dibuka_pada, ditutup_pada, sasaran, jp,
      jenis_diklat, dibuat_pada) values (${ctx.instansiId}, ${f.judul}, ${JSON.stringify(kategori)}::jsonb, ${f.menit}, ${f.urutanKategori}, ${f.dibukaPada},
      ${f.ditutupPada}, ${JSON.stringify(f.sasaran)}::jsonb, ${f.jp}, ${f.jenisDiklat}, ${ctx.sekarang()}) returning id`);
    await catatAudit(denganDb(ctx, tx), { aksi: 'tes_ujian.tambah', entitas: 'tes_ujian', entitasId: r.id,
      sesudah: { judul: f.judul, menit: f.menit, kategori: kategori.map((k) => `${k.kode} ${k.jumlahButir}`).join(', '), dibuka: f.dibukaPada, ditutup: f.ditutupPada } });
    return r.id;
  });
  return (await daftarTes(ctx, id)).items[0]!;
}

export async function ambilTes(db: Db, instansiId: number, id: number): Promise<BarisTes> {
  const t = await db.maybeOne<BarisTes>(sql`select ${KOLOM_TES} from tes_ujian t where t.instansi_id = ${instansiId} and t.id = ${id}`);
  if (!t) throw tidakDitemukan(`Tes nomor ${id} tidak ditemukan.`);
  return t;
}

/** Every test with its participant counts (ujian:kelola or ujian:awasi). */
export async function daftarTes(ctx: Konteks, id?: number) {
  wajibMasuk(ctx);
  const rows = await ctx.db.many<BarisTes & { peserta: number, selesai: number }>(sql`
    select ${KOLOM_TES}, (select count(*)::int from percobaan_ujian c where c.instansi_id = t.instansi_id and c.tes_id = t.id) as peserta,
           (select count(*)::int from percobaan_ujian c where c.instansi_id = t.instansi_id and c.tes_id = t.id and c.status = 'selesai') as selesai
      from tes_ujian t where t.instansi_id = ${ctx.instansiId} and (${id ?? null}::bigint is null or t.id = ${id ?? null})
     order by t.dibuka_pada desc, t.id desc`);
  return { items: rows };
}
