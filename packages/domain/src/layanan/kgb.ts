import { GOLONGAN_PNS, type KodeGolonganPns } from '../golongan.ts';
import { berhasil, gagal, type Hasil } from '../hasil.ts';
import { LABEL_PREDIKAT_SKP, type PredikatSkp } from '../riwayat.ts';
import { formatTanggal, tambahBulan, tanggalValid, pecahIso, type TanggalIso } from '../tanggal.ts';
import { GRID_GAJI_POKOK, gajiPokokDariGrid, gridGajiPokokPada, langkahBerikutnya, langkahMkg, langkahPada, type GridGajiPokok } from './gaji-pokok.ts';

/**
 * Kenaikan gaji berkala (KGB) as a versioned rule set (RULES.md section 1). The interval is not a
 * parameter: a KGB falls when the masa kerja golongan reaches the next step of the golongan's grid
 * (every 2 years; golongan II/a also has a step at 1 year).
 */
export interface AturanKgb {
  id: string;
  dasarHukum: string;
  berlakuMulai: TanggalIso;
  /** SKP predikat that allow a KGB; any other (incl. the old scale's cukup/buruk) blocks it. */
  predikatMemenuhi: readonly PredikatSkp[];
  /** The SK may be issued this many months before its TMT. */
  bulanSkSebelumTmt: number;
}

export const ATURAN_KGB: AturanKgb = { id: 'kgb-2022',
  dasarHukum:
    'PP 7/1977 jo. PP 15/2019 dan PP 5/2024 (langkah tabel gaji pokok); predikat SKP paling rendah Baik (PermenPAN-RB 6/2022, praktik); penundaan karena hukuman disiplin (PP 94/2021)',
  berlakuMulai: '2019-01-01', predikatMemenuhi: ['sangat_baik', 'baik'], bulanSkSebelumTmt: 3 };

export interface MasukanKgb {
  golongan: KodeGolonganPns;
  /** TMT of the last KGB (or of the golongan, when no KGB since). */
  tmtKgbTerakhir: TanggalIso;
  /** Masa kerja golongan at `tmtKgbTerakhir`. */
  mkgTahun: number;
  mkgBulan: number;
  /** Predikat of the last SKP; null when there is none. */
  predikatKinerja: PredikatSkp | null;
  /**
   * Months a hukuman disiplin postpones the KGB (PP 94/2021). The TMT moves by that many months and
   * the postponement still counts as masa kerja, so the following KGB keeps its original rhythm.
   */
  penundaanBulan?: number;
  /**
   * The day the current salary is read when there is no next KGB (top of the grid). Defaults to
   * `tmtKgbTerakhir`. When there is a next KGB both amounts are read on its TMT.
   */
  pada?: TanggalIso;
}

export interface HasilKgb {
  /** null at the top of the grid. */
  tmtKgbBerikutnya: TanggalIso | null;
  /** MKG at `tmtKgbBerikutnya` (as at input at the top of the grid). */
  mkgTahun: number;
  mkgBulan: number;
  gajiPokokLama: number;
  /** null at the top of the grid. */
  gajiPokokBaru: number | null;
  memenuhiSyarat: boolean;
  /** Why the KGB cannot be granted (empty when `memenuhiSyarat`). */
  alasan: string[];
  /** Facts worth printing that do not block the KGB (a postponement). */
  catatan: string[];
  /** The rule versions that produced this result. */
  aturan: { kgb: string, gajiPokok: string };
}

const bulat = (x: unknown, min: number, max: number) => typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;

/**
 * The next KGB of one employee: months to add = next step x 12 - (MKG years x 12 + months); the new
 * MKG is that step; gaji lama (current step) and gaji baru (next step) both come from the grid in
 * force on the next TMT. A predikat below Baik makes it ineligible, but dates and amounts are still
 * computed (the SK waits, the schedule does not change).
 */
