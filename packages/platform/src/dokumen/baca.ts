/**
 * Opens produced documents again, for tests and e2e checks: DOCX with jszip, PDF with pdfjs-dist
 * (both devDependencies: import this only from tests).
 */
import JSZip from 'jszip';

export interface IsiDocx {
  /** word/document.xml */
  xml: string;
  /** the text of the body, paragraphs joined by newlines */
  teks: string;
  /** files in word/media */
  gambar: string[];
  /** number of w:tbl elements */
  jumlahTabel: number;
  /** the document has a TOC field */
  adaDaftarIsi: boolean;
}

export async function bacaDocx(data: Uint8Array): Promise<IsiDocx> {
  const zip = await JSZip.loadAsync(data);
  const berkas = zip.file('word/document.xml');
  if (!berkas) throw new Error('Bukan DOCX: word/document.xml tidak ada');
  const xml = await berkas.async('string');
  const teks = xml.split(/<\/w:p>/).map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).filter((p) => p.length > 0).join('\n').replace(
    /&amp;/g,
    '&',
  ).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
  return { xml, teks, gambar: Object.keys(zip.files).filter((n) => n.startsWith('word/media/')), jumlahTabel: (xml.match(/<w:tbl>/g) ?? []).length,
    adaDaftarIsi: /TOC \\/.test(xml) };
}

export interface IsiPdf {
  jumlahHalaman: number;
  /** text per page, items joined by spaces */
  halaman: string[];
  /** images painted, over all pages */
  jumlahGambar: number;
  judul: string | undefined;
}

export async function bacaPdf(data: Uint8Array): Promise<IsiPdf> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const tugas = pdfjs.getDocument({ data: new Uint8Array(data), disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const dok = await tugas.promise;
  try {
    const halaman: string[] = [];
    let jumlahGambar = 0;
    for (let i = 1; i <= dok.numPages; i++) {
      const h = await dok.getPage(i);
      const isi = await h.getTextContent();
      halaman.push(isi.items.map((it) => ('str' in it ? it.str : '')).join(' ').replace(/\s+/g, ' '));
      const ops = await h.getOperatorList();
      jumlahGambar += ops.fnArray.filter((f) => f === pdfjs.OPS.paintImageXObject).length;
    }
    const meta = await dok.getMetadata();
    return { jumlahHalaman: dok.numPages, halaman, jumlahGambar, judul: (meta.info as { Title?: string }).Title };
  } finally {
    await tugas.destroy();
  }
}
