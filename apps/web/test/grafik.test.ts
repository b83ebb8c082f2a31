import { describe, expect, it } from 'vitest';
import { labelTegak, skalaSumbu } from '../src/komponen/Grafik.tsx';

/** The value axis of the charts (komponen/Grafik.tsx): from 0 to a round number above the largest value, about five steps. */
describe('skalaSumbu', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    // The dashboard's figures (demo kabupaten): jabatan 3.453, golongan 1.265, top OPD 2.987; merit aspect maximum 120.
    expect(skalaSumbu(3453)).toMatchObject({ min: 0, maks: 4000, garis: [0, 1000, 2000, 3000, 4000] });
    expect(skalaSumbu(1265)).toMatchObject({ maks: 1500, garis: [0, 500, 1000, 1500] });
    expect(skalaSumbu(2987).garis).toEqual([0, 1000, 2000, 3000]);
    expect(skalaSumbu(120)).toMatchObject({ maks: 125, garis: [0, 25, 50, 75, 100, 125] });
    expect(skalaSumbu(24.83).garis).toEqual([0, 5, 10, 15, 20, 25]);
    expect(skalaSumbu(0.86).garis).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('keeps a bound or a step it is given, and whole steps for counts', () => {
    expect(skalaSumbu(3.4, { min: 1, maks: 4, langkah: 0.5 }).garis).toEqual([1, 1.5, 2, 2.5, 3, 3.5, 4]);
    expect(skalaSumbu(0.86, { min: 0, maks: 100, langkah: 20 }).garis).toEqual([0, 20, 40, 60, 80, 100]);
    // Three late arrivals: 0, 1, 2, 3, not 0, 0,5 ... 3.
    expect(skalaSumbu(3).garis).toEqual([0, 1, 2, 3]);
    // Nothing yet: an axis all the same, 0 to 1.
    expect(skalaSumbu(0)).toMatchObject({ min: 0, maks: 1, garis: [0, 1] });
  });

  it('formats its figures the Indonesian way unless told otherwise', () => {
    expect(skalaSumbu(3453).format(4000)).toBe('4.000');
    expect(skalaSumbu(1, { format: (v) => `${v}%` }).format(1)).toBe('1%');
  });
});

describe('labelTegak', () => {
  it('stands labels upright where they would touch side by side', () => {
    // One OPD's jabatan groups (admin OPD Dinkes's dashboard): seven, some longer than a short word.
    expect(labelTegak(['Eselon II.b', 'Eselon III.a', 'Eselon III.b', 'Eselon IV.a', 'Fungsional', 'Pelaksana', 'PPPK'])).toBe('rapat');
    // The kabupaten's golongan: many short codes.
    expect(labelTegak(['I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a'])).toBe('rapat');
    // The months: upright only in a narrow chart.
    expect(labelTegak(['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'])).toBe('banyak');
    // A few, or short ones: side by side.
    expect(labelTegak(['PNS', 'CPNS', 'PPPK'])).toBeNull();
    expect(labelTegak(['Struktural', 'Fungsional', 'Pelaksana', 'PPPK'])).toBeNull();
    expect(labelTegak(['S1', 'S2', 'S3', 'D3', 'D4', 'SMA'])).toBeNull();
  });
});
