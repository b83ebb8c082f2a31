import { describe, expect, it } from 'vitest';
import { ASPEK_INDIKATOR, cekDistribusiPredikat, dataSkp22, daftarPeriodeSkp, DISTRIBUSI_PERMENPANRB_6_2022, KODE_PERILAKU, KODE_SIASN_PREDIKAT, KODE_SIASN_RATING, LABEL_PREDIKAT,
  LABEL_PREDIKAT_SKP, LABEL_RATING, parseRatingEkspektasi, PERILAKU_BERAKHLAK, PERIODE_PENILAIAN, periodeSkp, periodeSkpPada, PREDIKAT_KINERJA, PREDIKAT_ORGANISASI, PREDIKAT_SKP,
  predikatKinerja, RATING_EKSPEKTASI, RATING_PIMPINAN_SUKAMAJU_2026, ratingDariKodeSiasn, sebaranPredikat, usulRatingPimpinan, usulRatingTahunan } from '../src/index.ts';

describe('SKP rules (RULES.md section 9)', () => {
  it('has the 7 BerAKHLAK values in order, each with its standard behaviours', () => {
    expect(PERILAKU_BERAKHLAK.map((p) => p.label)).toEqual(['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif']);
    expect(KODE_PERILAKU).toEqual(['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif']);
    for (const p of PERILAKU_BERAKHLAK) expect(p.perilaku).toHaveLength(3);
    expect(PERILAKU_BERAKHLAK[1].perilaku[2]).toBe('Tidak menyalahgunakan kewenangan jabatan');
  });

  it('rates on the SIASN scale 1/2/3 and reads labels and codes back', () => {
    expect(RATING_EKSPEKTASI.map((r) => KODE_SIASN_RATING[r])).toEqual([1, 2, 3]);
    expect(LABEL_RATING.di_bawah).toBe('Di Bawah Ekspektasi');
    expect(ratingDariKodeSiasn(2)).toEqual({ ok: true, nilai: 'sesuai' });
    expect(ratingDariKodeSiasn('4').ok).toBe(false);
    expect(parseRatingEkspektasi('Di Atas Ekspektasi')).toEqual({ ok: true, nilai: 'di_atas' });
    expect(parseRatingEkspektasi('di bawah')).toEqual({ ok: true, nilai: 'di_bawah' });
    expect(parseRatingEkspektasi('3')).toEqual({ ok: true, nilai: 'di_bawah' });
    const h = parseRatingEkspektasi('luar biasa');
    expect(!h.ok && h.alasan).toMatch(/tidak dikenal; pilihan: di_atas, sesuai, di_bawah/);
  });

  it('gives the predikat of all 9 cells of the matrix', () => {
    const sel: [string, string, string][] = [
      ['di_atas', 'di_atas', 'sangat_baik'],
      ['di_atas', 'sesuai', 'baik'],
      ['di_atas', 'di_bawah', 'kurang'],
      ['sesuai', 'di_atas', 'baik'],
      ['sesuai', 'sesuai', 'baik'],
      ['sesuai', 'di_bawah', 'kurang'],
      ['di_bawah', 'di_atas', 'butuh_perbaikan'],
      ['di_bawah', 'sesuai', 'butuh_perbaikan'],
      ['di_bawah', 'di_bawah', 'sangat_kurang'],
    ];
    for (const [hasil, perilaku, predikat] of sel) expect(predikatKinerja(hasil as 'sesuai', perilaku as 'sesuai'), `${hasil} x ${perilaku}`).toBe(predikat);
    expect(sel).toHaveLength(9);
  });

  it('speaks the riwayat_skp vocabulary, with official labels and SIASN quadrant codes', () => {
    for (const p of PREDIKAT_KINERJA) {
      expect(PREDIKAT_SKP).toContain(p);
      expect(LABEL_PREDIKAT[p].startsWith(LABEL_PREDIKAT_SKP[p])).toBe(true);
    }
    expect(LABEL_PREDIKAT.kurang).toBe('Kurang/Misconduct');
    expect(PREDIKAT_KINERJA.map((p) => KODE_SIASN_PREDIKAT[p])).toEqual([1, 2, 3, 4, 5]);
    expect(ASPEK_INDIKATOR.map((a) => a.kode)).toEqual(['kuantitas', 'kualitas', 'waktu', 'biaya']);
  });

  it('fills the SIASN skp22 fields from the two ratings and the penilai', () => {
    const penilai = { nip: '197001011995031001', nama: ' Drs. Penilai ', jabatan: 'Kepala Badan', golongan: 'IV/c', unor: 'BKPSDM' };
    expect(dataSkp22(2025, 'sesuai', 'di_bawah', penilai)).toEqual({ ok: true,
      nilai: { tahun: 2025, hasilKinerjaNilai: 2, perilakuKerjaNilai: 3, kuadranKinerjaNilai: 4, penilaiNipNrp: '197001011995031001', penilaiNama: 'Drs. Penilai',
        penilaiJabatan: 'Kepala Badan', penilaiGolongan: 'IV/c', penilaiUnorNama: 'BKPSDM', statusPenilai: 'ASN' } });
    const bupati = dataSkp22(2025, 'di_atas', 'di_atas', { nip: null, nama: 'Bupati Sukamaju', jabatan: 'Bupati', golongan: null, unor: 'Pemerintah Kabupaten' });
    expect(bupati.ok && [bupati.nilai.kuadranKinerjaNilai, bupati.nilai.statusPenilai, bupati.nilai.penilaiNipNrp]).toEqual([1, 'NON ASN', '']);
    const lama = dataSkp22(2021, 'sesuai', 'sesuai', penilai);
    expect(!lama.ok && lama.alasan).toBe('tahun 2021 tidak sah: SKP 2022 (PermenPAN-RB 6/2022) berlaku sejak 2022');
  });

  it('lays out monthly, quarterly and annual periods as data', () => {
    expect(Object.values(PERIODE_PENILAIAN).map((p) => [p.jenis, p.bulan, p.jumlahSetahun])).toEqual([['bulanan', 1, 12], ['triwulanan', 3, 4], ['tahunan', 12, 1]]);
    expect(daftarPeriodeSkp('triwulanan', 2026).map((p) => [p.label, p.mulai, p.selesai])).toEqual([
      ['Triwulan I 2026', '2026-01-01', '2026-03-31'],
      ['Triwulan II 2026', '2026-04-01', '2026-06-30'],
      ['Triwulan III 2026', '2026-07-01', '2026-09-30'],
      ['Triwulan IV 2026', '2026-10-01', '2026-12-31'],
    ]);
    expect(daftarPeriodeSkp('bulanan', 2028)[1]).toMatchObject({ label: 'Februari 2028', mulai: '2028-02-01', selesai: '2028-02-29' });
    expect(daftarPeriodeSkp('tahunan', 2025)).toEqual([{ jenis: 'tahunan', tahun: 2025, ke: 1, label: 'Tahun 2025', mulai: '2025-01-01', selesai: '2025-12-31' }]);
    expect(periodeSkpPada('triwulanan', '2026-08-17')).toMatchObject({ ok: true, nilai: { ke: 3, label: 'Triwulan III 2026' } });
    expect(periodeSkpPada('bulanan', '2026-12-31')).toMatchObject({ ok: true, nilai: { ke: 12, label: 'Desember 2026' } });
    const h = periodeSkp('triwulanan', 2026, 5);
    expect(!h.ok && h.alasan).toBe('periode triwulanan ke-5 tidak ada (1 sampai 4)');
    expect(periodeSkpPada('bulanan', '17-08-2026').ok).toBe(false);
  });

  it('proposes the annual rating from the periodic ones by the configured roll-up', () => {
    expect(usulRatingTahunan(['di_bawah', 'sesuai', null, 'di_atas'], 'terakhir')).toBe('di_atas');
    expect(usulRatingTahunan(['sesuai', 'di_atas', 'sesuai', 'di_atas'], 'terbanyak')).toBe('sesuai');
    expect(usulRatingTahunan(['di_atas', 'di_atas', 'sesuai', null], 'terbanyak')).toBe('di_atas');
    expect(usulRatingTahunan([null, null], 'terakhir')).toBeNull();
  });
});

