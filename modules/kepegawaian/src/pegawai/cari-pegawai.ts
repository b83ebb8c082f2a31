import { join, sql, type Sql } from '@simasn/db';
import { namaLengkap } from '@simasn/domain';
import { lingkup, punyaIzin, syaratLingkup, syaratSubtreeUnit, type Izin, type Konteks, uraikan, type z } from '@simasn/platform';
import { indeksCariNik } from './data-pribadi.ts';
import { skemaCariPegawai, type FilterPegawai, type HasilCari, type ModusCari, type PegawaiRingkas } from './pegawai.types.ts';

export { skemaCariPegawai, type FilterPegawai, type HasilCari, type ModusCari, type PegawaiRingkas };

/**
 * How a text query is read: digits are a NIP prefix (16 digits are also an exact NIK, for callers
 * with the personal-data permission); words are prefixes of words of the name
 * ("sri wul" finds "Sri Wulandari", served by a full-text index); `bagian` is the fallback when
 * that finds nothing: each word anywhere inside the name (trigram index).
 */
export function modusCari(q: string | undefined): ModusCari {
  const t = q?.trim();
  if (!t) return null;
  return /^\d{2,18}$/.test(t.replace(/\s/g, '')) ? 'nip' : 'awal_kata';
}

/** Words of a query as safe tsquery prefixes: letters and digits only. */
export function kataCari(q: string): string[] {
  return q.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter(Boolean).slice(0, 6);
}

/**
 * The WHERE clause of a pegawai list: instansi, the caller's reach, and the filters. Shared by
 * the list and its export so that both always hold the same people (the dashboard uses the same
 * reach and unit conditions).
 */
export async function syaratDaftarPegawai(ctx: Konteks, f: z.output<typeof skemaCariPegawai>, izin: Izin, modus: ModusCari = modusCari(f.q)): Promise<Sql> {
  const l = lingkup(ctx, izin);
  const s: Sql[] = [sql`p.instansi_id = ${ctx.instansiId}`, syaratLingkup(l)];
  const q = f.q?.trim() ?? '';
  if (modus === 'nip') {
    const digit = q.replace(/\s/g, '');
    // NIK are stored encrypted: an exact NIK is found by its blind index, and only within the
    // caller's personal-data reach (finding a person by NIK tells that NIK is theirs).
    const pemanggil = ctx.pemanggil;
    if (digit.length === 16 && pemanggil && punyaIzin(pemanggil, 'pegawai:data_pribadi')) {
      s.push(sql`(p.nip like ${`${digit}%`} or (p.nik_indeks = any(${indeksCariNik(digit)}) and ${syaratLingkup(lingkup(ctx, 'pegawai:data_pribadi'))}))`);
    } else s.push(sql`p.nip like ${`${digit}%`}`);
  } else if (modus === 'awal_kata' || modus === 'bagian') {
    const kata = kataCari(q);
    if (!kata.length) s.push(sql`false`);
    else if (modus === 'awal_kata') s.push(sql`to_tsvector('simple', p.nama) @@ to_tsquery('simple', ${kata.map((k) => `${k}:*`).join(' & ')})`);
    else for (const k of kata) s.push(sql`p.nama ilike ${`%${k}%`}`);
  }
  if (f.unitId) s.push(await syaratSubtreeUnit(ctx, f.unitId));
  if (f.golongan) s.push(sql`p.golongan_akhir = ${f.golongan}`);
  if (f.jenisJabatan) s.push(sql`p.jenis_jabatan = ${f.jenisJabatan}`);
  if (f.status) s.push(sql`p.status_kepegawaian = ${f.status}`);
  if (f.pendidikan) s.push(sql`p.pendidikan_terakhir = ${f.pendidikan}`);
  if (f.jenisKelamin) s.push(sql`p.jenis_kelamin = ${f.jenisKelamin}`);
  if (f.kedudukan !== 'semua') s.push(sql`p.kedudukan = ${f.kedudukan}`);
  return join(s, ' and ');
}

