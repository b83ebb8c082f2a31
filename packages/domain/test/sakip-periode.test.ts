import { describe, expect, it } from 'vitest';
import seed from '../../../../shared/domain/seed-cases.json' with { type: 'json' };
import { ANGGARAN } from './seed-anggaran.ts';
import { akhirTribulan, awalTribulan, capaianPeriode, efisiensiPeriode, jumlahPos, NA, parseTribulan, persen2, posAnggaran, rataRataCapaian, realisasiSampai,
  uraianKebijakanCapaian, type CaraAgregasi, type NilaiTribulan } from '../src/index.ts';

describe('tribulan dates', () => {
  it('the first and last day of each tribulan', () => {
    expect([1, 2, 3, 4].map((t) => awalTribulan(2024, t as 1))).toEqual(['2024-01-01', '2024-04-01', '2024-07-01', '2024-10-01']);
    expect([1, 2, 3, 4].map((t) => akhirTribulan(2024, t as 1))).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
  });
  it('parses 1-4 only', () => {
    expect(parseTribulan('2')).toEqual({ ok: true, nilai: 2 });
    expect(parseTribulan(4)).toEqual({ ok: true, nilai: 4 });
    for (const x of [0, 5, '1,5', 'II', null]) expect(parseTribulan(x).ok).toBe(false);
  });
});

describe('realisasi up to a tribulan, by the indicator rule', () => {
  const v: NilaiTribulan[] = [10, 20, NA, 5];
  it.each<[CaraAgregasi, number, number | 'N/A' | null]>([
    ['kumulatif', 1, 10],
    ['kumulatif', 2, 30],
    ['kumulatif', 3, 30],
    ['kumulatif', 4, 35],
    ['snapshot', 1, 10],
    ['snapshot', 2, 20],
    ['snapshot', 3, 20],
    ['snapshot', 4, 5],
    ['rata_rata', 2, 15],
    ['rata_rata', 4, 35 / 3],
  ])('%s up to tribulan %i gives %s', (cara, sampai, hasil) => {
    expect(realisasiSampai(v, sampai as 1, cara)).toBe(hasil);
  });
  it('never entered is null (unknown); declared N/A is N/A; N/A does not count as zero', () => {
    expect(realisasiSampai([null, null, null, null], 4, 'kumulatif')).toBeNull();
    expect(realisasiSampai([NA, null, null, null], 4, 'kumulatif')).toBe(NA);
    expect(realisasiSampai([null, 4, null, null], 1, 'snapshot')).toBeNull();
    expect(realisasiSampai([NA, 4], 4, 'rata_rata')).toBe(4);
  });
});

