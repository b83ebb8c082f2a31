import { LABEL_JENIS_ABSEN, sqlTitikPenugasan, type TitikPenugasan, titikPenugasanDariJson } from '@simasn/cuti';
import { disiapkan, sql, type Db } from '@simasn/db';
import { ATURAN_PRESENSI, type AturanPresensi, type JadwalHari, type TanggalIso } from '@simasn/domain';
import { bacaDataKalenderTersimpan, hitungKalenderPegawai, sqlRosterHari, sqlSidikKalender } from '@simasn/kalender';
import { PembacaKelompok } from '@simasn/platform';
import { aturanInstansi } from '../aturan.ts';
import { ATURAN_SINYAL } from './aturan-sinyal.ts';
import type { HasilPresensi } from './catat.types.ts';

/** What one check-in asks of the database before it is judged. */
export interface PermintaanBaca {
  instansiId: number;
  pegawaiId: number;
  jenis: 'masuk' | 'pulang';
  kunci: string;
  tanggal: TanggalIso;
  /** The instant that counts (server time, or the device's for an offline check-in). */
  waktu: Date;
  /** Rounded to 6 decimals (bulatKoordinat). */
  lat: number;
  lon: number;
}

export interface TitikKantorBaris {
  id: number;
  nama: string;
  lat: number;
  lon: number;
  radiusMeter: number;
  jenis?: string;
}

/** Everything a check-in is judged on, read outside the write transaction. */
export interface DataPresensi {
  /** Already recorded under this key: its stored answer (a repeated tap or a resend). */
  ada: HasilPresensi | null;
  pegawai: { id: number, nip: string, unitId: number | null, jalurUnit: string | null } | null;
  /** The active points of the employee's unit and of every unit above it. */
  kantor: TitikKantorBaris[];
  /** Temporary points of an approved dinas luar / WFH covering the day (@simasn/cuti). */
  penugasan: { lat: number, lon: number, radiusMeter: number, jenis: string }[];
  /** The day's schedule and the rule set it names (@simasn/kalender); null without an employee. */
  jadwal: { jadwal: JadwalHari, aturan: AturanPresensi } | null;
  perangkat: { id: number, sidik: string, status: string }[];
  /** Local time `HH:MM` of the day's first counted check-in (make-up time of a check-out). */
  masukHariIni: string | null;
  /** Other people who used the same coordinates within the window (shared-coordinate signal). */
  koordinatSama: { nip: string, nama: string }[];
  /** The previous located check-in of the same person (travel speed). */
  sebelum: { lat: number, lon: number, waktu: Date } | null;
}

interface BarisUtama {
  i: number;
  ada: { id: number, hasil: Omit<HasilPresensi, 'id'> } | null;
  pegawai: { id: number, nip: string, unitId: number | null, jalurUnit: string | null } | null;
  kantor: TitikKantorBaris[];
  perangkat: { id: number, sidik: string, status: string }[];
  masuk: string | null;
  sama: { nip: string, nama: string }[];
  sebelum: { lat: number, lon: number, waktu: string } | null;
  penugasan: TitikPenugasan[];
  shift: { kode: string | null } | null;
  sidik_kalender: string;
}

/**
 * The reads of many check-ins of one instansi at once, in ONE statement: per item, correlated
 * sub-selects on their indexes for the record under its key, the employee, the points of their
 * units, their devices, the day's first check-in, the same coordinates used by others, the
 * previous point, the approved assignments (@simasn/cuti's sub-select) and the roster entry
 * (@simasn/kalender's); the calendars themselves are kept in memory until their mark (read in the
 * same statement) moves. On the pool, outside any transaction: the write holds nothing but its
 * writes. Results in the order of `daftar`.
 */
