import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { samarkanNilai, samarkanTeks, type JenisDataPribadi } from '@simasn/domain';

export interface KolomXlsx<T> {
  judul: string;
  nilai: (baris: T) => string | number | Date | null | undefined;
  lebar?: number;
  /** Excel number format: '#,##0', '0.00', 'd mmmm yyyy'... Excel shows them in the reader's locale. */
  format?: string;
  /** Keep as text even if it looks like a number (NIP, NIK: 18 digits would lose precision). */
  teks?: boolean;
  /** A personal field (NIK, phone, address...): masked unless the export says its reader may see it. */
  pribadi?: JenisDataPribadi;
}

/**
 * Any list as an XLSX file: a bold frozen header, widths, typed cells (dates as dates, NIPs as
 * text), an autofilter, and a title block naming the list and when it was made. The personal-data
 * rule (domain data-pribadi.ts) applies to every cell: `pribadi` columns and NIK-like numbers in
 * any text are masked unless `dataPribadiTerlihat` (the reader reaches every row's personal data).
 * A large list (`BATAS_ALIR` rows or more, or rows given as an iterator) is written by ExcelJS's
 * streaming writer, each row committed as it is made: the same sheet (the unit test compares the
 * two), without the whole workbook model in memory (15.000 rows of the TPP nominatif: about 4 s
 * of CPU with the in-memory workbook).
 */
export async function tabelKeXlsx<T>(
  opsi: { judul: string, keterangan?: string, namaLembar?: string, kolom: KolomXlsx<T>[], baris: Iterable<T> | AsyncIterable<T>, dataPribadiTerlihat?: boolean },
): Promise<Buffer> {
  const alir = !Array.isArray(opsi.baris) || opsi.baris.length >= BATAS_ALIR;
  return alir ? xlsxAlir(opsi) : xlsxBiasa(opsi);
}

/** From this many rows `tabelKeXlsx` writes with the streaming writer. */
export const BATAS_ALIR = 2000;

type OpsiXlsx<T> = Parameters<typeof tabelKeXlsx<T>>[0];
type Lembar = ExcelJS.Worksheet;

/** The title block, header and column widths/formats (rows 1 to 4), the same in both writers. */
function kepala<T>(ws: Lembar, opsi: OpsiXlsx<T>) {
  ws.getCell('A1').value = opsi.judul;
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell('A2').value = opsi.keterangan ?? '';
  ws.getCell('A2').font = { italic: true, color: { argb: 'FF555555' } };
  const header = ws.getRow(4);
  opsi.kolom.forEach((k, i) => {
    const c = header.getCell(i + 1);
    c.value = k.judul;
    c.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
    c.alignment = { vertical: 'middle', wrapText: true };
    ws.getColumn(i + 1).width = k.lebar ?? Math.max(10, k.judul.length + 2);
    if (k.format) ws.getColumn(i + 1).numFmt = k.format;
    if (k.teks) ws.getColumn(i + 1).numFmt = '@';
  });
}

/** One data row's cells (masked by the personal-data rule unless the reader may see them). */
function isiBaris<T>(row: ExcelJS.Row, opsi: OpsiXlsx<T>, b: T) {
  opsi.kolom.forEach((k, i) => {
    let v = k.nilai(b);
    if (!opsi.dataPribadiTerlihat && v !== null && v !== undefined && !(v instanceof Date)) {
      v = k.pribadi ? (samarkanNilai(k.pribadi, v) as string | null) : typeof v === 'string' ? samarkanTeks(v) : v;
    }
    row.getCell(i + 1).value = v === undefined ? null : k.teks && v !== null ? String(v) : v instanceof Date ? v : v;
  });
}

async function xlsxBiasa<T>(opsi: OpsiXlsx<T>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SIMASN';
  wb.created = new Date();
  const ws = wb.addWorksheet(opsi.namaLembar ?? 'Data', { views: [{ state: 'frozen', ySplit: 4 }] });
  kepala(ws, opsi);
  let n = 0;
  for await (const b of opsi.baris as AsyncIterable<T>) isiBaris(ws.getRow(5 + n++), opsi, b);
  ws.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4 + n, column: opsi.kolom.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function xlsxAlir<T>(opsi: OpsiXlsx<T>): Promise<Buffer> {
  const potongan: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => potongan.push(c));
  const selesai = new Promise<void>((ok, gagal) => {
    stream.on('end', ok);
    stream.on('error', gagal);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  wb.creator = 'SIMASN';
  wb.created = new Date();
  const ws = wb.addWorksheet(opsi.namaLembar ?? 'Data', { views: [{ state: 'frozen', ySplit: 4 }] });
  kepala(ws, opsi);
  ws.getRow(4).commit();
  // One style object per column, shared by its cells: the writer recognises an object it has seen
  // (a WeakMap) and looks nothing up; a fresh object per cell (what a cell gets by default) made
  // it render and index that style's XML for every cell (most of the CPU of 100.000 rekap rows).
  const gaya = opsi.kolom.map((_, i) => ({ ...ws.getColumn(i + 1).style }));
  let n = 0;
  for await (const b of opsi.baris as AsyncIterable<T>) {
    const row = ws.getRow(5 + n++);
    isiBaris(row, opsi, b);
    for (let i = 0; i < gaya.length; i++) row.getCell(i + 1).style = gaya[i]!;
    row.commit();
  }
  // The streaming writer writes the autofilter when the sheet is committed.
  ws.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4 + n, column: opsi.kolom.length } };
  ws.commit();
  await wb.commit();
  stream.end();
  await selesai;
  return Buffer.concat(potongan);
}

/** A calendar date string as an Excel date cell (UTC midnight, shown as the same day). */
export const tanggalXlsx = (iso: string | null | undefined): Date | null => (iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null);