export function hitungKgb(m: MasukanKgb, aturan: AturanKgb = ATURAN_KGB, daftarGrid: readonly GridGajiPokok[] = GRID_GAJI_POKOK): Hasil<HasilKgb> {
  if (!GOLONGAN_PNS.some((g) => g.kode === m.golongan)) return gagal(`golongan "${m.golongan}" tidak dikenal (contoh: III/a)`);
  const t = pecahIso(m.tmtKgbTerakhir);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(m.tmtKgbTerakhir) || !tanggalValid(t.tahun, t.bulan, t.hari)) return gagal(`tanggal "${m.tmtKgbTerakhir}" tidak sah`);
  if (!bulat(m.mkgTahun, 0, 50)) return gagal(`masa kerja golongan ${m.mkgTahun} tahun tidak sah (bilangan bulat 0 sampai 50)`);
  if (!bulat(m.mkgBulan, 0, 11)) return gagal(`masa kerja golongan ${m.mkgBulan} bulan tidak sah (bilangan bulat 0 sampai 11)`);
  const penundaan = m.penundaanBulan ?? 0;
  if (!bulat(penundaan, 0, 120)) return gagal(`penundaan ${penundaan} bulan tidak sah (bilangan bulat 0 sampai 120)`);

  // Steps are the same in every grid (a test checks it); read them from the newest.
  const gridLangkah = daftarGrid.at(-1)!;
  const sekarang = langkahPada(m.golongan, m.mkgTahun, gridLangkah);
  if (sekarang === undefined) {
    return gagal(`golongan ${m.golongan} tidak mempunyai langkah gaji pada masa kerja ${m.mkgTahun} tahun (langkah pertama ${langkahMkg(m.golongan, gridLangkah)[0]} tahun)`);
  }
  const alasan: string[] = [];
  const catatan: string[] = [];
  if (m.predikatKinerja === null) alasan.push('belum ada predikat kinerja (SKP) terakhir; KGB mensyaratkan predikat paling rendah Baik');
  else if (!aturan.predikatMemenuhi.includes(m.predikatKinerja)) {
    alasan.push(`predikat kinerja terakhir ${LABEL_PREDIKAT_SKP[m.predikatKinerja] ?? m.predikatKinerja} di bawah Baik; KGB mensyaratkan predikat paling rendah Baik`);
  }

  const berikut = langkahBerikutnya(m.golongan, m.mkgTahun, m.mkgBulan, gridLangkah);
  if (berikut === undefined) {
    const pada = m.pada ?? m.tmtKgbTerakhir;
    const grid = gridGajiPokokPada(pada, daftarGrid);
    if (!grid.ok) return grid;
    const lama = gajiPokokDariGrid(grid.nilai, m.golongan, sekarang);
    if (!lama.ok) return lama;
    alasan.unshift(`golongan ${m.golongan} sudah pada langkah tertinggi tabel gaji pokok (masa kerja ${sekarang} tahun); tidak ada KGB berikutnya dalam golongan ini`);
    return berhasil({ tmtKgbBerikutnya: null, mkgTahun: m.mkgTahun, mkgBulan: m.mkgBulan, gajiPokokLama: lama.nilai, gajiPokokBaru: null, memenuhiSyarat: false, alasan, catatan,
      aturan: { kgb: aturan.id, gajiPokok: grid.nilai.id } });
  }

  const bulanTambah = berikut * 12 - (m.mkgTahun * 12 + m.mkgBulan) + penundaan;
  const tmt = tambahBulan(m.tmtKgbTerakhir, bulanTambah);
  const grid = gridGajiPokokPada(tmt, daftarGrid);
  if (!grid.ok) return gagal(`TMT KGB berikutnya ${formatTanggal(tmt)}: ${grid.alasan}`);
  const mkgBaru = berikut * 12 + penundaan;
  const lama = gajiPokokDariGrid(grid.nilai, m.golongan, sekarang);
  const baru = gajiPokokDariGrid(grid.nilai, m.golongan, Math.floor(mkgBaru / 12));
  if (!lama.ok) return lama;
  if (!baru.ok) return baru;
  if (penundaan > 0) catatan.push(`TMT KGB ditunda ${penundaan} bulan karena hukuman disiplin (PP 94/2021); masa penundaan dihitung sebagai masa kerja`);
  return berhasil({ tmtKgbBerikutnya: tmt, mkgTahun: Math.floor(mkgBaru / 12), mkgBulan: mkgBaru % 12, gajiPokokLama: lama.nilai, gajiPokokBaru: baru.nilai,
    memenuhiSyarat: alasan.length === 0, alasan, catatan, aturan: { kgb: aturan.id, gajiPokok: grid.nilai.id } });
}

/** Is the next KGB due in `bulan` (`YYYY-MM`, or any date in that month)? */
export function kgbJatuhTempo(tmtKgbBerikutnya: TanggalIso | null, bulan: string): boolean {
  return tmtKgbBerikutnya !== null && tmtKgbBerikutnya.slice(0, 7) === bulan.slice(0, 7);
}

/** The monthly list: who has the next KGB TMT in `bulan`. */
export function daftarKgbJatuhTempo<T>(daftar: readonly T[], bulan: string, tmt: (x: T) => TanggalIso | null): T[] {
  return daftar.filter((x) => kgbJatuhTempo(tmt(x), bulan));
}

/** The earliest day the KGB SK may be issued for a TMT (3 months before, RULES.md). */
export function tanggalAwalSkKgb(tmtKgb: TanggalIso, aturan: AturanKgb = ATURAN_KGB): TanggalIso {
  return tambahBulan(tmtKgb, -aturan.bulanSkSebelumTmt);
}
