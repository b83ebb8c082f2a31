import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANALISIS_BUTIR_SIMASN_2026 as A, analisisButir, analisisPengecoh, aturanAnalisisButir, bandingkanIdPeserta, type HasilAnalisisButir, type MatriksSkor, susunMatriksSkor,
  ukuranKelompok } from '../src/index.ts';

/** Every expected figure is worked out by hand from RULES.md section 11 in the comment beside it. */
function matriks(baris: Record<string, number[]>, maks?: number[]): MatriksSkor {
  const peserta = Object.keys(baris);
  const k = baris[peserta[0]!]!.length;
  return { peserta, butir: Array.from({ length: k }, (_, i) => `B${i + 1}`), skorMaks: maks ?? Array(k).fill(1), skor: Float64Array.from(peserta.flatMap((p) => baris[p]!)) };
}

function analisis(m: MatriksSkor): HasilAnalisisButir {
  const h = analisisButir(A, m);
  if (!h.ok) throw new Error(h.alasan);
  return h.nilai;
}

const r4 = (x: number) => Math.round(x * 10_000) / 10_000;

describe('item analysis rules as data', () => {
  it('holds the 27% groups and the revision thresholds of RULES.md section 11', () => {
    expect(A.kelompok).toEqual({ pembilang: 27, penyebut: 100 });
    expect(A.batas).toEqual({ rMin: 0.2, pMin: 0.2, pMaks: 0.9 });
    expect(A.pengecoh).toEqual({ minProporsi: 0.05 });
    expect(A.catatan).toMatch(/\[open\]/);
    expect(aturanAnalisisButir('simasn-2026')).toEqual({ ok: true, nilai: A });
    const x = aturanAnalisisButir('constructor');
    expect(!x.ok && x.alasan).toBe('aturan analisis butir "constructor" tidak dikenal; pilihan: simasn-2026');
  });

  it('sizes the groups as round-half-up(0,27 x N) on whole numbers', () => {
    // 0,27 x 50 = 13,5 -> 14 (floating point gives 13.500000000000002 or 13.499999: never trusted); 0,27 x 150 = 40,5 -> 41.
    expect([1, 2, 3, 4, 10, 50, 100, 150, 10_000].map((n) => ukuranKelompok(A, n))).toEqual([0, 1, 1, 1, 3, 14, 27, 41, 2_700]);
  });

  it('orders participant ids as a person reads them', () => {
    expect(['P10', 'P2', 'P1', 'Q1', '10', '9', '009', 'p1'].sort(bandingkanIdPeserta)).toEqual(['009', '9', '10', 'P1', 'P2', 'P10', 'Q1', 'p1']);
    expect(bandingkanIdPeserta('a', 'a')).toBe(0);
  });
});

