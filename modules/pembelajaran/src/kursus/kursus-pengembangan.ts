import { sql } from '@simasn/db';
import type { Konteks } from '@simasn/platform';

/**
 * The published courses of the caller's instansi that develop each of the given competency codes
 * (the `kompetensi` a course names): what a competency development suggestion offers. Course
 * titles are not personal data; the caller has checked who may read the suggestion.
 */
export async function kursusPengembangan(ctx: Konteks,
  kodeKompetensi: readonly string[]): Promise<Map<string, { id: string, judul: string, jp: number | null, alamat: string }[]>>
{
  const hasil = new Map<string, { id: string, judul: string, jp: number | null, alamat: string }[]>();
  if (kodeKompetensi.length === 0) return hasil;
  const baris = await ctx.db.many<{ kode: string, id: number, judul: string, jp: number }>(sql`
    select k2.kode, k.id::int as id, k.judul, k.jp::float8 as jp
    from kursus k cross join lateral unnest(k.kompetensi) as k2(kode)
    where k.instansi_id = ${ctx.instansiId} and k.status = 'terbit' and k2.kode = any(${[...kodeKompetensi]}::text[])
    order by k2.kode, k.judul, k.id`);
  for (const b of baris) {
    const daftar = hasil.get(b.kode) ?? [];
    daftar.push({ id: String(b.id), judul: b.judul, jp: b.jp === null ? null : Number(b.jp), alamat: `/pembelajaran/kursus/${b.id}` });
    hasil.set(b.kode, daftar);
  }
  return hasil;
}
