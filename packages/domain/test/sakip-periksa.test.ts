import { describe, expect, it } from 'vitest';
import seed from '../../../../shared/domain/seed-cases.json' with { type: 'json' };
import { ANGGARAN } from './seed-anggaran.ts';
import { jenisBarisLkjip, periksaLkjip, type BarisLkjip } from '../src/index.ts';

const capaian = Object.fromEntries(seed.capaian.map((a) => [a.id, a]));
const ikm = seed.ikm[0]!;
const merit = seed.sistem_merit;

/** Rows numbered from line 2 (the header is line 1). */
const tabel = (baris: Omit<BarisLkjip, 'baris'>[]): BarisLkjip[] => baris.map((b, i) => ({ ...b, baris: i + 2 }));

describe('periksa LKjIP: every seed flag a single table can express', () => {
  it('pola karier: 1 target, 4 realised, printed 100%', () => {
    const k = capaian['lamongan-pola-karier']!;
    const h = periksaLkjip(tabel([{ label: 'Pola karier', target: k.target, realisasi: k.realisasi, capaian: k.printed! }]));
    expect(h.temuan).toEqual([{ baris: 2, kolom: 'capaian', tercetak: 100, seharusnya: 400,
      keterangan: 'capaian tercetak 100%, sedangkan realisasi 4 / target 1 x 100 = 400%; 100% hanya benar bila capaian dibatasi 100%, dan batas itu tidak dinyatakan' }]);
  });

  it('penghargaan: realisasi 1.992.096.000 against a pagu of 20.000.000 printed 99,60%', () => {
    const a = ANGGARAN['lamongan-penghargaan']!;
    const h = periksaLkjip(tabel([{ label: 'Penghargaan', pagu: a.pagu, realisasiAnggaran: a.realisasi_printed, persenAnggaran: a.printed_pct }]));
    expect(h.temuan).toHaveLength(1);
    expect(h.temuan[0]).toMatchObject({ baris: 2, kolom: 'persen_anggaran', tercetak: 99.6, seharusnya: 9960.48 });
    expect(h.temuan[0]!.keterangan).toBe(
      'persentase realisasi anggaran tercetak 99,60%, sedangkan realisasi 1.992.096.000 / pagu 20.000.000 x 100 = 9.960,48%; realisasi melebihi pagu; ' +
        'realisasi 19.920.960 (1/100 dari yang tercetak) memberi 99,60%: kemungkinan salah ketik',
    );
  });

  it('kasubbag umum PK: 14 lines summing to 824.405.000 under a Jumlah printed 779.405.000', () => {
    const a = ANGGARAN['lamongan-kasubbag-umum-pk']!;
    const h = periksaLkjip(tabel([...a.lines.map((nilai: number, i: number) => ({ label: `Belanja ${i + 1}`, nilai })), { label: 'Jumlah', nilai: a.printed_sum }]));
    expect(h.temuan).toEqual([{ baris: 16, kolom: 'nilai', tercetak: 779_405_000, seharusnya: 824_405_000,
      keterangan: 'baris jumlah tercetak 779.405.000, sedangkan jumlah 14 rincian di atasnya = 824.405.000' }]);
  });

  it('IKM: total 10878 printed for 10888, and NRR sarana 3,70 for 1360/365 = 3,73', () => {
    const rows = ikm.unsur_totals.map((nilai, i) => ({ label: `U${i + 1}`, nilai, responden: ikm.respondents, nrr: i === 8 ? ikm.printed.nrr_sarana : ikm.expected.nrr[i] }));
    const h = periksaLkjip(tabel([...rows, { label: 'Jumlah', nilai: ikm.printed.total }]));
    expect(h.temuan.map((t) => [t.baris, t.kolom, t.tercetak, t.seharusnya])).toEqual([[10, 'nrr', 3.7, 3.73], [11, 'nilai', 10878, 10888]]);
  });

  it('sistem merit: 278 / 400 printed as 0,68', () => {
    const m = merit[0]!;
    const h = periksaLkjip(tabel([
      ...m.aspect_totals!.map((nilai, i) => ({ label: `Aspek ${i + 1}`, nilai })),
      { label: 'Jumlah', nilai: m.expected.total, maksimum: 400, indeks: m.printed.index },
    ]));
    expect(h.temuan).toEqual([{ baris: 10, kolom: 'indeks', tercetak: 0.68, seharusnya: 0.695, keterangan: 'indeks tercetak 0,68, sedangkan 278 / 400 = 0,695' }]);
  });

  it('Lumajang merit: aspect 5 sub-aspects sum to 70 under a Sub Jumlah printed 62,5; the grand total 288 for 295,5', () => {
    const m = merit[1]!;
    const rows: Omit<BarisLkjip, 'baris'>[] = [];
    for (const a of m.sub_aspects!) {
      for (const [i, w] of a.weights.entries()) rows.push({ label: `Aspek ${a.aspect}.${i + 1}`, nilai: w * a.scores[i]! });
      rows.push({ label: `Sub Jumlah aspek ${a.aspect}`, nilai: m.printed.aspect_totals![a.aspect - 1]! });
    }
    rows.push({ label: 'Total', nilai: m.printed.total, maksimum: 400, indeks: m.printed.index });
    const h = periksaLkjip(tabel(rows));
    expect(h.temuan.map((t) => [t.kolom, t.tercetak, t.seharusnya])).toEqual([['nilai', 62.5, 70], ['nilai', 288, 295.5]]);
  });

  it('two different printed capaian for the same IP ASN figures: the second is flagged', () => {
    const h = periksaLkjip(tabel([
      { label: 'IP ASN', target: 65, realisasi: 63.26, capaian: 97.32 },
      { label: 'IP ASN', target: 65, realisasi: 63.26, capaian: 97.26 },
    ]));
    expect(h.temuan.map((t) => [t.baris, t.seharusnya])).toEqual([[3, 97.32]]);
  });
});

