import { Worker } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { GalatAplikasi } from './galat.ts';
import { BATAS_XLSX, periksaZipXlsx, pesanBatas, XlsxDitolak } from './zip-xlsx.ts';

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

/**
 * Reads every sheet of an XLSX workbook someone uploaded. Rows with no value at all are skipped.
 * Safe for any upload: the zip's directory is checked against BATAS_XLSX before anything is
 * inflated (a bomb is refused at once, naming the limit), and the workbook is then read in a
 * worker thread with its own memory limit, at most two at a time, so the server keeps answering
 * everyone else while it runs. Refusals are GalatAplikasi 413/422 with an Indonesian message.
 */
export async function bacaXlsx(isi: Buffer): Promise<TabelMentah[]> {
  try {
    periksaZipXlsx(isi);
  } catch (e) {
    if (e instanceof XlsxDitolak) throw new GalatAplikasi(e.status, e.status === 413 ? 'terlalu_besar' : 'tidak_valid', e.message);
    throw e;
  }
  return await dalamAntrean(() => bacaDiPekerja(isi));
}

/** Readers running now, and those waiting for a turn. */
const MAKS_SERENTAK = 2;
let berjalan = 0;
const menunggu: (() => void)[] = [];
async function dalamAntrean<T>(kerja: () => Promise<T>): Promise<T> {
  if (berjalan >= MAKS_SERENTAK) await new Promise<void>((lanjut) => menunggu.push(lanjut));
  berjalan++;
  try {
    return await kerja();
  } finally {
    berjalan--;
    menunggu.shift()?.();
  }
}

/** The worker's heap: enough for the largest workbook the limits allow, far from the server's. */
const MEMORI_PEKERJA_MB = 1024;

function bacaDiPekerja(isi: Buffer): Promise<TabelMentah[]> {
  return new Promise((selesai, gagal) => {
    const w = new Worker(new URL('./baca-xlsx-pekerja.ts', import.meta.url), { workerData: isi, resourceLimits: { maxOldGenerationSizeMb: MEMORI_PEKERJA_MB } });
    let dijawab = false;
    w.once('message', (m: { ok: true, tabel: TabelMentah[] } | { ok: false, status: 413 | 422, pesan: string }) => {
      dijawab = true;
      if (m.ok) selesai(m.tabel);
      else gagal(new GalatAplikasi(m.status, m.status === 413 ? 'terlalu_besar' : 'tidak_valid', m.pesan));
      void w.terminate();
    });
    w.once('error', (e: Error & { code?: string }) => {
      if (dijawab) return;
      dijawab = true;
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') gagal(new GalatAplikasi(413, 'terlalu_besar', pesanBatas.memori()));
      else gagal(e);
    });
    w.once('exit', (kode) => {
      if (!dijawab) gagal(new GalatAplikasi(413, 'terlalu_besar', kode ? pesanBatas.memori() : 'Berkas XLSX tidak dapat dibaca.'));
    });
  });
}

/**
 * Reads every sheet in this thread, within BATAS_XLSX's rows, columns and cell length (a
 * refusal is an XlsxDitolak). Only for the worker (baca-xlsx-pekerja.ts) and for workbooks the
 * program made itself; uploads go through bacaXlsx.
 */
export async function bacaXlsxDiSini(isi: Buffer): Promise<TabelMentah[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(isi as unknown as ArrayBuffer);
  const hasil: TabelMentah[] = [];
  let jumlahBaris = 0;
  for (const ws of wb.worksheets) {
    const header: string[] = [];
    const baris: TabelMentah['baris'] = [];
    if (ws.columnCount > BATAS_XLSX.kolom) throw new XlsxDitolak(413, pesanBatas.kolom(ws.name));
    ws.eachRow({ includeEmpty: false }, (row, nomor) => {
      const sel: NilaiSel[] = [];
      if (row.cellCount > BATAS_XLSX.kolom) throw new XlsxDitolak(413, pesanBatas.kolom(ws.name));
      row.eachCell({ includeEmpty: true }, (cell, kolom) => {
        const v = nilaiSel(cell.value);
        if (typeof v === 'string' && v.length > BATAS_XLSX.panjangSel) throw new XlsxDitolak(413, pesanBatas.panjangSel(ws.name, nomor));
        sel[kolom - 1] = v;
      });
      if (nomor === 1) {
        for (let i = 0; i < sel.length; i++) header[i] = sel[i] == null ? '' : String(sel[i]).trim();
        return;
      }
      if (sel.every(kosong)) return;
      if (++jumlahBaris > BATAS_XLSX.baris) throw new XlsxDitolak(413, pesanBatas.baris());
      baris.push({ nomor, sel });
    });
    hasil.push({ nama: ws.name, header, baris });
  }
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
  // The same limits as a workbook's (no expansion here: the upload's own size bounds the memory).
  if (data.length > BATAS_XLSX.baris) throw new GalatAplikasi(413, 'terlalu_besar', pesanBatas.baris());
  rekaman.forEach((sel, i) => {
    if (sel.length > BATAS_XLSX.kolom) throw new GalatAplikasi(413, 'terlalu_besar', pesanBatas.kolom(nama));
    if (sel.some((v) => v.length > BATAS_XLSX.panjangSel)) throw new GalatAplikasi(413, 'terlalu_besar', pesanBatas.panjangSel(nama, i + 1));
  });
  return { nama, header: header.map((h) => h.trim()), baris: data.map((sel, i) => ({ nomor: i + 2, sel: sel as NilaiSel[] })).filter((b) => !b.sel.every(kosong)) };
}

export function apakahXlsx(isi: Buffer): boolean {
  return isi.length > 4 && isi[0] === 0x50 && isi[1] === 0x4b; // ZIP container
}
