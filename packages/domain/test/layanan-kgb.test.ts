import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATURAN_KGB, GOLONGAN_PNS, PREDIKAT_SKP, daftarKgbJatuhTempo, hitungKgb, kgbJatuhTempo, langkahMkg, tanggalAwalSkKgb, type HasilKgb, type KodeGolonganPns,
  type MasukanKgb } from '../src/index.ts';

function kgb(m: Partial<MasukanKgb> & Pick<MasukanKgb, 'golongan' | 'tmtKgbTerakhir' | 'mkgTahun'>): HasilKgb {
  const h = hitungKgb({ mkgBulan: 0, predikatKinerja: 'baik', ...m });
  if (!h.ok) throw new Error(h.alasan);
  return h.nilai;
}

describe('KGB: next step of the grid', () => {
  it('III/a MKG 2 on 2022-04-01 -> 2024-04-01 at MKG 4, both amounts from PP 5/2024', () => {
    expect(kgb({ golongan: 'III/a', tmtKgbTerakhir: '2022-04-01', mkgTahun: 2 })).toEqual({ tmtKgbBerikutnya: '2024-04-01', mkgTahun: 4, mkgBulan: 0, gajiPokokLama: 2_873_500,
      gajiPokokBaru: 2_964_000, memenuhiSyarat: true, alasan: [], catatan: [], aturan: { kgb: ATURAN_KGB.id, gajiPokok: 'gapok-pp5-2024' } });
  });

  it('counts the months already served: III/a MKG 3 y 5 m -> 7 months to MKG 4', () => {
    const h = kgb({ golongan: 'III/a', tmtKgbTerakhir: '2023-03-01', mkgTahun: 3, mkgBulan: 5 });
    expect(h).toMatchObject({ tmtKgbBerikutnya: '2023-10-01', mkgTahun: 4, mkgBulan: 0, gajiPokokLama: 2_660_700, gajiPokokBaru: 2_744_500 });
    expect(h.aturan.gajiPokok).toBe('gapok-pp15-2019');
  });

  it('grid switch: next TMT 2023-12-01 uses PP 15/2019, next TMT 2024-01-01 uses PP 5/2024 for both amounts', () => {
    expect(kgb({ golongan: 'III/b', tmtKgbTerakhir: '2021-12-01', mkgTahun: 6 })).toMatchObject({ tmtKgbBerikutnya: '2023-12-01', gajiPokokLama: 2_950_600,
      gajiPokokBaru: 3_043_600, aturan: { gajiPokok: 'gapok-pp15-2019' } });
    expect(kgb({ golongan: 'III/b', tmtKgbTerakhir: '2022-01-01', mkgTahun: 6 })).toMatchObject({ tmtKgbBerikutnya: '2024-01-01', gajiPokokLama: 3_186_600,
      gajiPokokBaru: 3_287_000, aturan: { gajiPokok: 'gapok-pp5-2024' } });
  });

  it('follows the odd steps of golongan I/b..II/d and the 1-year step of II/a', () => {
    expect(kgb({ golongan: 'II/c', tmtKgbTerakhir: '2023-07-01', mkgTahun: 3 })).toMatchObject({ tmtKgbBerikutnya: '2025-07-01', mkgTahun: 5, gajiPokokLama: 2_485_900,
      gajiPokokBaru: 2_564_200 });
    expect(kgb({ golongan: 'II/a', tmtKgbTerakhir: '2024-03-01', mkgTahun: 0 })).toMatchObject({ tmtKgbBerikutnya: '2025-03-01', mkgTahun: 1, gajiPokokLama: 2_184_000,
      gajiPokokBaru: 2_218_400 });
    expect(kgb({ golongan: 'II/a', tmtKgbTerakhir: '2025-03-01', mkgTahun: 1 })).toMatchObject({ tmtKgbBerikutnya: '2027-03-01', mkgTahun: 3 });
    expect(kgb({ golongan: 'I/a', tmtKgbTerakhir: '2024-02-01', mkgTahun: 24 })).toMatchObject({ tmtKgbBerikutnya: '2026-02-01', mkgTahun: 26, gajiPokokBaru: 2_522_600 });
  });

  it('at the top of the grid: no next TMT, no gaji baru, MKG as at input, not eligible with the reason', () => {
    const h = kgb({ golongan: 'IV/e', tmtKgbTerakhir: '2024-05-01', mkgTahun: 32, mkgBulan: 3 });
    expect(h).toMatchObject({ tmtKgbBerikutnya: null, mkgTahun: 32, mkgBulan: 3, gajiPokokLama: 6_373_200, gajiPokokBaru: null, memenuhiSyarat: false });
    expect(h.alasan).toEqual(['golongan IV/e sudah pada langkah tertinggi tabel gaji pokok (masa kerja 32 tahun); tidak ada KGB berikutnya dalam golongan ini']);
    // Gaji lama is read on `pada` when given (the CLI passes today), else on the last TMT.
    expect(kgb({ golongan: 'I/d', tmtKgbTerakhir: '2020-01-01', mkgTahun: 27 }).gajiPokokLama).toBe(2_686_500);
    expect(kgb({ golongan: 'I/d', tmtKgbTerakhir: '2020-01-01', mkgTahun: 27, pada: '2025-01-01' }).gajiPokokLama).toBe(2_901_400);
    expect(kgb({ golongan: 'I/a', tmtKgbTerakhir: '2024-01-01', mkgTahun: 30 })).toMatchObject({ tmtKgbBerikutnya: null, gajiPokokLama: 2_522_600 });
  });

  it.each(['butuh_perbaikan', 'kurang', 'sangat_kurang', 'cukup', 'buruk'] as const)('predikat %s blocks it, dates and amounts still computed', (p) => {
    const h = kgb({ golongan: 'III/c', tmtKgbTerakhir: '2023-04-01', mkgTahun: 10, predikatKinerja: p });
    expect(h).toMatchObject({ tmtKgbBerikutnya: '2025-04-01', mkgTahun: 12, gajiPokokLama: 3_533_900, gajiPokokBaru: 3_645_200, memenuhiSyarat: false });
    expect(h.alasan).toHaveLength(1);
    expect(h.alasan[0]).toMatch(/^predikat kinerja terakhir .* di bawah Baik; KGB mensyaratkan predikat paling rendah Baik$/);
  });

  it('sangat baik and baik are eligible; a missing SKP is not', () => {
    expect(kgb({ golongan: 'III/c', tmtKgbTerakhir: '2023-04-01', mkgTahun: 10, predikatKinerja: 'sangat_baik' }).memenuhiSyarat).toBe(true);
    const tanpa = kgb({ golongan: 'III/c', tmtKgbTerakhir: '2023-04-01', mkgTahun: 10, predikatKinerja: null });
    expect(tanpa.memenuhiSyarat).toBe(false);
    expect(tanpa.alasan[0]).toContain('belum ada predikat kinerja');
  });

  it('top of the grid and a low predikat give both reasons', () => {
    expect(kgb({ golongan: 'IV/a', tmtKgbTerakhir: '2024-05-01', mkgTahun: 32, predikatKinerja: 'kurang' }).alasan).toHaveLength(2);
  });

  it('a hukuman disiplin postponement moves the TMT; the months count as masa kerja so the rhythm is kept', () => {
    const h = kgb({ golongan: 'III/a', tmtKgbTerakhir: '2022-04-01', mkgTahun: 2, penundaanBulan: 12 });
    expect(h).toMatchObject({ tmtKgbBerikutnya: '2025-04-01', mkgTahun: 5, mkgBulan: 0, gajiPokokLama: 2_873_500, gajiPokokBaru: 2_964_000, memenuhiSyarat: true });
    expect(h.catatan[0]).toContain('ditunda 12 bulan');
    expect(kgb({ golongan: 'III/a', tmtKgbTerakhir: '2025-04-01', mkgTahun: 5 }).tmtKgbBerikutnya).toBe('2026-04-01');
  });

  it('refuses what the grid cannot answer', () => {
    const alasan = (m: Partial<MasukanKgb>) => {
      const h = hitungKgb({ golongan: 'III/a', tmtKgbTerakhir: '2022-04-01', mkgTahun: 2, mkgBulan: 0, predikatKinerja: 'baik', ...m });
      return h.ok ? null : h.alasan;
    };
    expect(alasan({ golongan: 'I/b', mkgTahun: 1 })).toContain('langkah pertama 3 tahun');
    expect(alasan({ tmtKgbTerakhir: '2015-04-01' })).toMatch(/^TMT KGB berikutnya 1 April 2017: tidak ada tabel gaji pokok/);
    expect(alasan({ mkgBulan: 12 })).toContain('0 sampai 11');
    expect(alasan({ mkgTahun: 2.5 })).toContain('tidak sah');
    expect(alasan({ tmtKgbTerakhir: '2022-02-30' })).toContain('tidak sah');
    expect(alasan({ golongan: 'V/a' as KodeGolonganPns })).toContain('tidak dikenal');
    expect(alasan({ penundaanBulan: -1 })).toContain('penundaan');
  });
});

