import { sql, type Db, type Sql } from '@simasn/db';
import { ATURAN_PRESENSI, ATURAN_PRESENSI_BAWAAN, type AturanPresensi, jadwalHari, type JadwalHari, type KalenderPresensi, tambahHari, type TanggalIso } from '@simasn/domain';

/** A calendar version as stored (`kalender_unit`), or the built-in default (id null). */
export interface VersiKalender {
  id: number | null;
  unitId: number | null;
  berlakuMulai: TanggalIso;
  aturanId: string;
  pola: string;
}

/** The built-in default when an instansi has set nothing: the demo Perbup's office week. */
export const KALENDER_BAWAAN: VersiKalender = { id: null, unitId: null, berlakuMulai: '1900-01-01', aturanId: ATURAN_PRESENSI_BAWAAN,
  pola: ATURAN_PRESENSI[ATURAN_PRESENSI_BAWAAN]!.polaBawaan };

export interface VersiLibur {
  id: number;
  tahun: number;
  versi: number;
  ramadan: { dari: TanggalIso, sampai: TanggalIso } | null;
  hari: Map<TanggalIso, string>;
}

/** Everything the calendars of an instansi hold, read once for a computation over many pegawai and days. */
export interface DataKalender {
  /** Versions by unit id (0 = the instansi's default), newest first. */
  versi: Map<number, VersiKalender[]>;
  /** The holiday list in force per year. */
  libur: Map<number, VersiLibur>;
}

const tahunDari = (t: TanggalIso) => Number(t.slice(0, 4));

/** Reads the calendar versions and the holiday lists in force for the years of [dari, sampai]; `versiLibur` picks older list versions by year. */
export async function bacaDataKalender(db: Db, instansiId: number, dari: TanggalIso, sampai: TanggalIso,
  opsi: { versiLibur?: Record<number, number> } = {}): Promise<DataKalender>
{
  const baris = await db.many<{ id: number, unit_id: number | null, berlaku_mulai: string, aturan_id: string, pola: string }>(sql`
    select id, unit_id, berlaku_mulai, aturan_id, pola from kalender_unit where instansi_id = ${instansiId} order by berlaku_mulai desc, id desc`);
  const versi = new Map<number, VersiKalender[]>();
  for (const b of baris) {
    const k = b.unit_id ?? 0;
    let d = versi.get(k);
    if (!d) {
      d = [];
      versi.set(k, d);
    }
    d.push({ id: b.id, unitId: b.unit_id, berlakuMulai: b.berlaku_mulai, aturanId: b.aturan_id, pola: b.pola });
  }
  const tahunAwal = tahunDari(dari);
  const tahunAkhir = tahunDari(sampai);
  const daftar = await db.many<{ id: number, tahun: number, versi: number, ramadan_dari: string | null, ramadan_sampai: string | null }>(sql`
    select d.id, d.tahun, d.versi, d.ramadan_dari, d.ramadan_sampai from daftar_libur d
     where d.instansi_id = ${instansiId} and d.tahun between ${tahunAwal} and ${tahunAkhir}
       and d.versi = coalesce((${JSON.stringify(opsi.versiLibur ?? {})}::jsonb ->> d.tahun::text)::int,
                              (select max(x.versi) from daftar_libur x where x.instansi_id = d.instansi_id and x.tahun = d.tahun))`);
  const libur = new Map<number, VersiLibur>();
  if (daftar.length) {
    const hari = await db.many<{ daftar_id: number, tanggal: string, nama: string }>(sql`
      select daftar_id, tanggal, nama from hari_libur where instansi_id = ${instansiId} and daftar_id = any(${daftar.map((d) => d.id)})`);
    for (const d of daftar) {
      libur.set(d.tahun, { id: d.id, tahun: d.tahun, versi: d.versi, ramadan: d.ramadan_dari && d.ramadan_sampai ? { dari: d.ramadan_dari, sampai: d.ramadan_sampai } : null,
        hari: new Map(hari.filter((h) => h.daftar_id === d.id).map((h) => [h.tanggal, h.nama])) });
    }
  }
  return { versi, libur };
}

