import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATURAN_TPP, ATURAN_TPP_BAWAAN, hukdisBerjalan, jumlahTpp, aturanTpp, type AturanTpp, aturanTppBulan, LABEL_SUMBER_CAPAIAN, besaranTppKelas, capaianKinerjaBulan,
  capaianKinerjaSkp, type HasilTpp, hitungTpp, KELAS_JABATAN, type MasukanTpp, penyesuaianTpp, periksaMasukanTpp, type RhkCapaianSkp, TPP_PERBUP_SUKAMAJU_2026 as A,
  TPP_PERBUP_SUKAMAJU_2027_SKP as S } from '../src/index.ts';

/** Every expected figure below is worked out by hand from RULES.md section 10, in the comment beside it. */
const dasar: MasukanTpp = { golongan: 'III/b', statusPegawai: 'pns', besaranTpp: 4_500_000, capaianKinerja: 100, potonganDisiplinPersen: 0, hukdis: 'tidak_ada',
  gajiDanTunjangan: 5_000_000 };

function tpp(ubah: Partial<MasukanTpp>): HasilTpp {
  const h = hitungTpp(A, { ...dasar, ...ubah });
  if (!h.ok) throw new Error(h.alasan);
  return h.nilai;
}
const angka = (h: HasilTpp) => [h.tppKinerja, h.tppDisiplin, h.potonganHukdis, h.bruto, h.iuranBpjsPegawai, h.iuranBpjsPemda, h.pph21, h.netto];

describe('TPP rules as data (perbup-sukamaju-2026)', () => {
  it('holds the numbers of RULES.md section 10 and a fictional besaran for every kelas jabatan', () => {
    expect(ATURAN_TPP_BAWAAN).toBe('perbup-sukamaju-2026');
    expect(aturanTpp('perbup-sukamaju-2026')).toEqual({ ok: true, nilai: A });
    const x = aturanTpp('toString');
    expect(!x.ok && x.alasan).toBe('aturan TPP "toString" tidak dikenal; pilihan: perbup-sukamaju-2026, perbup-sukamaju-2027-skp');
    expect([A.porsiKinerjaPersen, A.porsiDisiplinPersen, A.faktorStatusPersen.cpns, A.faktorStatusPersen.pns, A.faktorStatusPersen.pppk]).toEqual([60, 40, 80, 100, 100]);
    expect(A.potonganHukdisPersen).toEqual({ tidak_ada: 0, ringan: 0, sedang: 25, berat: 100 });
    expect(A.bpjs).toEqual({ tarifPegawaiPersen: 1, tarifPemdaPersen: 4, batasDasar: 12_000_000 });
    expect(A.pph21.tarifPersen).toEqual({ I: 0, II: 0, III: 5, IV: 15 });
    expect(A.catatan).toMatch(/fiktif/);
    expect(A.pph21.keterangan).toMatch(/\[open\]/);
    let sebelumnya = 0;
    for (const k of KELAS_JABATAN) {
      const b = besaranTppKelas(A, k);
      expect(b.ok && b.nilai > sebelumnya, `kelas ${k}`).toBe(true);
      if (b.ok) sebelumnya = b.nilai;
    }
    expect(besaranTppKelas(A, 18).ok).toBe(false);
    expect(Object.keys(ATURAN_TPP)).toEqual(['perbup-sukamaju-2026', 'perbup-sukamaju-2027-skp']);
  });
});

