import { GOLONGAN_PNS, type KodeGolonganPns } from '../golongan.ts';
import { berhasil, gagal, type Hasil } from '../hasil.ts';
import { formatTanggal, type TanggalIso } from '../tanggal.ts';
import { GAPOK_PP15_2019 } from './gapok-pp15-2019.ts';
import { GAPOK_PP5_2024 } from './gapok-pp5-2024.ts';

/**
 * A gaji pokok grid as a versioned rule set (RULES.md section 1): rows are masa kerja golongan
 * (MKG) years, columns golongan; a cell exists only at the MKG steps of its golongan.
 */
export interface GridGajiPokok {
  id: string;
  dasarHukum: string;
  /** First day the grid applies (a grid applies until the next one starts). */
  berlakuMulai: TanggalIso;
  /** `sel[golongan][mkg tahun]` = gaji pokok per bulan in rupiah. */
  sel: Readonly<Record<KodeGolonganPns, Readonly<Record<number, number>>>>;
}

/** Every grid SIMASN knows, oldest first. A new PP adds one entry here. */
export const GRID_GAJI_POKOK: readonly GridGajiPokok[] = [GAPOK_PP15_2019, GAPOK_PP5_2024];

/** The grid in force on a date: the latest whose `berlakuMulai` is on or before it. */
export function gridGajiPokokPada(tanggal: TanggalIso, daftar: readonly GridGajiPokok[] = GRID_GAJI_POKOK): Hasil<GridGajiPokok> {
  let pilih: GridGajiPokok | undefined;
  for (const g of daftar) if (g.berlakuMulai <= tanggal && (!pilih || g.berlakuMulai > pilih.berlakuMulai)) pilih = g;
  if (pilih) return berhasil(pilih);
  const tertua = [...daftar].sort((a, b) => a.berlakuMulai.localeCompare(b.berlakuMulai))[0];
  return gagal(
    `tidak ada tabel gaji pokok yang berlaku pada ${formatTanggal(tanggal)}${
      tertua ? ` (tabel tertua, ${namaTabelGaji(tertua.id)}, berlaku mulai ${formatTanggal(tertua.berlakuMulai)})` : ''
    }`,
  );
}

/**
 * A grid as people name it (`PP 5/2024`: its legal basis without the explanation), for letters
 * and exports; the rule id (`gapok-pp5-2024`) is for code and stored rows only.
 */
export function namaTabelGaji(id: string, daftar: readonly GridGajiPokok[] = GRID_GAJI_POKOK): string {
  const g = daftar.find((x) => x.id === id);
  return g ? g.dasarHukum.split(' (')[0]!.replace(/, Lampiran$/, '') : 'tabel gaji tidak dikenal';
}

/** The MKG years at which a golongan has a cell (its KGB steps), ascending. */
export function langkahMkg(golongan: KodeGolonganPns, grid: GridGajiPokok = GRID_GAJI_POKOK.at(-1)!): number[] {
  return Object.keys(grid.sel[golongan] ?? {}).map(Number).sort((a, b) => a - b);
}

/** The step in force at `mkgTahun`: the largest step not above it, or undefined below the first. */
export function langkahPada(golongan: KodeGolonganPns, mkgTahun: number, grid?: GridGajiPokok): number | undefined {
  let hasil: number | undefined;
  for (const l of langkahMkg(golongan, grid)) if (l <= mkgTahun) hasil = l;
  return hasil;
}

/** The next step strictly after `mkgTahun` years and `mkgBulan` months, or undefined at the top of the grid. */
export function langkahBerikutnya(golongan: KodeGolonganPns, mkgTahun: number, mkgBulan = 0, grid?: GridGajiPokok): number | undefined {
  const bulan = mkgTahun * 12 + mkgBulan;
  return langkahMkg(golongan, grid).find((l) => l * 12 > bulan);
}

/** The cell at the largest step not above `mkgTahun`, from a given grid. */
export function gajiPokokDariGrid(grid: GridGajiPokok, golongan: KodeGolonganPns, mkgTahun: number): Hasil<number> {
  if (!GOLONGAN_PNS.some((g) => g.kode === golongan)) return gagal(`golongan "${golongan}" tidak dikenal`);
  if (!Number.isInteger(mkgTahun) || mkgTahun < 0) return gagal(`masa kerja golongan ${mkgTahun} tahun tidak sah`);
  const langkah = langkahPada(golongan, mkgTahun, grid);
  if (langkah === undefined) {
    return gagal(`golongan ${golongan} tidak mempunyai gaji pokok untuk masa kerja ${mkgTahun} tahun (langkah pertama ${langkahMkg(golongan, grid)[0]} tahun)`);
  }
  return berhasil(grid.sel[golongan][langkah]!);
}

/** Gaji pokok of (golongan, MKG years) on a date, with the grid that gave it. */
export function gajiPokok(golongan: KodeGolonganPns, mkgTahun: number, tanggal: TanggalIso): Hasil<{ gaji: number, aturan: string }> {
  const g = gridGajiPokokPada(tanggal);
  if (!g.ok) return g;
  const h = gajiPokokDariGrid(g.nilai, golongan, mkgTahun);
  return h.ok ? berhasil({ gaji: h.nilai, aturan: g.nilai.id }) : h;
}