export async function bacaDataPresensiInstansi(db: Db, instansiId: number, daftar: readonly PermintaanBaca[]): Promise<DataPresensi[]> {
  if (!daftar.length) return [];
  const x = daftar.map((d, i) => ({ i, pegawai_id: d.pegawaiId, jenis: d.jenis, kunci: d.kunci, tanggal: d.tanggal, waktu: d.waktu.toISOString(), lat: d.lat, lon: d.lon,
    sejak: new Date(d.waktu.getTime() - ATURAN_SINYAL.koordinatSamaJendelaHari * 86_400_000).toISOString() })
  );
  const tanggal = [...new Set(daftar.map((d) => d.tanggal))].sort();
  const utama = db.many<BarisUtama>(disiapkan(sql`
    select x.i,
      (select json_build_object('id', r.id, 'hasil', r.hasil) from presensi r
        where r.instansi_id = ${instansiId} and r.pegawai_id = x.pegawai_id and r.kunci = x.kunci) as ada,
      case when pw.id is not null then json_build_object('id', pw.id, 'nip', pw.nip, 'unitId', pw.unit_id, 'jalurUnit', pw.jalur_unit) end as pegawai,
      -- The units of the employee's path (/12/40/: the unit and every unit above it), parsed once per item (pw.jalur)
      -- and compared as a value: in the join's condition the path was parsed again for every point of the instansi.
      (select coalesce(json_agg(json_build_object('id', t.id, 'nama', t.nama, 'lat', t.lat, 'lon', t.lon, 'radiusMeter', t.radius_meter) order by t.id), '[]')
         from titik_presensi t
        where t.instansi_id = ${instansiId} and t.aktif and t.unit_id = any(pw.jalur)) as kantor,
      (select coalesce(json_agg(json_build_object('id', d.id, 'sidik', d.sidik, 'status', d.status) order by d.id), '[]') from perangkat_presensi d
        where d.instansi_id = ${instansiId} and d.pegawai_id = x.pegawai_id) as perangkat,
      case when x.jenis = 'pulang' then (select r.hasil->>'jam' from presensi r
        where r.instansi_id = ${instansiId} and r.pegawai_id = x.pegawai_id and r.tanggal = x.tanggal and r.jenis = 'masuk' and r.di_dalam
        order by r.waktu limit 1) end as masuk,
      (select coalesce(json_agg(json_build_object('nip', s.nip, 'nama', s.nama) order by s.nip), '[]') from (
         select distinct p.nip, p.nama from presensi r join pegawai p on p.instansi_id = r.instansi_id and p.id = r.pegawai_id
          where r.instansi_id = ${instansiId} and r.lat = x.lat and r.lon = x.lon and r.waktu >= x.sejak and r.pegawai_id <> x.pegawai_id
          order by p.nip limit 50) s) as sama,
      (select json_build_object('lat', r.lat, 'lon', r.lon, 'waktu', r.waktu) from presensi r
        where r.instansi_id = ${instansiId} and r.pegawai_id = x.pegawai_id and r.lat is not null and r.waktu <= x.waktu
        order by r.waktu desc limit 1) as sebelum,
      ${sqlTitikPenugasan(instansiId, sql`x.pegawai_id`, sql`x.tanggal`)} as penugasan,
      ${sqlRosterHari(instansiId, sql`x.pegawai_id`, sql`x.tanggal`)} as shift,
      ${sqlSidikKalender(instansiId)} as sidik_kalender
    from jsonb_to_recordset(${JSON.stringify(x)}::jsonb)
      as x(i int, pegawai_id bigint, jenis text, kunci text, tanggal date, waktu timestamptz, lat float8, lon float8, sejak timestamptz)
      -- The employee, read once per item (their row and their path's units).
      left join lateral (select p.id, p.nip, p.unit_id, p.jalur_unit, string_to_array(trim(both '/' from p.jalur_unit), '/')::bigint[] as jalur from pegawai p
                          where p.instansi_id = ${instansiId} and p.id = x.pegawai_id) pw on true
    order by x.i`));
  const baris = await utama;
  const kalender = await bacaDataKalenderTersimpan(db, instansiId, baris[0]!.sidik_kalender, tanggal[0]!, tanggal.at(-1)!);
  // The schedule of each (employee, day), computed once per day for the group's employees.
  const jadwal = new Map<string, JadwalHari>();
  for (const t of tanggal) {
    const hariIni = baris.filter((b) => b.pegawai && daftar[b.i]!.tanggal === t);
    const roster = new Map(hariIni.filter((b) => b.shift).map((b) => [Number(b.pegawai!.id), new Map([[t, b.shift!.kode]])]));
    const pegawai = hariIni.map((b) => ({ id: Number(b.pegawai!.id), jalurUnit: b.pegawai!.jalurUnit }));
    for (const [id, hari] of hitungKalenderPegawai(kalender, pegawai, t, t, roster)) jadwal.set(`${id}/${t}`, hari[0]!);
  }
  return baris.map((b) => {
    const d = daftar[b.i]!;
    const j = b.pegawai ? jadwal.get(`${b.pegawai.id}/${d.tanggal}`) : undefined;
    if (b.pegawai && !j) throw new Error(`Jadwal pegawai ${d.pegawaiId} pada ${d.tanggal} tidak dapat dihitung.`);
    return {
      ada: b.ada ? { ...b.ada.hasil, id: Number(b.ada.id) } : null,
      pegawai: b.pegawai ? { ...b.pegawai, id: Number(b.pegawai.id), unitId: b.pegawai.unitId === null ? null : Number(b.pegawai.unitId) } : null,
      kantor: b.kantor.map((t) => ({ ...t, id: Number(t.id), lat: Number(t.lat), lon: Number(t.lon), radiusMeter: Number(t.radiusMeter) })),
      // What the employee reads beside the point: "Dinas luar: Kantor BKN Regional II", never a code.
      penugasan: titikPenugasanDariJson(b.penugasan).map((t) => ({ lat: t.lat, lon: t.lon, radiusMeter: t.radiusMeter,
        jenis: `${LABEL_JENIS_ABSEN[t.jenis]}${t.tujuan ? `: ${t.tujuan}` : ''}` })
      ),
      jadwal: j ? { jadwal: j, aturan: Object.hasOwn(ATURAN_PRESENSI, j.versiAturan) ? ATURAN_PRESENSI[j.versiAturan]! : aturanInstansi() } : null,
      perangkat: b.perangkat.map((p) => ({ ...p, id: Number(p.id) })),
      masukHariIni: b.masuk?.replace('.', ':') ?? null,
      koordinatSama: b.sama,
      sebelum: b.sebelum ? { lat: Number(b.sebelum.lat), lon: Number(b.sebelum.lon), waktu: new Date(b.sebelum.waktu) } : null,
    };
  });
}

