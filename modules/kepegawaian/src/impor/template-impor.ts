import ExcelJS from 'exceljs';
import { tabelKeXlsx } from '@simasn/platform';
import { DAFTAR_LEMBAR, LEMBAR_IMPOR, type KolomImpor } from './lembar-impor.ts';
import type { MasalahImpor } from './validasi-impor.ts';

/**
 * The import template: one sheet per kind of data with its header row (key names the importer
 * reads), text-formatted NIP/NIK columns, drop-down lists for coded columns, and a "Petunjuk"
 * sheet describing every column. No example rows in the data sheets, so nothing fake gets
 * imported by accident.
 */
export async function buatTemplateImpor(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SIMASN';
  const petunjuk = wb.addWorksheet('Petunjuk');
  petunjuk.columns = [{ width: 22 }, { width: 20 }, { width: 10 }, { width: 90 }];
  petunjuk.addRow(['Template impor data pegawai SIMASN']).font = { bold: true, size: 13 };
  petunjuk.addRow(['Isi lembar yang diperlukan saja; lembar lain boleh dihapus. Baris pertama (judul kolom) jangan diubah.']);
  petunjuk.addRow(['Setiap baris diperiksa lebih dulu: bila ada satu kesalahan, tidak ada data yang disimpan dan laporan kesalahan menyebut lembar, baris, kolom dan alasannya.']);
  petunjuk.addRow(['Tanggal: 17-05-2022, 17/05/2022, 17 Mei 2022 atau sel bertipe tanggal. Angka: 1.234,5 atau 1234.5. Sel kosong tidak menghapus data yang sudah ada.']);
  petunjuk.addRow(['Impor ulang berkas yang sama tidak menggandakan data: pegawai dikenali dari NIP, riwayat dari kunci alaminya (mis. golongan + TMT).']);
  petunjuk.addRow([]);
  const h = petunjuk.addRow(['Lembar', 'Kolom', 'Wajib', 'Keterangan']);
  h.font = { bold: true };
  for (const lembar of DAFTAR_LEMBAR) {
    for (const k of LEMBAR_IMPOR[lembar].kolom as readonly KolomImpor[]) {
      petunjuk.addRow([lembar, k.kunci, k.wajib ? 'ya' : '', k.petunjuk]);
    }
  }
  for (const lembar of DAFTAR_LEMBAR) {
    const kolom = LEMBAR_IMPOR[lembar].kolom as readonly KolomImpor[];
    const ws = wb.addWorksheet(lembar, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = kolom.map((k) => ({ header: k.kunci, key: k.kunci, width: k.lebar ?? 14 }));
    ws.getRow(1).font = { bold: true };
    kolom.forEach((k, i) => {
      const col = ws.getColumn(i + 1);
      if (k.kunci === 'nip' || k.kunci === 'nik') col.numFmt = '@';
      const c = ws.getRow(1).getCell(i + 1);
      c.note = `${k.judul}${k.wajib ? ' (wajib)' : ''}: ${k.petunjuk}`;
      if (k.wajib) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
      if (k.pilihan && k.pilihan.join(',').length < 250) {
        const huruf = col.letter;
        (ws as unknown as { dataValidations: { add: (ref: string, v: unknown) => void } }).dataValidations.add(`${huruf}2:${huruf}10000`, { type: 'list', allowBlank: true,
          formulae: [`"${k.pilihan.join(',')}"`], showErrorMessage: true, errorTitle: 'Pilihan tidak sah', error: `Pilih salah satu: ${k.pilihan.join(', ')}` });
      }
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The error report of a refused import, as a spreadsheet the user can sort and filter. It only
 * echoes the uploader's own file back to them, so its values are not masked (dataPribadiTerlihat).
 */
export async function laporanMasalahXlsx(masalah: MasalahImpor[], namaBerkas: string): Promise<Buffer> {
  return tabelKeXlsx({ dataPribadiTerlihat: true, judul: `Laporan pemeriksaan impor: ${namaBerkas}`,
    keterangan: `${masalah.length} masalah ditemukan; tidak ada data yang disimpan.`, namaLembar: 'Masalah', kolom: [
      { judul: 'Lembar', nilai: (m) => m.lembar, lebar: 20 },
      { judul: 'Baris', nilai: (m) => m.baris, lebar: 8 },
      { judul: 'Kolom', nilai: (m) => m.kolom, lebar: 18 },
      { judul: 'Nilai', nilai: (m) => m.nilai, lebar: 24, teks: true },
      { judul: 'Alasan', nilai: (m) => m.pesan, lebar: 70 },
    ], baris: masalah });
}

/** Same report as CSV (semicolon-separated, as Indonesian Excel opens it), for the CLI. */
export function laporanMasalahCsv(masalah: MasalahImpor[]): string {
  const kutip = (s: unknown) => `"${String(s ?? '').replace(/"/g, '""')}"`;
  return ['lembar;baris;kolom;nilai;alasan', ...masalah.map((m) => [m.lembar, m.baris, m.kolom, m.nilai, m.pesan].map(kutip).join(';'))].join('\r\n');
}
