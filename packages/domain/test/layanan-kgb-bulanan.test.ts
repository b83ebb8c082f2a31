import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GOLONGAN_PNS, kgbPadaBulan, langkahMkg, mungkinKgbPadaBulan, tambahBulan, type DasarKgbBulanan, type KodeGolonganPns } from '../src/index.ts';

/**
 * The monthly KGB rule. Amounts are read from ../shared/domain/data (gapok_pp15_2019.csv,
 * gapok_pp5_2024.csv) and typed here: III/a MKG 10 = 3.252.900 and 12 = 3.355.400 (PP 5/2024);
 * III/a MKG 2 = 2.660.700 and 4 = 2.744.500 (PP 15/2019); III/b MKG 4 = 2.860.500 and 6 = 2.950.600 (PP 15/2019).
 */
const dasar = (x: Partial<DasarKgbBulanan>): DasarKgbBulanan => ({ golongan: 'III/a', tmtDasar: '2015-03-01', mkTahun: 0, mkBulan: 0, predikat: 'baik', tahunSkp: 2026, hukdis: [],
  ...x });

describe('kgbPadaBulan', () => {
  it('is due when masa kerja golongan reaches a grid step in the month; earlier KGBs taken as on schedule', () => {
    const h = kgbPadaBulan(dasar({}), '2027-03-01');
    expect(h).toMatchObject({ jenis: 'kgb', tmtKgb: '2027-03-01', mkgLamaTahun: 10, mkgBaruTahun: 12, mkgBaruBulan: 0, gajiPokokLama: 3252900, gajiPokokBaru: 3355400,
      aturanGaji: 'gapok-pp5-2024', alasan: [] });
    expect(h.jenis === 'kgb' && h.catatan).toEqual(['KGB TMT 1 Maret 2025 belum tercatat di riwayat gaji; dianggap diberikan sesuai jadwal']);
    expect(kgbPadaBulan(dasar({}), '2027-02-01')).toEqual({ jenis: 'tidak' });
    expect(kgbPadaBulan(dasar({}), '2026-03-01')).toEqual({ jenis: 'tidak' });
  });

  it('from a recorded basis with months: III/b at 4 years 3 months from 1 April 2020 -> 6 years on 1 January 2022, PP 15/2019', () => {
    const h = kgbPadaBulan(dasar({ golongan: 'III/b', tmtDasar: '2020-04-01', mkTahun: 4, mkBulan: 3, tahunSkp: 2021 }), '2022-01-01');
    expect(h).toMatchObject({ jenis: 'kgb', tmtKgb: '2022-01-01', mkgBaruTahun: 6, gajiPokokLama: 2860500, gajiPokokBaru: 2950600, aturanGaji: 'gapok-pp15-2019', catatan: [] });
  });

  it('uses the grid in force at the TMT: III/a 2 -> 4 years in March 2019 under PP 15/2019', () => {
    expect(kgbPadaBulan(dasar({ tahunSkp: 2018 }), '2019-03-01')).toMatchObject({ jenis: 'kgb', gajiPokokLama: 2660700, gajiPokokBaru: 2744500, aturanGaji: 'gapok-pp15-2019' });
  });

  it('II/a has a step at one year', () => {
    expect(kgbPadaBulan(dasar({ golongan: 'II/a', tmtDasar: '2024-01-01', tahunSkp: 2024 }), '2025-01-01')).toMatchObject({ jenis: 'kgb', mkgBaruTahun: 1 });
  });

  it('is blocked by an SKP below Baik, by no SKP, by an SKP too old, with the reason', () => {
    const a = (x: Partial<DasarKgbBulanan>): string[] => {
      const h = kgbPadaBulan(dasar(x), '2027-03-01');
      if (h.jenis !== 'kgb') throw new Error(`tidak jatuh tempo: ${JSON.stringify(h)}`);
      return h.alasan;
    };
    expect(a({ predikat: 'butuh_perbaikan' })[0]).toContain('Butuh Perbaikan di bawah Baik');
    expect(a({ predikat: 'cukup' })[0]).toContain('di bawah Baik');
    expect(a({ predikat: null, tahunSkp: null })[0]).toContain('belum ada predikat kinerja');
    // TMT March 2027: the 2026 SKP may not be settled yet, 2025 is enough, 2024 is too old.
    expect(a({ tahunSkp: 2025 })).toEqual([]);
    expect(a({ tahunSkp: 2024 })).toEqual(['SKP tahun 2025 atau sesudahnya belum tercatat (SKP terakhir tahun 2024)']);
  });

  it('is blocked by a hukuman disiplin sedang or berat served on the TMT, naming the postponed TMT; not by a ringan one', () => {
    const h = kgbPadaBulan(dasar({ hukdis: [{ tingkat: 'sedang', jenis: 'potong_tukin_6', tmt: '2027-01-01', masaBulan: 6 }] }), '2027-03-01');
    expect(h.jenis === 'kgb' && h.alasan).toEqual(['hukuman disiplin sedang (TMT 1 Januari 2027, 6 bulan) sedang dijalani: KGB ditunda 4 bulan, menjadi TMT 1 Juli 2027']);
    const r = kgbPadaBulan(dasar({ hukdis: [{ tingkat: 'ringan', tmt: '2027-01-01', masaBulan: 0 }] }), '2027-03-01');
    expect(r.jenis === 'kgb' && r.alasan).toEqual([]);
  });

  it('says what is missing, and has nothing at the top of the grid', () => {
    expect(kgbPadaBulan(dasar({ golongan: null }), '2027-03-01')).toEqual({ jenis: 'kurang', alasan: 'golongan PNS belum tercatat di riwayat pangkat' });
    expect(kgbPadaBulan(dasar({ golongan: 'IX' }), '2027-03-01')).toMatchObject({ jenis: 'kurang' });
    expect(kgbPadaBulan(dasar({ tmtDasar: null }), '2027-03-01')).toEqual({ jenis: 'kurang', alasan: 'TMT dan masa kerja golongan belum tercatat' });
    expect(kgbPadaBulan(dasar({ golongan: 'II/c', tmtDasar: '2024-01-01' }), '2027-01-01')).toEqual({ jenis: 'kurang',
      alasan: expect.stringContaining('langkah pertama 3 tahun') });
    const puncak = langkahMkg('III/a').at(-1)!;
    expect(kgbPadaBulan(dasar({ mkTahun: puncak, tmtDasar: '2020-01-01' }), '2022-01-01')).toEqual({ jenis: 'tidak' });
  });

  it('the query pre-filter keeps exactly the rows the rule makes due (any golongan, basis and month)', () => {
    const golongan = fc.constantFrom(...GOLONGAN_PNS.map((g) => g.kode as KodeGolonganPns));
    fc.assert(
      fc.property(golongan, fc.integer({ min: 0, max: 12 * 20 }), fc.integer({ min: 0, max: 12 * 8 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 12 * 12 }),
        (g, hariKe, mkAwal, tanggal, geser) => {
          const langkah = langkahMkg(g);
          const mk = langkah[0]! * 12 + mkAwal;
          const tmt = tambahBulan('2016-01-01', hariKe).slice(0, 8) + String(tanggal).padStart(2, '0');
          const bulan = tambahBulan('2019-01-01', geser);
          const h = kgbPadaBulan(dasar({ golongan: g, tmtDasar: tmt, mkTahun: Math.floor(mk / 12), mkBulan: mk % 12 }), bulan);
          expect(h.jenis === 'kgb').toBe(mungkinKgbPadaBulan(g, tmt, Math.floor(mk / 12), mk % 12, bulan));
        }),
      { numRuns: 3000 },
    );
  });
});
