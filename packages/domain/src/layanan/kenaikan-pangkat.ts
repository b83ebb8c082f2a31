import { golonganBerikutnya, GOLONGAN_PNS, type KodeGolonganPns } from '../golongan.ts';
import { berhasil, gagal, type Hasil } from '../hasil.ts';
import { LABEL_PREDIKAT_SKP, type PredikatSkp } from '../riwayat.ts';
import { keIso, pecahIso, selisihTahunBulan, tambahHari, tanggalValid, type TanggalIso } from '../tanggal.ts';

/**
 * Kenaikan pangkat (KP) periods as versioned data (RULES.md section 1): the months whose 1st is a
 * KP period, from `berlakuMulai` until the next rule set starts.
 */
export interface AturanPeriodeKp {
  id: string;
  dasarHukum: string;
  berlakuMulai: TanggalIso;
  /** Months (1-12) whose 1st day is a period. */
  bulan: readonly number[];
}

export const PERIODE_KP: readonly AturanPeriodeKp[] = [
  // The day PP 99/2000 started is not needed: its periods (like those before it) fall on 1 April and 1 October.
  { id: 'kp-pp99-2000', dasarHukum: 'PP 99/2000 jo. PP 12/2002', berlakuMulai: '2000-01-01', bulan: [4, 10] },
  { id: 'kp-perbkn-4-2023', dasarHukum: 'Peraturan BKN 4/2023', berlakuMulai: '2024-01-01', bulan: [2, 4, 6, 8, 10, 12] },
  { id: 'kp-perbkn-4-2025', dasarHukum: 'Peraturan BKN 4/2025', berlakuMulai: '2025-10-01', bulan: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
];

/** The KP period rule set in force on a date. */
export function aturanPeriodeKpPada(tanggal: TanggalIso, daftar: readonly AturanPeriodeKp[] = PERIODE_KP): AturanPeriodeKp | undefined {
  let pilih: AturanPeriodeKp | undefined;
  for (const a of daftar) if (a.berlakuMulai <= tanggal && (!pilih || a.berlakuMulai > pilih.berlakuMulai)) pilih = a;
  return pilih;
}

/** Is this date a KP period (the 1st of a month the rule in force on that day lists)? */
export function apakahPeriodeKp(tanggal: TanggalIso, daftar: readonly AturanPeriodeKp[] = PERIODE_KP): boolean {
  const { bulan, hari } = pecahIso(tanggal);
  return hari === 1 && (aturanPeriodeKpPada(tanggal, daftar)?.bulan.includes(bulan) ?? false);
}

/** The KP periods of a year, in order (2025: Feb, Apr, Jun, Aug under BKN 4/2023, then Oct, Nov, Dec). */
export function periodeKpTahun(tahun: number, daftar: readonly AturanPeriodeKp[] = PERIODE_KP): TanggalIso[] {
  const hasil: TanggalIso[] = [];
  for (let b = 1; b <= 12; b++) {
    const t = keIso(tahun, b, 1);
    if (apakahPeriodeKp(t, daftar)) hasil.push(t);
  }
  return hasil;
}

/** The first KP period on or after a date; undefined before the first rule set. */
export function periodeKpBerikutnya(tanggal: TanggalIso, daftar: readonly AturanPeriodeKp[] = PERIODE_KP): TanggalIso | undefined {
  const { tahun, bulan, hari } = pecahIso(tanggal);
  // At most 12 months to the next period under any rule set; 24 is a safe bound.
  for (let i = hari === 1 ? 0 : 1; i <= 24; i++) {
    const total = tahun * 12 + (bulan - 1) + i;
    const t = keIso(Math.floor(total / 12), (total % 12) + 1, 1);
    if (apakahPeriodeKp(t, daftar)) return t;
  }
  return undefined;
}

/**
 * The last day a KP request of a period may still be open at its step: the SK must be issued
 * before the period's TMT (so up to the day before it), and the new golongan is recorded on the
 * TMT (the penetapan step, up to the TMT itself). An open request past this day is stuck past its
 * period. (The engine's queue uses the same rule in SQL: modules/layanan kenaikan-pangkat/layanan-kp.ts.)
 */
export function batasAkhirUsulanKp(periode: TanggalIso, langkah: string): TanggalIso {
  return langkah === 'penetapan' ? periode : tambahHari(periode, -1);
}

/** KP reguler requirements (RULES.md: [impl]). */
export interface AturanKpReguler {
  id: string;
  dasarHukum: string;
  minimalTahunDalamGolongan: number;
  predikatMemenuhi: readonly PredikatSkp[];
}

export const ATURAN_KP_REGULER: AturanKpReguler = { id: 'kp-reguler-pp99-2000',
  dasarHukum: 'PP 99/2000 jo. PP 12/2002 (KP reguler: 4 tahun dalam pangkat terakhir); predikat SKP paling rendah Baik (praktik)', minimalTahunDalamGolongan: 4,
  predikatMemenuhi: ['sangat_baik', 'baik'] };

export interface MasukanKpReguler {
  golongan: KodeGolonganPns;
  /** TMT of the current golongan. */
  tmtGolongan: TanggalIso;
  predikatKinerja: PredikatSkp | null;
  /** The KP period considered; must be a period. */
  periode: TanggalIso;
}

export interface HasilKpReguler {
  periode: TanggalIso;
  golonganBaru: KodeGolonganPns | null;
  masaDalamGolongan: { tahun: number, bulan: number };
  memenuhiSyarat: boolean;
  alasan: string[];
  aturan: { kp: string, periode: string };
}

/**
 * KP reguler eligibility at a period: at least 4 years in the current golongan at the period, the
 * last SKP at least Baik, and a golongan above the current one. (The ceiling set by the
 * employee's education is a separate rule, not checked here.)
 */
export function syaratKpReguler(m: MasukanKpReguler, aturan: AturanKpReguler = ATURAN_KP_REGULER, daftar: readonly AturanPeriodeKp[] = PERIODE_KP): Hasil<HasilKpReguler> {
  if (!GOLONGAN_PNS.some((g) => g.kode === m.golongan)) return gagal(`golongan "${m.golongan}" tidak dikenal (contoh: III/a)`);
  for (const t of [m.tmtGolongan, m.periode]) {
    const p = pecahIso(t);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(t) || !tanggalValid(p.tahun, p.bulan, p.hari)) return gagal(`tanggal "${t}" tidak sah`);
  }
  const periodeAturan = aturanPeriodeKpPada(m.periode, daftar);
  if (!apakahPeriodeKp(m.periode, daftar) || !periodeAturan) {
    const berikut = periodeKpBerikutnya(m.periode, daftar);
    return gagal(`${m.periode} bukan periode kenaikan pangkat${berikut ? ` (periode berikutnya ${berikut})` : ''}`);
  }
  const masa = selisihTahunBulan(m.tmtGolongan, m.periode);
  const alasan: string[] = [];
  const baru = golonganBerikutnya(m.golongan) ?? null;
  if (!baru) alasan.push(`golongan ${m.golongan} adalah golongan tertinggi`);
  if (m.tmtGolongan > m.periode || masa.tahun < aturan.minimalTahunDalamGolongan) {
    alasan.push(
      `masa dalam golongan ${m.golongan} pada ${m.periode} baru ${masa.tahun} tahun ${masa.bulan} bulan; KP reguler mensyaratkan paling singkat ${aturan.minimalTahunDalamGolongan} tahun`,
    );
  }
  if (m.predikatKinerja === null) alasan.push('belum ada predikat kinerja (SKP) terakhir; KP mensyaratkan predikat paling rendah Baik');
  else if (!aturan.predikatMemenuhi.includes(m.predikatKinerja)) {
    alasan.push(`predikat kinerja terakhir ${LABEL_PREDIKAT_SKP[m.predikatKinerja] ?? m.predikatKinerja} di bawah Baik; KP mensyaratkan predikat paling rendah Baik`);
  }
  return berhasil({ periode: m.periode, golonganBaru: baru, masaDalamGolongan: masa, memenuhiSyarat: alasan.length === 0, alasan,
    aturan: { kp: aturan.id, periode: periodeAturan.id } });
}
