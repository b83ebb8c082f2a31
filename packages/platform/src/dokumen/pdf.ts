import { createRequire } from 'node:module';
import type * as PdfMakeTipe from 'pdfmake';
import type { Content, TableCell } from 'pdfmake';
import { bacaHuruf, HURUF_PDF } from './huruf.ts';
import { lebarKolomTabel } from './lebar-kolom.ts';
import { dokumenAman, gridTabel, jumlahKolom, MARGIN, potongan, ukuranKertas, type Blok, type Dokumen, type Perataan, type Teks } from './model.ts';

type TDocumentDefinitions = Parameters<typeof PdfMakeTipe.createPdf>[0];

/** pdfmake's node API (a CommonJS singleton); fonts live in its virtual file system, no disk or URL access. */
interface PdfMake {
  virtualfs: { writeFileSync(nama: string, isi: Buffer): void, existsSync(nama: string): boolean };
  setFonts(f: unknown): void;
  setUrlAccessPolicy(f: (url: string) => boolean): void;
  setLocalAccessPolicy(f: (path: string) => boolean): void;
  createPdf(d: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

let pdfmake: PdfMake | undefined;

function mesin(): PdfMake {
  if (pdfmake) return pdfmake;
  const p = createRequire(import.meta.url)('pdfmake') as PdfMake;
  const h = bacaHuruf();
  const berkas = { normal: 'simasn-normal.ttf', bold: 'simasn-tebal.ttf', italics: 'simasn-miring.ttf', bolditalics: 'simasn-tebal-miring.ttf' };
  p.virtualfs.writeFileSync(berkas.normal, h.normal);
  p.virtualfs.writeFileSync(berkas.bold, h.tebal);
  p.virtualfs.writeFileSync(berkas.italics, h.miring);
  p.virtualfs.writeFileSync(berkas.bolditalics, h.tebalMiring);
  p.setFonts({ [HURUF_PDF]: berkas });
  p.setUrlAccessPolicy(() => false);
  p.setLocalAccessPolicy(() => false);
  pdfmake = p;
  return p;
}

const RATA = { kiri: 'left', tengah: 'center', kanan: 'right', rata: 'justify' } as const;
const CM = 28.3465;

function teks(t: Teks): Content[] {
  return potongan(t).map((p) => ({ text: p.teks, bold: p.tebal, italics: p.miring }));
}

function rata(r: Perataan | undefined) {
  return r ? RATA[r] : undefined;
}

function tabel(b: Extract<Blok, { jenis: 'tabel' }>, lebarHalaman: number): Content {
  const n = jumlahKolom(b.kepala, b.isi, b.lebar);
  // pdfmake adds 2 x 4pt padding and a 1pt rule per column to the widths it is given
  const bersih = lebarHalaman - n * 9 - 1;
  const widths = lebarKolomTabel(b, bersih);
  const baris = (deret: ReturnType<typeof gridTabel>, kepala: boolean): TableCell[][] =>
    deret.map((r) =>
      r.map((s): TableCell => {
        if (!s) return {};
        return { text: teks(s.teks), colSpan: s.kolom, rowSpan: s.baris, alignment: rata(s.rata) ?? (kepala ? 'center' : undefined), bold: s.tebal ?? kepala,
          fillColor: s.latar ?? (kepala ? '#E7ECF2' : undefined) } as TableCell;
      })
    );
  const isi: Content[] = [];
  // the caption counts as a heading: it never stays behind at a page's foot without its table
  if (b.judul) isi.push({ text: b.judul, style: 'keteranganTabel', headlineLevel: 4 } as Content);
  isi.push({ table: {
    headerRows: b.kepala.length,
    // a row never splits across pages, and the header never ends a page alone
    dontBreakRows: true,
    keepWithHeaderRows: 1,
    widths,
    body: [...baris(gridTabel(b.kepala, n), true), ...baris(gridTabel(b.isi, n), false)],
  }, fontSize: b.ukuran ?? 9, margin: [0, 2, 0, 8] });
  return { stack: isi };
}

function blok(b: Blok, lebarHalaman: number): Content {
  switch (b.jenis) {
    case 'judul':
      return { text: b.teks, style: `judul${b.tingkat}`, tocItem: b.daftarIsi !== false, tocMargin: [(b.tingkat - 1) * 14, 0, 0, 0],
        pageBreak: b.halamanBaru ? 'before' : undefined, headlineLevel: b.tingkat } as Content;
    case 'paragraf':
      return { text: teks(b.teks), alignment: rata(b.rata) ?? 'justify', fontSize: b.ukuran, bold: b.tebal, margin: [0, 0, 0, 6] };
    case 'daftar':
      return b.bernomor ? { ol: b.butir.map((t) => ({ text: teks(t) })), margin: [12, 0, 0, 6] } : { ul: b.butir.map((t) => ({ text: teks(t) })), margin: [12, 0, 0, 6] };
    case 'tabel':
      return tabel(b, lebarHalaman);
    case 'gambar':
      return { stack: [
        { image: `data:image/png;base64,${Buffer.from(b.png).toString('base64')}`, width: b.lebarCm * CM, height: b.tinggiCm * CM, alignment: 'center' },
        ...(b.keterangan ? [{ text: b.keterangan, style: 'keteranganGambar' }] : []),
      ], unbreakable: true, margin: [0, 4, 0, 8] };
    case 'pindahHalaman':
      return { text: '', pageBreak: 'after' };
    case 'daftarIsi':
      return { toc: { title: { text: b.judul, style: 'judul1' }, numberStyle: { bold: false } } } as Content;
    case 'kop':
      return { stack: [
        ...b.baris.map((t, i) => ({ text: t, bold: true, fontSize: i === 0 ? 13 : 15, alignment: 'center' as const })),
        ...b.alamat.map((t) => ({ text: t, fontSize: 9, alignment: 'center' as const })),
        { canvas: [{ type: 'line', x1: 0, y1: 4, x2: lebarHalaman, y2: 4, lineWidth: 2 }], margin: [0, 0, 0, 12] },
      ] } as Content;
    case 'tandaTangan':
      return { columns: b.kolom.map((k) =>
        !k ? { width: '*', text: '' } : ({ width: '*', alignment: 'center', stack: [
          ...k.atas.map((t) => ({ text: t })),
          { text: ' ', margin: [0, 0, 0, 48] },
          { text: k.nama, bold: true, decoration: 'underline' },
          ...(k.bawah ?? []).map((t) => ({ text: t })),
        ] })
      ), unbreakable: true, margin: [0, 12, 0, 12] } as Content;
    case 'spasi':
      return { text: '', margin: [0, b.pt ?? 12, 0, 0] };
  }
}

/** Renders the document to PDF bytes (fonts embedded from the npm package). */
export async function renderPdf(dokAsli: Dokumen): Promise<Buffer> {
  const dok = dokumenAman(dokAsli);
  const kertas = ukuranKertas(dok);
  const lebarHalaman = kertas.lebar - MARGIN.kiri - MARGIN.kanan;
  const definisi: TDocumentDefinitions = {
    info: { title: dok.judul, author: dok.penulis ?? 'SIMASN', creator: 'SIMASN' },
    pageSize: { width: kertas.lebar, height: kertas.tinggi },
    pageMargins: [MARGIN.kiri, MARGIN.atas, MARGIN.kanan, MARGIN.bawah],
    defaultStyle: { font: HURUF_PDF, fontSize: 11, lineHeight: 1.15 },
    styles: { judul1: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 12] }, judul2: { fontSize: 12, bold: true, margin: [0, 10, 0, 6] },
      judul3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] }, keteranganTabel: { fontSize: 10, bold: true, alignment: 'center', margin: [0, 6, 0, 2] },
      keteranganGambar: { fontSize: 10, italics: true, alignment: 'center', margin: [0, 2, 0, 0] } },
    footer: dok.nomorHalaman
      ? (halaman: number) => (dok.sampul && halaman === 1 ? null : { columns: [
        { text: dok.kakiHalaman ?? '', fontSize: 8, color: '#555555' },
        { text: `Halaman ${halaman}`, fontSize: 9, alignment: 'right' },
      ], margin: [MARGIN.kiri, 20, MARGIN.kanan, 0] } as Content)
      : undefined,
    content: dok.isi.map((b) => blok(b, lebarHalaman)),
    // a heading never ends a page: it moves to the next one with what follows it
    pageBreakBefore: (node: { headlineLevel?: number }, q: { getFollowingNodesOnPage: () => unknown[] }) => !!node.headlineLevel && q.getFollowingNodesOnPage().length === 0,
  } as TDocumentDefinitions;
  return mesin().createPdf(definisi).getBuffer();
}
