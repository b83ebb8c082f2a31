import { GOLONGAN_PNS, keIso, pecahIso, tambahBulan, type TingkatPendidikan } from '@simasn/domain';
import type { Acak } from './prng.ts';

/** "Today" of the demo data: ages, tenure and recent diklat are computed against this date. */
export const HARI_INI = '2026-11-01';
export const TAHUN_INI = 2026;

export const GOL = GOLONGAN_PNS.map((g) => g.kode);
export const idxGol = (kode: string): number => GOL.indexOf(kode as (typeof GOL)[number]);

/** Golongan on appointment by education (PP 99/2000 jo. PP 12/2002). */
const MASUK: Record<TingkatPendidikan, string> = { SD: 'I/a', SMP: 'I/c', SMA: 'II/a', D1: 'II/a', D2: 'II/b', D3: 'II/c', D4: 'III/a', S1: 'III/a', S2: 'III/b', S3: 'III/c' };
/** Highest golongan reachable by KP reguler with that education. */
const PLAFON: Record<TingkatPendidikan, string> = { SD: 'II/a', SMP: 'II/c', SMA: 'III/b', D1: 'III/b', D2: 'III/b', D3: 'III/c', D4: 'III/d', S1: 'III/d', S2: 'IV/a',
  S3: 'IV/b' };
export const golMasuk = (t: TingkatPendidikan): number => idxGol(MASUK[t]);
export const golPlafon = (t: TingkatPendidikan): number => idxGol(PLAFON[t]);

/** PPPK golongan by education (Perpres 98/2020). */
export const GOL_PPPK: Record<TingkatPendidikan, string> = { SD: 'I', SMP: 'IV', SMA: 'V', D1: 'V', D2: 'VI', D3: 'VII', D4: 'IX', S1: 'IX', S2: 'X', S3: 'XI' };

// ---- dates -----------------------------------------------------------------------------------

const HARI_MS = 86_400_000;
export const keHari = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / HARI_MS;
export const dariHari = (n: number): string => new Date(n * HARI_MS).toISOString().slice(0, 10);
export const tambahHari = (iso: string, n: number): string => dariHari(keHari(iso) + n);
export const tambahTahun = (iso: string, n: number): string => tambahBulan(iso, 12 * n);
export const awalBulan = (iso: string): string => `${iso.slice(0, 8)}01`;
export const tahunDari = (iso: string): number => +iso.slice(0, 4);
export const bulanAntara = (a: string, b: string): number => {
  const x = pecahIso(a);
  const y = pecahIso(b);
  return (y.tahun - x.tahun) * 12 + (y.bulan - x.bulan) - (y.hari < x.hari ? 1 : 0);
};
/** A date uniformly between two dates (inclusive). */
export const tanggalAntara = (acak: Acak, dari: string, sampai: string): string => dariHari(acak.bulat(keHari(dari), Math.max(keHari(dari), keHari(sampai))));

/**
 * KP periods (RULES.md 1): 1 April and 1 October until 2023; even months in 2024 and 2025
 * (Peraturan BKN 4/2023); every month from 2026 (Peraturan BKN 4/2025 allows it from October 2025).
 */
export function periodeKpSah(tahun: number, bulan: number): boolean {
  if (tahun < 2024) return bulan === 4 || bulan === 10;
  if (tahun < 2026) return bulan % 2 === 0;
  return true;
}

/** The first KP period on or after the date. */
export function kpBerikut(iso: string): string {
  let { tahun, bulan, hari } = pecahIso(iso);
  if (hari > 1) bulan += 1;
  for (;;) {
    if (bulan > 12) {
      bulan -= 12;
      tahun += 1;
    }
    if (periodeKpSah(tahun, bulan)) return keIso(tahun, bulan, 1);
    bulan += 1;
  }
}

/** The last KP period on or before the date. */
export function kpSebelum(iso: string): string {
  let { tahun, bulan } = pecahIso(iso);
  for (;;) {
    if (bulan < 1) {
      bulan += 12;
      tahun -= 1;
    }
    if (periodeKpSah(tahun, bulan)) return keIso(tahun, bulan, 1);
    bulan -= 1;
  }
}

// ---- golongan ladder -----------------------------------------------------------------------

export interface BarisPangkat {
  golongan: string;
  jenisKp: 'cpns' | 'reguler' | 'pilihan_struktural' | 'pilihan_fungsional' | 'penyesuaian_ijazah' | 'pppk';
  tmt: string;
  mkTahun: number;
  mkBulan: number;
}

