import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apakahPeriodeKp, aturanPeriodeKpPada, batasAkhirUsulanKp, periodeKpBerikutnya, periodeKpTahun, syaratKpReguler, type MasukanKpReguler } from '../src/index.ts';

describe('kenaikan pangkat periods (RULES.md section 1)', () => {
  it('April/October until 2023, six a year in 2024, the switch to monthly in October 2025', () => {
    expect(periodeKpTahun(2019)).toEqual(['2019-04-01', '2019-10-01']);
    expect(periodeKpTahun(2023)).toEqual(['2023-04-01', '2023-10-01']);
    expect(periodeKpTahun(2024)).toEqual(['2024-02-01', '2024-04-01', '2024-06-01', '2024-08-01', '2024-10-01', '2024-12-01']);
    expect(periodeKpTahun(2025)).toEqual(['2025-02-01', '2025-04-01', '2025-06-01', '2025-08-01', '2025-10-01', '2025-11-01', '2025-12-01']);
    expect(periodeKpTahun(2026)).toHaveLength(12);
    expect(aturanPeriodeKpPada('2023-12-31')?.id).toBe('kp-pp99-2000');
    expect(aturanPeriodeKpPada('2024-01-01')?.id).toBe('kp-perbkn-4-2023');
    expect(aturanPeriodeKpPada('2025-09-30')?.id).toBe('kp-perbkn-4-2023');
    expect(aturanPeriodeKpPada('2025-10-01')?.id).toBe('kp-perbkn-4-2025');
  });

  it('finds the next period on or after a date', () => {
    expect(periodeKpBerikutnya('2023-04-01')).toBe('2023-04-01');
    expect(periodeKpBerikutnya('2023-04-02')).toBe('2023-10-01');
    expect(periodeKpBerikutnya('2023-10-02')).toBe('2024-02-01');
    expect(periodeKpBerikutnya('2024-12-02')).toBe('2025-02-01');
    expect(periodeKpBerikutnya('2025-08-02')).toBe('2025-10-01');
    expect(periodeKpBerikutnya('2025-10-02')).toBe('2025-11-01');
    expect(periodeKpBerikutnya('2026-12-15')).toBe('2027-01-01');
    expect(apakahPeriodeKp('2024-03-01')).toBe(false);
    expect(apakahPeriodeKp('2024-04-02')).toBe(false);
  });

  it('property: the next period is a period, on or after the date, and no period lies between', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 12 * 365 }), (d) => {
      const t = new Date(Date.UTC(2018, 0, 1 + d)).toISOString().slice(0, 10);
      const p = periodeKpBerikutnya(t)!;
      expect(apakahPeriodeKp(p)).toBe(true);
      expect(p >= t).toBe(true);
      const tahun = Number(t.slice(0, 4));
      const antara = [...periodeKpTahun(tahun), ...periodeKpTahun(tahun + 1)].filter((x) => x >= t && x < p);
      expect(antara).toEqual([]);
    }));
  });
});

describe('KP reguler eligibility', () => {
  const cek = (m: Partial<MasukanKpReguler>) => {
    const h = syaratKpReguler({ golongan: 'III/a', tmtGolongan: '2020-04-01', predikatKinerja: 'baik', periode: '2024-04-01', ...m });
    if (!h.ok) throw new Error(h.alasan);
    return h.nilai;
  };
  it('4 years in the golongan at the period and SKP at least Baik', () => {
    expect(cek({})).toEqual({ periode: '2024-04-01', golonganBaru: 'III/b', masaDalamGolongan: { tahun: 4, bulan: 0 }, memenuhiSyarat: true, alasan: [],
      aturan: { kp: 'kp-reguler-pp99-2000', periode: 'kp-perbkn-4-2023' } });
    expect(cek({ golongan: 'III/d' }).golonganBaru).toBe('IV/a');
  });
  it('gives every reason it fails', () => {
    const kurang = cek({ tmtGolongan: '2020-06-01' });
    expect(kurang.memenuhiSyarat).toBe(false);
    expect(kurang.alasan).toEqual(['masa dalam golongan III/a pada 2024-04-01 baru 3 tahun 10 bulan; KP reguler mensyaratkan paling singkat 4 tahun']);
    expect(cek({ predikatKinerja: 'butuh_perbaikan' }).alasan[0]).toContain('Butuh Perbaikan di bawah Baik');
    expect(cek({ predikatKinerja: null }).alasan[0]).toContain('belum ada predikat');
    const puncak = cek({ golongan: 'IV/e', tmtGolongan: '2023-04-01', predikatKinerja: 'kurang' });
    expect(puncak.golonganBaru).toBeNull();
    expect(puncak.alasan).toHaveLength(3);
    expect(puncak.alasan[0]).toBe('golongan IV/e adalah golongan tertinggi');
    expect(cek({ tmtGolongan: '2025-01-01' }).memenuhiSyarat).toBe(false);
  });
  it('refuses a date that is not a KP period', () => {
    const h = syaratKpReguler({ golongan: 'III/a', tmtGolongan: '2020-04-01', predikatKinerja: 'baik', periode: '2024-03-01' });
    expect(h).toEqual({ ok: false, alasan: '2024-03-01 bukan periode kenaikan pangkat (periode berikutnya 2024-04-01)' });
    expect(syaratKpReguler({ golongan: 'III/a', tmtGolongan: '2021-11-01', predikatKinerja: 'baik', periode: '2025-11-01' }).ok).toBe(true);
  });
});

describe('the last day of a KP request of a period', () => {
  it('is the day before the TMT until the SK is out, and the TMT itself at penetapan', () => {
    expect(batasAkhirUsulanKp('2026-04-01', 'pengajuan')).toBe('2026-03-31');
    expect(batasAkhirUsulanKp('2026-03-01', 'verifikasi')).toBe('2026-02-28');
    expect(batasAkhirUsulanKp('2026-04-01', 'penetapan')).toBe('2026-04-01');
  });
});