describe('analisisButir', () => {
  it('computes p, d, corrected r, alpha, mean and SD of a hand-worked 4 x 3 test', () => {
    // T = 3, 2, 1, 0; p = 3/4, 2/4, 1/4; g = round(1,08) = 1: upper A, lower D, d = 1 for every item.
    // Item 1: x = 1,1,1,0, rest = 2,1,0,0: cov = 3/4 - 9/16 = 3/16, var x = 3/16, var rest = 5/4 - 9/16 = 11/16: r = sqrt(3/11) = 0,5222.
    // Item 2: x = 1,1,0,0, rest = 2,1,1,0: cov = 3/4 - 1/2 = 1/4, var x = 1/4, var rest = 6/4 - 1 = 1/2: r = sqrt(1/2) = 0,7071. Item 3 mirrors item 1.
    // var T = 14/4 - 9/4 = 5/4; sum var x = 3/16 + 4/16 + 3/16 = 5/8: alpha = 3/2 x (1 - 1/2) = 0,75; SD = sqrt(5/4) = 1,1180.
    const h = analisis(matriks({ A: [1, 1, 1], B: [1, 1, 0], C: [1, 0, 0], D: [0, 0, 0] }));
    expect([h.peserta, h.butirJumlah, h.kelompok, h.alpha, h.alphaTerukur, h.rataRata, r4(h.simpanganBaku)]).toEqual([4, 3, 1, 0.75, true, 1.5, 1.118]);
    expect(h.butir.map((b) => [b.butir, b.p, b.d, r4(b.r), b.perluRevisi])).toEqual([['B1', 0.75, 1, 0.5222, false], ['B2', 0.5, 1, r4(Math.SQRT1_2), false], [
      'B3',
      0.25,
      1,
      0.5222,
      false,
    ]]);
    expect(Array.from(h.urutan)).toEqual([0, 1, 2, 3]);
  });

  it('scores TKP-style items (weights 1-5, maximum 5): p and d divide by the maximum', () => {
    // Totals 10, 6, 2 (N = 3, g = round(0,81) = 1: upper A, lower C). Item 1: mean 9/3 = 3, / 5 = 0,6; d = (5 - 1) / 5 = 0,8.
    // Item 1 and item 2 are equal: rest = x, r = 1. var x = 35/3 - 9 = 8/3 each; var T = 4 x 8/3: alpha = 2 x (1 - 16/32) = 1.
    const h = analisis(matriks({ A: [5, 5], B: [3, 3], C: [1, 1] }, [5, 5]));
    expect(h.butir.map((b) => [b.p, b.d, b.r])).toEqual([[0.6, 0.8, 1], [0.6, 0.8, 1]]);
    expect(h.alpha).toBeCloseTo(1, 12);
  });

  it('breaks ties at the group boundary by participant id ascending, read as a person reads it', () => {
    // Every total is 1: the order is P1, P2, P10 (not P1, P10, P2); g = 1: upper P1 (1,0), lower P10 (1,0): d = 0, 0.
    // By plain character order the lower group would be P2 (0,1) and d would be 1 and -1.
    const h = analisis(matriks({ P10: [1, 0], P2: [0, 1], P1: [1, 0] }));
    expect(h.butir.map((b) => b.d)).toEqual([0, 0]);
    expect(Array.from(h.urutan)).toEqual([2, 1, 0]);
    // The same with numeric ids 2 and 10: 2 comes first, so 10 is the lower group.
    const n = analisis(matriks({ 10: [0, 1], 2: [1, 0], 1: [1, 0] }));
    // Object keys put 1, 2, 10 first in numeric order here; the groups: upper "1" (1,0), lower "10" (0,1): d = 1, -1.
    expect(n.butir.map((b) => b.d)).toEqual([1, -1]);
  });

  it('gives r = 0 (and flags the item) when the item or the rest of the test has no variance', () => {
    // B1: everyone right (p = 1 > 0,90): no variance, r = 0. B3 is B2 mirrored.
    const h = analisis(matriks({ A: [1, 1, 0], B: [1, 0, 1], C: [1, 1, 0], D: [1, 0, 1] }));
    // T = 2 for everyone: var T = 0, alpha cannot be measured (0); the rest of B2 is 1 + x3 = 2 - x2: r = -1 (a perfect negative correlation).
    expect(h.alpha).toBe(0);
    expect(h.alphaTerukur).toBe(false);
    expect(h.simpanganBaku).toBe(0);
    expect(h.butir[0]).toMatchObject({ p: 1, r: 0, perluRevisi: true, alasanRevisi: ['r_rendah', 'terlalu_mudah'] });
    expect(h.butir[0]!.keterangan).toEqual([
      'korelasi butir-total tidak dapat diukur (skor butir atau skor sisanya sama untuk semua peserta), dihitung 0 < 0,2',
      'tingkat kesukaran 1 > 0,9: terlalu mudah',
    ]);
    expect(h.butir[1]).toMatchObject({ p: 0.5, r: -1, perluRevisi: true, alasanRevisi: ['r_rendah'] });
    expect(h.butir[1]!.keterangan).toEqual(['korelasi butir-total terkoreksi -1 < 0,2: butir kurang sejalan dengan tes']);
  });

  it('handles one participant: no groups (d = 0), no variance (r = 0, alpha 0), p from the one score', () => {
    const h = analisis(matriks({ solo: [1, 0, 3] }, [1, 1, 4]));
    expect(h.kelompok).toBe(0);
    expect(h.butir.map((b) => [b.p, b.d, b.r, b.alasanRevisi])).toEqual([[1, 0, 0, ['r_rendah', 'terlalu_mudah']], [0, 0, 0, ['r_rendah', 'terlalu_sulit']], [0.75, 0, 0, [
      'r_rendah',
    ]]]);
    expect([h.alpha, h.alphaTerukur, h.rataRata, h.simpanganBaku]).toEqual([0, false, 4, 0]);
  });

  it('does not measure alpha with a single item', () => {
    const h = analisis(matriks({ A: [1], B: [0], C: [1] }));
    expect([h.alpha, h.alphaTerukur]).toEqual([0, false]);
    // The rest of the test is empty (0 for all): r = 0.
    expect(h.butir[0]!.r).toBe(0);
  });

  it('flags on the figures as printed (4 decimals): p = 0,9 and 0,2 exactly are not flagged, 0,95 and 0,1 are', () => {
    const baris: Record<string, number[]> = {};
    // 20 participants; B1 right for 18 (p = 0,9), B2 right for 4 (p = 0,2), B3 right for 19 (0,95), B4 right for 2 (0,1).
    for (let j = 0; j < 20; j++) baris[`P${j + 1}`] = [j < 18 ? 1 : 0, j < 4 ? 1 : 0, j < 19 ? 1 : 0, j < 2 ? 1 : 0];
    const h = analisis(matriks(baris));
    expect(h.butir.map((b) => b.p)).toEqual([0.9, 0.2, 0.95, 0.1]);
    expect(h.butir.map((b) => b.alasanRevisi.filter((a) => a !== 'r_rendah'))).toEqual([[], [], ['terlalu_mudah'], ['terlalu_sulit']]);
  });

  it('refuses sizes that do not fit and scores outside 0..maximum, naming participant and item', () => {
    const m = matriks({ A: [1, 0], B: [0, 1] });
    const salah = (x: Partial<MatriksSkor>) => {
      const h = analisisButir(A, { ...m, ...x });
      return !h.ok && h.alasan;
    };
    expect(salah({ peserta: [] })).toBe('tidak ada peserta');
    expect(salah({ skor: new Float64Array(3) })).toBe('matriks skor berisi 3 nilai, seharusnya 2 peserta x 2 butir = 4');
    expect(salah({ skorMaks: [1, 0] })).toBe('skor maksimum butir B2 harus lebih dari 0');
    expect(salah({ skor: Float64Array.from([1, 0, 0, 2]) })).toBe('skor peserta B pada butir B2 harus 0 sampai 1, ditemukan 2');
    expect(salah({ skor: Float64Array.from([1, Number.NaN, 0, 1]) })).toBe('skor peserta A pada butir B2 harus 0 sampai 1, ditemukan NaN');
  });

  it('agrees with a direct reading of the formulas on any matrix (two-pass, centred sums)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 8 }), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 320, maxLength: 320 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 8, maxLength: 8 }), (n, k, acak, maksAcak) => {
        const maks = maksAcak.slice(0, k);
        const skor = Float64Array.from({ length: n * k }, (_, x) => acak[x % acak.length]! % (maks[x % k]! + 1));
        const peserta = Array.from({ length: n }, (_, j) => `P${(j * 7) % n}-${j}`);
        const h = analisis({ peserta, butir: maks.map((_, i) => `B${i}`), skorMaks: maks, skor });
        const x = (j: number, i: number) => skor[j * k + i]!;
        const T = peserta.map((_, j) => maks.reduce((a, _m, i) => a + x(j, i), 0));
        const rata = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
        const varians = (v: number[]) => rata(v.map((y) => (y - rata(v)) ** 2));
        const urut = peserta.map((_, j) => j).sort((a, b) => T[b]! - T[a]! || bandingkanIdPeserta(peserta[a]!, peserta[b]!));
        const g = Math.floor((27 * n + 50) / 100);
        for (let i = 0; i < k; i++) {
          const xi = peserta.map((_, j) => x(j, i));
          const sisa = T.map((t, j) => t - xi[j]!);
          expect(h.butir[i]!.p).toBeCloseTo(rata(xi) / maks[i]!, 10);
          const d = g === 0 ? 0 : (rata(urut.slice(0, g).map((j) => x(j, i))) - rata(urut.slice(n - g).map((j) => x(j, i)))) / maks[i]!;
          expect(h.butir[i]!.d).toBeCloseTo(d, 10);
          const kov = rata(xi.map((y, j) => (y - rata(xi)) * (sisa[j]! - rata(sisa))));
          const r = varians(xi) < 1e-12 || varians(sisa) < 1e-12 ? 0 : kov / Math.sqrt(varians(xi) * varians(sisa));
          expect(h.butir[i]!.r).toBeCloseTo(r, 9);
        }
        const vt = varians(T);
        const alpha = k < 2 || vt < 1e-12 ? 0 : (k / (k - 1)) * (1 - maks.reduce((a, _m, i) => a + varians(peserta.map((_, j) => x(j, i))), 0) / vt);
        expect(h.alpha).toBeCloseTo(alpha, 9);
        expect(h.rataRata).toBeCloseTo(rata(T), 10);
        expect(h.simpanganBaku).toBeCloseTo(Math.sqrt(vt), 9);
      }),
      { numRuns: 300 },
    );
  });

  it('analyses 10.000 attempts x 110 items well within 2 s', () => {
    const n = 10_000;
    const k = 110;
    const skor = new Float64Array(n * k);
    let s = 12345;
    for (let x = 0; x < skor.length; x++) {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      skor[x] = (s >>> 16) % 2;
    }
    const m: MatriksSkor = { peserta: Array.from({ length: n }, (_, j) => `P${j}`), butir: Array.from({ length: k }, (_, i) => `B${i}`), skorMaks: new Float64Array(k).fill(1),
      skor };
    const t = performance.now();
    const h = analisis(m);
    const ms = performance.now() - t;
    expect(h.butir).toHaveLength(110);
    // The target is 2 s; a shared test machine gets a wide margin, the bench prints the real figure.
    expect(ms).toBeLessThan(2_000);
  });
});

