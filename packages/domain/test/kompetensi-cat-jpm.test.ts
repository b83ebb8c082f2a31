import { describe, expect, it } from 'vitest';
import { aturanCat, type AturanCat, aturanJpm, bacaBenih, type ButirBank, CAT_SKD_2024 as SKD, hitungJpm, hitungNilaiCat, type JawabanButir, JPM_CONTOH_2026 as JPM,
  KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL, nilaiMaksCat, parseLevelKompetensi, periksaAturanCat, susunUjian, VERSI_ACAK_UJIAN } from '../src/index.ts';

const BENIH = '8f14e45fceea167a5a36dedd4bea2543a1b2c3d4e5f60718293a4b5c6d7e8f90';

describe('the SKD CAT reference as data', () => {
  it('holds the shape of RULES.md section 11: 110 items, 100 minutes, maximum 550, pass marks 65/80/166', () => {
    expect(SKD.kategori.map((k) => [k.kode, k.jumlahButir, k.ambangBatas])).toEqual([['TWK', 30, 65], ['TIU', 35, 80], ['TKP', 45, 166]]);
    expect(SKD.kategori.reduce((a, k) => a + k.jumlahButir, 0)).toBe(110);
    expect(SKD.menit).toBe(100);
    expect(nilaiMaksCat(SKD)).toEqual({ perKategori: { TWK: 150, TIU: 175, TKP: 225 }, total: 550 });
    expect(SKD.kategori[0]!.penilaian).toEqual({ jenis: 'benar_salah', benar: 5, salah: 0, kosong: 0 });
    expect(SKD.kategori[2]!.penilaian).toEqual({ jenis: 'bobot_opsi', bobotMin: 1, bobotMaks: 5, kosong: 0 });
    expect(periksaAturanCat(SKD)).toEqual([]);
    expect(aturanCat('skd-kepmenpan-321-2024')).toEqual({ ok: true, nilai: SKD });
    const rusak: AturanCat = { ...SKD, menit: 0, kategori: [{ ...SKD.kategori[0]!, ambangBatas: 151 }, { ...SKD.kategori[0]!, jumlahButir: 0 }] };
    expect(periksaAturanCat(rusak)).toEqual([
      'waktu tes harus menit bulat lebih dari 0',
      'nilai ambang batas TWK harus 0 sampai 150',
      'kategori TWK tercantum dua kali',
      'jumlah butir TWK harus bilangan bulat lebih dari 0',
      'nilai ambang batas TWK harus 0 sampai 0',
    ]);
  });
});

