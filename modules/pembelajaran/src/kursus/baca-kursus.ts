import { sql } from '@simasn/db';
import { halamanSql, lingkup, tidakDitemukan, uraikan, type Konteks } from '@simasn/platform';
import { skemaDaftarKursus } from '../pembelajaran.types.ts';

/** BKD's list of courses (search by title/code, filter by status, paged) and one course with its modules and quiz keys. */
export async function daftarKursus(ctx: Konteks, masukan: unknown) {
  lingkup(ctx, 'pembelajaran:kelola');
  const f = uraikan(skemaDaftarKursus, masukan);
  const q = f.q ? `%${f.q.toLowerCase()}%` : null;
  return halamanSql<
    { id: number, kode: string, judul: string, jp: number, jenisDiklat: number, status: 'draf' | 'terbit' | 'arsip', sasaran: 'semua' | 'unit' | 'jabatan', modul: number,
      peserta: number, lulus: number },
    (typeof f)['urut'] & string
  >(ctx, f, { kolom: sql`k.id::int as id, k.kode, k.judul, k.jp, k.jenis_diklat as "jenisDiklat", k.status, k.sasaran,
               (select count(*)::int from kursus_modul m where m.instansi_id = k.instansi_id and m.kursus_id = k.id) as modul,
               (select count(*)::int from kursus_peserta p where p.instansi_id = k.instansi_id and p.kursus_id = k.id) as peserta,
               (select count(*)::int from kursus_peserta p where p.instansi_id = k.instansi_id and p.kursus_id = k.id and p.selesai_pada is not null) as lulus`,
    dari: sql`from kursus k`, syarat: sql`k.instansi_id = ${ctx.instansiId} and (${f.status ?? null}::text is null or k.status = ${f.status ?? null})
                and (${q}::text is null or lower(k.judul) like ${q} or lower(k.kode) like ${q})`,
    urut: { judul: sql`k.judul`, kode: sql`k.kode`, jp: sql`k.jp`,
      peserta: sql`(select count(*) from kursus_peserta p where p.instansi_id = k.instansi_id and p.kursus_id = k.id)` }, bawaan: 'judul', pemutus: sql`k.id` });
}

export async function ambilKursusAdmin(ctx: Konteks, id: number) {
  lingkup(ctx, 'pembelajaran:kelola');
  const k = await ctx.db.maybeOne<
    { id: number, kode: string, judul: string, deskripsi: string, penyelenggara: string, jenisDiklat: number, jenisIpAsn: 'kepemimpinan' | 'fungsional' | 'teknis' | 'seminar',
      jp: number, kompetensi: string[], sasaran: 'semua' | 'unit' | 'jabatan', sasaranId: (number | string)[], status: 'draf' | 'terbit' | 'arsip', versi: number, peserta: number,
      lulus: number }
  >(sql`
    select k.id::int as id, k.kode, k.judul, k.deskripsi, k.penyelenggara, k.jenis_diklat as "jenisDiklat", k.jenis_ipasn as "jenisIpAsn", k.jp, k.kompetensi,
           k.sasaran, k.sasaran_id as "sasaranId", k.status, k.versi,
           (select count(*)::int from kursus_peserta p where p.instansi_id = k.instansi_id and p.kursus_id = k.id) as peserta,
           (select count(*)::int from kursus_peserta p where p.instansi_id = k.instansi_id and p.kursus_id = k.id and p.selesai_pada is not null) as lulus
      from kursus k where k.instansi_id = ${ctx.instansiId} and k.id = ${id}`);
  if (!k) throw tidakDitemukan('Kursus tidak ditemukan.');
  const prasyarat = await ctx.db.many<{ id: number }>(sql`select prasyarat_id::int as id from kursus_prasyarat where instansi_id = ${ctx.instansiId} and kursus_id = ${id}
                                                          order by prasyarat_id`);
  const modul = await ctx.db.many<
    { id: number, urutan: number, judul: string, jenis: 'teks' | 'pdf' | 'video' | 'kuis', isi: string, nilaiLulus: number | null, pdfNama: string | null }
  >(sql`
    select id::int as id, urutan, judul, jenis, isi, nilai_lulus as "nilaiLulus", pdf_nama as "pdfNama"
      from kursus_modul where instansi_id = ${ctx.instansiId} and kursus_id = ${id} order by urutan`);
  const soal = await ctx.db.many<{ modulId: number, pertanyaan: string, pilihan: string[], kunci: number[], pembahasan: string }>(sql`
    select s.modul_id::int as "modulId", s.pertanyaan, s.pilihan, s.kunci, s.pembahasan
      from kursus_soal s join kursus_modul m on m.instansi_id = s.instansi_id and m.id = s.modul_id
     where s.instansi_id = ${ctx.instansiId} and m.kursus_id = ${id} order by s.modul_id, s.urutan`);
  return { ...k, sasaranId: k.sasaranId.map(Number), prasyarat: prasyarat.map((p) => p.id),
    modul: modul.map((m) => ({ ...m, soal: soal.filter((s) => s.modulId === m.id).map(({ modulId: _, ...s }) => ({ ...s, kunci: s.kunci.map(Number) })) })) };
}
