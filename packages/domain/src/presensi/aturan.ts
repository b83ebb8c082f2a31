import { berhasil, gagal, type Hasil } from '../hasil.ts';
import type { AturanBerversi } from '../indeks/aturan.ts';
import type { TanggalIso } from '../tanggal.ts';
import type { Jam } from './jam.ts';

/**
 * Attendance rules as versioned data (RULES.md section 8): the weekly patterns and shifts a unit
 * may follow, Ramadan ranges, the TL/PSW bands, the cut per code and per day status, the make-up
 * time rule and the PP 94/2021 ladder. Nothing here is decided by a date in code: a new Perbup
 * is a new entry in `ATURAN_PRESENSI` (or a row the kalender module stores), and every computed
 * day names the `id` it used, so a past month can be recomputed under another version.
 */

/** Status of a day for a pegawai (the shared vocabulary of presensi, cuti and rekap). */
export const STATUS_HARI = ['hadir', 'dinas_luar', 'cuti', 'tugas_belajar', 'diklat', 'sakit', 'izin', 'alpa', 'libur'] as const;
export type StatusHari = (typeof STATUS_HARI)[number];

/** 0 = Minggu ... 6 = Sabtu (as `Date#getUTCDay`). */
export type HariMinggu = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const NAMA_HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

/** The hours of one working day; `pulang` before `masuk` means the day ends after midnight. */
export interface JamKerja {
  masuk: Jam;
  pulang: Jam;
  /** Break in minutes (for the weekly total; TL/PSW do not use it). */
  istirahatMenit?: number;
}

/** A weekly pattern: the days listed are working days, the others carry no obligation. */
export interface PolaMingguan {
  jenis: 'mingguan';
  id: string;
  nama: string;
  hari: Partial<Record<HariMinggu, JamKerja>>;
  /** The hours during a Ramadan range (days not listed keep `hari`). */
  ramadan?: Partial<Record<HariMinggu, JamKerja>>;
  /** Holidays and cuti bersama are days off (true for offices and schools). */
  ikutLibur: boolean;
}

export interface Shift extends JamKerja {
  nama: string;
}

/**
 * Shifts (puskesmas rawat inap, RSUD, damkar): who works which shift on a day is a roster
 * (`KalenderPresensi.jadwalShift`), or, without one, a rotation from a start date. A day with no
 * shift is a day off (lepas dinas). Holidays do not stop a 24-hour service unless `ikutLibur`.
 */
export interface PolaShift {
  jenis: 'shift';
  id: string;
  nama: string;
  shift: Record<string, Shift>;
  /** The cycle, day by day, from `mulai` (a shift code, or null for a day off). */
  rotasi?: { mulai: TanggalIso, urutan: (string | null)[] };
  ikutLibur: boolean;
}

export type PolaKerja = PolaMingguan | PolaShift;

/** One TL/PSW band: up to `sampaiMenit` minutes (inclusive; null = no upper bound). */
export interface PitaTerlambat {
  tingkat: 1 | 2 | 3 | 4;
  sampaiMenit: number | null;
}

export const KODE_MASUK = ['tepat', 'TL1', 'TL2', 'TL3', 'TL4'] as const;
export type KodeMasuk = (typeof KODE_MASUK)[number];
export const KODE_PULANG = ['tepat', 'PSW1', 'PSW2', 'PSW3', 'PSW4'] as const;
export type KodePulang = (typeof KODE_PULANG)[number];

/** A step of the PP 94/2021 ladder for unexcused absence in a calendar year. */
export const USULAN_HUKDIS = [
  'teguran_lisan',
  'teguran_tertulis',
  'pernyataan_tidak_puas',
  'potongan_tpp_25_6_bulan',
  'potongan_tpp_25_9_bulan',
  'potongan_tpp_25_12_bulan',
  'penurunan_jabatan',
  'pembebasan_jabatan',
  'pdhtaps',
] as const;
export type UsulanHukdis = (typeof USULAN_HUKDIS)[number];

export interface TanggaHukdis {
  /** `[minimum alpa days in a year, proposal]`, ascending. */
  alpaSetahun: [number, UsulanHukdis][];
  /** Consecutive working days of alpa that propose `berturutUsulan` whatever the year's count. */
  alpaBerturut: number;
  berturutUsulan: UsulanHukdis;
  dasarHukum: string;
}