describe('periksa LKjIP: no finding on consistent rows', () => {
  it('every seed capaian printed as computed, the computable anggaran cases, IP ASN 63,26 within rounding of 63,25', () => {
    const kep = ANGGARAN['lamongan-program-kepegawaian']!;
    const lum = ANGGARAN['lumajang-efisiensi']!;
    const h = periksaLkjip(tabel([
      ...seed.capaian.map((k) => ({ label: k.id, target: k.target, realisasi: k.realisasi, capaian: k.expected })),
      { label: 'Program kepegawaian', pagu: kep.pagu, realisasiAnggaran: kep.realisasi, persenAnggaran: kep.expected_pct },
      { label: 'Sasaran 1', capaian: 106.92, persenAnggaran: 89.16, efisiensi: 17.76 },
      { label: 'IP ASN TW II', target: 56.35, realisasi: 57.12, capaian: lum.capaian_kinerja, pagu: lum.pagu, realisasiAnggaran: lum.realisasi,
        persenAnggaran: lum.expected_penyerapan, efisiensi: lum.expected_efisiensi },
      { label: 'Kualifikasi', nilai: 13.96 },
      { label: 'Kompetensi', nilai: 19.38 },
      { label: 'Kinerja', nilai: 24.92 },
      { label: 'Disiplin', nilai: 4.99 },
      { label: 'Jumlah', nilai: 63.26 },
      { label: 'Aspek 1', nilai: 40 },
      { label: 'Aspek 2', nilai: 238 },
      { label: 'TOTAL', nilai: 278, maksimum: 400, indeks: 0.695 },
      { label: 'Rata-rata', nilai: 139 },
    ]));
    expect(h.temuan).toEqual([]);
    expect(h.pemeriksaan).toBe(8 + 1 + 1 + 3 + 1 + 2 + 1);
  });

  it('judges a figure printed with fewer decimals at its own precision, and accepts a percent stored as a fraction', () => {
    const rows = tabel([
      { target: 65, realisasi: 63.26, capaian: 97.3, desimal: { capaian: 1 } },
      { target: 100, realisasi: 100.4, capaian: 100, desimal: { capaian: 0 } },
      { target: 65, realisasi: 63.26, capaian: 0.9732 },
      { target: 65, realisasi: 63.26, capaian: 97.3 },
    ]);
    expect(periksaLkjip(rows).temuan.map((t) => t.baris)).toEqual([5]);
  });

  it('negative polarity, tolerance option, N/A-free rows without inputs are not checks', () => {
    expect(periksaLkjip(tabel([{ target: 10, realisasi: 8, capaian: 120, polaritas: 'negatif' }])).temuan).toEqual([]);
    expect(periksaLkjip(tabel([{ target: 10, realisasi: 8, capaian: 80, polaritas: 'negatif' }])).temuan[0]!.seharusnya).toBe(120);
    expect(periksaLkjip(tabel([{ target: 3, realisasi: 1, capaian: 33.3 }]), { toleransi: 0.05 }).temuan).toEqual([]);
    expect(periksaLkjip(tabel([{ label: 'x', target: 5 }, { label: 'Jumlah' }])).pemeriksaan).toBe(0);
  });

  it('tells row kinds from their labels', () => {
    expect(['Jumlah', 'JUMLAH TOTAL', 'Total', 'Grand Total', 'Sub Total', 'Sub Jumlah aspek 1', 'Rata-rata', 'Jumlahan', 'Program X', undefined].map((l) => jenisBarisLkjip(l)))
      .toEqual([
        'jumlah',
        'jumlah',
        'jumlah',
        'jumlah',
        'subjumlah',
        'subjumlah',
        'rata_rata',
        'rincian',
        'rincian',
        'rincian',
      ]);
  });

  it('an indicator named "Jumlah ..." with its own target and budget is a line item, not a sum row (Lamongan 2022, Kasubbag Umum)', () => {
    // Transcribed from the seed's "Capaian Kinerja Eselon IV" lampiran: every row consistent.
    const rows = tabel([
      { label: 'Jumlah komponen instalasi listrik dan penerangan bangunan kantor', target: 59, realisasi: 59, capaian: 100, pagu: 3_000_000, realisasiAnggaran: 2_998_300,
        persenAnggaran: 99.94, desimal: { capaian: 0 } },
      { label: 'Jumlah peralatan dan perlengkapan kantor', target: 384, realisasi: 370, capaian: 96.35, pagu: 10_000_000, realisasiAnggaran: 9_764_700, persenAnggaran: 97.65 },
      { label: 'Jumlah bahan logistik kantor yang tersedia', target: 1212, realisasi: 1147, capaian: 94.64, pagu: 50_000_000, realisasiAnggaran: 49_295_200,
        persenAnggaran: 98.59 },
      { label: 'Jumlah iklan/ucapan', target: 20, realisasi: 4, capaian: 20, desimal: { capaian: 0 } },
      { label: 'Jumlah perjalanan dinas dalam daerah, luar daerah dan luar negeri', target: 123, realisasi: 123, capaian: 100, pagu: 55_034_000, realisasiAnggaran: 54_913_596,
        persenAnggaran: 99.78, desimal: { capaian: 0 } },
    ]);
    expect(periksaLkjip(rows).temuan).toEqual([]);
    expect(rows.map((b) => jenisBarisLkjip(b.label, b))).toEqual(['rincian', 'rincian', 'rincian', 'rincian', 'rincian']);
    // A Jumlah row of the shape of a sum (no indicator figures) after them still sums their budgets.
    const h = periksaLkjip([...rows, { baris: 7, label: 'Jumlah', pagu: 100_000_000 }]);
    expect(h.temuan.map((t) => [t.baris, t.kolom, t.seharusnya])).toEqual([[7, 'pagu', 118_034_000]]);
  });

  it('judges a figure at the precision it was printed with, whatever the decimal mark (Lumajang 2024: "101%", "101.4 %", "102.7%")', () => {
    expect(periksaLkjip(tabel([
      { target: 56.35, realisasi: 57.12, capaian: 101, desimal: { capaian: 0 } },
      { target: 56.35, realisasi: 57.12, capaian: 101.4, desimal: { capaian: 1 } },
      { target: 4.86, realisasi: 4.99, capaian: 102.7, desimal: { capaian: 1 } },
    ])).temuan).toEqual([]);
    expect(periksaLkjip(tabel([{ target: 56.35, realisasi: 57.12, capaian: 101.4, desimal: { capaian: 2 } }])).temuan).toHaveLength(1);
  });
});