/**
 * Masa kerja golongan at a KP: time since TMT CPNS, less 6 years when moving from golongan I to II
 * and 5 years from II to III (PP 99/2000).
 */
export function masaKerjaGolongan(tmtCpns: string, tmt: string, golAwal: number, gol: number): { tahun: number, bulan: number } {
  let bulan = Math.max(0, bulanAntara(tmtCpns, tmt));
  if (golAwal < 4 && gol >= 4) bulan -= 72;
  if (golAwal < 8 && gol >= 8) bulan -= 60;
  bulan = Math.max(0, bulan);
  return { tahun: Math.min(50, Math.floor(bulan / 12)), bulan: bulan % 12 };
}

function baris(tmtCpns: string, golAwal: number, gol: number, tmt: string, jenisKp: BarisPangkat['jenisKp']): BarisPangkat {
  const mk = jenisKp === 'cpns' ? { tahun: 0, bulan: 0 } : masaKerjaGolongan(tmtCpns, tmt, golAwal, gol);
  return { golongan: GOL[gol]!, jenisKp, tmt, mkTahun: mk.tahun, mkBulan: mk.bulan };
}

/** Delay beyond the 4 years a KP reguler needs, in months. */
export function jedaKp(acak: Acak, lancar: boolean): number {
  return lancar ? acak.pilihBobot([[0, 70], [6, 15], [12, 10], [24, 5]]) : acak.pilihBobot([[0, 50], [6, 20], [12, 14], [24, 10], [48, 6]]);
}

/**
 * Forward ladder for staff: KP every 4 years (plus delays) from the entry golongan up to `plafon`,
 * with an optional penyesuaian ijazah when a higher degree is earned after appointment.
 */
export function tanggaMaju(acak: Acak, tmtCpns: string, golAwal: number, plafon: number, lancar: boolean,
  naikIjazah?: { tanggal: string, golBaru: number, plafonBaru: number }): BarisPangkat[]
{
  const hasil = [baris(tmtCpns, golAwal, golAwal, tmtCpns, 'cpns')];
  let g = golAwal;
  let t = tmtCpns;
  let batas = plafon;
  let ijazah = naikIjazah;
  for (;;) {
    const berikut = kpBerikut(tambahBulan(t, 48 + jedaKp(acak, lancar)));
    if (ijazah && ijazah.tanggal <= HARI_INI && (ijazah.tanggal < berikut || g >= batas)) {
      const tgl = ijazah.tanggal > t ? ijazah.tanggal : kpBerikut(tambahBulan(t, 1));
      batas = Math.max(batas, ijazah.plafonBaru);
      if (ijazah.golBaru > g && tgl <= HARI_INI) {
        g = ijazah.golBaru;
        t = tgl;
        hasil.push(baris(tmtCpns, golAwal, g, t, 'penyesuaian_ijazah'));
      }
      ijazah = undefined;
      continue;
    }
    if (berikut > HARI_INI || g >= batas) break;
    g += 1;
    t = berikut;
    hasil.push(baris(tmtCpns, golAwal, g, t, 'reguler'));
  }
  return hasil;
}

/**
 * Backward ladder for a structural official who must hold `golTarget` today: the last KP falls
 * within the last few years, each earlier one at least 4 years before, and the TMT CPNS at least
 * 4 years before the first KP. Returns the TMT CPNS and the ladder.
 */
export function tanggaMundur(acak: Acak, golAwal: number, golTarget: number): { tmtCpns: string, pangkat: BarisPangkat[] } {
  const tmtKp: string[] = [];
  let t = kpSebelum(tambahBulan(HARI_INI, -acak.bulat(0, 40)));
  for (let g = golTarget; g > golAwal; g--) {
    tmtKp.unshift(t);
    t = kpSebelum(tambahBulan(t, -(48 + jedaKp(acak, true))));
  }
  const pertama = tmtKp[0] ?? t;
  const tmtCpns = awalBulan(tambahBulan(pertama, -(tmtKp.length ? 48 + acak.bulat(0, 11) : acak.bulat(0, 36))));
  const pangkat = [baris(tmtCpns, golAwal, golAwal, tmtCpns, 'cpns')];
  for (const [i, tmt] of tmtKp.entries()) pangkat.push(baris(tmtCpns, golAwal, golAwal + i + 1, tmt, 'reguler'));
  return { tmtCpns, pangkat };
}