describe('analisisPengecoh', () => {
  it('gives each option its share overall, in the upper and in the lower group, and names distractors that do not work', () => {
    // Totals A 2, B 1, C 1, D 0; g = 1: upper A, lower D. Item 3 (key A = option 0, 4 options): A chose C, B chose D, C chose the key, D chose B.
    const h = analisis(matriks({ A: [1, 1, 0], B: [1, 0, 0], C: [0, 0, 1], D: [0, 0, 0] }));
    const pilihan = Int8Array.from([0, 0, 2, 0, 1, 3, 1, 1, 0, 1, -1, 1]);
    const x = analisisPengecoh(A, h, { pilihan, jumlahOpsi: [2, 2, 4], kunci: [0, null, 0] });
    expect(x.ok).toBe(true);
    if (!x.ok) return;
    // Item 2 has no key (TKP-style): skipped.
    expect(x.nilai.map((b) => b.butir)).toEqual(['B1', 'B3']);
    // Item 1: key chosen by A and B (upper A), distractor B by C and D (lower D): 50%, works.
    expect(x.nilai[0]!.opsi.map((o) => [o.proporsi, o.proporsiAtas, o.proporsiBawah, o.berfungsi])).toEqual([[0.5, 1, 0, true], [0.5, 0, 1, true]]);
    const b3 = x.nilai[1]!;
    expect(b3.kosong).toBe(0);
    expect(b3.opsi.map((o) => [o.opsi, o.kunci, o.proporsi, o.proporsiAtas, o.proporsiBawah, o.berfungsi])).toEqual([[0, true, 0.25, 0, 0, true], [1, false, 0.25, 0, 1, true], [
      2,
      false,
      0.25,
      1,
      0,
      false,
    ], [3, false, 0.25, 0, 0, true]]);
    expect(b3.opsi[2]!.keterangan).toBe('pengecoh C lebih banyak dipilih kelompok atas (100%) daripada kelompok bawah (0%)');
  });

  it('flags a distractor nobody chooses, counts blanks, and refuses choices outside the options', () => {
    const h = analisis(matriks({ A: [1], B: [1], C: [0] }));
    const x = analisisPengecoh(A, h, { pilihan: [0, 0, -1], jumlahOpsi: [3], kunci: [0] });
    expect(x.ok && [x.nilai[0]!.kosong, x.nilai[0]!.opsi.map((o) => o.keterangan)]).toEqual([1 / 3, [
      null,
      'pengecoh B dipilih 0% peserta (< 5%): tidak mengecoh',
      'pengecoh C dipilih 0% peserta (< 5%): tidak mengecoh',
    ]]);
    const y = analisisPengecoh(A, h, { pilihan: [0, 3, 1], jumlahOpsi: [3], kunci: [0] });
    expect(!y.ok && y.alasan).toBe('pilihan peserta 2 pada butir B1 harus opsi 0 sampai 2 atau -1 (kosong), ditemukan 3');
    const z = analisisPengecoh(A, h, { pilihan: [0, 1], jumlahOpsi: [3], kunci: [0] });
    expect(!z.ok && z.alasan).toBe('pilihan berisi 2 nilai, seharusnya 3 peserta x 1 butir = 3');
  });
});

