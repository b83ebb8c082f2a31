import { describe, expect, it } from 'vitest';
import { gridTabel, renderDocx, renderGrafik, renderPdf, type Dokumen, lebarKataTerpanjang, lebarKolomTabel } from '../src/dokumen/index.ts';
import { bacaDocx, bacaPdf } from '../src/dokumen/baca.ts';

const PNG = [0x89, 0x50, 0x4e, 0x47];

async function contoh(): Promise<Dokumen> {
  const png = await renderGrafik({ judul: 'Perbandingan Realisasi Kinerja dan Anggaran', label: ['Kinerja', 'Anggaran'], seri: [{ nama: 'Capaian', nilai: [106.92, 25.03] }],
    satuan: 'persen' });
  return { judul: 'Dokumen Uji', nomorHalaman: true, kakiHalaman: 'LKjIP BKD 2024', isi: [
    { jenis: 'kop', baris: ['PEMERINTAH KABUPATEN SUKAMAJU', 'BADAN KEPEGAWAIAN DAERAH'], alamat: ['Jl. Merdeka No. 1 Sukamaju'] },
    { jenis: 'daftarIsi', judul: 'DAFTAR ISI' },
    { jenis: 'judul', tingkat: 1, teks: 'BAB I PENDAHULUAN', halamanBaru: true },
    { jenis: 'paragraf', teks: [{ teks: 'Total anggaran ' }, { teks: 'Rp 8.328.663.601,00', tebal: true }] },
    { jenis: 'daftar', bernomor: true, butir: ['Kepala Badan', 'Sekretariat'] },
    { jenis: 'judul', tingkat: 2, teks: '1.1 Gambaran Umum' },
    { jenis: 'tabel', judul: 'Tabel 3.1 Pengukuran Kinerja', lebar: [1, 4, 2, 2, 2], kepala: [
      [{ teks: 'No', baris: 2 }, { teks: 'Indikator', baris: 2 }, { teks: 'Kinerja', kolom: 3 }],
      ['Target', 'Realisasi', 'Capaian'],
    ], isi: [
      ['1', 'Indeks Profesionalitas ASN', '56,35', '57,12', { teks: '101,37%', rata: 'kanan' }],
      [{ teks: 'Jumlah', kolom: 2, tebal: true }, '-', '-', '-'],
    ] },
    { jenis: 'gambar', png, lebarCm: 14, tinggiCm: 7.35, keterangan: 'Grafik 3.1 Kinerja dan Anggaran' },
    { jenis: 'judul', tingkat: 1, teks: 'BAB II PERENCANAAN KINERJA', halamanBaru: true },
    { jenis: 'tandaTangan', kolom: [
      { atas: ['PIHAK KEDUA,', 'BUPATI SUKAMAJU'], nama: 'H. BUPATI' },
      { atas: ['Sukamaju, 10 Januari 2024', 'PIHAK PERTAMA,'], nama: 'KEPALA BADAN', bawah: ['NIP. 19660710 199203 1 007'] },
    ] },
  ] };
}

describe('gridTabel', () => {
  it('lays row and column spans on the grid, covered positions null', () => {
    const g = gridTabel([[{ teks: 'A', baris: 2 }, { teks: 'B', kolom: 2 }], ['C', 'D']], 3);
    expect(g.map((r) => r.map((s) => (s ? String(s.teks) : null)))).toEqual([
      ['A', 'B', null],
      [null, 'C', 'D'],
    ]);
  });

  it('refuses a row wider than the table', () => {
    expect(() => gridTabel([['a', 'b', 'c']], 2)).toThrow(/baris 1 melebihi 2 kolom/);
  });
});

describe('renderGrafik', () => {
  it('draws a PNG of the requested size (twice for print)', async () => {
    const png = await renderGrafik({ label: ['A', 'B'], seri: [{ nama: 'x', nilai: [1, 2] }], lebar: 400, tinggi: 200 });
    expect([...png.subarray(0, 4)]).toEqual(PNG);
    expect(png.readUInt32BE(16)).toBe(800);
    expect(png.readUInt32BE(20)).toBe(400);
  });
});

describe('one description, two renderers', { timeout: 60_000 }, () => {
  it('DOCX has the headings, TOC, tables with merged cells, image and signature', async () => {
    const docx = await bacaDocx(await renderDocx(await contoh()));
    expect(docx.teks).toContain('BAB I PENDAHULUAN');
    expect(docx.teks).toContain('Rp 8.328.663.601,00');
    expect(docx.teks).toContain('101,37%');
    expect(docx.teks).toContain('NIP. 19660710 199203 1 007');
    expect(docx.adaDaftarIsi).toBe(true);
    // the TOC is filled in with the pages the layout works out (LibreOffice shows it as written)
    expect(docx.teks).toMatch(/BAB I PENDAHULUAN2\n1.1 Gambaran Umum2\nBAB II PERENCANAAN KINERJA3/);
    expect(docx.gambar).toHaveLength(1);
    expect(docx.jumlahTabel).toBe(2); // data table + signature layout
    expect(docx.xml).toContain('<w:gridSpan w:val="3"/>');
    expect(docx.xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(docx.xml).toContain('<w:tblHeader');
  });

  it('PDF has the pages, the TOC with page numbers, the texts and the chart', async () => {
    const pdf = await bacaPdf(await renderPdf(await contoh()));
    expect(pdf.judul).toBe('Dokumen Uji');
    expect(pdf.jumlahHalaman).toBe(3);
    const semua = pdf.halaman.join('\n');
    expect(pdf.halaman[0]).toMatch(/DAFTAR ISI.*BAB I PENDAHULUAN\s*2.*BAB II PERENCANAAN KINERJA\s*3/);
    expect(semua).toContain('Rp 8.328.663.601,00');
    expect(semua).toContain('Tabel 3.1 Pengukuran Kinerja');
    expect(semua).toContain('Halaman 2');
    expect(pdf.halaman[2]).toContain('PIHAK PERTAMA');
    expect(pdf.jumlahGambar).toBe(1);
  });
});

describe('lebarKolomTabel', () => {
  it('widens a column to its longest word, taking the room from the others; keeps the total', () => {
    const b = { jenis: 'tabel' as const, lebar: [1, 8, 1], ukuran: 8, kepala: [['Kode', 'Uraian', 'Baseline']], isi: [['T.1', 'Indikator kinerja', '55,13']] };
    const w = lebarKolomTabel(b, 300);
    expect(w[2]).toBeGreaterThanOrEqual(lebarKataTerpanjang('Baseline', 8, true));
    expect(w[0]).toBeGreaterThanOrEqual(lebarKataTerpanjang('Kode', 8, true));
    expect(w.reduce((a, x) => a + x, 0)).toBeCloseTo(300, 6);
    // without the rule the last column would be 30 pt, narrower than "Baseline" in bold
    expect(lebarKataTerpanjang('Baseline', 8, true)).toBeGreaterThan(300 / 10);
  });
});