export interface AturanPresensi extends AturanBerversi {
  /** The unit patterns this rule set defines, by id. */
  pola: Record<string, PolaKerja>;
  /** The pattern of a unit whose calendar names none (an ordinary OPD office). */
  polaBawaan: string;
  /** Ramadan ranges (inclusive) in which `PolaMingguan.ramadan` applies. */
  ramadan: { dari: TanggalIso, sampai: TanggalIso, keterangan?: string }[];
  /** Lateness bands (TL1-TL4), ascending; minutes <= 0 are on time. */
  pitaTerlambat: PitaTerlambat[];
  /** Leaving-early bands (PSW1-PSW4), ascending. */
  pitaPulangCepat: PitaTerlambat[];
  /** Cut per occurrence, % of the disiplin part of TPP, by band level 1-4. */
  potonganTerlambat: Record<1 | 2 | 3 | 4, number>;
  potonganPulangCepat: Record<1 | 2 | 3 | 4, number>;
  /** Band level given when a working day's check-in / check-out is missing. */
  tanpaScanMasuk: 1 | 2 | 3 | 4;
  tanpaScanPulang: 1 | 2 | 3 | 4;
  /** Cut per day for a status (hadir is judged by TL/PSW instead). */
  potonganStatus: Record<Exclude<StatusHari, 'hadir'>, number>;
  /** Lateness of at most `maksMenit` is forgiven when the check-out is at least as many minutes after the end; null = no make-up time. */
  gantiWaktu: { maksMenit: number } | null;
  /** Cap of the month's disiplin cut, %. */
  batasPotonganPersen: number;
  hukdis: TanggaHukdis;
}

/** PP 94/2021 Pasal 9-11 (and Peraturan BKN 6/2022): the ladder of RULES.md section 8. */
export const TANGGA_HUKDIS_PP94_2021: TanggaHukdis = { alpaSetahun: [
  [3, 'teguran_lisan'],
  [4, 'teguran_tertulis'],
  [7, 'pernyataan_tidak_puas'],
  [11, 'potongan_tpp_25_6_bulan'],
  [14, 'potongan_tpp_25_9_bulan'],
  [17, 'potongan_tpp_25_12_bulan'],
  [21, 'penurunan_jabatan'],
  [25, 'pembebasan_jabatan'],
  [28, 'pdhtaps'],
], alpaBerturut: 10, berturutUsulan: 'pdhtaps', dasarHukum: 'PP 94/2021 Pasal 9-11; Peraturan BKN 6/2022' };

const PITA_BAKU: PitaTerlambat[] = [{ tingkat: 1, sampaiMenit: 30 }, { tingkat: 2, sampaiMenit: 60 }, { tingkat: 3, sampaiMenit: 90 }, { tingkat: 4, sampaiMenit: null }];

const senKam = (jk: JamKerja): Partial<Record<HariMinggu, JamKerja>> => ({ 1: jk, 2: jk, 3: jk, 4: jk });

/** Perpres 21/2023: 5 days, 37 h 30 min net a week, start 07.30, break 60 min (Friday 90); Ramadan 32 h 30 min, start 08.00. */
const LIMA_HARI: PolaMingguan = { jenis: 'mingguan', id: 'lima-hari', nama: 'Lima hari kerja (Senin-Jumat)',
  hari: { ...senKam({ masuk: '07:30', pulang: '16:00', istirahatMenit: 60 }), 5: { masuk: '07:30', pulang: '16:30', istirahatMenit: 90 } },
  ramadan: { ...senKam({ masuk: '08:00', pulang: '15:00', istirahatMenit: 30 }), 5: { masuk: '08:00', pulang: '15:30', istirahatMenit: 60 } }, ikutLibur: true };

