import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import seed from '../../../../shared/domain/seed-cases.json' with { type: 'json' };
import { ANGGARAN } from './seed-anggaran.ts';
import { agregasiTribulan, biayaPerOutcome, bulatkan, efisiensi, hitungCapaian, jumlahRupiah, NA, penyerapanAnggaran, persen2, type BisaNa, type KebijakanCapaian,
  type Polaritas } from '../src/index.ts';

function capaian(target: number, realisasi: BisaNa, polaritas: Polaritas = 'positif', k: KebijakanCapaian = {}): BisaNa {
  const h = hitungCapaian({ target, realisasi, polaritas }, k);
  if (!h.ok) throw new Error(h.alasan);
  return h.nilai;
}
const nilai = <T>(h: { ok: true, nilai: T } | { ok: false, alasan: string }): T => {
  if (!h.ok) throw new Error(h.alasan);
  return h.nilai;
};

describe('capaian (RULES.md section 6)', () => {
  it.each(seed.capaian)('seed $id: $realisasi / $target -> $expected', (k) => {
    expect(persen2(capaian(k.target, k.realisasi, k.polarity === 'positive' ? 'positif' : 'negatif'))).toBe(k.expected);
  });

  it('pola karier printed 100: only an explicit cap of 100 gives it', () => {
    expect(capaian(1, 4, 'positif', { batas: 100 })).toBe(100);
    expect(capaian(1, 4, 'positif', { batas: 120 })).toBe(120);
    expect(capaian(1, 4)).toBe(400);
    expect(capaian(1, 0.5, 'positif', { batas: 100 })).toBe(50);
  });

  it('negative polarity: (2T - R)/T x 100, floored at 0', () => {
    expect(capaian(10, 8, 'negatif')).toBe(120);
    expect(capaian(10, 10, 'negatif')).toBe(100);
    expect(capaian(10, 15, 'negatif')).toBe(50);
    expect(capaian(10, 20, 'negatif')).toBe(0);
    expect(capaian(10, 35, 'negatif')).toBe(0);
    expect(capaian(10, 0, 'negatif')).toBe(200);
    expect(capaian(10, 0, 'negatif', { batas: 120 })).toBe(120);
  });

  it('N/A is a state, not zero; target 0 is refused with a reason', () => {
    expect(capaian(10, NA)).toBe(NA);
    expect(capaian(10, 0)).toBe(0);
    const nol = hitungCapaian({ target: 0, realisasi: 5, polaritas: 'positif' });
    expect(nol.ok).toBe(false);
    expect(!nol.ok && nol.alasan).toMatch(/^target 0: capaian tidak dapat dihitung/);
    expect(hitungCapaian({ target: -5, realisasi: 5, polaritas: 'positif' }).ok).toBe(false);
    expect(hitungCapaian({ target: 5, realisasi: 5, polaritas: 'positif' }, { batas: 0 }).ok).toBe(false);
    expect(hitungCapaian({ target: 5, realisasi: 5, polaritas: 'netral' as Polaritas }).ok).toBe(false);
    expect(persen2(NA)).toBe(NA);
  });

  it('property: positive polarity is monotone in realisasi, negative is antitone and never below 0', () => {
    const angka = fc.double({ min: 0, max: 1e9, noNaN: true });
    fc.assert(fc.property(fc.double({ min: 0.01, max: 1e9, noNaN: true }), angka, angka, (t, a, b) => {
      const [r1, r2] = a <= b ? [a, b] : [b, a];
      expect(capaian(t, r1) as number).toBeLessThanOrEqual(capaian(t, r2) as number);
      expect(capaian(t, r1, 'negatif') as number).toBeGreaterThanOrEqual(capaian(t, r2, 'negatif') as number);
      expect(capaian(t, r2, 'negatif') as number).toBeGreaterThanOrEqual(0);
      expect(capaian(t, r2, 'positif', { batas: 120 }) as number).toBeLessThanOrEqual(120);
    }));
  });
});

describe('across tribulan', () => {
  const tw = [10, 20, NA, 5] as const;
  it('kumulatif sums, snapshot takes the latest released value, rata_rata the mean of released values', () => {
    expect(agregasiTribulan(tw, 'kumulatif')).toBe(35);
    expect(agregasiTribulan(tw, 'snapshot')).toBe(5);
    expect(agregasiTribulan([10, 20, 30, NA], 'snapshot')).toBe(30);
    expect(agregasiTribulan(tw, 'rata_rata')).toBeCloseTo(35 / 3, 12);
    for (const cara of ['kumulatif', 'snapshot', 'rata_rata'] as const) expect(agregasiTribulan([NA, NA, NA, NA], cara)).toBe(NA);
    expect(agregasiTribulan([0, NA, NA, NA], 'kumulatif')).toBe(0);
  });
});

describe('anggaran and efisiensi (seed anggaran)', () => {
  it('program kepegawaian penyerapan 69.08', () => {
    const a = ANGGARAN['lamongan-program-kepegawaian']!;
    expect(persen2(nilai(penyerapanAnggaran(a.pagu, a.realisasi)))).toBe(a.expected_pct);
  });
  it('efisiensi sasaran 1: 106.92 - 89.16 = 17.76', () => {
    const a = ANGGARAN['lamongan-efisiensi-sasaran-1']!;
    expect(persen2(efisiensi(a.capaian_kinerja, a.penyerapan))).toBe(a.expected_efisiensi);
  });
  it('Lumajang: penyerapan 25.03, efisiensi 76.34 (from the exact penyerapan, rounded once)', () => {
    const a = ANGGARAN['lumajang-efisiensi']!;
    const p = nilai(penyerapanAnggaran(a.pagu, a.realisasi));
    expect(persen2(p)).toBe(a.expected_penyerapan);
    expect(persen2(efisiensi(a.capaian_kinerja, p))).toBe(a.expected_efisiensi);
  });
  it('kasubbag umum PK: the 14 lines sum to 824.405.000, not the printed 779.405.000', () => {
    const a = ANGGARAN['lamongan-kasubbag-umum-pk']!;
    expect(jumlahRupiah(a.lines)).toBe(a.expected_sum);
    expect(jumlahRupiah(a.lines)).not.toBe(a.printed_sum);
  });
  it('penghargaan: 1.992.096.000 against a pagu of 20.000.000 is 9960.48%, not the printed 99.60', () => {
    const a = ANGGARAN['lamongan-penghargaan']!;
    expect(persen2(nilai(penyerapanAnggaran(a.pagu, a.realisasi_printed)))).toBe(9960.48);
    expect(persen2(nilai(penyerapanAnggaran(a.pagu, 19_920_960)))).toBe(a.printed_pct);
  });
  it('N/A and invalid inputs', () => {
    expect(nilai(penyerapanAnggaran(100, NA))).toBe(NA);
    expect(efisiensi(NA, 50)).toBe(NA);
    expect(penyerapanAnggaran(0, 5).ok).toBe(false);
    expect(penyerapanAnggaran(100, -1).ok).toBe(false);
  });
  it('cost per outcome: the share of the budget serving an indicator, and exact money sums', () => {
    expect(bulatkan(nilai(biayaPerOutcome([1_672_255_000], 8_328_663_601)), 2)).toBe(20.08);
    expect(nilai(biayaPerOutcome([25, 25], 200))).toBe(25);
    expect(biayaPerOutcome([1], 0).ok).toBe(false);
    expect(jumlahRupiah([0.1, 0.2])).toBe(0.3);
  });
});
