import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { awalBulanBerikutnya, bacaAngkaIsian, bulatkan, dariSerialExcel, formatAngka, formatPersen, formatRupiah, formatTanggal, hariIniIso, parseAngka, parseTanggal,
  selisihTahunBulan, tambahBulan, tambahHari } from '../src/index.ts';

const nilai = <T>(h: { ok: boolean, nilai?: T, alasan?: string }) => (h.ok ? h.nilai : `GAGAL: ${h.alasan}`);

describe('Indonesian number format', () => {
  it('formats the seeds figures', () => {
    expect(formatRupiah(8328663601)).toBe('Rp 8.328.663.601,00');
    expect(formatPersen(106.92)).toBe('106,92%');
    expect(formatAngka(1234567.891, 2)).toBe('1.234.567,89');
    expect(formatAngka(5310)).toBe('5.310');
    expect(formatAngka(-1234.5, 1)).toBe('-1.234,5');
    expect(formatAngka(0.695, 3)).toBe('0,695');
    expect(formatAngka(null)).toBe('-');
  });

  it('rounds half away from zero on the decimal value', () => {
    expect(bulatkan(1.005, 2)).toBe(1.01);
    expect(bulatkan(82.855, 2)).toBe(82.86);
    expect(bulatkan(-2.5, 0)).toBe(-3);
    expect(bulatkan(278 / 400, 3)).toBe(0.695);
    expect(bulatkan(1246 / 1000 * 100, 2)).toBe(124.6);
  });

  it('reads Indonesian and international writing when unambiguous', () => {
    expect(nilai(parseAngka('1.234,5'))).toBe(1234.5);
    expect(nilai(parseAngka('1234.5'))).toBe(1234.5);
    expect(nilai(parseAngka('1234,5'))).toBe(1234.5);
    expect(nilai(parseAngka('1,234.5'))).toBe(1234.5);
    expect(nilai(parseAngka('8.328.663.601,00'))).toBe(8328663601);
    expect(nilai(parseAngka('1.234.567'))).toBe(1234567);
    expect(nilai(parseAngka('0,111'))).toBe(0.111);
    expect(nilai(parseAngka('-12,75'))).toBe(-12.75);
    expect(nilai(parseAngka(' 42 '))).toBe(42);
    expect(nilai(parseAngka(7))).toBe(7);
  });

  it('refuses ambiguous and malformed numbers with a reason', () => {
    expect(nilai(parseAngka('1.234'))).toMatch(/bermakna ganda/);
    expect(nilai(parseAngka('1,234'))).toMatch(/bermakna ganda/);
    expect(nilai(parseAngka('1.23.4'))).toMatch(/bukan angka yang sah/);
    expect(nilai(parseAngka('1,234,5.6'))).toMatch(/pengelompokan ribuan/);
    expect(nilai(parseAngka('12a'))).toMatch(/bukan angka/);
    expect(nilai(parseAngka(''))).toMatch(/kosong/);
    expect(nilai(parseAngka('2,5', { bulat: true }))).toMatch(/bilangan bulat/);
    // For whole-number fields a thousands-grouped value is unambiguous.
    expect(nilai(parseAngka('1.234', { bulat: true }))).toBe(1234);
  });

  it('reads back in a form every figure we print (Realisasi Kinerja showed "1.000 bermakna ganda")', () => {
    const kasus: [string, number][] = [
      ['1.000', 1000],
      ['1.234,5', 1234.5],
      ['12.345.678', 12345678],
      ['0,5', 0.5],
      ['1,234', 1.234],
      ['999', 999],
      ['-1.000', -1000],
      ['1.000,00', 1000],
      ['0,695', 0.695],
      ['1234.5', 1234.5],
      ['2.5', 2.5],
      [' 1.246 ', 1246],
    ];
    for (const [t, x] of kasus) expect(nilai(bacaAngkaIsian(t)), t).toBe(x);
    for (const x of [1000, 1246, 12345678, 1234.5, 0.5, 100000, -2500]) {
      for (const d of [0, 1, 2, 3]) expect(nilai(bacaAngkaIsian(formatAngka(x, d))), `${x} ${d}`).toBe(bulatkan(x, d));
    }
    expect(nilai(bacaAngkaIsian('1.23.4'))).toMatch(/bukan angka yang sah/);
    expect(nilai(bacaAngkaIsian('1.234', { bulat: true }))).toBe(1234);
    expect(nilai(bacaAngkaIsian('1,5', { bulat: true }))).toMatch(/bilangan bulat/);
    // A file of unknown writing still refuses the ambiguous case; a known writing reads it.
    expect(nilai(parseAngka('1.000'))).toMatch(/bermakna ganda/);
    expect(nilai(parseAngka('1.000', { gaya: 'en' }))).toBe(1);
    expect(nilai(parseAngka('1,000', { gaya: 'en' }))).toBe(1000);
  });

  it('reads back every figure formatAngka prints, at every precision (property)', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 3 }), (bulat, pecahan, d) => {
      const x = bulatkan(bulat + Math.sign(bulat || 1) * pecahan / 1000, d);
      expect(nilai(bacaAngkaIsian(formatAngka(x, d)))).toBe(x);
    }));
  });

  it('round-trips every formatted number (property)', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (bulat, sen) => {
      const x = bulat + Math.sign(bulat || 1) * sen / 100;
      expect(nilai(parseAngka(formatAngka(x, 2)))).toBeCloseTo(x, 2);
    }));
  });
});