describe('susunMatriksSkor', () => {
  it('builds the matrix in first-appearance order whatever the row order', () => {
    const h = susunMatriksSkor([{ peserta: 'B', butir: 'X2', skor: 0, skorMaks: 1 }, { peserta: 'A', butir: 'X1', skor: 1, skorMaks: 1 }, { peserta: 'B', butir: 'X1', skor: 1,
      skorMaks: 1 }, { peserta: 'A', butir: 'X2', skor: 1, skorMaks: 1 }]);
    expect(h.ok).toBe(true);
    if (!h.ok) return;
    expect(h.matriks.peserta).toEqual(['B', 'A']);
    expect(h.matriks.butir).toEqual(['X2', 'X1']);
    expect(Array.from(h.matriks.skor)).toEqual([0, 1, 1, 1]);
  });

  it('names duplicates, missing pairs, a maximum that changes and scores out of range', () => {
    const h = susunMatriksSkor([{ peserta: 'A', butir: 'X1', skor: 1, skorMaks: 1 }, { peserta: 'A', butir: 'X2', skor: 6, skorMaks: 5 }, { peserta: 'B', butir: 'X1', skor: 1,
      skorMaks: 2 }, { peserta: 'B', butir: 'X1', skor: 0, skorMaks: 1 }]);
    expect(h.ok).toBe(false);
    if (h.ok) return;
    expect(h.masalah).toEqual([
      { indeks: 1, kolom: 'skor', alasan: 'skor harus 0 sampai skor maksimum 5' },
      { indeks: 2, kolom: 'skor_maks', alasan: 'skor maksimum butir X1 adalah 1 pada baris data ke-1, di sini 2' },
      { indeks: 3, kolom: 'butir', alasan: 'peserta B butir X1 sudah ada pada baris data ke-3; satu baris per peserta per butir' },
      { indeks: null, kolom: 'butir', alasan: 'peserta B tidak punya baris untuk butir X2; setiap peserta perlu satu baris per butir' },
    ]);
  });
});
