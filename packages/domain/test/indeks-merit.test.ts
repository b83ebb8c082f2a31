import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import seed from '../../../../shared/domain/seed-cases.json' with { type: 'json' };
import { ASPEK_MERIT, ATURAN_MERIT, ATURAN_MERIT_BAWAAN, aturanMeritBerlaku, BOBOT_ASPEK_MERIT, bulatkan, capaianIndeks, hitungMerit, INSTRUMEN_MERIT, kategoriMerit, lembarMerit,
  periksaInstrumenMerit, ringkasMerit, usulanNaikKategoriMerit, type SkorSubAspekMerit } from '../src/index.ts';

const aturan = ATURAN_MERIT[ATURAN_MERIT_BAWAAN]!;
const lamongan = seed.sistem_merit.find((c) => c.id === 'lamongan-2022-merit')!;
const lumajang = seed.sistem_merit.find((c) => c.id === 'lumajang-2024-merit')!;

const subAspekLumajang = (ganti0?: number): SkorSubAspekMerit[] =>
  lumajang.sub_aspects!.flatMap((a) =>
    a.weights.map((bobot, i) => ({ aspek: a.aspect, subAspek: String(i + 1), bobot, skor: a.scores[i] === 0 && ganti0 !== undefined ? ganti0 : a.scores[i]! }))
  );

describe('Sistem Merit rule set and instrument', () => {
  it('names the 8 aspects in order and keeps the instrument as editable data', () => {
    expect(ASPEK_MERIT.map((a) => a.nama)).toEqual([
      'Perencanaan Kebutuhan',
      'Pengadaan',
      'Pengembangan Karier',
      'Promosi dan Mutasi',
      'Manajemen Kinerja',
      'Penggajian, Penghargaan dan Disiplin',
      'Perlindungan dan Pelayanan',
      'Sistem Informasi',
    ]);
    expect(aturanMeritBerlaku('2024-12-31')).toMatchObject({ ok: true, nilai: { id: 'permenpan-40-2018' } });
    const instrumen = INSTRUMEN_MERIT['lumajang-2024']!;
    expect(periksaInstrumenMerit(instrumen)).toEqual([]);
    expect(instrumen.aspek.flatMap((a) => a.subAspek)).toHaveLength(37);
    for (const b of Object.values(BOBOT_ASPEK_MERIT)) expect(b.bobot.reduce((s, x) => s + x, 0)).toBe(100);
    // An edited copy is checked before use.
    const salah = { ...instrumen, aspek: [...instrumen.aspek, { nomor: 9, nama: 'Digitalisasi', subAspek: [{ kode: '1.1', nama: 'x', bobot: 0 }] }] };
    expect(periksaInstrumenMerit(salah)).toEqual([
      'aspek 9 tidak dikenal aturan permenpan-40-2018',
      'kode sub-aspek 1.1 dipakai lebih dari sekali',
      'sub-aspek 1.1: bobot harus lebih dari 0',
    ]);
  });

  it('bands the total: I < 175 <= II < 250 <= III < 325 <= IV', () => {
    const k = (x: number) => kategoriMerit(x).kode;
    expect([100, 174.99, 174.995, 175, 249.99, 250, 324.99, 325, 400].map(k)).toEqual(['I', 'I', 'II', 'II', 'II', 'III', 'III', 'IV', 'IV']);
    expect([100, 175, 250, 325].map((x) => kategoriMerit(x).label)).toEqual(['Buruk', 'Kurang', 'Baik', 'Sangat Baik']);
  });
});

