import { sql } from '@simasn/db';
import { type JenisDiklat, jenisDiklatSiasn } from '@simasn/domain';
import { tidakValid, type Konteks } from '@simasn/platform';
import type { PegawaiInti } from '../pegawai/pegawai-dalam-lingkup.ts';
import { sisipRiwayat, type SumberData } from './tulis-riwayat.ts';

/**
 * The one door by which competency development done elsewhere in SIMASN (a course finished, a
 * verified external training, a test that counts) becomes a riwayat diklat: the row IP ASN and the
 * 20 JP pages read. It records the SIASN jenisDiklat (1-25) and what wrote it (`sumberRef`, e.g.
 * `kursus:12`); the same `sumberRef` written twice gives back the first row (idempotent), so a
 * retried completion never counts twice. No permission check: the caller decided who may.
 */
export interface DiklatPengembangan {
  /** IP ASN item (riwayat_diklat.jenis). */
  jenis: JenisDiklat;
  /** SIASN jenisDiklat 1-25. */
  jenisDiklatSiasn: number;
  nama: string;
  penyelenggara: string | null;
  tanggalMulai: string;
  tanggalSelesai: string;
  jumlahJp: number;
  nomorSertifikat: string | null;
  sumber: SumberData;
  sumberRef: string;
}

export async function catatDiklatPengembangan(ctx: Konteks, pegawai: PegawaiInti, d: DiklatPengembangan): Promise<{ id: number, baru: boolean }> {
  if (!jenisDiklatSiasn(d.jenisDiklatSiasn).ok) {
    throw tidakValid('Jenis diklat SIASN tidak dikenal.', [{ kolom: 'jenisDiklatSiasn', pesan: 'kode SIASN 1 sampai 25' }]);
  }
  const ada = await ctx.db.maybeOne<{ id: number }>(sql`
    select id from riwayat_diklat where instansi_id = ${ctx.instansiId} and sumber_ref = ${d.sumberRef}`);
  if (ada) return { id: Number(ada.id), baru: false };
  const r = await sisipRiwayat(ctx, pegawai, 'diklat', { jenis: d.jenis, nama: d.nama, tingkat: null, penyelenggara: d.penyelenggara, tanggalMulai: d.tanggalMulai,
    tanggalSelesai: d.tanggalSelesai, jumlahJp: d.jumlahJp, nomorSertifikat: d.nomorSertifikat }, d.sumber);
  await ctx.db.run(sql`update riwayat_diklat set jenis_diklat_siasn = ${d.jenisDiklatSiasn}, sumber_ref = ${d.sumberRef}
                        where instansi_id = ${ctx.instansiId} and id = ${r.id}`);
  return { id: Number(r.id), baru: true };
}

/** The SIASN kind of a riwayat typed in without one, from its IP ASN item (all classical). */
export const SIASN_DARI_JENIS: Record<JenisDiklat, number> = { kepemimpinan: 1, fungsional: 2, teknis: 3, seminar: 9 };

/** One riwayat diklat as the 20 JP count reads it. */
export interface DiklatJp {
  id: number;
  pegawaiId: number;
  nama: string;
  jenis: JenisDiklat;
  jenisDiklatSiasn: number;
  penyelenggara: string | null;
  tanggalMulai: string;
  tanggalSelesai: string;
  jumlahJp: number;
  nomorSertifikat: string | null;
  sumber: string;
}

/** The riwayat diklat ending in a year of the given employees (already in the caller's reach). */
export async function daftarDiklatTahun(ctx: Konteks, pegawaiId: readonly number[], tahun: number): Promise<DiklatJp[]> {
  if (!pegawaiId.length) return [];
  const baris = await ctx.db.many<Omit<DiklatJp, 'jenisDiklatSiasn'> & { siasn: number | null }>(sql`
    select id, pegawai_id as "pegawaiId", nama, jenis, jenis_diklat_siasn as siasn, penyelenggara, to_char(tanggal_mulai, 'YYYY-MM-DD') as "tanggalMulai",
           to_char(tanggal_selesai, 'YYYY-MM-DD') as "tanggalSelesai", coalesce(jumlah_jp, 0)::int as "jumlahJp", nomor_sertifikat as "nomorSertifikat", sumber
      from riwayat_diklat
     where instansi_id = ${ctx.instansiId} and pegawai_id = any(${pegawaiId.map(Number)})
       and tanggal_selesai >= ${`${tahun}-01-01`}::date and tanggal_selesai <= ${`${tahun}-12-31`}::date
     order by tanggal_selesai, id`);
  return baris.map(({ siasn, ...b }) => ({ ...b, id: Number(b.id), pegawaiId: Number(b.pegawaiId), jenisDiklatSiasn: siasn ?? SIASN_DARI_JENIS[b.jenis] }));
}
