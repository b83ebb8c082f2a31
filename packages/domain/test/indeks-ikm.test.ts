import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import seed from '../../../../shared/domain/seed-cases.json' with { type: 'json' };
import { ATURAN_IKM, ATURAN_IKM_BAWAAN, aturanIkmBerlaku, hitungIkm, hitungIkmDariJawaban, mutuIkm, UNSUR_IKM } from '../src/index.ts';

const bawaan = ATURAN_IKM[ATURAN_IKM_BAWAAN]!;
const varian0111 = ATURAN_IKM['permenpan-14-2017-0111']!;
const kasus = seed.ikm.find((c) => c.id === 'lamongan-2022-skm')!;

/** Answer rows whose unsur totals are the given ones (each unsur spread as evenly as possible). */
function jawabanDenganTotal(responden: number, total: readonly number[]): number[][] {
  return Array.from({ length: responden }, (_, r) => total.map((t) => Math.floor(t / responden) + (r < t % responden ? 1 : 0)));
}

describe('IKM rule sets', () => {
  it('has the 9 unsur of RULES.md in order and the two weight variants', () => {
    expect(UNSUR_IKM).toEqual([
      'Persyaratan',
      'Sistem, Mekanisme dan Prosedur',
      'Waktu Penyelesaian',
      'Biaya/Tarif',
      'Produk Spesifikasi Jenis Pelayanan',
      'Kompetensi Pelaksana',
      'Perilaku Pelaksana',
      'Penanganan Pengaduan, Saran dan Masukan',
      'Sarana dan Prasarana',
    ]);
    expect(bawaan.bobotUnsur).toBe('sama');
    expect(varian0111.bobotUnsur).toBe(0.111);
    expect(aturanIkmBerlaku('2022-12-31')).toMatchObject({ ok: true, nilai: { id: 'permenpan-14-2017' } });
  });

  it('bands the rounded IKM: A >= 88.31, B >= 76.61, C >= 65.00, D below', () => {
    const m = (x: number) => mutuIkm(x).kode;
    expect([100, 88.31, 88.305, 88.304, 88.3, 76.61, 76.6, 65, 64.995, 64.99, 25].map(m)).toEqual(['A', 'A', 'A', 'B', 'B', 'B', 'C', 'C', 'C', 'D', 'D']);
    expect(mutuIkm(80).label).toBe('Baik');
    expect(mutuIkm(70).label).toBe('Kurang Baik');
    expect(mutuIkm(30).label).toBe('Tidak Baik');
    expect(mutuIkm(90).label).toBe('Sangat Baik');
  });
});

describe('IKM computation', () => {
  it('seed lamongan-2022-skm: NRR, total 10888, IKM 82.86 (1/9) and 82.78 (0.111), mutu B', () => {
    const data = { responden: kasus.respondents, totalUnsur: kasus.unsur_totals };
    const h = hitungIkm(data);
    if (!h.ok) throw new Error(h.alasan);
    expect(h.nilai.nrr).toEqual(kasus.expected.nrr);
    expect(h.nilai.total).toBe(kasus.expected.total);
    expect(h.nilai.ikm).toBe(kasus.expected.ikm_exact_1_9);
    expect(h.nilai.mutu).toMatchObject({ kode: kasus.expected.mutu, label: 'Baik' });
    expect(h.nilai.aturan).toBe('permenpan-14-2017');
    expect(h.nilai.unsurTerlemah).toEqual({ nomor: 3, nama: 'Waktu Penyelesaian', nrr: 3.1 });
    const v = hitungIkm(data, varian0111);
    if (!v.ok) throw new Error(v.alasan);
    expect(v.nilai.ikm).toBe(kasus.expected.ikm_weight_0_111);
    expect(v.nilai.mutu.kode).toBe('B');
    expect(v.nilai.aturan).toBe('permenpan-14-2017-0111');
    // What the report printed is not what its own figures give.
    expect(h.nilai.total).not.toBe(kasus.printed.total);
    expect(h.nilai.nrr[8]).not.toBe(kasus.printed.nrr_sarana);
  });

  it('gives the same from the answers as from their totals (seed rebuilt as 365 answer rows)', () => {
    const jawaban = jawabanDenganTotal(kasus.respondents, kasus.unsur_totals);
    expect(jawaban).toHaveLength(365);
    const h = hitungIkmDariJawaban(jawaban);
    if (!h.ok) throw new Error(h.alasan);
    expect(h.nilai.totalUnsur).toEqual(kasus.unsur_totals);
    expect(h.nilai.ikm).toBe(82.86);
  });

  it('refuses answers outside 1-4, wrong row lengths and impossible totals', () => {
    const salah = (h: { ok: boolean, alasan?: string }) => (h.ok ? 'OK' : h.alasan);
    expect(salah(hitungIkmDariJawaban([[1, 2, 3, 4, 4, 4, 4, 4, 0]]))).toBe('responden 1, unsur 9: jawaban 0 harus bilangan bulat 1-4');
    expect(salah(hitungIkmDariJawaban([[5, 2, 3, 4, 4, 4, 4, 4, 4]]))).toContain('jawaban 5');
    expect(salah(hitungIkmDariJawaban([[2.5, 2, 3, 4, 4, 4, 4, 4, 4]]))).toContain('jawaban 2.5');
    expect(salah(hitungIkmDariJawaban([[1, 2, 3]]))).toBe('responden 1: harus ada 9 jawaban, ditemukan 3');
    expect(salah(hitungIkmDariJawaban([]))).toBe('tidak ada responden');
    expect(salah(hitungIkm({ responden: 10, totalUnsur: [9, 10, 10, 10, 10, 10, 10, 10, 10] }))).toContain('harus antara 10 dan 40');
    expect(salah(hitungIkm({ responden: 0, totalUnsur: kasus.unsur_totals }))).toContain('responden');
  });

  const arbJawaban = fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 9, maxLength: 9 }), { minLength: 1, maxLength: 60 });

  it('keeps the IKM in [25, 100] for valid answers (property)', () => {
    fc.assert(fc.property(arbJawaban, (j) => {
      const h = hitungIkmDariJawaban(j);
      if (!h.ok) throw new Error(h.alasan);
      expect(h.nilai.ikm).toBeGreaterThanOrEqual(25);
      expect(h.nilai.ikm).toBeLessThanOrEqual(100);
      for (const x of h.nilai.nrr) {
        expect(x).toBeGreaterThanOrEqual(1);
        expect(x).toBeLessThanOrEqual(4);
      }
      // The 0.111 weight is 0.999/9 of 1/9: its IKM runs 24.98-99.90 and never exceeds the exact one.
      const v = hitungIkmDariJawaban(j, varian0111);
      if (!v.ok) throw new Error(v.alasan);
      expect(v.nilai.ikmTepat).toBeLessThan(h.nilai.ikmTepat);
      expect(v.nilai.ikm).toBeGreaterThanOrEqual(24.98);
    }));
    expect(hitungIkmDariJawaban([Array(9).fill(1)])).toMatchObject({ ok: true, nilai: { ikm: 25, mutu: { kode: 'D' } } });
    expect(hitungIkmDariJawaban([Array(9).fill(4)])).toMatchObject({ ok: true, nilai: { ikm: 100, mutu: { kode: 'A' } } });
  });
});
