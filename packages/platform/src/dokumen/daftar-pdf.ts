import { createRequire } from 'node:module';
import { bacaHuruf } from './huruf.ts';
import { MARGIN, ukuranKertas } from './model.ts';

/**
 * A long list (thousands of rows: a daftar nominatif of 15.000 ASN) as PDF, drawn straight with
 * pdfkit: fixed row heights, cells cut to at most `barisSel` lines, the header row repeated on every
 * page, a bold total row, then closing paragraphs and the signature columns. The general document
 * renderer (`renderPdf`, pdfmake) measures and lays out every cell as a flowing block, about 10 ms a
 * row on a busy machine: two minutes for the largest perangkat daerah; this takes well under a
 * second for the same rows. Same font (Roboto, embedded as a subset), same margins and paper.
 */
export interface DaftarPdf {
  judul: string;
  kertas: 'A4' | 'F4';
  orientasi: 'tegak' | 'mendatar';
  /** Bold centred lines on top of the first page (the kop), with a rule below. */
  kop: string[];
  /** Lines after the kop: the title in bold, then the remarks. */
  judulDaftar: string;
  pembuka: string[];
  kolom: { judul: string, /** relative width */ lebar: number, rata?: 'kiri' | 'kanan' | 'tengah' }[];
  /** Cell texts; a `\n` starts a new line of the cell. */
  baris: readonly (readonly string[])[];
  /** The bold total row. */
  jumlah?: readonly string[];
  penutup: string[];
  tandaTangan: { atas: string[], nama: string, bawah: string[] }[];
  kakiHalaman: string;
  /** Font size of the table, pt (6 when unset). */
  ukuran?: number;
  /** Lines a cell may take before it is cut with an ellipsis (2 when unset). */
  barisSel?: number;
}

interface HurufPdfkit {
  id: string;
  encode(teks: string): [string[], { xAdvance: number }[]];
  widthOfString(teks: string, ukuran: number): number;
  ref(): unknown;
}

interface DokPdfkit {
  page: { fonts: Record<string, unknown>, width: number, height: number };
  registerFont(nama: string, isi: Buffer): void;
  font(nama: string): DokPdfkit & { _font: HurufPdfkit };
  addPage(o?: unknown): void;
  addContent(s: string): void;
  on(e: string, f: (x?: Buffer) => void): void;
  end(): void;
}

const PAD = 2;
const ANGKA = (x: number) => (Math.round(x * 100) / 100).toString();

/**
 * Glyphs per character, cached: the font's shaping engine (fontkit) runs once per character
 * instead of once per cell (no kerning or ligatures: a table does not need them).
 */
class Glif {
  private readonly peta = new Map<string, { hex: string, lebar: number }>();
  readonly h: HurufPdfkit;
  constructor(h: HurufPdfkit) {
    this.h = h;
  }
  private satu(c: string) {
    let g = this.peta.get(c);
    if (!g) {
      g = { hex: this.h.encode(c)[0].join(''), lebar: this.h.widthOfString(c, 1000) / 1000 };
      this.peta.set(c, g);
    }
    return g;
  }
  /** The text as a PDF string of glyph ids of the font's subset. */
  hex(s: string): string {
    let x = '';
    for (const c of s) x += this.satu(c).hex;
    return `<${x}>`;
  }
  widthOfString(s: string, u: number): number {
    let w = 0;
    for (const c of s) w += this.satu(c).lebar;
    return w * u;
  }
  get id() {
    return this.h.id;
  }
  ref() {
    return this.h.ref();
  }
}