/**
 * A value, for a caller's statement, that changes whenever what bacaDataKalender reads for the
 * instansi may have changed: calendar versions are only added or deleted (tambah/hapus
 * kalender unit), a holiday list changes only by a new version with its days (tulisVersiLibur).
 * A process keeps the read data until it changes (kalenderPegawaiTersimpan). Whoever adds
 * another way to change these tables changes this too.
 */
export function sqlSidikKalender(instansiId: number): Sql {
  return sql`((select count(*) || '/' || coalesce(max(id), 0) from kalender_unit where instansi_id = ${instansiId})
     || ':' || (select count(*) || '/' || coalesce(max(id), 0) from daftar_libur where instansi_id = ${instansiId}))`;
}

const simpananKalender = new WeakMap<Db, Map<number, { sidik: string, tahunAwal: number, tahunAkhir: number, data: Promise<DataKalender> }>>();

/**
 * bacaDataKalender, kept per database handle and instansi while `sidik` (sqlSidikKalender, read
 * by the caller BEFORE this call) stays the same: a change committed in between can only make the
 * kept data newer than its mark, and the next different mark reads it again.
 */
export function bacaDataKalenderTersimpan(db: Db, instansiId: number, sidik: string, dari: TanggalIso, sampai: TanggalIso): Promise<DataKalender> {
  if (db.dalamTransaksi) return bacaDataKalender(db, instansiId, dari, sampai);
  const peta = simpananKalender.get(db) ?? new Map();
  simpananKalender.set(db, peta);
  const ada = peta.get(instansiId);
  if (ada && ada.sidik === sidik && ada.tahunAwal <= tahunDari(dari) && ada.tahunAkhir >= tahunDari(sampai)) return ada.data;
  const tahunAwal = Math.min(tahunDari(dari), ada?.sidik === sidik ? ada.tahunAwal : Infinity);
  const tahunAkhir = Math.max(tahunDari(sampai), ada?.sidik === sidik ? ada.tahunAkhir : -Infinity);
  const data = bacaDataKalender(db, instansiId, `${tahunAwal}-01-01`, `${tahunAkhir}-12-31`);
  const entri = { sidik, tahunAwal, tahunAkhir, data };
  peta.set(instansiId, entri);
  data.catch(() => {
    if (peta.get(instansiId) === entri) peta.delete(instansiId);
  });
  return data;
}

/**
 * A sub-select, for a caller's statement, of one employee's roster entry on one day: null when
 * the roster says nothing that day, else `{"kode": <shift code or null for a day off>}`.
 */
export function sqlRosterHari(instansiId: number, pegawaiId: Sql, tanggal: Sql): Sql {
  return sql`(select json_build_object('kode', s.kode_shift) from jadwal_shift s
     where s.instansi_id = ${instansiId} and s.pegawai_id = ${pegawaiId} and s.tanggal = ${tanggal})`;
}

/** The ids of a unit path `/12/40/`, root first. */
export const idJalur = (jalur: string | null | undefined): number[] => (jalur ?? '').split('/').filter(Boolean).map(Number);

/** The calendar version a unit (by its path) follows on a day: its own, else its nearest ancestor's, else the instansi's, else the built-in one. */
export function versiBerlaku(data: DataKalender, jalurUnit: readonly number[], tanggal: TanggalIso): VersiKalender {
  for (let i = jalurUnit.length; i >= 0; i--) {
    const d = data.versi.get(i === 0 ? 0 : jalurUnit[i - 1]!);
    const v = d?.find((x) => x.berlakuMulai <= tanggal);
    if (v) return v;
  }
  return KALENDER_BAWAAN;
}

/** The rule set of a version (`aturanGanti` replaces it: the recomputation under another version). */
function aturanVersi(v: VersiKalender, aturanGanti?: AturanPresensi): AturanPresensi {
  if (aturanGanti) return aturanGanti;
  const a = Object.hasOwn(ATURAN_PRESENSI, v.aturanId) ? ATURAN_PRESENSI[v.aturanId] : undefined;
  if (!a) throw new Error(`Kalender #${v.id} memakai aturan presensi "${v.aturanId}" yang tidak dikenal.`);
  return a;
}

/** The `versiKalender` a computed day names: the calendar row and the holiday list version (`kalender-17/libur-2026-v2`). */
export function namaVersiKalender(v: VersiKalender, l: VersiLibur | undefined): string {
  return `${v.id === null ? 'kalender-bawaan' : `kalender-${v.id}`}${l ? `/libur-${l.tahun}-v${l.versi}` : ''}`;
}

