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
  return (await titikPenugasanBanyak(db, instansiId, [{ pegawaiId, tanggal }]))[0]!;
}

/**
 * The same for many (employee, day) pairs in one query (a group of check-ins read together):
 * one list per pair, in the order given.
 */
export async function titikPenugasanBanyak(db: Db, instansiId: number, pasangan: readonly { pegawaiId: number, tanggal: string }[]): Promise<TitikPenugasan[][]> {
  if (!pasangan.length) return [];
  const rows = await db.many<TitikPenugasan & { i: number }>(sql`
    select x.i, c.lat, c.lon, c.radius_meter as "radiusMeter", c.jenis, c.usulan_id as "usulanId", c.tujuan
      from jsonb_to_recordset(${JSON.stringify(pasangan.map((p, i) => ({ i, pegawai_id: p.pegawaiId, tanggal: p.tanggal })))}::jsonb)
             as x(i int, pegawai_id bigint, tanggal date)
      join usulan_cuti c on c.instansi_id = ${instansiId} and c.pegawai_id = x.pegawai_id and c.dari <= x.tanggal and c.sampai >= x.tanggal and c.lat is not null
      join usulan_layanan u on u.instansi_id = c.instansi_id and u.id = c.usulan_id
     where u.status = 'selesai'
     order by x.i, c.usulan_id`);
  const hasil: TitikPenugasan[][] = pasangan.map(() => []);
  for (const { i, ...r } of rows) hasil[i]!.push({ ...r, lat: Number(r.lat), lon: Number(r.lon), radiusMeter: Number(r.radiusMeter) });
  return hasil;
}