export async function renderDaftarPdf(d: DaftarPdf): Promise<Buffer> {
  const PDFDocument = createRequire(import.meta.url)('pdfkit') as new(o: unknown) => DokPdfkit;
  const kertas = ukuranKertas(d);
  const doc = new PDFDocument({ size: [kertas.lebar, kertas.tinggi], margins: { top: MARGIN.atas, left: MARGIN.kiri, right: MARGIN.kanan, bottom: MARGIN.bawah },
    autoFirstPage: false, compress: true, info: { Title: d.judul, Author: 'SIMASN', Creator: 'SIMASN' } });
  const huruf = bacaHuruf();
  doc.registerFont('biasa', huruf.normal);
  doc.registerFont('tebal', huruf.tebal);
  const biasa = new Glif(doc.font('biasa')._font);
  const tebal = new Glif(doc.font('tebal')._font);
  const potong: Buffer[] = [];
  doc.on('data', (x) => potong.push(x!));
  const selesai = new Promise<Buffer>((ok) => doc.on('end', () => ok(Buffer.concat(potong))));

  const ukuran = d.ukuran ?? 6;
  const tinggiBaris = ukuran * 1.2;
  const maksBaris = d.barisSel ?? 2;
  const kiri = MARGIN.kiri;
  const lebarHalaman = kertas.lebar - MARGIN.kiri - MARGIN.kanan;
  const bawah = kertas.tinggi - MARGIN.bawah;
  const total = d.kolom.reduce((s, k) => s + k.lebar, 0);
  const lebar = d.kolom.map((k) => (k.lebar / total) * lebarHalaman);
  const xKolom: number[] = [kiri];
  for (const l of lebar) xKolom.push(xKolom.at(-1)! + l);
  const isi: string[] = [];
  let halaman = 0;
  let y = 0;
  let atasTabel: number | null = null;

  const pakai = (h: Glif) => {
    if (doc.page.fonts[h.id] == null) doc.page.fonts[h.id] = h.ref();
  };
  /** Text at (x, top y) in page coordinates from the top. */
  const teks = (h: Glif, s: string, x: number, yAtas: number, u: number) => {
    if (!s) return;
    isi.push(`BT /${h.id} ${ANGKA(u)} Tf 1 0 0 1 ${ANGKA(x)} ${ANGKA(kertas.tinggi - yAtas - u * 0.93)} Tm ${h.hex(s)} Tj ET`);
  };
  const tengah = (h: Glif, s: string, yAtas: number, u: number) => teks(h, s, kiri + (lebarHalaman - h.widthOfString(s, u)) / 2, yAtas, u);
  /** Words wrapped into lines of at most `l` points; more than `maks` lines are cut with an ellipsis. */
  const bungkus = (h: Glif, s: string, l: number, u: number, maks: number): string[] => {
    const hasil: string[] = [];
    for (const paragraf of s.split('\n')) {
      if (h.widthOfString(paragraf, u) <= l) {
        hasil.push(paragraf);
        continue;
      }
      let baris = '';
      for (const kata of paragraf.split(' ')) {
        const coba = baris ? `${baris} ${kata}` : kata;
        if (!baris || h.widthOfString(coba, u) <= l) baris = coba;
        else {
          hasil.push(baris);
          baris = kata;
        }
      }
      hasil.push(baris);
    }
    if (hasil.length > maks) {
      hasil.length = maks;
      hasil[maks - 1] = `${hasil[maks - 1]}…`;
    }
    return hasil.map((b) => {
      if (h.widthOfString(b, u) <= l) return b;
      let t = b;
      while (t.length > 1 && h.widthOfString(`${t}…`, u) > l) t = t.slice(0, -1);
      return `${t}…`;
    });
  };
  const tulisHalaman = () => {
    if (halaman > 0) {
      pakai(biasa);
      teks(biasa, d.kakiHalaman, kiri, bawah + 20, 8);
      const nomor = `Halaman ${halaman}`;
      teks(biasa, nomor, kiri + lebarHalaman - biasa.widthOfString(nomor, 9), bawah + 20, 9);
      // pdfkit starts a page with its y axis flipped (top-left origin): undone here, the stream uses PDF's own coordinates.
      doc.addContent(`q 1 0 0 -1 0 ${ANGKA(kertas.tinggi)} cm\n${isi.join('\n')}\nQ`);
      isi.length = 0;
    }
  };
  const halamanBaru = () => {
    tulisHalaman();
    doc.addPage();
    halaman++;
    pakai(biasa);
    pakai(tebal);
    y = MARGIN.atas;
  };
  /** One table row: cells wrapped, rules around it; `latar` fills it (the header). */
  const baris = (sel: readonly string[], h: Glif, latar?: string, rataPaksa?: 'tengah') => {
    const garis = sel.map((s, i) => bungkus(h, s ?? '', lebar[i]! - 2 * PAD, ukuran, latar ? 4 : maksBaris));
    const tinggi = Math.max(1, ...garis.map((g) => g.length)) * tinggiBaris + 2 * PAD;
    if (y + tinggi > bawah) {
      tutupTabel();
      halamanBaru();
      kepala();
    }
    if (latar) isi.push(`q ${latar} rg ${ANGKA(kiri)} ${ANGKA(kertas.tinggi - y - tinggi)} ${ANGKA(lebarHalaman)} ${ANGKA(tinggi)} re f Q`);
    garis.forEach((g, i) => {
      const rata = rataPaksa ?? d.kolom[i]!.rata ?? 'kiri';
      g.forEach((t, j) => {
        const w = rata === 'kiri' ? 0 : h.widthOfString(t, ukuran);
        const x = rata === 'kiri' ? xKolom[i]! + PAD : rata === 'kanan' ? xKolom[i + 1]! - PAD - w : xKolom[i]! + (lebar[i]! - w) / 2;
        teks(h, t, x, y + PAD + j * tinggiBaris, ukuran);
      });
    });
    const bw = ANGKA(kertas.tinggi - y - tinggi);
    isi.push(`${ANGKA(kiri)} ${bw} m ${ANGKA(kiri + lebarHalaman)} ${bw} l S`);
    y += tinggi;
  };
  /** The column rules of the table part of the page (drawn once per page, not per row). */
  const tutupTabel = () => {
    if (atasTabel === null) return;
    const a = ANGKA(kertas.tinggi - atasTabel);
    const b = ANGKA(kertas.tinggi - y);
    isi.push(`0.4 w ${xKolom.map((x) => `${ANGKA(x)} ${a} m ${ANGKA(x)} ${b} l`).join(' ')} S`);
    atasTabel = null;
  };
  const kepala = () => {
    atasTabel = y;
    isi.push(`0.4 w ${ANGKA(kiri)} ${ANGKA(kertas.tinggi - y)} m ${ANGKA(kiri + lebarHalaman)} ${ANGKA(kertas.tinggi - y)} l S`);
    baris(d.kolom.map((k) => k.judul), tebal, '0.906 0.925 0.949', 'tengah');
  };
  const paragraf = (h: Glif, s: string, u: number, rataTengah = false) => {
    for (const g of bungkus(h, s, lebarHalaman, u, 50)) {
      if (y + u * 1.2 > bawah) halamanBaru();
      if (rataTengah) tengah(h, g, y, u);
      else teks(h, g, kiri, y, u);
      y += u * 1.2;
    }
    y += 4;
  };

  halamanBaru();
  d.kop.forEach((k, i) => {
    tengah(tebal, k, y, i === 0 ? 13 : 15);
    y += (i === 0 ? 13 : 15) * 1.2;
  });
  isi.push(`2 w ${ANGKA(kiri)} ${ANGKA(kertas.tinggi - y - 4)} m ${ANGKA(kiri + lebarHalaman)} ${ANGKA(kertas.tinggi - y - 4)} l S`);
  y += 16;
  paragraf(tebal, d.judulDaftar, 11, true);
  for (const p of d.pembuka) paragraf(biasa, p, 8);
  kepala();
  for (const b of d.baris) baris(b, biasa);
  if (d.jumlah) baris(d.jumlah, tebal);
  tutupTabel();
  y += 8;
  for (const p of d.penutup) paragraf(biasa, p, 7);
  // The signatures stay together.
  const tinggiTtd = (Math.max(...d.tandaTangan.map((t) => t.atas.length + t.bawah.length)) + 1) * 13.2 + 60;
  if (y + 10 + tinggiTtd > bawah) halamanBaru();
  y += 10;
  const maksAtas = Math.max(0, ...d.tandaTangan.map((t) => t.atas.length));
  const lebarTtd = lebarHalaman / Math.max(1, d.tandaTangan.length);
  d.tandaTangan.forEach((t, i) => {
    const x0 = kiri + i * lebarTtd;
    let yy = y;
    const pusat = (h: Glif, s: string) => {
      teks(h, s, x0 + (lebarTtd - h.widthOfString(s, 11)) / 2, yy, 11);
      yy += 13.2;
    };
    for (const a of t.atas) pusat(biasa, a);
    // the names on one line across the columns
    yy = y + maksAtas * 13.2 + 48;
    const wNama = tebal.widthOfString(t.nama, 11);
    pusat(tebal, t.nama);
    const garisY = kertas.tinggi - yy + 1.5;
    isi.push(`0.6 w ${ANGKA(x0 + (lebarTtd - wNama) / 2)} ${ANGKA(garisY)} m ${ANGKA(x0 + (lebarTtd + wNama) / 2)} ${ANGKA(garisY)} l S`);
    for (const b of t.bawah) pusat(biasa, b);
  });
  tulisHalaman();
  doc.end();
  return selesai;
}
