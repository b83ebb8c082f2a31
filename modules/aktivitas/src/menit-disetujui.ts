import { sql, type Db } from '@simasn/db';

/**
 * Minutes of approved daily activities per pegawai in a month (`YYYY-MM`): the realisasi the TPP's
 * capaian kinerja is measured by when the rule set says `aktivitas_disetujui` (modules/tpp).
 */
export async function menitAktivitasDisetujui(db: Db, instansiId: number, bulan: string, pegawaiId?: number): Promise<Map<number, number>> {
  const awal = `${bulan}-01`;
  const baris = await db.many<{ pegawai_id: string | number, menit: string | number }>(sql`
    select pegawai_id, sum(extract(epoch from (jam_selesai - jam_mulai)) / 60)::bigint as menit from aktivitas_harian
     where instansi_id = ${instansiId} and status = 'disetujui' and tanggal >= ${awal}::date and tanggal < (${awal}::date + interval '1 month')
       ${pegawaiId === undefined ? sql`` : sql`and pegawai_id = ${pegawaiId}`}
     group by pegawai_id`);
  return new Map(baris.map((b) => [Number(b.pegawai_id), Number(b.menit)]));
}
