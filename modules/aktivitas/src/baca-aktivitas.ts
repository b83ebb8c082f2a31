import { sql } from '@simasn/db';
import { hariIniIso, tambahHari } from '@simasn/domain';
import type { Konteks } from '@simasn/platform';
import { aturanAktivitas, LABEL_STATUS_AKTIVITAS, type StatusAktivitas } from './aturan-aktivitas.ts';

export interface BarisAktivitas {
  id: number;
  pegawaiId: number;
  nip: string;
  nama: string;
  tanggal: string;
  uraian: string;
  kuantitas: number;
  satuan: string;
  jamMulai: string;
  jamSelesai: string;
  buktiId: number | null;
  namaBukti: string | null;
  hasilSkpId: number | null;
  status: StatusAktivitas;
  alasanTolak: string | null;
  versi: number;
  diajukanPada: string | null;
}

export const KOLOM_AKTIVITAS = sql`a.id, a.pegawai_id as "pegawaiId", p.nip, p.nama, a.tanggal::text as tanggal, a.uraian, a.kuantitas, a.satuan,
  to_char(a.jam_mulai, 'HH24:MI') as "jamMulai", to_char(a.jam_selesai, 'HH24:MI') as "jamSelesai", a.bukti_id as "buktiId",
  (select d.nama_berkas from dokumen_bukti d where d.instansi_id = a.instansi_id and d.id = a.bukti_id) as "namaBukti", a.hasil_skp_id as "hasilSkpId",
  a.status, a.alasan_tolak as "alasanTolak", a.versi, a.diajukan_pada as "diajukanPada"`;

export const DARI_AKTIVITAS = sql`from aktivitas_harian a join pegawai p on p.instansi_id = a.instansi_id and p.id = a.pegawai_id`;

/** The earliest day whose activities may still be recorded today (the entry window, rule data). */
export function batasIsi(ctx: Konteks): string {
  return tambahHari(hariIniIso(ctx.sekarang(), ctx.zona), -aturanAktivitas().jendelaIsiHari);
}

export function tampilAktivitas(ctx: Konteks, r: BarisAktivitas) {
  const p = ctx.pemanggil;
  const milik = !!p && !p.sistem && p.pegawaiId === r.pegawaiId;
  const bolehUbah = milik && (r.status === 'konsep' || r.status === 'ditolak') && r.tanggal >= batasIsi(ctx) && r.tanggal <= hariIniIso(ctx.sekarang(), ctx.zona);
  return { ...r, kuantitas: Number(r.kuantitas), labelStatus: LABEL_STATUS_AKTIVITAS[r.status], bolehUbah };
}

/**
 * One employee's activities, for another module that has already decided the caller may see them
 * (kinerja: the activities an ASN linked to an RHK of their SKP): by id, or between two dates.
 * No reach check of its own; newest first, at most 2.000.
 */
export async function bacaAktivitasPegawai(ctx: Konteks, pegawaiId: number, pilih: { ids?: readonly number[], dari?: string, sampai?: string }) {
  if (pilih.ids && !pilih.ids.length) return [];
  const rows = await ctx.db.many<BarisAktivitas>(sql`select ${KOLOM_AKTIVITAS} ${DARI_AKTIVITAS}
    where a.instansi_id = ${ctx.instansiId} and a.pegawai_id = ${pegawaiId}
      ${pilih.ids ? sql`and a.id = any(${[...pilih.ids]}::bigint[])` : sql``}
      ${pilih.dari ? sql`and a.tanggal >= ${pilih.dari}::date` : sql``} ${pilih.sampai ? sql`and a.tanggal <= ${pilih.sampai}::date` : sql``}
    order by a.tanggal desc, a.jam_mulai desc, a.id desc limit 2000`);
  return rows.map((r) => ({ ...r, kuantitas: Number(r.kuantitas), labelStatus: LABEL_STATUS_AKTIVITAS[r.status] }));
}