describe('Sistem Merit computation', () => {
  it('seed lamongan-2022-merit: 278, index 0.695, III Baik, capaian 106.92 and 85.80', () => {
    const r = ringkasMerit(lamongan.aspect_totals!);
    expect(r.total).toBe(lamongan.expected.total);
    expect(r.indeks).toBe(lamongan.expected.index);
    expect(`${r.kategori.kode} ${r.kategori.label}`).toBe(lamongan.expected.category);
    expect(capaianIndeks(r.total, lamongan.target!)).toEqual({ ok: true, nilai: lamongan.expected.capaian_vs_target });
    expect(capaianIndeks(r.total, lamongan.renstra_end_target!)).toEqual({ ok: true, nilai: lamongan.expected.capaian_vs_renstra });
    expect(r.indeks).not.toBe(lamongan.printed.index);
    expect(capaianIndeks(278, 0).ok).toBe(false);
  });

  it('seed lumajang-2024-merit: aspect totals, 295.5, index 0.74; warns on weights summing to 105 and flags the 0', () => {
    const h = hitungMerit(subAspekLumajang());
    expect(h.aspek.map((a) => a.nilai)).toEqual(lumajang.expected.aspect_totals);
    expect(h.total).toBe(lumajang.expected.total);
    expect(h.indeks).toBe(0.739);
    expect(Math.round(h.indeks * 100) / 100).toBe(lumajang.expected.index);
    expect(h.kategori.kode).toBe('III');
    expect(h.jumlahBobot).toBe(105);
    expect(h.peringatan).toContain('jumlah bobot 105, bukan 100: total tidak lagi pada rentang 100-400');
    expect(h.skorTidakSah).toEqual([{ aspek: 3, subAspek: '4', bobot: 2.5, skor: 0 }]);
    expect(h.peringatan).toContain('aspek 3, sub-aspek 4: skor 0 di luar skala 1-4');
    expect(h.aspek[4]!.nilai).not.toBe(lumajang.printed.aspect_totals![4]);
    expect(h.aturan).toBe('permenpan-40-2018');
  });

  it('gives the same through the instrument data', () => {
    const skor: Record<string, number> = {};
    for (const a of lumajang.sub_aspects!) {
      a.scores.forEach((x, i) => {
        skor[`${a.aspect}.${i + 1}`] = x;
      });
    }
    const lembar = lembarMerit(INSTRUMEN_MERIT['lumajang-2024']!, skor);
    if (!lembar.ok) throw new Error(lembar.alasan);
    expect(hitungMerit(lembar.nilai).total).toBe(295.5);
    const { '8.4': _, ...kurang } = skor;
    expect(lembarMerit(INSTRUMEN_MERIT['lumajang-2024']!, kurang)).toEqual({ ok: false, alasan: 'sub-aspek tanpa skor: 8.4' });
    expect(lembarMerit(INSTRUMEN_MERIT['lumajang-2024']!, { ...skor, '9.1': 3 })).toEqual({ ok: false, alasan: 'sub-aspek tidak ada pada instrumen lumajang-2024: 9.1' });
  });

  it('warns on duplicated sub-aspects and unscored aspects', () => {
    const h = hitungMerit([{ aspek: 1, subAspek: 'A', bobot: 50, skor: 2 }, { aspek: 1, subAspek: ' a', bobot: 50, skor: 3 }]);
    expect(h.peringatan).toContain('sub-aspek  a pada aspek 1 muncul lebih dari sekali');
    expect(h.peringatan).toContain('aspek 2 (Pengadaan) tidak dinilai');
    expect(h.total).toBe(250);
  });

  const arbLembar = fc.array(fc.record({ aspek: fc.integer({ min: 1, max: 8 }), bobot: fc.integer({ min: 1, max: 40 }).map((x) => x / 2), skor: fc.integer({ min: 1, max: 4 }) }), {
    minLength: 1,
    maxLength: 40,
  }).map((xs) => xs.map((x, i) => ({ ...x, subAspek: String(i + 1) })));

  it('keeps the total in [sum(bobot), 4 x sum(bobot)] and the index in range for valid scores (property)', () => {
    fc.assert(fc.property(arbLembar, (lembar) => {
      const h = hitungMerit(lembar);
      const jumlah = lembar.reduce((s, x) => s + x.bobot, 0);
      expect(h.total).toBeGreaterThanOrEqual(jumlah);
      expect(h.total).toBeLessThanOrEqual(4 * jumlah);
      expect(h.indeks).toBe(bulatkan(h.total / 400, 3));
      expect(h.skorTidakSah).toEqual([]);
      expect(h.aspek.map((a) => a.aspek)).toEqual([...new Set(lembar.map((x) => x.aspek))].sort((a, b) => a - b));
    }));
    // Weights summing to 100: the index stays in [0.25, 1].
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 20, maxLength: 20 }), (skor) => {
      const h = hitungMerit(skor.map((s, i) => ({ aspek: (i % 8) + 1, subAspek: String(i), bobot: 5, skor: s })));
      expect(h.indeks).toBeGreaterThanOrEqual(0.25);
      expect(h.indeks).toBeLessThanOrEqual(1);
    }));
  });
});

