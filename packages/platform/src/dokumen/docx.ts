import { AlignmentType, BorderStyle, Document, Footer, HeadingLevel, ImageRun, LevelFormat, Packer, PageNumber, PageOrientation, Paragraph, ShadingType, Table, TableBorders,
  TableCell, TableOfContents, TableRow, TextRun, VerticalAlignTable, WidthType, type FileChild } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { HURUF_DOCX } from './huruf.ts';
import { lebarKolomTabel } from './lebar-kolom.ts';
import { dokumenAman, gridTabel, jumlahKolom, MARGIN, potongan, ukuranKertas, type Blok, type Dokumen, type Perataan, type Teks } from './model.ts';

const RATA = { kiri: AlignmentType.LEFT, tengah: AlignmentType.CENTER, kanan: AlignmentType.RIGHT, rata: AlignmentType.JUSTIFIED } as const;
const JUDUL = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const TWIP = 20; // per point
/** left and right cell margin of a table, in points */
const MARGIN_SEL = 4;
const PX_PER_CM = 96 / 2.54;

function runs(t: Teks, dasar: { tebal?: boolean, ukuran?: number } = {}): TextRun[] {
  // A line break inside a run ("\n") is a Word break, as the PDF renderer breaks the line there.
  return potongan(t).flatMap((p) =>
    p.teks.split('\n').map((teks, i) =>
      new TextRun({ text: teks, break: i > 0 ? 1 : undefined, bold: p.tebal ?? dasar.tebal, italics: p.miring, size: dasar.ukuran ? dasar.ukuran * 2 : undefined })
    )
  );
}

function rata(r: Perataan | undefined) {
  return r ? RATA[r] : undefined;
}

function tabel(b: Extract<Blok, { jenis: 'tabel' }>, lebarHalaman: number): FileChild[] {
  const n = jumlahKolom(b.kepala, b.isi, b.lebar);
  // cell margins of 4 pt each side, as in the PDF (Word's default 5,76 pt leaves a wide table no room for its words)
  const columnWidths = lebarKolomTabel(b, lebarHalaman - n * 2 * MARGIN_SEL).map((x) => Math.round((x + 2 * MARGIN_SEL) * TWIP));
  const ukuran = b.ukuran ?? 9;
  const baris = (deret: ReturnType<typeof gridTabel>, kepala: boolean) =>
    deret.map((r) =>
      new TableRow({ tableHeader: kepala, cantSplit: true, children: r.flatMap((s, c) => {
        if (!s) return [];
        const lebar = columnWidths.slice(c, c + (s.kolom ?? 1)).reduce((a, x) => a + x, 0);
        const latar = s.latar ?? (kepala ? '#E7ECF2' : undefined);
        return [
          new TableCell({ columnSpan: s.kolom, rowSpan: s.baris, width: { size: lebar, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.CENTER,
            shading: latar ? { fill: latar.replace('#', ''), type: ShadingType.CLEAR, color: 'auto' } : undefined, children: [
              new Paragraph({ alignment: rata(s.rata) ?? (kepala ? AlignmentType.CENTER : undefined),
                children: runs(s.teks, { tebal: s.tebal ?? (kepala || undefined), ukuran }) }),
            ] }),
        ];
      }) })
    );
  // rows starting inside a row-spanning cell: the docx library inserts the continuation cells itself
  const isi: FileChild[] = [];
  if (b.judul) isi.push(new Paragraph({ style: 'KeteranganTabel', children: runs(b.judul) }));
  isi.push(
    new Table({ width: { size: lebarHalaman * TWIP, type: WidthType.DXA }, columnWidths, margins: { left: MARGIN_SEL * TWIP, right: MARGIN_SEL * TWIP },
      rows: [...baris(gridTabel(b.kepala, n), true), ...baris(gridTabel(b.isi, n), false)] }),
    new Paragraph({ spacing: { after: 80 }, children: [] }),
  );
  return isi;
}

let nomorDaftar = 0;

function blok(b: Blok, lebarHalaman: number): FileChild[] {
  switch (b.jenis) {
    case 'judul':
      if (b.daftarIsi === false) {
        return [new Paragraph({ style: `JudulTanpaDaftar${b.tingkat}`, pageBreakBefore: b.halamanBaru, children: runs(b.teks) })];
      }
      return [new Paragraph({ heading: JUDUL[b.tingkat], pageBreakBefore: b.halamanBaru, children: runs(b.teks) })];
    case 'paragraf':
      return [
        new Paragraph({ alignment: rata(b.rata) ?? AlignmentType.JUSTIFIED, children: runs(b.teks, { tebal: b.tebal, ukuran: b.ukuran }) }),
      ];
    case 'daftar': {
      const instance = ++nomorDaftar;
      return b.butir.map((t) =>
        b.bernomor ? new Paragraph({ numbering: { reference: 'bernomor', level: 0, instance }, children: runs(t) }) : new Paragraph({ bullet: { level: 0 }, children: runs(t) })
      );
    }
    case 'tabel':
      return tabel(b, lebarHalaman);
    case 'gambar':
      return [
        new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [
          new ImageRun({ type: 'png', data: b.png, transformation: { width: Math.round(b.lebarCm * PX_PER_CM), height: Math.round(b.tinggiCm * PX_PER_CM) },
            altText: { name: b.keterangan ?? 'Grafik', title: b.keterangan ?? 'Grafik', description: b.keterangan ?? 'Grafik' } }),
        ] }),
        ...(b.keterangan ? [new Paragraph({ style: 'KeteranganGambar', children: runs(b.keterangan) })] : []),
      ];
    case 'pindahHalaman':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
    case 'daftarIsi':
      return [
        new Paragraph({ style: 'JudulTanpaDaftar1', children: runs(b.judul) }),
        new TableOfContents(b.judul, { hyperlink: true, headingStyleRange: '1-3' }),
      ];
    case 'kop':
      return [
        ...b.baris.map((t, i) => new Paragraph({ alignment: AlignmentType.CENTER, children: runs(t, { tebal: true, ukuran: i === 0 ? 13 : 15 }) })),
        ...b.alamat.map((t, i) =>
          new Paragraph({ alignment: AlignmentType.CENTER,
            border: i === b.alamat.length - 1 ? { bottom: { style: BorderStyle.THICK, size: 18, color: '000000', space: 4 } } : undefined,
            spacing: i === b.alamat.length - 1 ? { after: 240 } : undefined, children: runs(t, { ukuran: 9 }) })
        ),
      ];
    case 'tandaTangan': {
      const lebar = Math.round((lebarHalaman * TWIP) / b.kolom.length);
      const tengah = (t: Teks, tebal?: boolean, garis?: boolean) =>
        new Paragraph({ alignment: AlignmentType.CENTER, children: potongan(t).map((p) => new TextRun({ text: p.teks, bold: tebal, underline: garis ? {} : undefined })) });
      return [
        new Table({ borders: TableBorders.NONE, width: { size: lebar * b.kolom.length, type: WidthType.DXA }, columnWidths: b.kolom.map(() => lebar), rows: [
          new TableRow({ cantSplit: true,
            children: b.kolom.map((k) =>
              new TableCell({ width: { size: lebar, type: WidthType.DXA }, children: !k ? [new Paragraph({ children: [] })] : [
                ...k.atas.map((t) => tengah(t)),
                new Paragraph({ spacing: { before: 960 }, children: [] }),
                tengah(k.nama, true, true),
                ...(k.bawah ?? []).map((t) => tengah(t)),
              ] })
            ) }),
        ] }),
        new Paragraph({ children: [] }),
      ];
    }
    case 'spasi':
      return [new Paragraph({ spacing: { before: (b.pt ?? 12) * TWIP }, children: [] })];
  }
}

