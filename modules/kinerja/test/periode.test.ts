import { describe, expect, it } from 'vitest';
import { PENILAIAN_SKP_PERMENPANRB_6_2022 } from '@simasn/domain';
import { bulanPeriode, kodePeriode, periodePeriodik, periodeSampai, rentangPeriode, tribulanPeriode } from '../src/aturan-kinerja.ts';

describe('evaluation periods of the SKP (rule data)', () => {
  it('lists the periodic periods of the rule in force, monthly when the rule says so', () => {
    expect(periodePeriodik()).toEqual(['tw1', 'tw2', 'tw3', 'tw4']);
    expect(periodePeriodik({ ...PENILAIAN_SKP_PERMENPANRB_6_2022, periodik: 'bulanan' })).toHaveLength(12);
    expect(kodePeriode('bulanan').slice(0, 2)).toEqual(['b01', 'b02']);
    expect(kodePeriode('tahunan')).toEqual(['tahunan']);
  });

  it('gives each period its days, months and SAKIP tribulan', () => {
    expect(rentangPeriode(2024, 'b02')).toEqual({ mulai: '2024-02-01', selesai: '2024-02-29' });
    expect(rentangPeriode(2026, 'tw2')).toEqual({ mulai: '2026-04-01', selesai: '2026-06-30' });
    expect(rentangPeriode(2026, 'tahunan')).toEqual({ mulai: '2026-01-01', selesai: '2026-12-31' });
    expect(bulanPeriode('tw4')).toEqual({ awal: 10, akhir: 12 });
    expect([tribulanPeriode('b05'), tribulanPeriode('tw3'), tribulanPeriode('tahunan')]).toEqual([2, 3, 4]);
  });

  it('"so far": the months and quarters ended by the end of a period, the period itself included', () => {
    expect(periodeSampai('tw1')).toEqual(['b01', 'b02', 'b03', 'tw1']);
    expect(periodeSampai('b04')).toEqual(['b01', 'b02', 'b03', 'b04', 'tw1']);
    expect(periodeSampai('tahunan')).toHaveLength(17);
  });
});
