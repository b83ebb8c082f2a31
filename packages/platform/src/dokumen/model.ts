import { samarkanTeksDalam } from '@simasn/domain';

/**
 * One neutral description of a printable document, rendered to DOCX (editable) and to PDF by
 * the same model: a document is described once (LKjIP, Perjanjian Kinerja, surat KGB, SK...).
 * Tables are written as in HTML: a row lists only the cells that start in it; a cell spanning
 * rows or columns (`baris`, `kolom`) covers the positions to its right and below.
 */

/** A run of text: plain, bold and/or italic. */
export interface Potongan {
  teks: string;
  tebal?: boolean;
  miring?: boolean;
}

export type Teks = string | Potongan[];
export type Perataan = 'kiri' | 'tengah' | 'kanan' | 'rata';

export interface SelTabel {
  teks: Teks;
  /** columns this cell spans (colSpan) */
  kolom?: number;
  /** rows this cell spans (rowSpan) */
  baris?: number;
  rata?: Perataan;
  tebal?: boolean;
  /** background, hex `#RRGGBB` */
  latar?: string;
}

export type Sel = string | SelTabel;

export interface Penandatangan {
  /** lines above the signature space: place and date, the capacity ("Pihak Pertama,"), position */
  atas: string[];
  nama: string;
  /** lines under the name: pangkat, NIP */
  bawah?: string[];
}

export type Blok =
  | { jenis: 'judul', tingkat: 1 | 2 | 3, teks: string, /** listed in the table of contents (default true) */ daftarIsi?: boolean, halamanBaru?: boolean }
  | { jenis: 'paragraf', teks: Teks, rata?: Perataan, ukuran?: number, tebal?: boolean }
  | { jenis: 'daftar', butir: Teks[], bernomor?: boolean }
  | {
    jenis: 'tabel';
    /** caption above the table, e.g. "Tabel 3.1 Pengukuran Capaian Kinerja Tahun 2024" */
    judul?: string;
    /** relative column widths */
    lebar?: number[];
    /** header rows, repeated on every page */
    kepala: Sel[][];
    isi: Sel[][];
    ukuran?: number;
  }
  | { jenis: 'gambar', png: Uint8Array, /** width on the page in cm */ lebarCm: number, tinggiCm: number, keterangan?: string }
  | { jenis: 'pindahHalaman' }
  | { jenis: 'daftarIsi', judul: string }
  /** letterhead (kop surat): name lines of the office, address line, a rule under it */
  | { jenis: 'kop', baris: string[], alamat: string[] }
  /** signature blocks side by side; null leaves a column empty (a single signature on the right) */
  | { jenis: 'tandaTangan', kolom: (Penandatangan | null)[] }
  | { jenis: 'spasi', pt?: number };

export interface Dokumen {
  /** metadata title */
  judul: string;
  penulis?: string;
  kertas?: 'A4' | 'F4';
  orientasi?: 'tegak' | 'mendatar';
  /** print "Halaman N" in the footer */
  nomorHalaman?: boolean;
  /** the first page is a cover: no page number, no footer (the numbering still counts it) */
  sampul?: boolean;
  /** small text in the footer beside the page number */
  kakiHalaman?: string;
  isi: Blok[];
  /**
   * The reader may see the personal data in it (e.g. a DRH for a caller reaching the employee's
   * `pegawai:data_pribadi`: platform `samarkanUntuk`). Otherwise every NIK-like number in its
   * text is masked when rendered (the personal-data rule, domain data-pribadi.ts).
   */
  dataPribadiTerlihat?: boolean;
}

/** The document as it may be rendered: its text through the personal-data rule unless the reader may see it. */
export function dokumenAman(d: Dokumen): Dokumen {
  return d.dataPribadiTerlihat ? d : { ...d, isi: samarkanTeksDalam(d.isi), kakiHalaman: d.kakiHalaman && samarkanTeksDalam(d.kakiHalaman) };
}

/** Size of the paper in points (1/72 inch). F4 (folio) is 215 x 330 mm. */
export function ukuranKertas(d: Pick<Dokumen, 'kertas' | 'orientasi'>): { lebar: number, tinggi: number } {
  const [l, t] = d.kertas === 'F4' ? [609.45, 935.43] : [595.28, 841.89];
  return d.orientasi === 'mendatar' ? { lebar: t, tinggi: l } : { lebar: l, tinggi: t };
}

/** Page margins in points: 3 cm left (binding), 2 cm elsewhere. */
export const MARGIN = { kiri: 85.04, atas: 56.69, kanan: 56.69, bawah: 56.69 } as const;

export function potongan(teks: Teks): Potongan[] {
  return typeof teks === 'string' ? [{ teks }] : teks;
}

export function teksPolos(teks: Teks): string {
  return potongan(teks).map((p) => p.teks).join('');
}

export function sel(s: Sel): SelTabel {
  return typeof s === 'string' ? { teks: s } : s;
}

/**
 * Lays HTML-like rows on a grid: `grid[r][c]` is the cell starting at that position, `null` a
 * position covered by a spanning cell. Throws when rows do not add up to the same width.
 */
export function gridTabel(baris: Sel[][], jumlahKolom: number): (SelTabel | null)[][] {
  const tertutup: boolean[][] = baris.map(() => Array(jumlahKolom).fill(false));
  const hasil: (SelTabel | null)[][] = baris.map(() => Array(jumlahKolom).fill(null));
  baris.forEach((deret, r) => {
    let c = 0;
    for (const mentah of deret) {
      while (c < jumlahKolom && tertutup[r]![c]) c++;
      const s = sel(mentah);
      const lebar = s.kolom ?? 1;
      const tinggi = s.baris ?? 1;
      if (c + lebar > jumlahKolom) throw new Error(`Tabel: baris ${r + 1} melebihi ${jumlahKolom} kolom`);
      hasil[r]![c] = s;
      for (let dr = 0; dr < tinggi && r + dr < baris.length; dr++) {
        for (let dc = 0; dc < lebar; dc++) tertutup[r + dr]![c + dc] = true;
      }
      c += lebar;
    }
  });
  return hasil;
}

/** Number of grid columns of a table: the widest header or body row, counting spans. */
export function jumlahKolom(kepala: Sel[][], isi: Sel[][], lebar?: number[]): number {
  if (lebar) return lebar.length;
  const baris = [...kepala, ...isi];
  return Math.max(1, ...baris.map((d) => d.reduce((n, s) => n + (sel(s).kolom ?? 1), 0)));
}
