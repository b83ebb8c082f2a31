import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { BATAS_ALIR, tabelKeXlsx, type KolomXlsx } from '../src/xlsx.ts';

interface B {
  nip: string;
  nama: string;
  lahir: Date;
  rupiah: number | null;
  catatan: string;
}

const kolom: KolomXlsx<B>[] = [
  { judul: 'NIP', nilai: (b) => b.nip, teks: true, lebar: 21 },
  { judul: 'Nama', nilai: (b) => b.nama },
  { judul: 'Tanggal lahir', nilai: (b) => b.lahir, format: 'd mmmm yyyy', lebar: 14 },
  { judul: 'Rupiah', nilai: (b) => b.rupiah, format: '#,##0' },
  { judul: 'Catatan', nilai: (b) => b.catatan },
];
const baris = (n: number): B[] =>
  Array.from({ length: n },
    (_, i) => ({ nip: String(198001012006041001n + BigInt(i)), nama: `Pegawai ${i} "Ñ" & <b>`, lahir: new Date(Date.UTC(1980, i % 12, 1 + (i % 28))),
      rupiah: i % 5 ? i * 1000 : null, catatan: i % 7 ? '' : `NIK 3201012345678${String(i % 1000).padStart(3, '0')}` }));

/** The streaming writer leaves out `<dimension>` (ExcelJS: Excel cannot read it at the end of a streamed sheet); the in-memory workbook writes it. */
const dialirkan = async (buf: Buffer) => !(await (await JSZip.loadAsync(buf)).file('xl/worksheets/sheet1.xml')!.async('string')).includes('<dimension');

/** Everything a reader sees of the sheet: values, styles of every cell, widths, formats, view and filter. */
async function isi(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const sel: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (c, k) => sel.push([r, k, c.value, c.numFmt ?? null, c.font ?? null, c.fill ?? null, c.alignment ?? null]));
  });
  return { nama: ws.name, sel, lebar: ws.columns.map((c) => [c.width, c.numFmt ?? null]), view: ws.views, filter: ws.autoFilter, baris: ws.rowCount };
}

describe('tabelKeXlsx', () => {
  it('writes a large list with the streaming writer, the same sheet as the in-memory workbook', async () => {
    const b = baris(60);
    const opsi = { judul: 'Daftar uji', keterangan: 'keterangan', namaLembar: 'Uji', kolom };
    // An array under the limit goes through the in-memory workbook, the same rows as an iterator through the streaming writer.
    const biasa = await tabelKeXlsx({ ...opsi, baris: b });
    const alir = await tabelKeXlsx({ ...opsi, baris: b.values() });
    expect([await dialirkan(biasa), await dialirkan(alir)]).toEqual([false, true]);
    const [x, y] = [await isi(biasa), await isi(alir)];
    expect(y.baris).toBe(4 + b.length);
    expect(y).toEqual(x);
    // The personal-data rule applies on both paths: the NIK in the text is masked.
    expect(JSON.stringify(y.sel)).not.toContain('3201012345678000');
  });

  it('an array of BATAS_ALIR rows or more is streamed and reads back whole', async () => {
    const b = baris(BATAS_ALIR);
    const buf = await tabelKeXlsx({ judul: 'Besar', kolom, baris: b, dataPribadiTerlihat: true });
    expect(await dialirkan(buf)).toBe(true);
    const y = await isi(buf);
    expect(y.baris).toBe(4 + BATAS_ALIR);
    expect(y.filter).toEqual('A4:E2004');
    expect(y.sel.at(-5)?.slice(0, 4)).toEqual([4 + BATAS_ALIR, 1, String(198001012006041001n + BigInt(BATAS_ALIR - 1)), '@']);
  });
});