describe('hitungTpp', () => {
  it('computes a PNS month in full with a reason per line', () => {
    const h = tpp({ kelasJabatan: 10 });
    // 4.500.000 x 60% = 2.700.000; x 40% = 1.800.000; bruto 4.500.000; gaji 5.000.000 + 4.500.000 < 12.000.000: base 4.500.000,
    // 1% = 45.000, 4% = 180.000; III: 5% of 4.500.000 = 225.000; netto 4.500.000 - 45.000 - 225.000 = 4.230.000.
    expect(angka(h)).toEqual([2_700_000, 1_800_000, 0, 4_500_000, 45_000, 180_000, 225_000, 4_230_000]);
    expect(h).toMatchObject({ aturan: 'perbup-sukamaju-2026', besaranTpp: 4_500_000, faktorStatusPersen: 100, dasarBpjs: 4_500_000, ruangPph21: 'III', tarifPph21Persen: 5 });
    expect(h.rincian.map((r) => r.kode)).toEqual(['besaran', 'tppKinerja', 'tppDisiplin', 'potonganHukdis', 'bruto', 'iuranBpjsPegawai', 'iuranBpjsPemda', 'pph21', 'netto']);
    const alasan = Object.fromEntries(h.rincian.map((r) => [r.kode, r.alasan]));
    expect(alasan.besaran).toContain('Besaran TPP kelas jabatan 10');
    expect(alasan.tppKinerja).toBe('60% dari besaran Rp 4.500.000,00 x capaian kinerja 100% = Rp 2.700.000,00.');
    expect(alasan.tppDisiplin).toBe('40% dari besaran Rp 4.500.000,00 x (100% - potongan disiplin 0% dari rekap presensi) = Rp 1.800.000,00.');
    expect(alasan.potonganHukdis).toBe('Tidak ada hukuman disiplin yang berjalan bulan ini: tidak ada potongan.');
    expect(alasan.pph21).toBe('PPh 21 5% untuk golongan III/b dari TPP bruto Rp 4.500.000,00 = Rp 225.000,00.');
    expect(alasan.netto).toBe('TPP bruto Rp 4.500.000,00 - iuran BPJS Kesehatan Rp 45.000,00 - PPh 21 Rp 225.000,00 = Rp 4.230.000,00 yang Anda terima.');
    expect(alasan.iuranBpjsPemda).toContain('dibayar Pemda di luar TPP');
    // What the ASN receives is the sum of the lines that add and deduct.
    const terima = h.rincian.reduce((s, r) => s + (r.arah === 'tambah' ? r.nilai : r.arah === 'kurang' ? -r.nilai : 0), 0);
    expect(terima).toBe(h.netto);
  });

  it('pays a CPNS 80% of the besaran', () => {
    const h = tpp({ golongan: 'II/c', statusPegawai: 'cpns', besaranTpp: 2_250_000, capaianKinerja: 90, potonganDisiplinPersen: 10, gajiDanTunjangan: 3_000_000 });
    // base 2.250.000 x 80% = 1.800.000; kinerja 1.800.000 x 60% x 90% = 972.000; disiplin 1.800.000 x 40% x 90% = 648.000; bruto 1.620.000;
    // BPJS base 1.620.000: 16.200 / 64.800; II: 0%; netto 1.620.000 - 16.200 = 1.603.800.
    expect(angka(h)).toEqual([972_000, 648_000, 0, 1_620_000, 16_200, 64_800, 0, 1_603_800]);
    expect(h.faktorStatusPersen).toBe(80);
    expect([h.capaianKinerjaPersen, h.potonganDisiplinPersen, h.hukdis]).toEqual([90, 10, 'tidak_ada']);
    // The daftar nominatif's total row.
    expect(jumlahTpp([h, tpp({})])).toEqual({ tppKinerja: 972_000 + 2_700_000, tppDisiplin: 648_000 + 1_800_000, potonganHukdis: 0, bruto: 1_620_000 + 4_500_000,
      iuranBpjsPegawai: 16_200 + 45_000, iuranBpjsPemda: 64_800 + 180_000, pph21: 225_000, netto: 1_603_800 + 4_230_000 });
    expect(jumlahTpp([]).netto).toBe(0);
    expect(h.rincian[1]!.alasan).toBe('60% dari besaran Rp 2.250.000,00 x 80% (CPNS) x capaian kinerja 90% = Rp 972.000,00.');
  });

  it('taxes PPPK by their golongan: I-IV like II, V-XII like III, XIII-XVII like IV', () => {
    const pph = (golongan: string) => tpp({ statusPegawai: 'pppk', golongan, besaranTpp: 1_000_000 }).pph21;
    // bruto 1.000.000: 0%, 5% = 50.000, 15% = 150.000.
    expect(['I', 'IV', 'V', 'XII', 'XIII', 'XVII'].map(pph)).toEqual([0, 0, 50_000, 50_000, 150_000, 150_000]);
    expect(pph('ix')).toBe(50_000);
    const h = tpp({ statusPegawai: 'pppk', golongan: 'XIII', besaranTpp: 1_000_000 });
    expect(h.rincian.find((r) => r.kode === 'pph21')!.alasan).toBe(
      'PPh 21 15% untuk PPPK golongan XIII (dipersamakan golongan IV) dari TPP bruto Rp 1.000.000,00 = Rp 150.000,00.',
    );
    // PNS IV/a: 15%; I/d: 0%.
    expect(tpp({ golongan: 'IV/a', besaranTpp: 1_000_000 }).pph21).toBe(150_000);
    expect(tpp({ golongan: '1d', besaranTpp: 1_000_000 }).pph21).toBe(0);
  });

  it('caps the BPJS base at Rp 12.000.000 of gaji + tunjangan + TPP', () => {
    // 10.500.000 + 4.500.000 crosses the cap: base 12.000.000 - 10.500.000 = 1.500.000; 15.000 / 60.000; netto 4.500.000 - 15.000 - 225.000 = 4.260.000.
    const h = tpp({ gajiDanTunjangan: 10_500_000 });
    expect([h.dasarBpjs, h.iuranBpjsPegawai, h.iuranBpjsPemda, h.netto]).toEqual([1_500_000, 15_000, 60_000, 4_260_000]);
    expect(h.rincian.find((r) => r.kode === 'iuranBpjsPegawai')!.alasan).toContain(
      'melewati batas dasar iuran Rp 12.000.000,00, sehingga TPP yang dikenai iuran hanya Rp 1.500.000,00',
    );
    // Exactly at the cap, and above it: nothing on TPP.
    for (const gaji of [12_000_000, 13_250_000]) {
      const x = tpp({ gajiDanTunjangan: gaji });
      expect([x.dasarBpjs, x.iuranBpjsPegawai, x.iuranBpjsPemda, x.netto]).toEqual([0, 0, 0, 4_275_000]);
      expect(x.rincian.find((r) => r.kode === 'iuranBpjsPegawai')!.alasan).toContain('sudah mencapai batas dasar iuran');
    }
    // Gaji + TPP exactly at the cap: the whole TPP is the base.
    expect(tpp({ gajiDanTunjangan: 7_500_000 }).dasarBpjs).toBe(4_500_000);
  });

  it('rounds every figure to the rupiah, halves up, without floating drift', () => {
    // base 150 under the cap: 1% = 1,5 -> 2; 4% = 6.
    const b = tpp({ gajiDanTunjangan: 11_999_850 });
    expect(b.dasarBpjs).toBe(150);
    expect([b.iuranBpjsPegawai, b.iuranBpjsPemda]).toEqual([2, 6]);
    // 1.000.005 x 60% x 50% = 300.001,5 -> 300.002; 1.000.005 x 40% x 87,5% = 350.001,75 -> 350.002.
    const h = tpp({ besaranTpp: 1_000_005, capaianKinerja: 50, potonganDisiplinPersen: 12.5 });
    expect([h.tppKinerja, h.tppDisiplin]).toEqual([300_002, 350_002]);
    // 3.902.500 x 60% x 33,3% = 779.719,5 exactly -> 779.720 (in binary floating point the product is 779.719,4999...).
    // 3.902.500 x 40% x 66,7% = 1.041.187 exactly.
    const d = tpp({ besaranTpp: 3_902_500, capaianKinerja: 33.3, potonganDisiplinPersen: 33.3 });
    expect([d.tppKinerja, d.tppDisiplin]).toEqual([779_720, 1_041_187]);
    // PPh 5% of 1.820.907 = 91.045,35 -> 91.045; bruto 1.820.907.
    expect([d.bruto, d.pph21]).toEqual([1_820_907, 91_045]);
    // PPh 5% of 10 = 0,5 -> 1.
    expect(tpp({ besaranTpp: 10, capaianKinerja: 100 }).pph21).toBe(1);
    // Beyond 2^53 the product moves to BigInt: 555.373.908.359 x 60% x 77,3051% = 257.599.413.138,4999854 -> 257.599.413.138
    // (one division of the products in floating point gives ...139).
    expect(tpp({ besaranTpp: 555_373_908_359, capaianKinerja: 77.3051 }).tppKinerja).toBe(257_599_413_138);
    // Cuts in quarter percents (1,25 per TL3) are exact: 4.000.000 x 40% x 98,75% = 1.580.000.
    expect(tpp({ besaranTpp: 4_000_000, potonganDisiplinPersen: 1.25 }).tppDisiplin).toBe(1_580_000);
  });

  it('cuts 25% while a hukuman disiplin sedang runs, 100% while a berat one runs, nothing for ringan', () => {
    // kinerja 2.700.000 + disiplin 1.800.000 = 4.500.000; 25% = 1.125.000; bruto 3.375.000; BPJS 33.750 / 135.000; PPh 168.750; netto 3.172.500.
    const s = tpp({ hukdis: 'sedang' });
    expect(angka(s)).toEqual([2_700_000, 1_800_000, 1_125_000, 3_375_000, 33_750, 135_000, 168_750, 3_172_500]);
    expect(s.rincian.find((r) => r.kode === 'potonganHukdis')!.alasan).toBe(
      'Hukuman disiplin sedang berjalan bulan ini: 25% dari TPP kinerja dan disiplin Rp 4.500.000,00 = Rp 1.125.000,00.',
    );
    // besaran 1.000.002: kinerja 60% = 600.001,2 -> 600.001; disiplin 40% = 400.000,8 -> 400.001; sum 1.000.002; 25% = 250.000,5 -> 250.001.
    expect(tpp({ besaranTpp: 1_000_002, hukdis: 'sedang' }).potonganHukdis).toBe(250_001);
    const b = tpp({ hukdis: 'berat' });
    expect(angka(b)).toEqual([2_700_000, 1_800_000, 4_500_000, 0, 0, 0, 0, 0]);
    expect(b.rincian.find((r) => r.kode === 'iuranBpjsPegawai')!.alasan).toBe(
      'Iuran BPJS Kesehatan bagian pegawai 1%: TPP bruto Rp 0,00, sehingga tidak ada iuran atas TPP; 1% x Rp 0,00 = Rp 0,00.',
    );
    const r = tpp({ hukdis: 'ringan' });
    expect(r.potonganHukdis).toBe(0);
    expect(r.rincian.find((x) => x.kode === 'potonganHukdis')!.alasan).toBe('Hukuman disiplin ringan tidak memotong TPP: tidak ada potongan.');
  });

  it('reads percentages to 4 decimals, halves up, so a figure built in floating point is the one meant', () => {
    // (0,1 + 0,2) x 100 is 30.000000000000004 in binary floating point: it is read as 30.
    const hampir = (0.1 + 0.2) * 100;
    expect(hampir).not.toBe(30);
    expect(angka(tpp({ capaianKinerja: hampir, potonganDisiplinPersen: hampir }))).toEqual(angka(tpp({ capaianKinerja: 30, potonganDisiplinPersen: 30 })));
    expect(tpp({ capaianKinerja: hampir }).rincian[1]!.alasan).toContain('capaian kinerja 30%');
    // 87,12345 -> 87,1235; 4.000.000 x 60% x 87,1235% = 2.090.964; the reason prints the figure used.
    const h = tpp({ besaranTpp: 4_000_000, capaianKinerja: 87.12345, potonganDisiplinPersen: 1e-7 });
    expect([h.tppKinerja, h.tppDisiplin]).toEqual([2_090_964, 1_600_000]);
    expect(h.rincian[1]!.alasan).toContain('capaian kinerja 87,1235%');
    expect(h.rincian[2]!.alasan).toContain('potongan disiplin 0%');
  });

  it('takes capaian and potongan at their bounds', () => {
    expect(angka(tpp({ capaianKinerja: 0, potonganDisiplinPersen: 100 }))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(tpp({ capaianKinerja: 100, potonganDisiplinPersen: 0 }).bruto).toBe(4_500_000);
    expect(tpp({ besaranTpp: 0 }).netto).toBe(0);
  });

  it('refuses bad inputs with every reason in Indonesian, field by field', () => {
    const salah = periksaMasukanTpp(A, { golongan: 'IX', statusPegawai: 'pns', besaranTpp: 1_500_000.5, capaianKinerja: 100.01, potonganDisiplinPersen: -1,
      hukdis: 'parah' as 'berat', gajiDanTunjangan: Number.NaN });
    expect(salah).toEqual([
      { kolom: 'golongan', alasan: 'golongan IX adalah golongan PPPK; PNS bergolongan I/a sampai IV/e' },
      { kolom: 'besaranTpp', alasan: 'besaran TPP harus rupiah bulat (tanpa sen)' },
      { kolom: 'capaianKinerja', alasan: 'capaian kinerja harus 0 sampai 100' },
      { kolom: 'potonganDisiplinPersen', alasan: 'potongan disiplin harus 0 sampai 100' },
      { kolom: 'hukdis', alasan: 'hukuman disiplin "parah" tidak dikenal; pilihan: tidak_ada, ringan, sedang, berat' },
      { kolom: 'gajiDanTunjangan', alasan: 'gaji dan tunjangan harus angka rupiah' },
    ]);
    expect(periksaMasukanTpp(A, { ...dasar, statusPegawai: 'pppk', golongan: 'III/a' })).toEqual([{ kolom: 'golongan',
      alasan: 'golongan III/a adalah golongan PNS; PPPK bergolongan I sampai XVII' }]);
    expect(periksaMasukanTpp(A, { ...dasar, statusPegawai: 'honorer' as 'pns' })[0]!.alasan).toBe('status pegawai "honorer" tidak dikenal; pilihan: pns, cpns, pppk');
    expect(periksaMasukanTpp(A, { ...dasar, golongan: 'V/a' })[0]!.kolom).toBe('golongan');
    expect(periksaMasukanTpp(A, { ...dasar, besaranTpp: -1 })[0]!.alasan).toBe('besaran TPP tidak boleh negatif');
    expect(periksaMasukanTpp(A, { ...dasar, besaranTpp: 1_000_000_000_001 })[0]!.alasan).toBe('besaran TPP terlalu besar');
    const h = hitungTpp(A, { ...dasar, capaianKinerja: 101, potonganDisiplinPersen: 101 });
    expect(h).toEqual({ ok: false, alasan: 'capaian kinerja harus 0 sampai 100; potongan disiplin harus 0 sampai 100' });
  });
});

describe('capaian kinerja of the month and corrections of locked months', () => {
  it('measures capaian against target, capped at 100', () => {
    expect(capaianKinerjaBulan(A, 6_000, 6_750)).toEqual({ ok: true, nilai: 88.89 });
    expect(capaianKinerjaBulan(A, 8_000, 6_750)).toEqual({ ok: true, nilai: 100 });
    expect(capaianKinerjaBulan(A, 10, 0).ok).toBe(false);
    expect(A.capaianKinerja.sumber).toBe('aktivitas_disetujui');
  });

  it('turns a recomputed locked month into an adjustment line paid later, with the difference of every figure', () => {
    const lama = tpp({ potonganDisiplinPersen: 10 });
    const baru = tpp({ potonganDisiplinPersen: 0 });
    // disiplin 1.620.000 -> 1.800.000 (+180.000); bruto +180.000; BPJS 1% +1.800, 4% +7.200; PPh 5% +9.000; netto +169.200.
    const p = penyesuaianTpp(lama, baru, { bulanDikoreksi: '2026-03', bulanDibayar: '2026-05', alasan: 'cuti sakit 2 hari disetujui setelah bulan dikunci' });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.nilai.selisih).toEqual({ tppKinerja: 0, tppDisiplin: 180_000, potonganHukdis: 0, bruto: 180_000, iuranBpjsPegawai: 1_800, iuranBpjsPemda: 7_200, pph21: 9_000,
      netto: 169_200 });
    expect(p.nilai.rincian.map((r) => r.kode)).toEqual(['tppDisiplin', 'bruto', 'iuranBpjsPegawai', 'iuranBpjsPemda', 'pph21', 'netto']);
    expect(p.nilai.rincian[0]!.alasan).toBe(
      'Koreksi Maret 2026 (cuti sakit 2 hari disetujui setelah bulan dikunci): TPP disiplin semula Rp 1.620.000,00 menjadi Rp 1.800.000,00, selisih +Rp 180.000,00, dibayar bersama TPP Mei 2026.',
    );
    const balik = penyesuaianTpp(baru, lama, { bulanDikoreksi: '2026-03', bulanDibayar: '2026-04', alasan: 'salah input' });
    expect(balik.ok && balik.nilai.selisih.netto).toBe(-169_200);
    expect(balik.ok && balik.nilai.rincian.at(-1)!.alasan).toContain('selisih -Rp 169.200,00');
  });

  it('refuses a correction paid in or before the corrected month, a bad month, or one without a reason', () => {
    const x = tpp({});
    const salah = (info: { bulanDikoreksi: string, bulanDibayar: string, alasan: string }) => {
      const h = penyesuaianTpp(x, x, info);
      return h.ok ? null : h.alasan;
    };
    expect(salah({ bulanDikoreksi: '2026-03', bulanDibayar: '2026-03', alasan: 'x' })).toBe('koreksi Maret 2026 dibayar pada bulan sesudahnya, bukan Maret 2026');
    expect(salah({ bulanDikoreksi: '2026-13', bulanDibayar: '2027-01', alasan: 'x' })).toBe('bulan yang dikoreksi "2026-13" harus berbentuk YYYY-MM');
    expect(salah({ bulanDikoreksi: '2026-03', bulanDibayar: '2026-04', alasan: '  ' })).toBe('alasan koreksi wajib diisi');
  });
});