/** A group of items that may hold several instansi: one read per instansi, results in order. */
async function bacaKelompok(db: Db, daftar: PermintaanBaca[]): Promise<DataPresensi[]> {
  const hasil: DataPresensi[] = Array.from({ length: daftar.length });
  const perInstansi = Map.groupBy(daftar.map((d, i) => ({ d, i })), (x) => x.d.instansiId);
  await Promise.all([...perInstansi].map(async ([instansiId, xs]) => {
    const r = await bacaDataPresensiInstansi(db, instansiId, xs.map((x) => x.d));
    for (const [k, x] of xs.entries()) hasil[x.i] = r[k]!;
  }));
  return hasil;
}

const pembaca = new WeakMap<Db, PembacaKelompok<PermintaanBaca, DataPresensi>>();

/**
 * The data of one check-in. Concurrent check-ins (the morning peak) are read together: the
 * requests that arrive while a group is being read form the next group (PembacaKelompok). Inside
 * a transaction it reads alone, on that transaction.
 */
export async function bacaDataPresensi(db: Db, p: PermintaanBaca): Promise<DataPresensi> {
  if (db.dalamTransaksi) return (await bacaDataPresensiInstansi(db, p.instansiId, [p]))[0]!;
  let b = pembaca.get(db);
  if (!b) {
    b = new PembacaKelompok({ db, baca: bacaKelompok, maksBatch: 200, paralel: db.mesin === 'pglite' ? 1 : 3 });
    pembaca.set(db, b);
  }
  return b.baca(p);
}
