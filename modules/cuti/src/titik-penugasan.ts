import { sql, type Db } from '@simasn/db';
import type { JenisAbsen } from './aturan/jenis-absen.ts';

export interface TitikPenugasan {
  lat: number;
  lon: number;
  radiusMeter: number;
  /** dinas_luar or kerja_fleksibel (WFH / another place). */
  jenis: JenisAbsen;
  usulanId: number;
  /** The destination as the ASN named it. */
  tujuan: string | null;
}

/**
 * The temporary check-in points of an employee on a day: those of their APPROVED dinas luar and
 * kerja fleksibel (WFH, another place) requests covering that date. Presensi checks the geofence
 * against these besides the office points. Server side, no caller.
 */
export async function titikPenugasan(db: Db, instansiId: number, pegawaiId: number, tanggal: string): Promise<TitikPenugasan[]> {
  const rows = await db.many<TitikPenugasan>(sql`
    select c.lat, c.lon, c.radius_meter as "radiusMeter", c.jenis, c.usulan_id as "usulanId", c.tujuan
      from usulan_cuti c join usulan_layanan u on u.instansi_id = c.instansi_id and u.id = c.usulan_id
     where c.instansi_id = ${instansiId} and c.pegawai_id = ${pegawaiId} and u.status = 'selesai' and c.lat is not null
       and c.dari <= ${tanggal}::date and c.sampai >= ${tanggal}::date
     order by c.usulan_id`);
  return rows.map((r) => ({ ...r, lat: Number(r.lat), lon: Number(r.lon), radiusMeter: Number(r.radiusMeter) }));
}