describe('cekDistribusiPredikat (PermenPAN-RB 6/2022 pola distribusi)', () => {
  it('is silent when a unit fits its pattern, and for an empty unit', () => {
    expect(cekDistribusiPredikat('baik', { sangat_baik: 2, baik: 7, butuh_perbaikan: 1 })).toEqual([]);
    expect(cekDistribusiPredikat('istimewa', { sangat_baik: 7, baik: 3 })).toEqual([]);
    expect(cekDistribusiPredikat('butuh_perbaikan', { butuh_perbaikan: 6, sangat_baik: 1, baik: 3 })).toEqual([]);
    expect(cekDistribusiPredikat('kurang', { kurang: 6, butuh_perbaikan: 1, sangat_baik: 1, baik: 2 })).toEqual([]);
    expect(cekDistribusiPredikat('sangat_kurang', { sangat_kurang: 6, kurang: 1, baik: 3 })).toEqual([]);
    expect(cekDistribusiPredikat('baik', {})).toEqual([]);
  });

  it('warns with the numbers when Baik holds more than 70% Baik and nobody Butuh Perbaikan or Kurang', () => {
    const w = cekDistribusiPredikat('baik', { sangat_baik: 2, baik: 8 });
    expect(w.map((x) => x.jenis)).toEqual(['melebihi_maksimum', 'harus_ada']);
    expect(w[0]).toMatchObject({ predikat: ['baik'], jumlah: 8, total: 10, persen: 80, batas: 70 });
    expect(w[0]!.pesan).toBe('Predikat kinerja organisasi Baik: pegawai berpredikat Baik paling banyak 70%, tetapi ada 8 dari 10 pegawai (80%).');
    expect(w[1]!.pesan).toBe(
      'Predikat kinerja organisasi Baik: harus ada paling sedikit 1 pegawai berpredikat Butuh Perbaikan dan/atau Kurang/Misconduct, baru 0 dari 10 pegawai (0%).',
    );
  });

  it('compares shares exactly: 7 of 10 is 70% (allowed), 5 of 7 is 71,43% (not)', () => {
    expect(cekDistribusiPredikat('istimewa', { sangat_baik: 7, baik: 3 })).toEqual([]);
    const w = cekDistribusiPredikat('istimewa', { sangat_baik: 5, baik: 2 });
    expect(w).toHaveLength(1);
    expect(w[0]!.persen).toBe(71.43);
    expect(w[0]!.pesan).toContain('5 dari 7 pegawai (71,43%)');
  });

  it('warns below the minimum and when another predikat is the most frequent', () => {
    const w = cekDistribusiPredikat('butuh_perbaikan', { sangat_baik: 3, baik: 9, butuh_perbaikan: 8 });
    expect(w.map((x) => x.jenis)).toEqual(['kurang_dari_minimum', 'melebihi_maksimum', 'bukan_terbanyak']);
    expect(w[0]!.pesan).toBe('Predikat kinerja organisasi Butuh Perbaikan: pegawai berpredikat Butuh Perbaikan paling sedikit 60% (12 orang), baru 8 dari 20 pegawai (40%).');
    expect(w[1]!.pesan).toBe('Predikat kinerja organisasi Butuh Perbaikan: pegawai berpredikat Sangat Baik paling banyak 10%, tetapi ada 3 dari 20 pegawai (15%).');
    expect(w[2]!.pesan).toBe(
      'Predikat kinerja organisasi Butuh Perbaikan: sebagian besar pegawai semestinya berpredikat Butuh Perbaikan (8 dari 20 pegawai (40%)), tetapi lebih banyak yang Baik (9 dari 20 pegawai (45%)).',
    );
    // Exactly at the bound is allowed: 2 of 20 Sangat Baik is 10%.
    expect(cekDistribusiPredikat('butuh_perbaikan', { sangat_baik: 2, baik: 6, butuh_perbaikan: 12 })).toEqual([]);
  });

  it('refuses any Sangat Baik in a Sangat Kurang organisation and asks for 10% Kurang or Butuh Perbaikan', () => {
    const w = cekDistribusiPredikat('sangat_kurang', { sangat_baik: 1, sangat_kurang: 9 });
    expect(w.map((x) => x.jenis)).toEqual(['kurang_dari_minimum', 'melebihi_maksimum']);
    expect(w[0]!.pesan).toBe(
      'Predikat kinerja organisasi Sangat Kurang: pegawai berpredikat Kurang/Misconduct dan/atau Butuh Perbaikan paling sedikit 10% (1 orang), baru 0 dari 10 pegawai (0%).',
    );
    expect(w[1]!.pesan).toBe('Predikat kinerja organisasi Sangat Kurang: tidak boleh ada pegawai berpredikat Sangat Baik, tetapi ada 1 dari 10 pegawai (10%).');
  });

  it("counts a unit's predikat for the check, the not-yet-rated apart", () => {
    const s = sebaranPredikat(['baik', 'baik', 'sangat_baik', null, 'kurang', 'baik', null]);
    expect(s).toEqual({ hitungan: { sangat_baik: 1, baik: 3, butuh_perbaikan: 0, kurang: 1, sangat_kurang: 0 },
      persen: { sangat_baik: 20, baik: 60, butuh_perbaikan: 0, kurang: 20, sangat_kurang: 0 }, total: 5, belumDinilai: 2 });
    expect(cekDistribusiPredikat('baik', s.hitungan)).toEqual([]);
    expect(sebaranPredikat([]).total).toBe(0);
  });

  it('is configurable: another pattern is another rule set', () => {
    const ketat = { ...DISTRIBUSI_PERMENPANRB_6_2022, id: 'uji',
      pola: { ...DISTRIBUSI_PERMENPANRB_6_2022.pola, baik: { utama: 'baik' as const, batas: [{ predikat: ['baik' as const], maksPersen: 50 }] } } };
    expect(cekDistribusiPredikat('baik', { baik: 6, butuh_perbaikan: 4 }, ketat).map((x) => [x.jenis, x.batas])).toEqual([['melebihi_maksimum', 50]]);
    expect(PREDIKAT_ORGANISASI.every((p) => DISTRIBUSI_PERMENPANRB_6_2022.pola[p])).toBe(true);
  });
});