export interface PegawaiKalender {
  id: number;
  /** The current unit path (used for every day when `riwayatUnit` is absent). */
  jalurUnit: string | null;
  /**
   * The units the pegawai belonged to over time (riwayat jabatan: from `mulai` on, oldest first):
   * a day follows the calendar of the unit of that day, so a month before a transfer keeps the
   * old unit's pattern. Days before the first entry follow the first entry.
   */
  riwayatUnit?: readonly { mulai: TanggalIso, jalurUnit: string | null }[];
}

/** The unit path of a pegawai on a day (riwayat jabatan, else the current unit). */
export function jalurPada(p: PegawaiKalender, tanggal: TanggalIso): string | null {
  const r = p.riwayatUnit;
  if (!r?.length) return p.jalurUnit;
  let jalur = r[0]!.jalurUnit;
  for (const x of r) {
    if (x.mulai > tanggal) break;
    jalur = x.jalurUnit;
  }
  return jalur;
}

/**
 * The schedule of every day of [dari, sampai] for each pegawai, from the data read by
 * bacaDataKalender (pure; the server function below reads it). With `aturanGanti` every day is
 * computed under that rule set instead of the one the calendar names (the pattern stays the
 * unit's when the other rule set has it, else its default).
 */
export function hitungKalenderPegawai(data: DataKalender, pegawai: readonly PegawaiKalender[], dari: TanggalIso, sampai: TanggalIso,
  roster: ReadonlyMap<number, ReadonlyMap<TanggalIso, string | null>> = new Map(), aturanGanti?: AturanPresensi): Map<number, JadwalHari[]>
{
  const hari: TanggalIso[] = [];
  for (let t = dari; t <= sampai && hari.length < 3700; t = tambahHari(t, 1)) hari.push(t);
  const hasil = new Map<number, JadwalHari[]>();
  // What a day is for a unit path: computed once per distinct path. On a weekly pattern the day's
  // schedule itself is the same for everyone there (the objects are shared: read them, never
  // change them); on a shift pattern it depends on the pegawai's place in the rotation or roster.
  interface HariUnit {
    tanggal: TanggalIso;
    aturan: AturanPresensi;
    kalender: KalenderPresensi;
    jadwal: JadwalHari | null;
    panjangRotasi: number;
    /** Shift days by the pegawai's place in the rotation. */
    shift: (JadwalHari | undefined)[];
  }
  const perJalur = new Map<string, HariUnit[]>();
  const hariUnit = (jalurUnit: string | null): HariUnit[] => {
    const kunci = jalurUnit ?? '';
    let d = perJalur.get(kunci);
    if (d) return d;
    const jalur = idJalur(jalurUnit);
    d = hari.map((t) => {
      const v = versiBerlaku(data, jalur, t);
      const aturan = aturanVersi(v, aturanGanti);
      const pola = Object.hasOwn(aturan.pola, v.pola) ? v.pola : aturan.polaBawaan;
      const l = data.libur.get(tahunDari(t));
      const kalender: KalenderPresensi = { pola, libur: l?.hari, ...(l?.ramadan ? { ramadan: [l.ramadan] } : {}), versi: namaVersiKalender(v, l) };
      const p = aturan.pola[pola]!;
      return { tanggal: t, aturan, kalender, jadwal: p.jenis === 'mingguan' ? jadwalHari(aturan, kalender, t) : null,
        panjangRotasi: p.jenis === 'shift' ? (p.rotasi?.urutan.length ?? 1) : 1, shift: [] };
    });
    perJalur.set(kunci, d);
    return d;
  };
  for (const p of pegawai) {
    const r = roster.get(p.id);
    const satuUnit = !p.riwayatUnit?.length;
    hasil.set(p.id, (satuUnit ? hariUnit(p.jalurUnit) : hari.map((t, i) => hariUnit(jalurPada(p, t))[i]!)).map((h) => {
      if (h.jadwal) return h.jadwal;
      if (r?.has(h.tanggal)) return jadwalHari(h.aturan, { ...h.kalender, jadwalShift: r }, h.tanggal);
      const geser = p.id % h.panjangRotasi;
      let j = h.shift[geser];
      if (!j) {
        j = jadwalHari(h.aturan, { ...h.kalender, geserRotasi: geser }, h.tanggal);
        h.shift[geser] = j;
      }
      return j;
    }));
  }
  return hasil;
}