/** Example of a 6-day week (schools, puskesmas rawat jalan; Perpres 21/2023 Pasal 7): still 37 h 30 min net. */
const ENAM_HARI: PolaMingguan = { jenis: 'mingguan', id: 'enam-hari', nama: 'Enam hari kerja (Senin-Sabtu)',
  hari: { ...senKam({ masuk: '07:30', pulang: '15:00', istirahatMenit: 30 }), 5: { masuk: '07:30', pulang: '11:30' }, 6: { masuk: '07:30', pulang: '13:00' } },
  ramadan: { ...senKam({ masuk: '08:00', pulang: '14:30', istirahatMenit: 30 }), 5: { masuk: '08:00', pulang: '11:30' }, 6: { masuk: '08:00', pulang: '13:00' } },
  ikutLibur: true };

/** Example of RSUD shifts: three 7-10 hour shifts, the night one crossing midnight, a 2-2-2-2 rotation. */
const SHIFT_RSUD: PolaShift = { jenis: 'shift', id: 'shift-rsud', nama: 'Shift RSUD (pagi, siang, malam)',
  shift: { P: { nama: 'Pagi', masuk: '07:00', pulang: '14:00' }, S: { nama: 'Siang', masuk: '14:00', pulang: '21:00' }, M: { nama: 'Malam', masuk: '21:00', pulang: '07:00' } },
  rotasi: { mulai: '2026-01-01', urutan: ['P', 'P', 'S', 'S', 'M', 'M', null, null] }, ikutLibur: false };

/** Example of a puskesmas rawat inap: a day shift and a night shift crossing midnight, by roster. */
const SHIFT_PUSKESMAS: PolaShift = { jenis: 'shift', id: 'shift-puskesmas', nama: 'Shift puskesmas rawat inap (pagi, sore, malam)',
  shift: { P: { nama: 'Pagi', masuk: '07:30', pulang: '14:30' }, S: { nama: 'Sore', masuk: '14:00', pulang: '21:00' }, M: { nama: 'Malam', masuk: '20:30', pulang: '07:30' } },
  rotasi: { mulai: '2026-01-01', urutan: ['P', 'P', 'S', 'S', 'M', 'M', null, null] }, ikutLibur: false };

/**
 * The demo kabupaten's fictional Perbup (RULES.md section 8, every number exactly as written
 * there). The 6-day week and the shift patterns are examples of Perpres 21/2023 Pasal 7 that the
 * demo's schools, puskesmas and RSUD follow.
 */
export const PERBUP_SUKAMAJU_2026: AturanPresensi = { id: 'perbup-sukamaju-2026', nama: 'Perbup Sukamaju 2026 tentang Hari dan Jam Kerja (fiktif, demo)',
  dasarHukum: 'Perbup Sukamaju 2026 (fiktif); Perpres 21/2023; PP 94/2021', berlakuMulai: '2026-01-01', catatan: 'Peraturan fiktif kabupaten demo.',
  pola: { 'lima-hari': LIMA_HARI, 'enam-hari': ENAM_HARI, 'shift-rsud': SHIFT_RSUD, 'shift-puskesmas': SHIFT_PUSKESMAS }, polaBawaan: 'lima-hari',
  ramadan: [{ dari: '2026-02-18', sampai: '2026-03-19', keterangan: 'Ramadan 1447 H' }], pitaTerlambat: PITA_BAKU, pitaPulangCepat: PITA_BAKU,
  potonganTerlambat: { 1: 0.5, 2: 1, 3: 1.25, 4: 1.5 }, potonganPulangCepat: { 1: 0.5, 2: 1, 3: 1.25, 4: 1.5 }, tanpaScanMasuk: 4, tanpaScanPulang: 4,
  potonganStatus: { dinas_luar: 0, cuti: 0, tugas_belajar: 0, diklat: 0, sakit: 0, izin: 2, alpa: 5, libur: 0 }, gantiWaktu: { maksMenit: 30 }, batasPotonganPersen: 100,
  hukdis: TANGGA_HUKDIS_PP94_2021 };

/**
 * The national pattern alone (Perpres 21/2023), for an instansi without its own Perbup: the same
 * hours; TL/PSW bands as most Perbup [impl]; cuts [open: each Perkada sets them, these are the
 * demo's]; no make-up time; Ramadan ranges are set yearly (none here: add them in the calendar).
 */
