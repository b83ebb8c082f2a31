import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GAPOK_PP15_2019, GAPOK_PP5_2024, GOLONGAN_PNS, GRID_GAJI_POKOK, gajiPokok, gridGajiPokokPada, langkahMkg, type GridGajiPokok,
  type KodeGolonganPns } from '../src/index.ts';

/** The shared grids, ../shared/domain/data from the repo root (always present in CI). */
const DATA = new URL('../../../../shared/domain/data/', import.meta.url);

function bacaCsv(nama: string): Map<string, Map<number, number>> {
  const [header, ...baris] = readFileSync(new URL(nama, DATA), 'utf8').trim().split(/\r?\n/).map((b) => b.split(','));
  // Cells with thousands separators (`1.685.700`) contain no comma, so a plain split is safe.
  const golongan = header!.slice(1);
  const sel = new Map(golongan.map((g) => [g, new Map<number, number>()]));
  for (const b of baris) {
    golongan.forEach((g, i) => {
      const v = b[i + 1]!.trim();
      if (v !== '') sel.get(g)!.set(Number(b[0]), Number(v.replace(/\./g, '')));
    });
  }
  return sel;
}

const sebagaiMap = (grid: GridGajiPokok) => new Map(Object.entries(grid.sel).map(([g, s]) => [g, new Map(Object.entries(s).map(([k, v]) => [Number(k), v]))]));

describe('gaji pokok grids as data (RULES.md section 1)', () => {
  it.each([
    ['gapok_pp15_2019.csv', GAPOK_PP15_2019],
    ['gapok_pp5_2024.csv', GAPOK_PP5_2024],
  ])('%s: every cell of the shared CSV equals the TS data, and nothing more', (berkas, grid) => {
    const csv = bacaCsv(berkas);
    expect([...csv.keys()]).toEqual(GOLONGAN_PNS.map((g) => g.kode));
    expect(sebagaiMap(grid)).toEqual(csv);
  });

  it('carries id, legal basis and start date', () => {
    expect(GRID_GAJI_POKOK.map((g) => [g.id, g.berlakuMulai])).toEqual([['gapok-pp15-2019', '2019-01-01'], ['gapok-pp5-2024', '2024-01-01']]);
    expect(GAPOK_PP5_2024.dasarHukum).toMatch(/^PP 5\/2024/);
  });

  it('PP 5/2024 = PP 15/2019 x 1.08: every cell a whole hundred within Rp 200 of the product (the table is not a uniform rounding)', () => {
    let selisihMaks = 0;
    let tepatRatusanTerdekat = 0;
    let jumlah = 0;
    for (const g of GOLONGAN_PNS.map((x) => x.kode)) {
      expect(langkahMkg(g, GAPOK_PP5_2024)).toEqual(langkahMkg(g, GAPOK_PP15_2019));
      for (const l of langkahMkg(g, GAPOK_PP15_2019)) {
        // In hundredths of a rupiah, so that every figure is an exact integer.
        const kali = GAPOK_PP15_2019.sel[g][l]! * 108;
        const baru = GAPOK_PP5_2024.sel[g][l]!;
        expect(baru % 100).toBe(0);
        const selisih = Math.abs(baru * 100 - kali) / 100;
        expect(selisih).toBeLessThan(200);
        selisihMaks = Math.max(selisihMaks, selisih);
        if (baru === Math.round(kali / 10_000) * 100) tepatRatusanTerdekat++;
        jumlah++;
      }
    }
    expect(jumlah).toBe(272);
    expect(selisihMaks).toBe(188);
    // Only 127 of the 272 cells are the product rounded to the nearest hundred: the published table
    // is the rule, the product is only a check.
    expect(tepatRatusanTerdekat).toBe(127);
    expect(GAPOK_PP15_2019.sel['IV/a'][32]! * 1.08).toBe(5_400_000);
    expect(GAPOK_PP5_2024.sel['IV/a'][32]).toBe(5_399_900);
  });
});

describe('grid in force, steps and lookups', () => {
  it('switches grid on 1 January 2024 and refuses dates before PP 15/2019', () => {
    const id = (t: string) => {
      const g = gridGajiPokokPada(t);
      return g.ok ? g.nilai.id : g.alasan;
    };
    expect(id('2019-01-01')).toBe('gapok-pp15-2019');
    expect(id('2023-12-31')).toBe('gapok-pp15-2019');
    expect(id('2024-01-01')).toBe('gapok-pp5-2024');
    expect(id('2030-06-01')).toBe('gapok-pp5-2024');
    expect(id('2018-12-31')).toMatch(/tidak ada tabel gaji pokok yang berlaku pada 31 Desember 2018.*1 Januari 2019/);
  });

  it('knows the steps of every golongan I/a..IV/e', () => {
    const genap = (dari: number, sampai: number) => Array.from({ length: (sampai - dari) / 2 + 1 }, (_, i) => dari + 2 * i);
    const harapan: Record<KodeGolonganPns, number[]> = { 'I/a': genap(0, 26), 'I/b': genap(3, 27), 'I/c': genap(3, 27), 'I/d': genap(3, 27), 'II/a': [0, ...genap(1, 33)],
      'II/b': genap(3, 33), 'II/c': genap(3, 33), 'II/d': genap(3, 33), 'III/a': genap(0, 32), 'III/b': genap(0, 32), 'III/c': genap(0, 32), 'III/d': genap(0, 32),
      'IV/a': genap(0, 32), 'IV/b': genap(0, 32), 'IV/c': genap(0, 32), 'IV/d': genap(0, 32), 'IV/e': genap(0, 32) };
    for (const g of GOLONGAN_PNS) expect(langkahMkg(g.kode), g.kode).toEqual(harapan[g.kode]);
  });

  it('gives the cell at the largest step not above the MKG, under the grid of the date', () => {
    expect(gajiPokok('III/a', 0, '2023-06-01')).toEqual({ ok: true, nilai: { gaji: 2_579_400, aturan: 'gapok-pp15-2019' } });
    expect(gajiPokok('III/a', 1, '2023-06-01')).toEqual({ ok: true, nilai: { gaji: 2_579_400, aturan: 'gapok-pp15-2019' } });
    expect(gajiPokok('III/a', 3, '2024-01-01')).toEqual({ ok: true, nilai: { gaji: 2_873_500, aturan: 'gapok-pp5-2024' } });
    expect(gajiPokok('IV/e', 40, '2024-01-01')).toEqual({ ok: true, nilai: { gaji: 6_373_200, aturan: 'gapok-pp5-2024' } });
    expect(gajiPokok('I/a', 27, '2024-01-01')).toEqual({ ok: true, nilai: { gaji: 2_522_600, aturan: 'gapok-pp5-2024' } });
    const bawah = gajiPokok('I/b', 2, '2024-01-01');
    expect(bawah.ok).toBe(false);
    expect(!bawah.ok && bawah.alasan).toContain('langkah pertama 3 tahun');
    expect(gajiPokok('III/a', 4, '2018-01-01').ok).toBe(false);
    expect(gajiPokok('III/a', -1, '2024-01-01').ok).toBe(false);
  });
});
