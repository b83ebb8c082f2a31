import { Worker } from 'node:worker_threads';
import type ExcelJS from 'exceljs';
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

/**
 * Where a sheet's header is: its first row, or (a list exported with a title block above it, to
 * be imported again) the first of the next 10 rows that names the `wajib` column. `kolomDari`
 * maps a header cell to the import's column key (aliases, case). Returns each key's position and
 * the data rows under the header.
 */
export function cariKepala<K extends string>(t: TabelMentah, kolomDari: (sel: NilaiSel) => K | undefined,
  wajib: K): { kolom: Partial<Record<K, number>>, baris: TabelMentah['baris'] }
{
  const petakan = (sel: readonly NilaiSel[]) => {
    const kolom: Partial<Record<K, number>> = {};
    sel.forEach((v, i) => {
      const k = kolomDari(v);
      if (k && kolom[k] === undefined) kolom[k] = i;
    });
    return kolom;
  };
  const awal = petakan(t.header);
  if (awal[wajib] !== undefined) return { kolom: awal, baris: t.baris };
  for (const [i, b] of t.baris.slice(0, 10).entries()) {
    const k = petakan(b.sel);
    if (k[wajib] !== undefined) return { kolom: k, baris: t.baris.slice(i + 1) };
  }
  return { kolom: awal, baris: t.baris };
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
 * worker thread with its own memory limit (kept warm for the next one; a large one's worker ends
 * after it), at most two at a time, so the server keeps answering everyone else while it runs. Refusals are GalatAplikasi 413/422 with an Indonesian message.
 */
export async function bacaXlsx(isi: Buffer): Promise<TabelMentah[]> {
  let ukuran: number;
  try {
    ukuran = periksaZipXlsx(isi);
  } catch (e) {
    if (e instanceof XlsxDitolak) throw new GalatAplikasi(e.status, e.status === 413 ? 'terlalu_besar' : 'tidak_valid', e.message);
    throw e;
  }
  return await bacaDiPekerja(isi, ukuran > BESAR_BYTE);
}

/** The worker's heap: enough for the largest workbook the limits allow, far from the server's. */
const MEMORI_PEKERJA_MB = 1024;
/** Workbooks read at once (each in its own worker); the rest wait their turn. */
const MAKS_SERENTAK = 2;
/** One idle worker stays ready (exceljs loaded: a new one takes seconds to start); a second one this long. */
const DIAM_MS = 60_000;
/** After a workbook this large (uncompressed) its worker ends, returning its memory. */
const BESAR_BYTE = 16 * 1024 * 1024;

type Jawaban = { ok: true, tabel: TabelMentah[] } | { ok: false, status: 413 | 422, pesan: string };
interface Pekerja {
  w: Worker;
  tugas: { selesai: (t: TabelMentah[]) => void, gagal: (e: Error) => void } | null;
  waktuDiam: ReturnType<typeof setTimeout> | null;
}
const siaga: Pekerja[] = [];
let berjalan = 0;
const menunggu: (() => void)[] = [];

function pekerjaBaru(): Pekerja {
  const p: Pekerja = { w: new Worker(new URL('./baca-xlsx-pekerja.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: MEMORI_PEKERJA_MB } }), tugas: null,
    waktuDiam: null };
  p.w.on('message', (m: Jawaban) => {
    const t = p.tugas;
    p.tugas = null;
    if (!t) return;
    if (m.ok) t.selesai(m.tabel);
    else t.gagal(new GalatAplikasi(m.status, m.status === 413 ? 'terlalu_besar' : 'tidak_valid', m.pesan));
  });
  const mati = (e?: Error & { code?: string }) => {
    const i = siaga.indexOf(p);
    if (i >= 0) siaga.splice(i, 1);
    const t = p.tugas;
    p.tugas = null;
    if (p.waktuDiam) clearTimeout(p.waktuDiam);
    // Out of memory (or any other end mid-read): the workbook was too much for the reader.
    if (t) t.gagal(e && e.code !== 'ERR_WORKER_OUT_OF_MEMORY' ? e : new GalatAplikasi(413, 'terlalu_besar', pesanBatas.memori()));
  };
  p.w.on('error', mati);
  p.w.on('exit', () => mati());
  return p;
}

/**
 * Starts a reader before the first upload (a new worker loads exceljs, which takes seconds), so
 * the first import is as quick as the next. The server calls it when it serves the web app.
 */
export function panaskanPembacaXlsx(): void {
  if (siaga.length || berjalan) return;
  const p = pekerjaBaru();
  p.w.unref();
  siaga.push(p);
}

/** Reads one workbook in a worker (an idle one if there is, else a new one), at most MAKS_SERENTAK at once. */
async function bacaDiPekerja(isi: Buffer, besar: boolean): Promise<TabelMentah[]> {
  if (berjalan >= MAKS_SERENTAK) await new Promise<void>((lanjut) => menunggu.push(lanjut));
  berjalan++;
  const p = siaga.pop() ?? pekerjaBaru();
  if (p.waktuDiam) clearTimeout(p.waktuDiam);
  p.waktuDiam = null;
  p.w.ref();
  try {
    return await new Promise<TabelMentah[]>((selesai, gagal) => {
      p.tugas = { selesai, gagal };
      p.w.postMessage(isi);
    });
  } finally {
    berjalan--;
    if (besar || p.tugas) void p.w.terminate();
    else if (p.w.threadId >= 0) {
      // Idle: does not keep the process alive; one stays ready, a second ends after a while.
      p.w.unref();
      if (siaga.length) {
        p.waktuDiam = setTimeout(() => void p.w.terminate(), DIAM_MS);
        p.waktuDiam.unref();
      }
      siaga.push(p);
    }
    menunggu.shift()?.();
  }
}

/**
 * Reads every sheet in this thread, within BATAS_XLSX's rows, columns and cell length (a
 * refusal is an XlsxDitolak). Only for the worker (baca-xlsx-pekerja.ts) and for workbooks the
 * program made itself; uploads go through bacaXlsx.
 */
export async function bacaXlsxDiSini(isi: Buffer): Promise<TabelMentah[]> {
  // exceljs is loaded when a workbook is read (the worker, a program's own workbook), not with the
  // module: a command that reads CSV (the calculators) starts without it.
  const { default: ExcelJS } = await import('exceljs');
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
 * Excel saves with semicolons), UTF-8 with or without BOM. Everything stays text. `batasBaris`
 * raises the upload limit for a local file whose rows are small by nature (a calculator's
 * one-row-per-answer input); the column and cell limits stay.
 */
export function bacaCsv(isi: Buffer, nama: string, opsi: { batasBaris?: number } = {}): TabelMentah {
  const teks = isi.toString('utf8').replace(/^\uFEFF/, '');
  const barisPertama = teks.slice(0, teks.indexOf('\n') >= 0 ? teks.indexOf('\n') : undefined);
  const pemisah = (barisPertama.match(/;/g) ?? []).length > (barisPertama.match(/,/g) ?? []).length ? ';' : ',';
  const rekaman: string[][] = pecahCsvPolos(teks, pemisah) ?? parse(teks, { delimiter: pemisah, relax_column_count: true, skip_empty_lines: false, trim: true });
  const [header = [], ...data] = rekaman;
  // The same limits as a workbook's (no expansion here: the upload's own size bounds the memory).
  const batasBaris = opsi.batasBaris ?? BATAS_XLSX.baris;
  if (data.length > batasBaris) throw new GalatAplikasi(413, 'terlalu_besar', pesanBatas.baris(batasBaris));
  rekaman.forEach((sel, i) => {
    if (sel.length > BATAS_XLSX.kolom) throw new GalatAplikasi(413, 'terlalu_besar', pesanBatas.kolom(nama));
    if (sel.some((v) => v.length > BATAS_XLSX.panjangSel)) throw new GalatAplikasi(413, 'terlalu_besar', pesanBatas.panjangSel(nama, i + 1));
  });
  return { nama, header: header.map((h) => h.trim()), baris: data.map((sel, i) => ({ nomor: i + 2, sel: sel as NilaiSel[] })).filter((b) => !b.sel.every(kosong)) };
}

/**
 * A CSV without quotes and with \n or \r\n line ends (what programs write, and what a calculator's
 * large input is) split directly, the records csv-parse gives for it: a 1.100.000-row file in a
 * second instead of ten. `null` when the text needs the full parser.
 */
export function pecahCsvPolos(teks: string, pemisah: string): string[][] | null {
  if (teks.includes('"') || /\r(?!\n)/.test(teks)) return null;
  const baris = teks.split(/\r?\n/);
  if (baris.at(-1) === '') baris.pop();
  return baris.map((b) => b.split(pemisah).map((s) => s.trim()));
}

export function apakahXlsx(isi: Buffer): boolean {
  return isi.length > 4 && isi[0] === 0x50 && isi[1] === 0x4b; // ZIP container
}
