import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { BERKAS_HURUF, HURUF_PDF } from './huruf.ts';
import { gridTabel, jumlahKolom, teksPolos, type Blok } from './model.ts';

/**
 * Column widths of a table, in points, for both renderers: the relative widths the document
 * asks for, raised where a column is narrower than its longest word (header words bold), so a
 * word never breaks in the middle ("Satua n", "Baseli ne"). What a widened column needs is taken
 * from the columns with room to spare, in proportion to that room. When even the words do not fit
 * the page, every column gets its share of the words' widths.
 */

let ukur: SKRSContext2D | undefined;

function konteksUkur(): SKRSContext2D {
  if (ukur) return ukur;
  GlobalFonts.registerFromPath(BERKAS_HURUF.normal, `${HURUF_PDF} Ukur`);
  GlobalFonts.registerFromPath(BERKAS_HURUF.tebal, `${HURUF_PDF} Ukur Tebal`);
  ukur = createCanvas(10, 10).getContext('2d');
  return ukur;
}

/** Width in points of the longest word of a text at a font size (Roboto, the PDF's font; Arial is close). */
export function lebarKataTerpanjang(teks: string, ukuran: number, tebal: boolean): number {
  const k = konteksUkur();
  k.font = `${ukuran}px "${HURUF_PDF} Ukur${tebal ? ' Tebal' : ''}"`;
  let maks = 0;
  for (const kata of teks.split(/\s+/)) if (kata) maks = Math.max(maks, k.measureText(kata).width);
  return maks;
}

/**
 * `lebarIsi`: the width the columns' content can take together (the page width less each
 * renderer's cell padding); `padding`: what a renderer adds around a cell's text.
 */
export function lebarKolomTabel(b: Extract<Blok, { jenis: 'tabel' }>, lebarIsi: number, ukuran = b.ukuran ?? 9): number[] {
  const n = jumlahKolom(b.kepala, b.isi, b.lebar);
  const relatif = b.lebar ?? Array(n).fill(1);
  const total = relatif.reduce((a, x) => a + x, 0);
  const lebar = relatif.map((x) => (lebarIsi * x) / total);
  const minimum = Array(n).fill(0) as number[];
  const catat = (deret: ReturnType<typeof gridTabel>, kepala: boolean) => {
    for (const r of deret) {
      r.forEach((s, c) => {
        if (!s || (s.kolom ?? 1) !== 1) return;
        // one point of slack: rounding in the renderers must not push the word over
        minimum[c] = Math.max(minimum[c]!, lebarKataTerpanjang(teksPolos(s.teks), ukuran, kepala || !!s.tebal) + 1);
      });
    }
  };
  catat(gridTabel(b.kepala, n), true);
  catat(gridTabel(b.isi, n), false);
  const perlu = minimum.reduce((a, x) => a + x, 0);
  if (perlu >= lebarIsi) return minimum.map((m) => (lebarIsi * m) / perlu);
  for (let putaran = 0; putaran < n; putaran++) {
    const kurang = lebar.reduce((a, x, c) => a + Math.max(0, minimum[c]! - x), 0);
    if (kurang <= 0.01) break;
    const ruang = lebar.map((x, c) => Math.max(0, x - minimum[c]!));
    const totalRuang = ruang.reduce((a, x) => a + x, 0);
    for (let c = 0; c < n; c++) lebar[c] = lebar[c]! < minimum[c]! ? minimum[c]! : lebar[c]! - (kurang * ruang[c]!) / totalRuang;
  }
  return lebar;
}
