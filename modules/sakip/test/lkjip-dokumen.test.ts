import { describe, expect, it } from 'vitest';
import { bacaDocx, bacaPdf } from '@simasn/platform/dokumen/baca';
import { berkasLkjip, namaBerkasLkjip } from '../src/lkjip/berkas-lkjip.ts';
import { blokNarasi } from '../src/lkjip/format.ts';
import { laporanContoh } from './lkjip-fixture.ts';

/** The LKjIP renderers on a model carrying the Lumajang seed's figures: open both files and read them. */

const BAB = ['KATA PENGANTAR', 'IKHTISAR EKSEKUTIF', 'BAB I PENDAHULUAN', 'BAB II PERENCANAAN KINERJA', 'BAB III AKUNTABILITAS KINERJA', 'BAB IV PENUTUP', 'LAMPIRAN'];
const TABEL = [
  'Tabel 1.1 Data Pegawai',
  'Tabel 1.2 Sarana dan Prasarana',
  'Tabel 1.3 Pembiayaan',
  'Tabel 2.1 Tujuan, Sasaran dan Indikator Kinerja',
  'Tabel 2.2 Sasaran, Indikator dan Target',
  'Tabel 2.3 Program dan Anggaran',
  'Tabel 3.1 Pengukuran Capaian Kinerja',
  'Tabel 3.2 Perbandingan Realisasi',
  'Tabel 3.3 Perbandingan Realisasi Kinerja',
  'Tabel 3.4 Perbandingan Realisasi Kinerja',
  'Tabel 3.5 Efisiensi',
  'Tabel 3.6 Alokasi Anggaran per Sasaran',
  'Tabel 3.7 Program/Kegiatan Penunjang',
  'Tabel 3.8 Realisasi Anggaran',
  'Tabel L.1 Realisasi Indikator per Tribulan',
];
const ANGKA = ['101,37%', '57,12', '56,35', '8.328.663.601', 'Rp 8.328.663.601,00', '25,03%', '76,34%', '2.084.365.342', '6.244.298.259', '0,72', '15 Juli 2024'];

describe('LKjIP renderers', { timeout: 60_000 }, () => {
  it('DOCX: every chapter, table, chart, the TOC and Indonesian figures', async () => {
    const f = await berkasLkjip(laporanContoh(), 'docx');
    expect(f.namaBerkas).toBe('LKjIP-BKD-2024-TW2.docx');
    const d = await bacaDocx(f.isi);
    for (const t of [...BAB, ...TABEL, ...ANGKA]) expect(d.teks, t).toContain(t);
    expect(d.adaDaftarIsi).toBe(true);
    expect(d.gambar).toHaveLength(3); // IP ASN dimensions, 8 merit aspects, kinerja vs anggaran
    expect(d.teks).toContain('Grafik 3.2 Perbandingan Penilaian 8 Aspek Sistem Merit');
    // user narrative carried in, its markup turned into runs and list items
    expect(d.teks).toContain('Penyerapan anggaran masih rendah');
    expect(d.teks).not.toContain('**');
    // N/A is printed as N/A, never as 0
    expect(d.teks).toContain('N/A');
    expect(d.teks).toContain('Perubahan Perjanjian Kinerja ke-1 tanggal 25 September 2024 (P-APBD)');
  });

  it('PDF: the same content, a TOC with page numbers, the three charts', async () => {
    const f = await berkasLkjip(laporanContoh(), 'pdf');
    const p = await bacaPdf(f.isi);
    const semua = p.halaman.join('\n');
    for (const t of [...BAB, ...TABEL, ...ANGKA]) expect(semua, t).toContain(t);
    expect(p.jumlahGambar).toBe(3);
    expect(p.jumlahHalaman).toBeGreaterThan(10);
    expect(p.judul).toBe('LKjIP Badan Kepegawaian Daerah Tribulan II Tahun 2024');
    const toc = p.halaman.find((h) => h.includes('DAFTAR ISI'))!;
    // each chapter is listed with the page it starts on
    const halamanBab3 = p.halaman.findIndex((h) => h.includes('BAB III AKUNTABILITAS KINERJA') && !h.includes('DAFTAR ISI')) + 1;
    expect(toc).toMatch(new RegExp(`BAB III AKUNTABILITAS KINERJA\\s*${halamanBab3}\\b`));
    expect(toc).toContain('A.6 Analisis atas Efisiensi Penggunaan Sumber Daya');
  });

  it('names files by unit, year and period', () => {
    expect(namaBerkasLkjip({ unit: { id: 1, kode: 'BKD/01', nama: '' }, tahun: 2024, tribulan: null }, 'pdf')).toBe('LKjIP-BKD_01-2024.pdf');
  });
});

describe('blokNarasi', () => {
  it('splits paragraphs, bullet and numbered lists, bold runs', () => {
    expect(blokNarasi('Satu **dua**\ntiga\n\n- a\n- b\n1. x\n\nAkhir')).toEqual([
      { jenis: 'paragraf', teks: [{ teks: 'Satu ' }, { teks: 'dua', tebal: true }, { teks: ' tiga' }] },
      { jenis: 'daftar', bernomor: false, butir: [[{ teks: 'a' }], [{ teks: 'b' }], [{ teks: 'x' }]] },
      { jenis: 'paragraf', teks: [{ teks: 'Akhir' }] },
    ]);
  });
});