describe('hukdisBerjalan (the hukuman disiplin a TPP month reads)', () => {
  const bulan2026 = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
  const per = (daftar: Parameters<typeof hukdisBerjalan>[1], aturan = A) =>
    bulan2026.map((b) => {
      const h = hukdisBerjalan(aturan, daftar, b);
      return h.ok ? h.nilai : h.alasan;
    });

  it('cuts exactly masa_bulan months, counting the months whose 1st day it is in force on', () => {
    // TMT 15 Maret for 6 months: in force 15 Maret to 14 September; 1 April ... 1 September = 6 months.
    expect(per([{ tingkat: 'sedang', tmt: '2026-03-15', masaBulan: 6 }])).toEqual([
      ...Array(3).fill('tidak_ada'),
      ...Array(6).fill('sedang'),
      ...Array(3).fill('tidak_ada'),
    ]);
    // TMT 1 Maret: Maret ... Agustus.
    expect(per([{ tingkat: 'sedang', tmt: '2026-03-01', masaBulan: 6 }]).filter((x) => x === 'sedang')).toHaveLength(6);
    expect(per([{ tingkat: 'sedang', tmt: '2026-03-01', masaBulan: 6 }])[8]).toBe('tidak_ada');
  });

  it('can count any day of the month instead (rule data), takes the heaviest, and treats a berat without end as running on', () => {
    const sebagian = { ...A, hukdisBerjalanBila: 'sebagian' as const };
    expect(per([{ tingkat: 'sedang', tmt: '2026-03-15', masaBulan: 6 }], sebagian).filter((x) => x === 'sedang')).toHaveLength(7);
    expect(
      per([{ tingkat: 'sedang', tmt: '2026-01-01', masaBulan: 12 }, { tingkat: 'berat', tmt: '2026-06-10', masaBulan: 0 }, { tingkat: 'ringan', tmt: '2026-01-01', masaBulan: 0 }]),
    ).toEqual([...Array(6).fill('sedang'), ...Array(6).fill('berat')]);
    expect(per([])).toEqual(Array(12).fill('tidak_ada'));
    const h = hukdisBerjalan(A, [], '2026-3');
    expect(!h.ok && h.alasan).toBe('bulan "2026-3" harus berbentuk YYYY-MM');
  });
});