export const KOLOM_RINGKAS = sql`
  p.nip, p.nama, p.gelar_depan, p.gelar_belakang, p.golongan_akhir, p.jenis_jabatan, p.status_kepegawaian, p.kedudukan,
  p.pendidikan_terakhir, jb.nama as jabatan, u.id as unit_id, u.nama as unit_nama, pd.id as pd_id, pd.nama as pd_nama`;
export const GABUNG_RINGKAS = sql`
  left join jabatan jb on jb.instansi_id = p.instansi_id and jb.id = p.jabatan_id
  left join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
  left join unit_organisasi pd on pd.instansi_id = p.instansi_id and pd.id = p.perangkat_daerah_id`;

/** A row selected with KOLOM_RINGKAS and GABUNG_RINGKAS (the joined jabatan and units are null when the pegawai has none). */
export interface BarisRingkas {
  nip: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  golongan_akhir: string | null;
  jenis_jabatan: string | null;
  status_kepegawaian: string;
  kedudukan: string;
  pendidikan_terakhir: string | null;
  jabatan: string | null;
  unit_id: number | null;
  unit_nama: string | null;
  pd_id: number | null;
  pd_nama: string | null;
}

export function keRingkas(r: BarisRingkas): PegawaiRingkas {
  return { nip: r.nip, nama: r.nama, namaLengkap: namaLengkap({ gelarDepan: r.gelar_depan, nama: r.nama, gelarBelakang: r.gelar_belakang }), golongan: r.golongan_akhir,
    jabatan: r.jabatan, jenisJabatan: r.jenis_jabatan, statusKepegawaian: r.status_kepegawaian, kedudukan: r.kedudukan, pendidikanTerakhir: r.pendidikan_terakhir,
    unit: r.unit_id ? { id: r.unit_id, nama: r.unit_nama! } : null, perangkatDaerah: r.pd_id ? { id: r.pd_id, nama: r.pd_nama! } : null };
}

/**
 * Search and list employees within the caller's reach: by NIP prefix or by word prefixes of the
 * name, falling back to substrings when no word starts that way. Without a text query the page
 * comes in name order from the (instansi_id, nama) index; with one, the matching rows are
 * collected once through the name index and both the count and the page are taken from them.
 */
export async function cariPegawai(ctx: Konteks, masukan: FilterPegawai): Promise<HasilCari> {
  const f = uraikan(skemaCariPegawai, masukan);
  const halaman = sql`limit ${f.limit} offset ${(f.page - 1) * f.limit}`;
  let modus = modusCari(f.q);
  if (modus === null || modus === 'nip') {
    const syarat = await syaratDaftarPegawai(ctx, f, 'pegawai:baca', modus);
    const total = await ctx.db.one<{ n: number }>(sql`select count(*)::int as n from pegawai p where ${syarat}`);
    const rows = await ctx.db.many<BarisRingkas>(sql`
      select ${KOLOM_RINGKAS} from pegawai p ${GABUNG_RINGKAS} where ${syarat} order by p.nama, p.id ${halaman}`);
    return { total: total.n, page: f.page, limit: f.limit, items: rows.map(keRingkas), modus };
  }
  for (;;) {
    const syarat = await syaratDaftarPegawai(ctx, f, 'pegawai:baca', modus);
    const rows = await ctx.db.many<BarisRingkas & { total: number }>(sql`
      with cocok as materialized (select p.id, p.nama from pegawai p where ${syarat})
      select (select count(*)::int from cocok) as total, ${KOLOM_RINGKAS}
        from (select id, nama from cocok order by nama, id ${halaman}) c
        join pegawai p on p.instansi_id = ${ctx.instansiId} and p.id = c.id
        ${GABUNG_RINGKAS}
       order by c.nama, c.id`);
    const total = rows[0]?.total ?? (await ctx.db.one<{ n: number }>(sql`
      with cocok as materialized (select p.id from pegawai p where ${syarat}) select count(*)::int as n from cocok`)).n;
    if (total === 0 && modus === 'awal_kata' && (f.q?.trim().length ?? 0) >= 3) {
      modus = 'bagian';
      continue;
    }
    return { total, page: f.page, limit: f.limit, items: rows.map(keRingkas), modus };
  }
}
