import { describe, expect, it } from 'vitest';
import { ATURAN_PENUNDAAN_KGB, hitungKgb, penundaanKgb, type HukdisBerjalan } from '../src/index.ts';

const sedang = (tmt: string, masaBulan: number): HukdisBerjalan => ({ tingkat: 'sedang', jenis: 'potong_tukin_12', tmt, masaBulan });

describe('postponement of a KGB by hukuman disiplin', () => {
  it('no sanction, a ringan one, or one with no period: no postponement', () => {
    expect(penundaanKgb('2026-04-01', [])).toEqual({ bulan: 0, hukdis: null, berakhir: null });
    expect(penundaanKgb('2026-04-01', [{ tingkat: 'ringan', tmt: '2026-01-01', masaBulan: 12 }]).bulan).toBe(0);
    expect(penundaanKgb('2026-04-01', [{ tingkat: 'berat', tmt: '2026-01-01', masaBulan: 0 }]).bulan).toBe(0);
  });

  it('a sedang sanction served on the TMT moves it to the month the sanction ends', () => {
    // 12 months from 1 Feb 2026: ends 1 Feb 2027; a KGB due 1 Apr 2026 waits 10 months.
    expect(penundaanKgb('2026-04-01', [sedang('2026-02-01', 12)])).toMatchObject({ bulan: 10, berakhir: '2027-02-01' });
    // Ending mid-month rounds up to the next whole month: 15 Feb 2026 + 6 = 15 Aug 2026; from 1 Apr: 4,5 -> 5.
    expect(penundaanKgb('2026-04-01', [sedang('2026-02-15', 6)]).bulan).toBe(5);
  });

  it('the period is half-open: a sanction ending on the TMT, or starting after it, does not postpone', () => {
    expect(penundaanKgb('2026-04-01', [sedang('2025-04-01', 12)]).bulan).toBe(0);
    expect(penundaanKgb('2026-04-01', [sedang('2026-04-02', 12)]).bulan).toBe(0);
    expect(penundaanKgb('2026-04-01', [sedang('2026-04-01', 6)]).bulan).toBe(6);
  });

  it('the longest of several sanctions wins, and hitungKgb moves the TMT by it', () => {
    const p = penundaanKgb('2026-04-01', [sedang('2026-01-01', 6), { tingkat: 'berat', jenis: 'penurunan_jabatan', tmt: '2025-12-01', masaBulan: 12 }]);
    expect(p).toMatchObject({ bulan: 8, berakhir: '2026-12-01', hukdis: { tingkat: 'berat' } });
    const k = hitungKgb({ golongan: 'III/a', tmtKgbTerakhir: '2024-04-01', mkgTahun: 2, mkgBulan: 0, predikatKinerja: 'baik', penundaanBulan: p.bulan });
    expect(k.ok && k.nilai.tmtKgbBerikutnya).toBe('2026-12-01');
    expect(ATURAN_PENUNDAAN_KGB.tingkat).toEqual(['sedang', 'berat']);
  });
});