describe('Indonesian dates', () => {
  it('formats and reads the usual writings, day first', () => {
    expect(formatTanggal('2022-05-17')).toBe('17 Mei 2022');
    for (const s of ['17 Mei 2022', '17-05-2022', '17/05/2022', '17.05.2022', '2022-05-17', '17-Mei-2022', '17 mei 2022', '17 May 2022']) {
      expect(nilai(parseTanggal(s)), s).toBe('2022-05-17');
    }
    expect(nilai(parseTanggal('05/06/2022'))).toBe('2022-06-05');
    expect(nilai(parseTanggal('1 Nopember 1990'))).toBe('1990-11-01');
  });

  it('refuses impossible and ambiguous dates', () => {
    expect(nilai(parseTanggal('31-02-2022'))).toMatch(/tidak ada di kalender/);
    expect(nilai(parseTanggal('17-05-22'))).toMatch(/4 digit/);
    expect(nilai(parseTanggal('17 Mai 2022'))).toMatch(/tidak dikenal/);
    expect(nilai(parseTanggal('kemarin'))).toMatch(/bukan tanggal/);
  });

  it('computes months, masa kerja and the next month start', () => {
    expect(tambahBulan('2024-01-31', 1)).toBe('2024-02-29');
    expect(tambahHari('2024-02-28', 1)).toBe('2024-02-29');
    expect(tambahHari('2023-12-31', 1)).toBe('2024-01-01');
    expect(tambahHari('2024-03-01', -1)).toBe('2024-02-29');
    expect(tambahHari('2024-05-17', 14)).toBe('2024-05-31');
    expect(tambahBulan('2023-11-15', 3)).toBe('2024-02-15');
    expect(awalBulanBerikutnya('2026-10-19')).toBe('2026-11-01');
    expect(awalBulanBerikutnya('2026-12-05')).toBe('2027-01-01');
    expect(selisihTahunBulan('1992-03-01', '2022-05-17')).toEqual({ tahun: 30, bulan: 2 });
    expect(selisihTahunBulan('1992-03-18', '2022-05-17')).toEqual({ tahun: 30, bulan: 1 });
    expect(dariSerialExcel(44698)).toBe('2022-05-17');
    expect(hariIniIso(new Date('2022-05-16T18:00:00Z'), 'Asia/Jakarta')).toBe('2022-05-17');
  });
});
