import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { uraianKebijakanCapaian } from '@simasn/domain';
import { GalatAplikasi } from '@simasn/platform';
import { bacaDocx, bacaPdf } from '@simasn/platform/dokumen/baca';
import { lebarKataTerpanjang } from '@simasn/platform/dokumen';
import { berkasLkjip } from '../src/lkjip/berkas-lkjip.ts';
import { bagianBelumDiisi, galatBagianKosong } from '../src/lkjip/buat-lkjip.ts';
import { urutkanJabatan } from '../src/lkjip/data-organisasi.ts';
import type { LaporanLkjip } from '../src/lkjip/model.ts';
import { laporanContoh } from './lkjip-fixture.ts';

/**
 * Issue 10 item 15: an LKjIP a BKD can submit as printed. Each assertion opens the generated
 * PDF and DOCX and reads them back.
 */

/** The report as a real instansi's would be: a Bupati whose PK name is the office, the rule's own words, every part written. */
function laporan(ubah: (l: LaporanLkjip) => void = () => {}): LaporanLkjip {
  const l = laporanContoh();
  l.kebijakanCapaian = uraianKebijakanCapaian();
  l.pk!.pihakKedua = { nama: 'Bupati Sukamaju', nip: null, pangkat: null, jabatan: 'Bupati Sukamaju' };
  for (const b of ['tugas_fungsi', 'isu_strategis', 'analisis_efisiensi', 'program_penunjang', 'capaian_lainnya', 'kesimpulan'] as const) {
    l.narasi[b] = { isi: `Isi bagian ${b}.`, dariPeriode: null };
  }
  ubah(l);
  return l;
}

const kali = (teks: string, cari: string) => teks.split(cari).length - 1;
/** Text without spaces: a PDF line may wrap inside "ke-1" or between any two words. */
const padat = (s: string) => s.replace(/\s+/g, '');