describe('hitungTpp on inputs nobody picked', () => {
  /**
   * A second, independent reading of RULES.md section 10: percentages in ten-thousandths as integers,
   * every product in BigInt, rounding halves up by (2n + d) / 2d. Agreement on random inputs,
   * plus the identities every month must satisfy.
   */
  const bulat = (n: bigint, d: bigint) => Number((2n * n + d) / (2n * d));
  const ruang = (status: string, golongan: string) =>
    status === 'pppk' ? (['I', 'II', 'III', 'IV'].includes(golongan) ? 'II' : ['XIII', 'XIV', 'XV', 'XVI', 'XVII'].includes(golongan) ? 'IV' : 'III') : golongan.split('/')[0]!;
  const TARIF: Record<string, bigint> = { I: 0n, II: 0n, III: 5n, IV: 15n };
  const golongan = (status: string) =>
    status === 'pppk'
      ? fc.constantFrom('I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII')
      : fc.constantFrom('I/a', 'I/d', 'II/a', 'II/d', 'III/a', 'III/d', 'IV/a', 'IV/e');
  const masukan = fc.constantFrom('pns', 'cpns', 'pppk').chain((status) =>
    fc.record({ statusPegawai: fc.constant(status as MasukanTpp['statusPegawai']), golongan: golongan(status),
      besaranTpp: fc.oneof(fc.integer({ min: 0, max: 60_000_000 }), fc.integer({ min: 0, max: 1_000_000_000_000 })), capaian: fc.integer({ min: 0, max: 1_000_000 }),
      potongan: fc.integer({ min: 0, max: 1_000_000 }), hukdis: fc.constantFrom('tidak_ada', 'ringan', 'sedang', 'berat'),
      gajiDanTunjangan: fc.integer({ min: 0, max: 25_000_000 }) })
  );

  it('agrees with an independent integer computation and keeps netto = bruto - BPJS 1% - PPh 21', () => {
    fc.assert(fc.property(masukan, (m) => {
      const h = hitungTpp(A, { golongan: m.golongan, statusPegawai: m.statusPegawai, besaranTpp: m.besaranTpp, capaianKinerja: m.capaian / 10_000,
        potonganDisiplinPersen: m.potongan / 10_000, hukdis: m.hukdis as MasukanTpp['hukdis'], gajiDanTunjangan: m.gajiDanTunjangan });
      expect(h.ok).toBe(true);
      if (!h.ok) return;
      const f = m.statusPegawai === 'cpns' ? 80n : 100n;
      const b = BigInt(m.besaranTpp);
      const kinerja = bulat(b * f * 60n * BigInt(m.capaian), 100n * 100n * 1_000_000n);
      const disiplin = bulat(b * f * 40n * BigInt(1_000_000 - m.potongan), 100n * 100n * 1_000_000n);
      const p = m.hukdis === 'sedang' ? 25n : m.hukdis === 'berat' ? 100n : 0n;
      const hukdis = bulat(BigInt(kinerja + disiplin) * p, 100n);
      const bruto = kinerja + disiplin - hukdis;
      const dasar = Math.max(0, Math.min(12_000_000, m.gajiDanTunjangan + bruto) - m.gajiDanTunjangan);
      const pegawai = bulat(BigInt(dasar), 100n);
      const pemda = bulat(BigInt(dasar) * 4n, 100n);
      const pph = bulat(BigInt(bruto) * TARIF[ruang(m.statusPegawai, m.golongan)]!, 100n);
      expect(angka(h.nilai)).toEqual([kinerja, disiplin, hukdis, bruto, pegawai, pemda, pph, bruto - pegawai - pph]);
      expect(h.nilai.netto).toBeLessThanOrEqual(h.nilai.bruto);
      expect(h.nilai.bruto).toBeLessThanOrEqual(m.besaranTpp + 1);
      for (const x of angka(h.nilai)) expect(Number.isSafeInteger(x) && x >= 0).toBe(true);
      // The month's bulk pass computes figures only: the same figures, no reasons.
      const cepat = hitungTpp(A, { golongan: m.golongan, statusPegawai: m.statusPegawai, besaranTpp: m.besaranTpp, capaianKinerja: m.capaian / 10_000,
        potonganDisiplinPersen: m.potongan / 10_000, hukdis: m.hukdis as MasukanTpp['hukdis'], gajiDanTunjangan: m.gajiDanTunjangan }, { rincian: false });
      expect(cepat.ok && { ...cepat.nilai, rincian: h.nilai.rincian }).toEqual(h.nilai);
      expect(cepat.ok && cepat.nilai.rincian).toEqual([]);
    }), { numRuns: 2_000 });
  });
});