describe('which sub-aspects raise the category soonest', () => {
  it('Lumajang (the 0 read as 1): 298, III; six +1 steps of weight 5 reach IV', () => {
    const u = usulanNaikKategoriMerit(subAspekLumajang(1));
    expect(u.total).toBe(298);
    expect(u.kategori.kode).toBe('III');
    expect(u.kategoriBerikutnya!.kode).toBe('IV');
    expect(u.kurang).toBe(27);
    expect(u.urutan[0]).toEqual({ aspek: 3, subAspek: '3', bobot: 5, skor: 1, langkahTersisa: 3 });
    expect(u.urutan.every((x, i) => i === 0 || u.urutan[i - 1]!.bobot >= x.bobot)).toBe(true);
    expect(u.langkah).toEqual([
      { aspek: 3, subAspek: '3', bobot: 5, dari: 1, ke: 4, tambahan: 15 },
      { aspek: 3, subAspek: '2', bobot: 5, dari: 2, ke: 4, tambahan: 10 },
      { aspek: 4, subAspek: '1', bobot: 5, dari: 2, ke: 3, tambahan: 5 },
    ]);
    expect(u.jumlahLangkah).toBe(6);
    expect(u.totalSetelah).toBe(328);
    expect(u.tercapai).toBe(true);
  });

  it('says so at the top category and when the next one is out of reach', () => {
    const puncak = usulanNaikKategoriMerit([{ aspek: 1, subAspek: '1', bobot: 100, skor: 4 }]);
    expect(puncak).toMatchObject({ kategoriBerikutnya: null, langkah: [], tercapai: true });
    const kecil = usulanNaikKategoriMerit([{ aspek: 1, subAspek: '1', bobot: 10, skor: 1 }]);
    expect(kecil).toMatchObject({ kurang: 165, jumlahLangkah: 3, totalSetelah: 40, tercapai: false });
  });

  it('takes the fewest +1 steps (property: no k-1 steps gain enough)', () => {
    const arb = fc.array(fc.record({ aspek: fc.integer({ min: 1, max: 8 }), bobot: fc.integer({ min: 1, max: 20 }).map((x) => x / 2), skor: fc.integer({ min: 1, max: 4 }) }), {
      minLength: 1,
      maxLength: 40,
    }).map((xs) => xs.map((x, i) => ({ ...x, subAspek: String(i + 1) })));
    fc.assert(fc.property(arb, (lembar) => {
      const u = usulanNaikKategoriMerit(lembar);
      if (!u.kategoriBerikutnya) return;
      const langkahSemua = lembar.flatMap((s) => Array<number>(4 - s.skor).fill(s.bobot)).sort((a, b) => b - a);
      const terbaik = (k: number) => langkahSemua.slice(0, k).reduce((s, x) => s + x, 0);
      expect(u.jumlahLangkah).toBe(u.langkah.reduce((s, l) => s + l.ke - l.dari, 0));
      if (u.tercapai) {
        expect(u.totalSetelah).toBeGreaterThanOrEqual(u.kategoriBerikutnya.mulai);
        expect(kategoriMerit(u.totalSetelah).kode).not.toBe(u.kategori.kode);
        expect(terbaik(u.jumlahLangkah - 1)).toBeLessThan(u.kurang);
      } else {
        expect(terbaik(langkahSemua.length)).toBeLessThan(u.kurang);
      }
      for (const l of u.langkah) expect(l.ke).toBeLessThanOrEqual(aturan.skorMaks);
    }));
  });
});