function gayaJudul(id: string, nama: string, ukuran: number, tengah: boolean, tingkat?: number) {
  return { id, name: nama, basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { bold: true, size: ukuran * 2, font: HURUF_DOCX, color: '000000' },
    paragraph: { alignment: tengah ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: tingkat } };
}

/** Renders the document to an editable DOCX (Word, LibreOffice): real headings, TOC field, tables, pictures. */
export async function renderDocx(dokAsli: Dokumen): Promise<Buffer> {
  const dok = dokumenAman(dokAsli);
  const kertas = ukuranKertas(dok);
  const lebarHalaman = kertas.lebar - MARGIN.kiri - MARGIN.kanan;
  const children = dok.isi.flatMap((b) => blok(b, lebarHalaman));
  const doc = new Document({
    title: dok.judul,
    creator: dok.penulis ?? 'SIMASN',
    // page numbers of the table of contents worked out from the layout, so it is complete before Word updates it
    pageNumbers: estimatePageNumbers,
    styles: { default: { document: { run: { font: HURUF_DOCX, size: 22 }, paragraph: { spacing: { after: 100, line: 276 } } } }, paragraphStyles: [
      gayaJudul('Heading1', 'heading 1', 14, true, 0),
      gayaJudul('Heading2', 'heading 2', 12, false, 1),
      gayaJudul('Heading3', 'heading 3', 11, false, 2),
      gayaJudul('JudulTanpaDaftar1', 'Judul tanpa daftar 1', 14, true),
      gayaJudul('JudulTanpaDaftar2', 'Judul tanpa daftar 2', 12, false),
      gayaJudul('JudulTanpaDaftar3', 'Judul tanpa daftar 3', 11, false),
      { id: 'KeteranganTabel', name: 'Keterangan Tabel', basedOn: 'Normal', run: { bold: true, size: 20 },
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 60 } } },
      { id: 'KeteranganGambar', name: 'Keterangan Gambar', basedOn: 'Normal', run: { italics: true, size: 20 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 160 } } },
    ] },
    numbering: { config: [
      { reference: 'bernomor', levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 567, hanging: 340 } } } },
      ] },
    ] },
    sections: [
      {
        properties: { titlePage: !!dok.sampul,
          page: {
            size: { width: Math.round(kertas.lebar * TWIP), height: Math.round(kertas.tinggi * TWIP),
              orientation: dok.orientasi === 'mendatar' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { left: Math.round(MARGIN.kiri * TWIP), right: Math.round(MARGIN.kanan * TWIP), top: Math.round(MARGIN.atas * TWIP), bottom: Math.round(MARGIN.bawah * TWIP) },
          } },
        footers: dok.nomorHalaman
          ? { default: new Footer({ children: [
            new Paragraph({ alignment: AlignmentType.RIGHT, children: [
              new TextRun({ text: dok.kakiHalaman ? `${dok.kakiHalaman}    ` : '', size: 16, color: '555555' }),
              new TextRun({ children: ['Halaman ', PageNumber.CURRENT], size: 18 }),
            ] }),
          ] }), ...(dok.sampul ? { first: new Footer({ children: [new Paragraph({ children: [] })] }) } : {}) }
          : undefined,
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
