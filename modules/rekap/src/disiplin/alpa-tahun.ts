import { sql, type Db } from '@simasn/db';
import { ambangHukdisBerikutnya, ATURAN_PRESENSI, ATURAN_PRESENSI_BAWAAN, usulanHukdis, type UsulanHukdis } from '@simasn/domain';

export interface AlpaTahun {
  alpaSetahun: number;
  /** Longest run of alpa over consecutive working days of the year (days off in between do not break it). */
  alpaBerturutMaks: number;
  usulan: UsulanHukdis | null;
  /** Alpa days left before the next step of the ladder (null at the top). */
  sisaKeAmbang: number | null;
}

/** PP 94/2021 per pegawai for a calendar year, from the stored (closed) days: alpa count, longest run, the proposed step. */
export async function alpaTahun(db: Db, instansiId: number, pegawaiIds: readonly number[] | null, tahun: number): Promise<Map<number, AlpaTahun>> {
  const tangga = ATURAN_PRESENSI[ATURAN_PRESENSI_BAWAAN]!.hukdis;
  // Runs over working days: number the working days, and each alpa's (position - its rank among alpa) groups a run.
  const baris = await db.many<{ pegawai_id: number, alpa: number, maks: number }>(sql`
    with kerja as (
      select pegawai_id, status, row_number() over (partition by pegawai_id order by tanggal) as n
        from hari_presensi
       where instansi_id = ${instansiId} and hari_kerja and tanggal between ${`${tahun}-01-01`}::date and ${`${tahun}-12-31`}::date
         and ${
    pegawaiIds ? sql`pegawai_id = any(${[...pegawaiIds]}::bigint[])` : sql`pegawai_id in (select pegawai_id from hari_presensi
               where instansi_id = ${instansiId} and status = 'alpa' and hari_kerja and tanggal between ${`${tahun}-01-01`}::date and ${`${tahun}-12-31`}::date)`
  }
    ), alpa as (
      select pegawai_id, n - row_number() over (partition by pegawai_id order by n) as grup from kerja where status = 'alpa'
    ), jalan as (select pegawai_id, count(*) as panjang from alpa group by pegawai_id, grup)
    select pegawai_id, sum(panjang)::int as alpa, max(panjang)::int as maks from jalan group by pegawai_id`);
  const hasil = new Map<number, AlpaTahun>();
  for (const id of pegawaiIds ?? []) hasil.set(id, { alpaSetahun: 0, alpaBerturutMaks: 0, usulan: null, sisaKeAmbang: ambangHukdisBerikutnya(0, tangga)?.sisaHari ?? null });
  for (const b of baris) {
    const alpa = Number(b.alpa);
    const maks = Number(b.maks);
    hasil.set(Number(b.pegawai_id), { alpaSetahun: alpa, alpaBerturutMaks: maks, usulan: usulanHukdis(alpa, maks, tangga),
      sisaKeAmbang: ambangHukdisBerikutnya(alpa, tangga)?.sisaHari ?? null });
  }
  return hasil;
}