describe('hitungNilaiCat', () => {
  const jawab = (kategori: string, n: number, isi: Omit<JawabanButir, 'kategori'>) => Array.from({ length: n }, () => ({ kategori, ...isi }));

  it('scores right answers 5, wrong and blank 0, TKP by the option weight, and passes only with every category at its mark', () => {
    // TWK 13 right = 65 (exactly the mark), TIU 16 right = 80, TKP 41 x 4 + 2 x 1 = 166 (2 left blank): pass, total 311.
    const lulus = hitungNilaiCat(SKD, [
      ...jawab('TWK', 13, { benar: true }),
      ...jawab('TWK', 10, { benar: false }),
      ...jawab('TIU', 16, { benar: true }),
      ...jawab('TKP', 41, { bobot: 4 }),
      ...jawab('TKP', 2, { bobot: 1 }),
      ...jawab('TKP', 2, { bobot: null }),
    ]);
    expect(lulus.ok && lulus.nilai.kategori.map((k) => [k.kode, k.nilai, k.lulus, k.dijawab, k.benar])).toEqual([['TWK', 65, true, 23, 13], ['TIU', 80, true, 16, 16], [
      'TKP',
      166,
      true,
      43,
      0,
    ]]);
    expect(lulus.ok && [lulus.nilai.total, lulus.nilai.nilaiMaks, lulus.nilai.lulus, lulus.nilai.keterangan]).toEqual([
      311,
      550,
      true,
      'Memenuhi nilai ambang batas setiap kategori.',
    ]);
    // One TKP point short: 165 < 166 fails although the total is higher than many passing ones.
    const gagal = hitungNilaiCat(SKD, [
      ...jawab('TWK', 30, { benar: true }),
      ...jawab('TIU', 35, { benar: true }),
      ...jawab('TKP', 41, { bobot: 4 }),
      ...jawab('TKP', 1, { bobot: 1 }),
    ]);
    expect(gagal.ok && [gagal.nilai.total, gagal.nilai.lulus, gagal.nilai.keterangan]).toEqual([490, false, 'Tidak memenuhi nilai ambang batas TKP (165 dari ambang 166).']);
    const kosong = hitungNilaiCat(SKD, []);
    expect(kosong.ok && [kosong.nilai.total, kosong.nilai.lulus]).toEqual([0, false]);
  });

  it('refuses an unknown category, too many answers, or a weight outside 1-5', () => {
    const x = hitungNilaiCat(SKD, [{ kategori: 'TPA', benar: true }]);
    expect(!x.ok && x.alasan).toBe('kategori "TPA" tidak ada pada tes ini; pilihan: TWK, TIU, TKP');
    const y = hitungNilaiCat(SKD, jawab('TWK', 31, { benar: false }));
    expect(!y.ok && y.alasan).toBe('jawaban TWK lebih banyak dari 30 butir');
    const z = hitungNilaiCat(SKD, [{ kategori: 'TKP', bobot: 6 }]);
    expect(!z.ok && z.alasan).toBe('bobot jawaban TKP harus bilangan bulat 1 sampai 5, ditemukan 6');
  });
});

