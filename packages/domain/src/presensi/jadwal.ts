import { pecahIso, type TanggalIso } from '../tanggal.ts';
import type { AturanPresensi, HariMinggu, JamKerja, PolaKerja } from './aturan.ts';
import { NAMA_HARI } from './aturan.ts';
import { menitJam } from './jam.ts';

/**
 * What the rules need to know about a unit (and, for shifts, a pegawai) on a day: the pattern it
 * follows and the days off set for it. The kalender module builds this from its stored versions;
 * the batch calculator builds it from its input.
 */
export interface KalenderPresensi {
  /** A pattern id of the rule set (`lima-hari`, `enam-hari`, `shift-rsud`...); default `aturan.polaBawaan`. */
  pola?: string;
  /** Holidays and cuti bersama (and local days off) of the unit: date -> name. */
  libur?: ReadonlyMap<TanggalIso, string> | Readonly<Record<TanggalIso, string>>;
  /** Ramadan ranges replacing the rule set's (a yearly circular set in the calendar). */
  ramadan?: readonly { dari: TanggalIso, sampai: TanggalIso }[];
  /** The pegawai's roster for a shift pattern: date -> shift code, or null for a day off. */
  jadwalShift?: ReadonlyMap<TanggalIso, string | null> | Readonly<Record<TanggalIso, string | null>>;
  /** The calendar version this came from, named on every computed day. */
  versi?: string;
}

export interface JadwalHari {
  tanggal: TanggalIso;
  hariKerja: boolean;
  /** Why a day is not a working day (`Hari Sabtu`, `Libur: Tahun Baru 2026 Masehi`, `Lepas dinas`), in Indonesian. */
  alasan?: string;
  /** Start and end, local `HH:MM`; null on a day off. `pulang` before `masuk` when `lintasTengahMalam`. */
  masuk: string | null;
  pulang: string | null;
  lintasTengahMalam: boolean;
  /** Ramadan hours applied. */
  ramadan: boolean;
  pola: string;
  /** The shift code and name on a shift pattern. */
  shift?: { kode: string, nama: string };
  /** The rule set's id (and the calendar's version when it has one). */
  versiAturan: string;
  versiKalender?: string;
}

const ambil = <V>(m: ReadonlyMap<string, V> | Readonly<Record<string, V>> | undefined, k: string): V | undefined => {
  if (!m) return undefined;
  if (m instanceof Map) return m.get(k);
  const r = m as Readonly<Record<string, V>>;
  return Object.hasOwn(r, k) ? r[k] : undefined;
};
const punya = (m: ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>> | undefined, k: string): boolean => !!m && (m instanceof Map ? m.has(k) : Object.hasOwn(m, k));

/** 0 = Minggu ... 6 = Sabtu of an ISO date. */
export function hariDalamMinggu(tanggal: TanggalIso): HariMinggu {
  const { tahun, bulan, hari } = pecahIso(tanggal);
  return new Date(Date.UTC(tahun, bulan - 1, hari)).getUTCDay() as HariMinggu;
}

const selisihHari = (a: TanggalIso, b: TanggalIso) => {
  const x = pecahIso(a);
  const y = pecahIso(b);
  return Math.round((Date.UTC(y.tahun, y.bulan - 1, y.hari) - Date.UTC(x.tahun, x.bulan - 1, x.hari)) / 86400000);
};

export function dalamRamadan(aturan: AturanPresensi, kalender: KalenderPresensi, tanggal: TanggalIso): boolean {
  return (kalender.ramadan ?? aturan.ramadan).some((r) => r.dari <= tanggal && tanggal <= r.sampai);
}

/** The pattern a calendar names, or the rule set's default; throws when the rule set has no such pattern (a configuration defect the kalender module refuses on save). */
export function polaKalender(aturan: AturanPresensi, kalender: KalenderPresensi): PolaKerja {
  const id = kalender.pola ?? aturan.polaBawaan;
  const p = Object.hasOwn(aturan.pola, id) ? aturan.pola[id] : undefined;
  if (!p) throw new RangeError(`Pola kerja "${id}" tidak ada pada aturan ${aturan.id}; pilihan: ${Object.keys(aturan.pola).join(', ')}`);
  return p;
}

/**
 * The schedule of a day under a rule set and a calendar: whether it is a working day (and why
 * not), its local start and end, whether it crosses midnight, and the versions used.
 */
export function jadwalHari(aturan: AturanPresensi, kalender: KalenderPresensi, tanggal: TanggalIso): JadwalHari {
  const pola = polaKalender(aturan, kalender);
  const dasar = { tanggal, pola: pola.id, versiAturan: aturan.id, ...(kalender.versi ? { versiKalender: kalender.versi } : {}) };
  const libur = (alasan: string): JadwalHari => ({ ...dasar, hariKerja: false, alasan, masuk: null, pulang: null, lintasTengahMalam: false, ramadan: false });
  const kerja = (jk: JamKerja, ramadan: boolean, shift?: { kode: string, nama: string }): JadwalHari => ({ ...dasar, hariKerja: true, masuk: jk.masuk, pulang: jk.pulang,
    lintasTengahMalam: menitJam(jk.pulang) <= menitJam(jk.masuk), ramadan, ...(shift ? { shift } : {}) });
  const namaLibur = ambil(kalender.libur, tanggal);
  if (pola.ikutLibur && namaLibur !== undefined) return libur(`Libur: ${namaLibur}`);
  if (pola.jenis === 'mingguan') {
    const h = hariDalamMinggu(tanggal);
    const ramadan = dalamRamadan(aturan, kalender, tanggal);
    const jk = (ramadan ? pola.ramadan?.[h] : undefined) ?? pola.hari[h];
    if (!jk) return libur(`Hari ${NAMA_HARI[h]}`);
    return kerja(jk, ramadan && !!pola.ramadan?.[h]);
  }
  let kode: string | null | undefined;
  if (punya(kalender.jadwalShift, tanggal)) kode = ambil(kalender.jadwalShift, tanggal);
  else if (pola.rotasi?.urutan.length) {
    const n = pola.rotasi.urutan.length;
    kode = pola.rotasi.urutan[((selisihHari(pola.rotasi.mulai, tanggal) % n) + n) % n];
  }
  if (kode === null || kode === undefined) return libur(kalender.jadwalShift || pola.rotasi ? 'Lepas dinas (tidak ada shift)' : 'Tidak ada jadwal shift');
  const s = Object.hasOwn(pola.shift, kode) ? pola.shift[kode] : undefined;
  if (!s) throw new RangeError(`Shift "${kode}" tidak ada pada pola ${pola.id}`);
  return kerja(s, false, { kode, nama: s.nama });
}
