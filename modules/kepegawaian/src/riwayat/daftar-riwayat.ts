import { raw, sql, type Sql } from '@simasn/db';
import { lingkup, syaratLingkup, type Konteks } from '@simasn/platform';
import { bersihkanNip } from '@simasn/domain';
import { DEFINISI_RIWAYAT, type JenisRiwayat } from './jenis-riwayat.ts';
import { dariKolom } from './kolom-riwayat.ts';

/** Extra columns shown in lists, by kind (names of the jabatan and unit for riwayat jabatan). */
const TAMBAHAN: Partial<Record<JenisRiwayat, { kolom: Sql, gabung: Sql, kunci: string[] }>> = {
  jabatan: { kolom: sql`, jb.nama as "namaJabatan", jb.jenis as "jenisJabatan", jb.eselon, jb.jenjang, u.nama as "namaUnit"`,
    gabung: sql`join jabatan jb on jb.instansi_id = r.instansi_id and jb.id = r.jabatan_id
                join unit_organisasi u on u.instansi_id = r.instansi_id and u.id = r.unit_id`, kunci: ['namaJabatan', 'jenisJabatan', 'eselon', 'jenjang', 'namaUnit'] },
  hukdis: { kolom: sql``, gabung: sql``, kunci: ['tingkat'] },
};

export interface BarisRiwayat {
  id: number;
  versi: number;
  sumber: string;
  data: Record<string, unknown>;
  tambahan: Record<string, unknown>;
  berkas: { id: number, namaBerkas: string, ukuran: number }[];
}

/**
 * One employee's riwayat of one kind. Family data needs the personal-data permission; the other
 * kinds need read access. The reach is part of the query: rows of an employee outside it are
 * simply not there.
 */
export async function daftarRiwayat(ctx: Konteks, nip: string, jenis: JenisRiwayat): Promise<BarisRiwayat[]> {
  const l = lingkup(ctx, jenis === 'keluarga' ? 'pegawai:data_pribadi' : 'pegawai:baca');
  const def = DEFINISI_RIWAYAT[jenis];
  const t = TAMBAHAN[jenis];
  const rows = await ctx.db.many<Record<string, unknown> & { id: number, versi: number, sumber: string, berkas: unknown }>(sql`
    select r.*, coalesce((select json_agg(json_build_object('id', b.id, 'namaBerkas', b.nama_berkas, 'ukuran', b.ukuran) order by b.id)
                            from berkas b where b.instansi_id = r.instansi_id and b.pegawai_id = r.pegawai_id
                             and b.riwayat_jenis = ${jenis} and b.riwayat_id = r.id), '[]'::json) as berkas
           ${t?.kolom ?? sql``}
      from ${raw(def.tabel)} r
      join pegawai p on p.instansi_id = r.instansi_id and p.id = r.pegawai_id
      ${t?.gabung ?? sql``}
     where p.instansi_id = ${ctx.instansiId} and p.nip = ${bersihkanNip(nip)} and ${syaratLingkup(l)}
     order by ${raw(def.urutan)}`);
  return rows.map((r) => {
    const tambahan = Object.fromEntries((t?.kunci ?? []).map((k) => [k, r[k] ?? null]));
    return { id: r.id, versi: r.versi, sumber: r.sumber, data: dariKolom(jenis, r), tambahan,
      berkas: (typeof r.berkas === 'string' ? JSON.parse(r.berkas) : r.berkas) as BarisRiwayat['berkas'] };
  });
}