export const PERPRES_21_2023: AturanPresensi = { id: 'perpres-21-2023', nama: 'Pola nasional Perpres 21/2023 (tanpa Perbup)',
  dasarHukum: 'Perpres 21/2023 tentang Hari Kerja dan Jam Kerja Instansi Pemerintah dan Pegawai ASN; PP 94/2021', berlakuMulai: '2023-04-01',
  catatan: 'Potongan per kode tidak diatur Perpres; angka di sini contoh yang dapat diubah.',
  pola: { 'lima-hari': { ...LIMA_HARI }, 'enam-hari': ENAM_HARI, 'shift-rsud': SHIFT_RSUD, 'shift-puskesmas': SHIFT_PUSKESMAS }, polaBawaan: 'lima-hari', ramadan: [],
  pitaTerlambat: PITA_BAKU, pitaPulangCepat: PITA_BAKU, potonganTerlambat: { 1: 0.5, 2: 1, 3: 1.25, 4: 1.5 }, potonganPulangCepat: { 1: 0.5, 2: 1, 3: 1.25, 4: 1.5 },
  tanpaScanMasuk: 4, tanpaScanPulang: 4, potonganStatus: { dinas_luar: 0, cuti: 0, tugas_belajar: 0, diklat: 0, sakit: 0, izin: 2, alpa: 5, libur: 0 }, gantiWaktu: null,
  batasPotonganPersen: 100, hukdis: TANGGA_HUKDIS_PP94_2021 };

export const ATURAN_PRESENSI: Record<string, AturanPresensi> = { [PERBUP_SUKAMAJU_2026.id]: PERBUP_SUKAMAJU_2026, [PERPRES_21_2023.id]: PERPRES_21_2023 };

/** The calculators' and the demo's default. */
export const ATURAN_PRESENSI_BAWAAN = 'perbup-sukamaju-2026';

/** A rule set by id (from `ATURAN_PRESENSI`), or a refusal listing the ids there are. */
export function aturanPresensi(id: string): Hasil<AturanPresensi> {
  const a = Object.hasOwn(ATURAN_PRESENSI, id) ? ATURAN_PRESENSI[id] : undefined;
  return a ? berhasil(a) : gagal(`aturan presensi "${id}" tidak dikenal; pilihan: ${Object.keys(ATURAN_PRESENSI).join(', ')}`);
}

/** Net weekly hours of a weekly pattern (minutes), for the check against Perpres 21/2023 (37 h 30 min; Ramadan 32 h 30 min). */
export function menitKerjaSeminggu(pola: PolaMingguan, ramadan = false): number {
  let total = 0;
  for (let h = 0 as HariMinggu; h <= 6; h = (h + 1) as HariMinggu) {
    const jk = (ramadan ? pola.ramadan?.[h] : undefined) ?? pola.hari[h];
    if (!jk) continue;
    const [mj, mm] = jk.masuk.split(':').map(Number);
    const [pj, pm] = jk.pulang.split(':').map(Number);
    let d = pj! * 60 + pm! - (mj! * 60 + mm!);
    if (d <= 0) d += 1440;
    total += d - (jk.istirahatMenit ?? 0);
  }
  return total;
}

/**
 * The rule and calendar a computed day followed, in words for the ASN's day reason ("Dasar: Perbup
 * ... ; kalender kerja unit versi 17, daftar libur 2026 versi 2."): the version ids themselves
 * (`perbup-sukamaju-2026`, `kalender-17/libur-2026-v2`) stay in the day's columns for tracing.
 */
export function uraianDasarHari(aturan: Pick<AturanPresensi, 'nama'>, versiKalender: string | null | undefined): string {
  const bagian = (versiKalender ?? '').split('/').filter(Boolean).map((b) => {
    if (b === 'kalender-bawaan') return 'kalender kerja bawaan instansi';
    const k = /^kalender-(\d+)$/.exec(b);
    if (k) return `kalender kerja unit versi ${k[1]}`;
    const l = /^libur-(\d{4})-v(\d+)$/.exec(b);
    if (l) return `daftar libur ${l[1]} versi ${l[2]}`;
    return b.replace(/[-_]/g, ' ');
  });
  return `Dasar: ${aturan.nama}${bagian.length ? `; ${bagian.join(', ')}` : ''}.`;
}