/** The shift roster of pegawai over a range: pegawai id -> date -> shift code (null = day off). */
export async function bacaRoster(db: Db, instansiId: number, pegawaiIds: readonly number[], dari: TanggalIso, sampai: TanggalIso) {
  const baris = await db.many<{ pegawai_id: number, tanggal: string, kode_shift: string | null }>(sql`
    select pegawai_id, tanggal, kode_shift from jadwal_shift
     where instansi_id = ${instansiId} and pegawai_id = any(${[...pegawaiIds]}) and tanggal between ${dari} and ${sampai}`);
  const roster = new Map<number, Map<TanggalIso, string | null>>();
  for (const b of baris) {
    let m = roster.get(b.pegawai_id);
    if (!m) {
      m = new Map();
      roster.set(b.pegawai_id, m);
    }
    m.set(b.tanggal, b.kode_shift);
  }
  return roster;
}

/**
 * The unit history of the pegawai who moved after `dari` (riwayat jabatan with a later TMT):
 * pegawai id -> units from their TMT, oldest first. Those who did not move keep their current unit.
 */
export async function bacaRiwayatUnit(db: Db, instansiId: number, pegawaiIds: readonly number[], dari: TanggalIso, sampai: TanggalIso) {
  const baris = await db.many<{ pegawai_id: number, tmt: string, jalur: string | null }>(sql`
    select r.pegawai_id, r.tmt::text as tmt, o.jalur from riwayat_jabatan r
      join unit_organisasi o on o.instansi_id = r.instansi_id and o.id = r.unit_id
     where r.instansi_id = ${instansiId} and r.tmt <= ${sampai}::date
       and r.pegawai_id in (select x.pegawai_id from riwayat_jabatan x where x.instansi_id = ${instansiId} and x.pegawai_id = any(${[...pegawaiIds]})
                              and x.tmt > ${dari}::date)
     order by r.pegawai_id, r.tmt, r.id`);
  const hasil = new Map<number, { mulai: TanggalIso, jalurUnit: string | null }[]>();
  for (const b of baris) {
    let d = hasil.get(b.pegawai_id);
    if (!d) {
      d = [];
      hasil.set(b.pegawai_id, d);
    }
    d.push({ mulai: b.tmt, jalurUnit: b.jalur });
  }
  return hasil;
}

/**
 * THE server function the presensi and rekap code call: for each pegawai (by id, of the instansi)
 * and each day of [dari, sampai], the `jadwalHari` result under the calendar their unit follows
 * that day (the unit they belonged to on that day, by riwayat jabatan), the year's holiday list in force and their shift roster. Every
 * day names the rule version (`versiAturan`) and the calendar version (`versiKalender`). A pegawai
 * id of another instansi or unknown gets no entry. Pure reads, no caller check: the caller's
 * reach is the calling action's business.
 */
export async function kalenderPegawai(db: Db, instansiId: number, pegawaiIds: readonly number[], dari: TanggalIso, sampai: TanggalIso,
  opsi: { aturanGanti?: AturanPresensi } = {}): Promise<Map<number, JadwalHari[]>>
{
  if (!pegawaiIds.length || dari > sampai) return new Map();
  const pegawai = await db.many<{ id: number, jalur_unit: string | null }>(sql`
    select id, jalur_unit from pegawai where instansi_id = ${instansiId} and id = any(${[...pegawaiIds]})`);
  const ids = pegawai.map((p) => p.id);
  const [data, roster, riwayat] = await Promise.all([
    bacaDataKalender(db, instansiId, dari, sampai),
    bacaRoster(db, instansiId, ids, dari, sampai),
    bacaRiwayatUnit(db, instansiId, ids, dari, sampai),
  ]);
  return hitungKalenderPegawai(data, pegawai.map((p) => ({ id: p.id, jalurUnit: p.jalur_unit, riwayatUnit: riwayat.get(p.id) })), dari, sampai, roster, opsi.aturanGanti);
}