describe('capaian kinerja from SKP realisasi (perbup-sukamaju-2027-skp)', () => {
  const rhk = (target: number | null, realisasi: number | null, satuan: string | null = 'dokumen', jenis: RhkCapaianSkp['jenis'] = 'utama'): RhkCapaianSkp => ({ jenis, target,
    satuan, realisasi });
  const capai = (daftar: RhkCapaianSkp[], aturan: AturanTpp = S, bulan = '2027-05') => capaianKinerjaSkp(aturan, bulan, daftar);

  it('is a second rule version, in force from 2027, the same figures as the 2026 one but the source', () => {
    expect(aturanTpp('perbup-sukamaju-2027-skp')).toEqual({ ok: true, nilai: S });
    expect(S.berlakuMulai > A.berlakuMulai).toBe(true);
    expect(S.capaianKinerja).toMatchObject({ sumber: 'realisasi_skp', batasPersen: 100, skp: { periode: 'bulanan', jenisRhk: ['utama'] } });
    expect({ ...S, id: A.id, nama: A.nama, dasarHukum: A.dasarHukum, berlakuMulai: A.berlakuMulai, catatan: A.catatan, capaianKinerja: A.capaianKinerja }).toEqual(A);
    // The calculator's computation takes the capaian as input: the same month under both ids gives the same figures.
    const [s, a] = [hitungTpp(S, dasar, { rincian: false }), hitungTpp(A, dasar, { rincian: false })];
    expect(s.ok && a.ok && { ...s.nilai, aturan: a.nilai.aturan }).toEqual(a.ok && a.nilai);
    expect(capaianKinerjaSkp(A, '2027-05', [rhk(120, 10)])).toEqual({ ok: false, alasan: 'aturan perbup-sukamaju-2026 tidak mengukur capaian kinerja dari realisasi SKP' });
  });

  it("averages realisasi against the month's share of the year's target per RHK utama, each capped at 100", () => {
    // 120 dokumen a year: 10 in May; 8 -> 80%. 64 laporan a year: 5,3333 a month; 7 -> 131,25% capped 100%. Level 85%: 85 of 85 -> 100%; 68 -> 80%.
    const h = capai([rhk(120, 8), rhk(64, 7, 'laporan'), rhk(85, 68, '%'), rhk(10, 10, 'kegiatan', 'tambahan')]);
    expect(h.ok && h.nilai.periode.label).toBe('Mei 2027');
    expect(h.ok && h.nilai.rhk.map((r) => [r.targetPeriode, r.capaian])).toEqual([[10, 80], [5.3333, 100], [85, 80]]);
    // (80 + 100 + 80) / 3 = 86,666.. -> 86,67 (the RHK tambahan is not counted).
    expect(h.ok && h.nilai.capaian).toBe(86.67);
    // One RHK far above its target does not make up for another below it.
    expect(capai([rhk(120, 30), rhk(120, 5)])).toMatchObject({ ok: true, nilai: { capaian: 75 } });
  });

  it("counts an RHK without the month's realisasi as 0, and leaves out one without a quantitative target or with a target of 0", () => {
    expect(capai([rhk(120, 10), rhk(120, null)])).toMatchObject({ ok: true, nilai: { capaian: 50 } });
    const h = capai([rhk(120, 10), rhk(null, null, null), rhk(0, 3)]);
    expect(h).toMatchObject({ ok: true, nilai: { capaian: 100 } });
    expect(h.ok && h.nilai.rhk.map((r) => r.capaian)).toEqual([100, null, null]);
  });

  it('refuses a month it cannot measure, with the reason', () => {
    expect(capai([])).toEqual({ ok: false, alasan: 'SKP tidak memuat RHK utama' });
    expect(capai([rhk(10, 10, 'kegiatan', 'tambahan')])).toEqual({ ok: false, alasan: 'SKP tidak memuat RHK utama' });
    expect(capai([rhk(null, 5, null), rhk(0, 0)])).toEqual({ ok: false, alasan: 'RHK utama pada SKP belum punya indikator kuantitatif dengan target lebih dari 0' });
    expect(capai([rhk(120, null), rhk(12, null)])).toEqual({ ok: false, alasan: 'belum ada realisasi SKP Mei 2027 (angka realisasi RHK utama)' });
    expect(capai([rhk(120, 10)], S, '2027-13').ok).toBe(false);
  });

  it("reads a quarter under a quarterly rule: a quarter of the year's target", () => {
    const tw = { ...S,
      capaianKinerja: { ...S.capaianKinerja,
        skp: { ...(S.capaianKinerja as Extract<AturanTpp['capaianKinerja'], { sumber: 'realisasi_skp' }>).skp, periode: 'triwulanan' as const } } };
    const h = capai([rhk(120, 24)], tw, '2027-05');
    // Triwulan II: 120 x 3 / 12 = 30; 24 / 30 = 80%.
    expect(h.ok && [h.nilai.periode.label, h.nilai.rhk[0]!.targetPeriode, h.nilai.capaian]).toEqual(['Triwulan II 2027', 30, 80]);
  });
});

describe('the rule set of a month', () => {
  it('is the latest in force on its first day: the 2026 rule through December 2026, the SKP rule from January 2027', () => {
    expect(aturanTppBulan('2026-12').id).toBe('perbup-sukamaju-2026');
    expect(aturanTppBulan('2026-01').id).toBe('perbup-sukamaju-2026');
    expect(aturanTppBulan('2025-06').id).toBe('perbup-sukamaju-2026');
    expect(aturanTppBulan('2027-01').id).toBe('perbup-sukamaju-2027-skp');
    expect(LABEL_SUMBER_CAPAIAN[aturanTppBulan('2027-01').capaianKinerja.sumber]).toBe('realisasi SKP yang disepakati');
  });
});
