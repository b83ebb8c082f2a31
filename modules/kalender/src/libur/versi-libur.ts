import { sql, type Db } from '@simasn/db';
import type { HariLibur, JenisLibur } from '@simasn/domain';
import type { Konteks } from '@simasn/platform';

export interface IsiVersiLibur {
  tahun: number;
  sumber: 'bawaan' | 'impor' | 'ubah';
  keterangan: string;
  ramadan: { dari: string, sampai: string } | null;
  hari: readonly HariLibur[];
}

export interface BarisVersiLibur {
  id: number;
  tahun: number;
  versi: number;
  sumber: 'bawaan' | 'impor' | 'ubah';
  keterangan: string;
  ramadan_dari: string | null;
  ramadan_sampai: string | null;
  dibuat_pada: Date;
  jumlah_hari: number;
}

/** The versions of a year's list, newest first. */
export function daftarVersiLibur(db: Db, instansiId: number, tahun: number) {
  return db.many<BarisVersiLibur>(sql`
    select d.id, d.tahun, d.versi, d.sumber, d.keterangan, d.ramadan_dari, d.ramadan_sampai, d.dibuat_pada,
           (select count(*)::int from hari_libur h where h.instansi_id = d.instansi_id and h.daftar_id = d.id) as jumlah_hari
      from daftar_libur d where d.instansi_id = ${instansiId} and d.tahun = ${tahun} order by d.versi desc`);
}

export function hariVersiLibur(db: Db, instansiId: number, daftarId: number) {
  return db.many<{ tanggal: string, nama: string, jenis: JenisLibur }>(sql`
    select tanggal, nama, jenis from hari_libur where instansi_id = ${instansiId} and daftar_id = ${daftarId} order by tanggal`);
}

/**
 * Writes a new version of a year's list (the next number; the highest is in force). Call inside
 * the caller's transaction; the year's row lock keeps two writers from taking the same number.
 */
export async function tulisVersiLibur(ctx: Konteks, isi: IsiVersiLibur): Promise<{ id: number, versi: number }> {
  await ctx.db.run(sql`select pg_advisory_xact_lock(${7017}, ${ctx.instansiId * 10000 + isi.tahun})`);
  const akhir = await ctx.db.one<{ n: number }>(sql`select coalesce(max(versi), 0)::int as n from daftar_libur where instansi_id = ${ctx.instansiId} and tahun = ${isi.tahun}`);
  const p = ctx.pemanggil;
  const d = await ctx.db.one<{ id: number }>(sql`
    insert into daftar_libur (instansi_id, tahun, versi, sumber, keterangan, ramadan_dari, ramadan_sampai, dibuat_pada, dibuat_oleh)
    values (${ctx.instansiId}, ${isi.tahun}, ${akhir.n + 1}, ${isi.sumber}, ${isi.keterangan}, ${isi.ramadan?.dari ?? null}, ${isi.ramadan?.sampai ?? null},
            ${ctx.sekarang()}, ${p && !p.sistem ? p.akunId : null}) returning id`);
  if (isi.hari.length) {
    await ctx.db.run(sql`
      insert into hari_libur (instansi_id, daftar_id, tanggal, nama, jenis)
      select ${ctx.instansiId}, ${d.id}, x.tanggal::date, x.nama, x.jenis
        from jsonb_to_recordset(${JSON.stringify(isi.hari)}::jsonb) as x(tanggal text, nama text, jenis text)`);
  }
  return { id: d.id, versi: akhir.n + 1 };
}
