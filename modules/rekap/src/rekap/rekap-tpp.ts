import { bacaBanyak, sql, type Db } from '@simasn/db';
import type { ZonaWaktu } from '@simasn/domain';
import { kerjakanAntrean } from '../hari/simpan-hari.ts';

/** A pegawai's month as the TPP needs it: the working days and absences (capaian target) and the disiplin cut. */
export interface RekapTpp {
  pegawaiId: number;
  hariKerja: number;
  hadir: number;
  dinasLuar: number;
  cuti: number;
  tugasBelajar: number;
  diklat: number;
  sakit: number;
  izin: number;
  alpa: number;
  /** RULES.md section 8: the sum of the month's cuts, at most 100 (% of the disiplin part of TPP). */
  potonganPersen: number;
  /** Check-ins still under review (their day may change). */
  menungguTinjau: number;
}

/**
 * The stored monthly rekap of every pegawai of the instansi (or one) for `bulan` (`YYYY-MM`), after
 * the late-input queue is worked off: what modules/tpp computes the month from.
 */
export async function rekapBulanTpp(db: Db, instansiId: number, zona: ZonaWaktu, sekarang: Date, bulan: string, pegawaiId?: number): Promise<Map<number, RekapTpp>> {
  await kerjakanAntrean(db, instansiId, zona, sekarang);
  const baris = await bacaBanyak<Record<string, string | number>>(db, sql`
    select pegawai_id, hari_kerja, hadir, dinas_luar, cuti, tugas_belajar, diklat, sakit, izin, alpa, potongan_persen::float8 as potongan_persen, menunggu_tinjau
      from rekap_presensi_bulan where instansi_id = ${instansiId} and bulan = ${`${bulan}-01`}::date
      ${pegawaiId === undefined ? sql`` : sql`and pegawai_id = ${pegawaiId}`}`);
  const hasil = new Map<number, RekapTpp>();
  for (const b of baris) {
    hasil.set(Number(b.pegawai_id), { pegawaiId: Number(b.pegawai_id), hariKerja: Number(b.hari_kerja), hadir: Number(b.hadir), dinasLuar: Number(b.dinas_luar),
      cuti: Number(b.cuti), tugasBelajar: Number(b.tugas_belajar), diklat: Number(b.diklat), sakit: Number(b.sakit), izin: Number(b.izin), alpa: Number(b.alpa),
      potonganPersen: Math.min(100, Math.round(Number(b.potongan_persen) * 10000) / 10000), menungguTinjau: Number(b.menunggu_tinjau) });
  }
  return hasil;
}
