import { bacaBanyak, sql, type Db } from '@simasn/db';

/**
 * The gaji pokok in force on a day (the latest riwayat gaji with TMT on or before it) for every
 * pegawai of the instansi (or one): the month's gaji for the TPP's BPJS cap (modules/tpp).
 */
export async function gajiPokokPada(db: Db, instansiId: number, tanggal: string, pegawaiId?: number): Promise<Map<number, { gajiPokok: number, tmt: string }>> {
  const baris = await bacaBanyak<{ pegawai_id: string | number, gaji_pokok: string | number, tmt: string }>(db, sql`
    select distinct on (pegawai_id) pegawai_id, gaji_pokok, to_char(tmt, 'YYYY-MM-DD') as tmt from riwayat_gaji
     where instansi_id = ${instansiId} and tmt <= ${tanggal}::date ${pegawaiId === undefined ? sql`` : sql`and pegawai_id = ${pegawaiId}`}
     order by pegawai_id, tmt desc`);
  return new Map(baris.map((b) => [Number(b.pegawai_id), { gajiPokok: Math.round(Number(b.gaji_pokok)), tmt: b.tmt }]));
}