describe('susunUjian: the per-attempt draw and shuffle', () => {
  const bank: ButirBank[] = SKD.kategori.flatMap((k) =>
    Array.from({ length: k.jumlahButir * 2 }, (_, i) => ({ id: `${k.kode}-${String(i).padStart(3, '0')}`, kategori: k.kode, opsi: ['a', 'b', 'c', 'd', 'e'] }))
  );

  it('draws N items per category, category by category, each option list a permutation', () => {
    const h = susunUjian(SKD, bank, BENIH);
    expect(h.ok).toBe(true);
    if (!h.ok) return;
    expect(h.nilai.versi).toBe(VERSI_ACAK_UJIAN);
    expect(h.nilai.butir).toHaveLength(110);
    expect(h.nilai.butir.map((b) => b.kategori)).toEqual([...Array(30).fill('TWK'), ...Array(35).fill('TIU'), ...Array(45).fill('TKP')]);
    expect(new Set(h.nilai.butir.map((b) => b.id)).size).toBe(110);
    for (const b of h.nilai.butir) expect([...b.opsi].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    // Shuffled: not the bank's order, and some options moved.
    expect(h.nilai.butir.slice(0, 30).map((b) => b.id)).not.toEqual(bank.slice(0, 30).map((b) => b.id));
    expect(h.nilai.butir.some((b) => b.opsi.join('') !== 'abcde')).toBe(true);
  });

  it('is deterministic given the seed, whatever order the bank comes in, and differs between seeds', () => {
    const a = susunUjian(SKD, bank, BENIH);
    const b = susunUjian(SKD, [...bank].reverse(), BENIH.toUpperCase());
    const c = susunUjian(SKD, bank, `${BENIH.slice(0, -1)}1`);
    expect(a).toEqual(b);
    // Pinned: a saved attempt shown again must come out the same; changing the algorithm means a new VERSI_ACAK_UJIAN.
    expect(a.ok && a.nilai.butir.slice(0, 3)).toEqual([{ id: 'TWK-028', kategori: 'TWK', opsi: ['d', 'c', 'e', 'b', 'a'] }, { id: 'TWK-054', kategori: 'TWK',
      opsi: ['d', 'e', 'b', 'c', 'a'] }, { id: 'TWK-041', kategori: 'TWK', opsi: ['c', 'b', 'e', 'a', 'd'] }]);
    expect(a.ok && c.ok && a.nilai.butir.map((x) => x.id)).not.toEqual(c.ok && c.nilai.butir.map((x) => x.id));
  });

  it('draws every item about equally often over many seeds (no bias toward the bank order)', () => {
    const kecil: AturanCat = { ...SKD, kategori: [{ ...SKD.kategori[0]!, jumlahButir: 2 }] };
    const bank5 = Array.from({ length: 5 }, (_, i) => ({ id: `B${i}`, kategori: 'TWK', opsi: ['a', 'b'] }));
    const hitung = new Map<string, number>();
    const pertama = new Map<string, number>();
    for (let s = 0; s < 2000; s++) {
      const h = susunUjian(kecil, bank5, s.toString(16).padStart(32, '0'));
      if (!h.ok) throw new Error(h.alasan);
      for (const b of h.nilai.butir) hitung.set(b.id, (hitung.get(b.id) ?? 0) + 1);
      pertama.set(h.nilai.butir[0]!.opsi[0]!, (pertama.get(h.nilai.butir[0]!.opsi[0]!) ?? 0) + 1);
    }
    // Each item is drawn in 2/5 of the attempts: 800 expected; a fair draw stays within +-100 (about 4 standard deviations).
    for (const id of ['B0', 'B1', 'B2', 'B3', 'B4']) expect(Math.abs(hitung.get(id)! - 800), id).toBeLessThan(100);
    expect(Math.abs(pertama.get('a')! - 1000)).toBeLessThan(120);
  });

  it('keeps the options of an item that forbids shuffling, mixes categories when the test says so', () => {
    const campur: AturanCat = { ...SKD, urutanKategori: 'campur' };
    const tetap = bank.map((b) => ({ ...b, acakOpsi: false }));
    const h = susunUjian(campur, tetap, BENIH);
    expect(h.ok && h.nilai.butir.every((b) => b.opsi.join('') === 'abcde')).toBe(true);
    expect(h.ok && h.nilai.butir.slice(0, 30).every((b) => b.kategori === 'TWK')).toBe(false);
  });

  it('refuses a short or non-hex seed, a bank too small and an item twice', () => {
    const x = bacaBenih('abc');
    expect(!x.ok && x.alasan).toBe('benih acak harus heksadesimal (pasangan 0-9, a-f)');
    const y = susunUjian(SKD, bank, 'ab'.repeat(16));
    expect(y.ok).toBe(true);
    const z = susunUjian(SKD, bank, 'ab'.repeat(15));
    expect(!z.ok && z.alasan).toBe('benih acak minimal 128 bit (32 karakter heksadesimal), ditemukan 120 bit');
    const w = susunUjian(SKD, bank.filter((b) => b.kategori !== 'TWK' || b.id < 'TWK-029'), BENIH);
    expect(!w.ok && w.alasan).toBe('bank soal TWK berisi 29 butir aktif, tes memerlukan 30');
    const v = susunUjian(SKD, [...bank, bank[0]!], BENIH);
    expect(!v.ok && v.alasan).toBe('butir TWK-000 tercantum dua kali di bank soal');
  });
});

describe('standar kompetensi and JPM', () => {
  const kode = KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL.map((k) => k.kode);
  const standar = kode.map((k) => ({ kode: k, level: 3 }));

  it('lists the 8 managerial competencies and Perekat Bangsa, levels 1-5', () => {
    expect(KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL.map((k) => k.nama)).toEqual([
      'Integritas',
      'Kerja Sama',
      'Komunikasi',
      'Orientasi pada Hasil',
      'Pelayanan Publik',
      'Pengembangan Diri dan Orang Lain',
      'Mengelola Perubahan',
      'Pengambilan Keputusan',
      'Perekat Bangsa',
    ]);
    expect(KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL.filter((k) => k.kelompok === 'manajerial')).toHaveLength(8);
    expect(parseLevelKompetensi(' 5 ')).toEqual({ ok: true, nilai: 5 });
    expect(parseLevelKompetensi(6)).toEqual({ ok: false, alasan: 'level kompetensi "6" tidak sah (1 sampai 5)' });
    expect(JPM.kategori).toEqual([{ min: 90, label: 'Optimal' }, { min: 78, label: 'Cukup Optimal' }, { min: 0, label: 'Kurang Optimal' }]);
    expect(aturanJpm('jpm-contoh-2026')).toEqual({ ok: true, nilai: JPM });
  });

  it('computes JPM = sum of levels / sum of the standard x 100 and its band at the edges 90 and 78', () => {
    const dengan = (level: number[]) => {
      const h = hitungJpm(JPM, standar, kode.map((k, i) => ({ kode: k, level: level[i]! })));
      if (!h.ok) throw new Error(h.alasan);
      return h.nilai;
    };
    // Standard 9 x 3 = 27. 27/27 = 100% Optimal; 25/27 = 92,59% Optimal; 24/27 = 88,89% Cukup Optimal; 21/27 = 77,78% Kurang Optimal.
    expect([dengan([3, 3, 3, 3, 3, 3, 3, 3, 3]).jpm, dengan([3, 3, 3, 3, 3, 3, 3, 2, 2]).jpm, dengan([3, 3, 3, 3, 3, 3, 2, 2, 2]).jpm, dengan([3, 3, 3, 3, 2, 2, 2, 2, 1]).jpm])
      .toEqual([100, 92.59, 88.89, 77.78]);
    expect([dengan([3, 3, 3, 3, 3, 3, 3, 2, 2]).kategori, dengan([3, 3, 3, 3, 3, 3, 2, 2, 2]).kategori, dengan([3, 3, 3, 3, 2, 2, 2, 2, 1]).kategori]).toEqual([
      'Optimal',
      'Cukup Optimal',
      'Kurang Optimal',
    ]);
    // Exactly 90 and 78: a standard of 50 (5 x 10 is not possible with 9 competencies, so 10 levels of 5): 45/50 = 90%, 39/50 = 78%.
    const sepuluh = Array.from({ length: 10 }, (_, i) => ({ kode: `t${i}`, level: 5 }));
    const pas = (naik: number[]) => hitungJpm(JPM, sepuluh, naik.map((level, i) => ({ kode: `t${i}`, level })));
    const p90 = pas([5, 5, 5, 5, 5, 4, 4, 4, 4, 4]);
    const p78 = pas([5, 4, 4, 4, 4, 4, 4, 4, 3, 3]);
    expect(p90.ok && [p90.nilai.jpm, p90.nilai.kategori]).toEqual([90, 'Optimal']);
    expect(p78.ok && [p78.nilai.jpm, p78.nilai.kategori]).toEqual([78, 'Cukup Optimal']);
    // Levels above the standard count as they are (the formula as written): 30/27 = 111,11%.
    expect(dengan([4, 4, 4, 3, 3, 3, 3, 3, 3]).jpm).toBe(111.11);
  });

  it('orders the gaps largest first, ties in the standard order', () => {
    const h = hitungJpm(JPM, standar, kode.map((k, i) => ({ kode: k, level: [1, 3, 2, 4, 2, 3, 1, 3, 3][i]! })));
    expect(h.ok && h.nilai.kesenjangan.map((g) => [g.kode, g.selisih])).toEqual([['integritas', -2], ['mengelola_perubahan', -2], ['komunikasi', -1], ['pelayanan_publik', -1]]);
    expect(h.ok && h.nilai.rincian).toHaveLength(9);
  });

  it('refuses a missing assessment, a level outside 1-5 and duplicates', () => {
    const x = hitungJpm(JPM, standar, [{ kode: 'integritas', level: 3 }]);
    expect(!x.ok && x.alasan).toMatch(/^belum ada hasil penilaian untuk kerja_sama, komunikasi/);
    const y = hitungJpm(JPM, standar, [...standar.slice(1), { kode: 'integritas', level: 0 }]);
    expect(!y.ok && y.alasan).toBe('level hasil penilaian integritas harus 1 sampai 5, ditemukan 0');
    const z = hitungJpm(JPM, [...standar, standar[0]!], standar);
    expect(!z.ok && z.alasan).toBe('standar kompetensi integritas tercantum dua kali');
    expect(hitungJpm(JPM, [], []).ok).toBe(false);
  });
});