describe('usulRatingPimpinan (the unit head rated by the unit capaian)', () => {
  it('proposes from the mean capaian, N/A and unfilled not counted, each capped at 120', () => {
    const h = usulRatingPimpinan([95, 130, 'N/A', null]);
    expect(h).toMatchObject({ ok: true, nilai: { capaianUnit: 107.5, jumlahIndikator: 2, predikatOrganisasi: 'istimewa', rating: 'di_atas' } });
    expect(h.ok && h.nilai.alasan).toBe(
      'Capaian unit rata-rata 107,50% dari 2 indikator (tiap indikator dihitung paling tinggi 120%): predikat kinerja organisasi Istimewa (paling sedikit 101%), sehingga hasil kerja pimpinan unit diusulkan Di Atas Ekspektasi.',
    );
  });

  it('follows the bands at their edges', () => {
    const rating = (c: number) => {
      const h = usulRatingPimpinan([c]);
      return h.ok ? [h.nilai.predikatOrganisasi, h.nilai.rating] : null;
    };
    expect(rating(101)).toEqual(['istimewa', 'di_atas']);
    expect(rating(100.99)).toEqual(['baik', 'sesuai']);
    expect(rating(90)).toEqual(['baik', 'sesuai']);
    expect(rating(89.99)).toEqual(['butuh_perbaikan', 'di_bawah']);
    expect(rating(50)).toEqual(['kurang', 'di_bawah']);
    expect(rating(0)).toEqual(['sangat_kurang', 'di_bawah']);
    expect(RATING_PIMPINAN_SUKAMAJU_2026.catatan).toMatch(/\[open\]/);
  });

  it('refuses when nothing was entered, or a capaian is not a percentage', () => {
    const kosong = usulRatingPimpinan(['N/A', null]);
    expect(!kosong.ok && kosong.alasan).toBe('belum ada capaian indikator unit yang terisi; rating hasil kerja pimpinan belum dapat diusulkan');
    expect(usulRatingPimpinan([-5]).ok).toBe(false);
    expect(usulRatingPimpinan([Number.NaN]).ok).toBe(false);
  });
});