describe('capaian for a period', () => {
  it('Lumajang IP ASN TW2 (snapshot): 57,12 against 56,35 is 101,37%', () => {
    const c = seed.capaian.find((k) => k.id === 'lumajang-ip-asn-tw2')!;
    const h = capaianPeriode({ target: c.target, polaritas: 'positif', agregasi: 'snapshot', nilai: [55.2, c.realisasi, null, null], sampai: 2 });
    expect(h.realisasi).toBe(57.12);
    expect(persen2(h.capaian!)).toBe(c.expected);
  });
  it('every seed capaian reproduces as a single-tribulan cumulative indicator', () => {
    for (const c of seed.capaian) {
      const h = capaianPeriode({ target: c.target, polaritas: 'positif', agregasi: 'kumulatif', nilai: [c.realisasi], sampai: 4 });
      expect(persen2(h.capaian!), c.id).toBe(c.expected);
    }
  });
  it('kumulatif: SK kenaikan pangkat 1.246 over four tribulan against 1.000 is 124,6%', () => {
    const h = capaianPeriode({ target: 1000, polaritas: 'positif', agregasi: 'kumulatif', nilai: [300, 310, 316, 320], sampai: 4 });
    expect(h).toEqual({ realisasi: 1246, capaian: 124.6, catatan: null });
    expect(persen2(capaianPeriode({ target: 1000, polaritas: 'positif', agregasi: 'kumulatif', nilai: [300, 310, 316, 320], sampai: 2 }).capaian!)).toBe(61);
  });
  it('negative polarity and the cap policy apply after aggregation', () => {
    expect(capaianPeriode({ target: 10, polaritas: 'negatif', agregasi: 'kumulatif', nilai: [2, 3, 1, 2], sampai: 4 }).capaian).toBe(120);
    expect(capaianPeriode({ target: 1, polaritas: 'positif', agregasi: 'kumulatif', nilai: [4], sampai: 4 }, { batas: 100 }).capaian).toBe(100);
  });
  it('missing target, missing realisasi, N/A and target 0 each give null or N/A with the reason', () => {
    expect(capaianPeriode({ target: null, polaritas: 'positif', agregasi: 'snapshot', nilai: [1], sampai: 1 })).toMatchObject({ capaian: null,
      catatan: 'target tahun ini belum ditetapkan' });
    expect(capaianPeriode({ target: 5, polaritas: 'positif', agregasi: 'snapshot', nilai: [], sampai: 4 })).toMatchObject({ capaian: null, catatan: 'realisasi belum diisi' });
    expect(capaianPeriode({ target: 5, polaritas: 'positif', agregasi: 'snapshot', nilai: [NA], sampai: 4 })).toMatchObject({ realisasi: NA, capaian: NA });
    expect(capaianPeriode({ target: 0, polaritas: 'positif', agregasi: 'snapshot', nilai: [3], sampai: 4 }).catatan).toMatch(/target 0/);
  });
  it('states the capping policy in words', () => {
    expect(uraianKebijakanCapaian()).toMatch(/tidak dibatasi/);
    expect(uraianKebijakanCapaian({ batas: 120 })).toMatch(/paling tinggi 120%/);
  });
  it('mean capaian leaves N/A and unknown out', () => {
    expect(rataRataCapaian([100, NA, null, 110])).toBe(105);
    expect(rataRataCapaian([NA, null])).toBe(NA);
  });
});

describe('budget positions', () => {
  it('program kepegawaian: 1.155.135.117 of 1.672.255.000 is 69,08%, sisa 517.119.883', () => {
    const a = ANGGARAN['lamongan-program-kepegawaian']!;
    const p = posAnggaran(a.pagu, a.realisasi);
    expect(persen2(p.penyerapan)).toBe(a.expected_pct);
    expect(p.sisa).toBe(517119883);
  });
  it('Lumajang: efisiensi 101,37 - 25,03 = 76,34', () => {
    const a = ANGGARAN['lumajang-efisiensi']!;
    const p = posAnggaran(a.pagu, a.realisasi);
    expect(persen2(p.penyerapan)).toBe(a.expected_penyerapan);
    expect(efisiensiPeriode(a.capaian_kinerja, p.penyerapan)).toBe(a.expected_efisiensi);
    expect(efisiensiPeriode(ANGGARAN['lamongan-efisiensi-sasaran-1']!.capaian_kinerja, 89.16)).toBe(17.76);
    expect(efisiensiPeriode(null, 10)).toBeNull();
    expect(efisiensiPeriode(NA, 10)).toBe(NA);
  });
  it('kasubbag umum: a sum of lines is the sum (824.405.000), to the sen', () => {
    const a = ANGGARAN['lamongan-kasubbag-umum-pk']!;
    const j = jumlahPos(a.lines.map((x: number) => ({ pagu: x, realisasi: x / 2 })));
    expect(j.pagu).toBe(a.expected_sum);
    expect(j.realisasi).toBe(412202500);
    expect(jumlahPos([{ pagu: 0.1, realisasi: 0.05 }, { pagu: 0.2, realisasi: 0.05 }])).toMatchObject({ pagu: 0.3, realisasi: 0.1, sisa: 0.2 });
  });
  it('pagu 0 gives N/A penyerapan; overspending gives a negative sisa', () => {
    expect(posAnggaran(0, 0).penyerapan).toBe(NA);
    const a = ANGGARAN['lamongan-penghargaan']!;
    expect(posAnggaran(a.pagu, a.realisasi_printed).sisa).toBe(-1972096000);
  });
});
