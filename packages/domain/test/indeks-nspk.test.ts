import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ATURAN_NSPK, ATURAN_NSPK_BAWAAN, aturanNspkBerlaku, ELEMEN_NSPK, hitungNspk, kategoriNspk, type AturanNspk } from '../src/index.ts';

const aturan = ATURAN_NSPK[ATURAN_NSPK_BAWAAN]!;

describe('Indeks Implementasi NSPK', () => {
  it('has the 18 elements of RULES.md in order, equal weights as data', () => {
    expect(ELEMEN_NSPK.map((e) => e.nama)).toEqual([
      'Kebutuhan',
      'Pengadaan',
      'Pengangkatan',
      'Jabatan',
      'Pangkat',
      'Pengembangan Karier',
      'Pola Karier',
      'Mutasi',
      'Penilaian Kinerja',
      'Disiplin',
      'Penghargaan',
      'Cuti',
      'Kode Etik',
      'Pemberhentian',
      'Penggajian, Tunjangan dan Fasilitas',
      'Jaminan Pensiun dan Hari Tua',
      'Pensiun',
      'Perlindungan',
    ]);
    expect(new Set(ELEMEN_NSPK.map((e) => e.bobot))).toEqual(new Set([1]));
    expect(aturanNspkBerlaku('2024-01-01')).toMatchObject({ ok: true, nilai: { id: 'bkn-12-2022' } });
  });

  it('bands the rounded index: A > 85, B > 70, C > 55, D > 40, E otherwise', () => {
    const k = (x: number) => kategoriNspk(x).kode;
    expect([100, 85.01, 85.005, 85.004, 85, 70.01, 70, 55.01, 55, 40.01, 40, 25, 0].map(k)).toEqual(['A', 'A', 'A', 'B', 'B', 'B', 'C', 'C', 'D', 'D', 'E', 'E', 'E']);
    expect(['A', 'B', 'C', 'D', 'E'].map((c) => aturan.kategori.find((x) => x.kode === c)!.label)).toEqual(['Unggul', 'Baik', 'Cukup', 'Kurang', 'Buruk']);
  });

  it('takes the weighted mean of the element scores, from an array or by code', () => {
    const nilai = ELEMEN_NSPK.map((_, i) => (i < 9 ? 90 : 70));
    expect(hitungNspk(nilai)).toMatchObject({ ok: true, nilai: { aturan: 'bkn-12-2022', indeks: 80, kategori: { kode: 'B' } } });
    const perKode = Object.fromEntries(ELEMEN_NSPK.map((e, i) => [e.kode, i === 4 ? 10 : 100]));
    const h = hitungNspk(perKode);
    if (!h.ok) throw new Error(h.alasan);
    expect(h.nilai.indeks).toBe(95);
    expect(h.nilai.indeksTepat).toBeCloseTo(1710 / 18, 10);
    expect(h.nilai.elemenTerlemah).toEqual({ kode: 'pangkat', nama: 'Pangkat', nilai: 10 });
    // Weights are data: doubling one element's weight.
    const berbobot: AturanNspk = { ...aturan, id: 'uji', elemen: ELEMEN_NSPK.map((e, i) => ({ ...e, bobot: i === 0 ? 2 : 1 })) };
    expect(hitungNspk(ELEMEN_NSPK.map((_, i) => (i === 0 ? 100 : 81)), berbobot)).toMatchObject({ ok: true, nilai: { indeks: 83, aturan: 'uji' } });
  });

  it('refuses missing, unknown or out-of-range scores', () => {
    const alasan = (h: { ok: boolean, alasan?: string }) => (h.ok ? 'OK' : h.alasan);
    expect(alasan(hitungNspk([80, 90]))).toBe('harus ada 18 nilai elemen, ditemukan 2');
    expect(alasan(hitungNspk({ kebutuhan: 80 }))).toContain('elemen Pengadaan belum dinilai');
    expect(alasan(hitungNspk({ ...Object.fromEntries(ELEMEN_NSPK.map((e) => [e.kode, 50])), digitalisasi: 3 }))).toBe('elemen tidak dikenal: digitalisasi');
    expect(alasan(hitungNspk(ELEMEN_NSPK.map((_, i) => (i === 2 ? 101 : 50))))).toBe('elemen Pengangkatan: nilai 101 harus 0-100');
    expect(alasan(hitungNspk(ELEMEN_NSPK.map(() => Number.NaN)))).toContain('nilai NaN');
  });

  it('keeps the index in [0, 100] and between the lowest and highest element (property)', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 18, maxLength: 18 }), (xs) => {
      const h = hitungNspk(xs);
      if (!h.ok) throw new Error(h.alasan);
      expect(h.nilai.indeks).toBeGreaterThanOrEqual(0);
      expect(h.nilai.indeks).toBeLessThanOrEqual(100);
      expect(h.nilai.indeksTepat).toBeGreaterThanOrEqual(Math.min(...xs) - 1e-9);
      expect(h.nilai.indeksTepat).toBeLessThanOrEqual(Math.max(...xs) + 1e-9);
    }));
  });
});
