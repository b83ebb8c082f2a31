import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';

/** A cell as read from XLSX (typed) or CSV (always text). */
export type NilaiSel = string | number | boolean | Date | null;

/** A sheet as read from the file: header texts and data rows with their spreadsheet row numbers. */
export interface TabelMentah {
  nama: string;
  header: string[];
  baris: { nomor: number, sel: NilaiSel[] }[];
}

function nilaiSel(v: ExcelJS.CellValue): NilaiSel {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return nilaiSel((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return null;
  }
  return String(v);
}

const kosong = (v: NilaiSel) => v === null || (typeof v === 'string' && v.trim() === '');

/** Reads every sheet of an XLSX workbook. Rows with no value at all are skipped. */
export async function bacaXlsx(isi: Buffer): Promise<TabelMentah[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(isi as unknown as ArrayBuffer);
  const hasil: TabelMentah[] = [];
  wb.eachSheet((ws) => {
    const header: string[] = [];
    const baris: TabelMentah['baris'] = [];
    ws.eachRow({ includeEmpty: false }, (row, nomor) => {
      const sel: NilaiSel[] = [];
      row.eachCell({ includeEmpty: true }, (cell, kolom) => {
        sel[kolom - 1] = nilaiSel(cell.value);
      });
      if (nomor === 1) {
        for (let i = 0; i < sel.length; i++) header[i] = sel[i] == null ? '' : String(sel[i]).trim();
        return;
      }
      if (sel.every(kosong)) return;
      baris.push({ nomor, sel });
    });
    hasil.push({ nama: ws.name, header, baris });
  });
  return hasil;
}

/**
 * Reads a CSV: comma or semicolon separated (the separator of the header line wins; Indonesian
 * Excel saves with semicolons), UTF-8 with or without BOM. Everything stays text.
 */
export function bacaCsv(isi: Buffer, nama: string): TabelMentah {
  const teks = isi.toString('utf8').replace(/^\uFEFF/, '');
  const barisPertama = teks.slice(0, teks.indexOf('\n') >= 0 ? teks.indexOf('\n') : undefined);
  const pemisah = (barisPertama.match(/;/g) ?? []).length > (barisPertama.match(/,/g) ?? []).length ? ';' : ',';
  const rekaman: string[][] = parse(teks, { delimiter: pemisah, relax_column_count: true, skip_empty_lines: false, trim: true });
  const [header = [], ...data] = rekaman;
  return { nama, header: header.map((h) => h.trim()), baris: data.map((sel, i) => ({ nomor: i + 2, sel: sel as NilaiSel[] })).filter((b) => !b.sel.every(kosong)) };
}

export function apakahXlsx(isi: Buffer): boolean {
  return isi.length > 4 && isi[0] === 0x50 && isi[1] === 0x4b; // ZIP container
}