describe('LKjIP ready to submit', { timeout: 60_000 }, () => {
  it('refuses generation while parts are unwritten, naming them; a blank chosen part prints no note to the writer', async () => {
    const l = laporan();
    expect(bagianBelumDiisi(l.narasi)).toEqual([]);
    const kurang = laporanContoh();
    const belum = bagianBelumDiisi(kurang.narasi);
    expect(belum).toEqual(['tugas_fungsi', 'isu_strategis', 'analisis_efisiensi', 'program_penunjang', 'capaian_lainnya', 'kesimpulan']);
    const g = galatBagianKosong(belum);
    expect(g).toBeInstanceOf(GalatAplikasi);
    expect(g.status).toBe(422);
    expect(g.message).toContain('6 bagian belum diisi pada menu Laporan LKjIP');
    // in the API's problem shape, so the page lists them beside the message
    expect((g.rincian as { kolom: string, pesan: string }[]).slice(0, 2)).toEqual([
      { kolom: 'Bagian laporan', pesan: 'Bab I - B. Tugas, Fungsi dan Struktur Organisasi belum diisi', nilai: 'tugas_fungsi' },
      { kolom: 'Bagian laporan', pesan: 'Bab I - Isu Strategis belum diisi', nilai: 'isu_strategis' },
    ]);
    // Chosen to leave them blank: the headings stay, no placeholder sentence anywhere.
    const pdf = (await bacaPdf((await berkasLkjip(kurang, 'pdf')).isi)).halaman.join('\n');
    const docx = (await bacaDocx((await berkasLkjip(kurang, 'docx')).isi)).teks;
    for (const t of [pdf, docx]) {
      expect(t).not.toContain('Bagian ini belum diisi');
      expect(t).toContain('D. Isu Strategis');
    }
  });

  it('prints the capaian formula once, the Renstra period once, a party whose name is the office once, the PK signing date', async () => {
    const l = laporan();
    const pdf = (await bacaPdf((await berkasLkjip(l, 'pdf')).isi)).halaman.join('\n');
    const docx = (await bacaDocx((await berkasLkjip(l, 'docx')).isi)).teks.replace(/\s+/g, ' ');
    for (const t of [padat(pdf), padat(docx)]) {
      expect(kali(t, padat('realisasi / target x 100'))).toBe(1);
      expect(t).not.toContain(padat('2021-2026 (2021-2026)'));
      expect(t).toContain(padat('Renstra BKD 2021-2026 menetapkan'));
      expect(t).not.toContain(padat('Bupati Sukamaju (Bupati Sukamaju)'));
      expect(t).toContain(padat('dan Bupati Sukamaju selaku Pihak Kedua'));
      // signed on the PK's own date; the amendment with its date
      expect(t).toContain(padat('ditandatangani pada 10 Januari 2024'));
      expect(t).toContain(padat('Perubahan Perjanjian Kinerja ke-1 tanggal 25 September 2024 (P-APBD)'));
    }
  });

  it('Tabel 2.1 headers keep whole words (no "Satua n", "Baseli ne") in the PDF and the DOCX columns', async () => {
    const l = laporan();
    const p = await bacaPdf((await berkasLkjip(l, 'pdf')).isi);
    const hal = p.halaman.find((h) => h.includes('Tabel 2.1 Tujuan, Sasaran dan Indikator Kinerja'))!;
    expect(hal).toMatch(/\bSatuan\b/);
    expect(hal).toMatch(/\bBaseline\b/);
    expect(hal).not.toMatch(/Satua\s+n\b|Baseli\s+ne\b|Indikat\s+or/);
    // DOCX: the Satuan and Baseline columns are at least as wide as their words (8 pt bold, with Word's cell margins)
    const zip = await JSZip.loadAsync((await berkasLkjip(l, 'docx')).isi);
    const xml = await zip.file('word/document.xml')!.async('string');
    const tabel21 = xml.slice(xml.indexOf('Tabel 2.1 Tujuan'));
    const grid = [...tabel21.slice(0, tabel21.indexOf('</w:tblGrid>')).matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(12);
    // each word in Roboto Medium 8 pt, plus the 2 x 4 pt cell margins the table declares, in twips
    expect(tabel21).toMatch(/<w:tblCellMar><w:left w:type="dxa" w:w="80"\/><w:right w:type="dxa" w:w="80"\/>/);
    expect(grid[3]).toBeGreaterThanOrEqual(Math.floor((lebarKataTerpanjang('Satuan', 8, true) + 8) * 20));
    expect(grid[4]).toBeGreaterThanOrEqual(Math.floor((lebarKataTerpanjang('Baseline', 8, true) + 8) * 20));
  });

  it('the cover carries no page number; the pages after it do', async () => {
    const l = laporan();
    const p = await bacaPdf((await berkasLkjip(l, 'pdf')).isi);
    expect(p.halaman[0]).toContain('LAPORAN KINERJA INSTANSI PEMERINTAH');
    expect(p.halaman[0]).not.toMatch(/Halaman \d/);
    expect(p.halaman[1]).toContain('Halaman 2');
    const zip = await JSZip.loadAsync((await berkasLkjip(l, 'docx')).isi);
    const xml = await zip.file('word/document.xml')!.async('string');
    // a distinct first page whose footer is empty
    expect(xml).toContain('<w:titlePg/>');
    const pertama = /<w:footerReference w:type="first" r:id="(rId\d+)"/.exec(xml);
    expect(pertama).not.toBeNull();
  });

  it('personnel by jabatan read from eselon I down, then fungsional and pelaksana, whatever the head count', async () => {
    const urut = urutkanJabatan([
      { label: 'Pelaksana', l: 15, p: 5 },
      { label: 'Eselon IV.a', l: 4, p: 3 },
      { label: 'Fungsional', l: 7, p: 7 },
      { label: 'Eselon II.a', l: 1, p: 0 },
      { label: 'Eselon III.a', l: 2, p: 1 },
      { label: 'Belum ada jabatan', l: 1, p: 0 },
    ]).map((b) => b.label);
    expect(urut).toEqual(['Eselon II.a', 'Eselon III.a', 'Eselon IV.a', 'Fungsional', 'Pelaksana', 'Belum ada jabatan']);
    const l = laporan((x) => {
      x.personil.jabatan = urutkanJabatan([{ label: 'Eselon IV.a', l: 4, p: 3 }, { label: 'Eselon II.a', l: 1, p: 0 }, { label: 'Eselon III.a', l: 2, p: 1 }]);
    });
    const teks = (await bacaDocx((await berkasLkjip(l, 'docx')).isi)).teks;
    expect(teks.indexOf('Eselon II.a')).toBeLessThan(teks.indexOf('Eselon III.a'));
    expect(teks.indexOf('Eselon III.a')).toBeLessThan(teks.indexOf('Eselon IV.a'));
  });
});
