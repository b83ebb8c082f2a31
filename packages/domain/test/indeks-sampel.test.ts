import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ATURAN_SAMPEL, sampelKrejcieMorgan, sampelRumusKrejcieMorgan } from '../src/index.ts';

describe('sample size (Krejcie-Morgan)', () => {
  const s = (n: number) => {
    const h = sampelKrejcieMorgan(n);
    if (!h.ok) throw new Error(h.alasan);
    return h.nilai.sampel;
  };

  it('gives the RULES.md table points', () => {
    expect([100, 200, 500, 1000, 10000, 100000].map(s)).toEqual([80, 132, 217, 278, 370, 384]);
  });

  it('gives other points of the published table', () => {
    const tabel: [number, number][] = [
      [10, 10],
      [15, 14],
      [50, 44],
      [75, 63],
      [150, 108],
      [300, 169],
      [400, 196],
      [750, 254],
      [1500, 306],
      [2400, 331],
      [3000, 341],
      [5000, 357],
      [9000, 368],
      [20000, 377],
      [50000, 381],
      [75000, 382],
    ];
    expect(tabel.map(([n]) => s(n))).toEqual(tabel.map(([, x]) => x));
  });

  it('the formula rounded up disagrees with the table on some rows; the table wins', () => {
    const rumus = (n: number) => Math.ceil(sampelRumusKrejcieMorgan(n));
    expect([100, 200, 1000, 10000].map(rumus)).toEqual([80, 132, 278, 370]);
    expect(rumus(500)).toBe(218); // 217.47: the table rounds to the nearest
    expect(rumus(100000)).toBe(383); // 382.63: the table's 384 is the large-N limit
    const tabel = ATURAN_SAMPEL['krejcie-morgan-1970']!.tabel;
    // Apart from the last row, every table figure is the formula rounded to the nearest.
    for (const [n, x] of tabel.slice(0, -1)) expect(Math.round(sampelRumusKrejcieMorgan(n))).toBe(x);
    expect(sampelKrejcieMorgan(500)).toMatchObject({ ok: true, nilai: { sampel: 217, rumus: 218, sumber: 'tabel' } });
  });

  it('between rows takes the next row up, never more than the population; beyond the table its last row', () => {
    expect(sampelKrejcieMorgan(501)).toMatchObject({ ok: true, nilai: { sampel: 226, sumber: 'tabel_baris_berikutnya' } });
    expect(s(12)).toBe(12);
    expect(s(5)).toBe(5);
    expect(s(1)).toBe(1);
    expect(sampelKrejcieMorgan(2_000_000)).toMatchObject({ ok: true, nilai: { sampel: 384, sumber: 'tabel_baris_terakhir' } });
    expect(sampelKrejcieMorgan(0).ok).toBe(false);
    expect(sampelKrejcieMorgan(10.5).ok).toBe(false);
  });

  it('never decreases with the population, never exceeds it, never falls below the formula by more than 1 (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 200_000 }), (n) => {
      expect(s(n + 1)).toBeGreaterThanOrEqual(s(n));
      expect(s(n)).toBeLessThanOrEqual(n);
      expect(s(n)).toBeGreaterThanOrEqual(Math.min(n, Math.ceil(sampelRumusKrejcieMorgan(n)) - 1));
    }));
  });
});
