import { sql, type Db, type Sql } from '@simasn/db';
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
 * A sub-select, for a caller's statement, of the points above for one employee (`pegawaiId`) on one
 * day (`tanggal`), both SQL expressions of that statement: a JSON array (empty when none), in
 * request order, of `{lat, lon, radiusMeter, jenis, usulanId, tujuan}`.
 */
export function sqlTitikPenugasan(instansiId: number, pegawaiId: Sql, tanggal: Sql): Sql {
  return sql`(select coalesce(json_agg(json_build_object('lat', c.lat, 'lon', c.lon, 'radiusMeter', c.radius_meter, 'jenis', c.jenis, 'usulanId', c.usulan_id,
                                                     'tujuan', c.tujuan) order by c.usulan_id), '[]')
     from usulan_cuti c join usulan_layanan u on u.instansi_id = c.instansi_id and u.id = c.usulan_id
    where c.instansi_id = ${instansiId} and c.pegawai_id = ${pegawaiId} and u.status = 'selesai' and c.lat is not null
      and c.dari <= ${tanggal} and c.sampai >= ${tanggal})`;
}

/** The points of a sub-select above as read (numbers as numbers). */
export function titikPenugasanDariJson(daftar: readonly TitikPenugasan[]): TitikPenugasan[] {
  return daftar.map((r) => ({ ...r, lat: Number(r.lat), lon: Number(r.lon), radiusMeter: Number(r.radiusMeter), usulanId: Number(r.usulanId) }));
}

/**
 * The same for many (employee, day) pairs in one query (a group of check-ins read together):
 * one list per pair, in the order given.
 */
export async function titikPenugasanBanyak(db: Db, instansiId: number, pasangan: readonly { pegawaiId: number, tanggal: string }[]): Promise<TitikPenugasan[][]> {
  if (!pasangan.length) return [];
  const rows = await db.many<{ titik: TitikPenugasan[] }>(sql`
    select ${sqlTitikPenugasan(instansiId, sql`x.pegawai_id`, sql`x.tanggal`)} as titik
      from jsonb_to_recordset(${JSON.stringify(pasangan.map((p, i) => ({ i, pegawai_id: p.pegawaiId, tanggal: p.tanggal })))}::jsonb)
             as x(i int, pegawai_id bigint, tanggal date)
     order by x.i`);
  return rows.map((r) => titikPenugasanDariJson(r.titik));
}