describe('KGB due this month', () => {
  it('is due when the next TMT falls in the month', () => {
    expect(kgbJatuhTempo('2024-04-01', '2024-04')).toBe(true);
    expect(kgbJatuhTempo('2024-04-01', '2024-04-15')).toBe(true);
    expect(kgbJatuhTempo('2024-04-01', '2024-05')).toBe(false);
    expect(kgbJatuhTempo(null, '2024-04')).toBe(false);
    const daftar = [{ nip: 'a', tmt: '2024-04-01' }, { nip: 'b', tmt: '2024-06-01' }, { nip: 'c', tmt: null }];
    expect(daftarKgbJatuhTempo(daftar, '2024-06', (x) => x.tmt).map((x) => x.nip)).toEqual(['b']);
    expect(tanggalAwalSkKgb('2024-04-01')).toBe('2024-01-01');
  });
});

describe('KGB properties', () => {
  const golongan = fc.constantFrom(...GOLONGAN_PNS.map((g) => g.kode));
  const masukan = golongan.chain((g) => {
    const langkah = langkahMkg(g);
    return fc.record({ golongan: fc.constant(g), tmtKgbTerakhir: fc.integer({ min: 0, max: 16 * 365 }).map((d) => new Date(Date.UTC(2019, 0, 1 + d)).toISOString().slice(0, 10)),
      mkgTahun: fc.integer({ min: langkah[0]!, max: 35 }), mkgBulan: fc.integer({ min: 0, max: 11 }), predikatKinerja: fc.constantFrom(...PREDIKAT_SKP) });
  });

  it('gaji baru > gaji lama whenever both exist; the next TMT is after the last, at most 2 years on, at a step', () => {
    fc.assert(fc.property(masukan, (m) => {
      const h = hitungKgb(m);
      expect(h.ok).toBe(true);
      if (!h.ok) return;
      const r = h.nilai;
      if (r.tmtKgbBerikutnya === null) {
        expect(r.gajiPokokBaru).toBeNull();
        expect(r.memenuhiSyarat).toBe(false);
        expect(Math.max(...langkahMkg(m.golongan))).toBeLessThanOrEqual(m.mkgTahun);
        return;
      }
      expect(r.gajiPokokBaru!).toBeGreaterThan(r.gajiPokokLama);
      expect(r.tmtKgbBerikutnya > m.tmtKgbTerakhir).toBe(true);
      expect(langkahMkg(m.golongan)).toContain(r.mkgTahun);
      expect(r.mkgBulan).toBe(0);
      const bulan = (r.mkgTahun - m.mkgTahun) * 12 - m.mkgBulan;
      expect(bulan).toBeGreaterThan(0);
      expect(bulan).toBeLessThanOrEqual(24);
      expect(r.aturan.gajiPokok).toBe(r.tmtKgbBerikutnya >= '2024-01-01' ? 'gapok-pp5-2024' : 'gapok-pp15-2019');
      expect(r.memenuhiSyarat).toBe(m.predikatKinerja === 'baik' || m.predikatKinerja === 'sangat_baik');
    }));
  });

  it('chaining: the KGB after a KGB comes two MKG years later, at no lower pay', () => {
    fc.assert(fc.property(masukan, (m) => {
      const a = hitungKgb(m);
      if (!a.ok || a.nilai.tmtKgbBerikutnya === null) return;
      const b = hitungKgb({ ...m, tmtKgbTerakhir: a.nilai.tmtKgbBerikutnya, mkgTahun: a.nilai.mkgTahun, mkgBulan: 0 });
      expect(b.ok).toBe(true);
      if (!b.ok || b.nilai.tmtKgbBerikutnya === null) return;
      expect(b.nilai.mkgTahun - a.nilai.mkgTahun).toBe(2);
      expect(b.nilai.gajiPokokLama).toBeGreaterThanOrEqual(a.nilai.gajiPokokBaru!);
    }));
  });
});
