import ExcelJS from 'exceljs';
import { kunciLembar, LEMBAR_RENSTRA, type NamaLembar } from './lembar-renstra.ts';

export type IsiBuku = Record<NamaLembar, (string | number | null)[][]>;

/**
 * The Renstra workbook: a "Petunjuk" sheet (the rules and, per column, whether it is required,
 * what it holds and an example value), then one sheet per part with its header row of keys
 * (required ones shaded, each explained in a note), drop-down lists for coded columns and, for
 * an export, the rows. The empty template is the same workbook without rows.
 */
export async function bukuRenstra(judul: string, tahun: readonly number[], isi: IsiBuku | null): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SIMASN';
  const p = wb.addWorksheet('Petunjuk');
  p.columns = [{ width: 12 }, { width: 22 }, { width: 8 }, { width: 90 }, { width: 30 }];
  p.addRow([judul]).font = { bold: true, size: 13 };
  p.addRow([`Periode ${tahun[0]}-${tahun[tahun.length - 1]}. Isi lembar Tujuan, Sasaran, Program dan Indikator; baris pertama (kunci kolom) jangan diubah.`]);
  p.addRow(['Setiap baris diperiksa lebih dulu: bila ada satu kesalahan, tidak ada data yang disimpan dan laporan menyebut lembar, baris, kolom dan alasannya.']);
  p.addRow(['Unsur dikenali dari kodenya: kode yang sudah ada mengubah unsur itu, kode baru menambah; unsur yang tidak tercantum tidak dihapus.']);
  p.addRow(['Angka: 1.234,5 atau 1234.5. Kolom tahunan (target_2024, pagu_2024, pagu_perubahan_2024) mengikuti periode Renstra.']);
  p.addRow([]);
  p.addRow(['Lembar', 'Kolom', 'Wajib', 'Keterangan', 'Contoh']).font = { bold: true };
  for (const l of LEMBAR_RENSTRA) {
    for (const k of l.kolom) p.addRow([l.nama, k.kunci, k.wajib ? 'ya' : '', k.petunjuk, k.contoh]);
    for (const t of l.tahunan) p.addRow([l.nama, `${t.awalan}_${tahun[0]} ... ${t.awalan}_${tahun[tahun.length - 1]}`, '', t.petunjuk, t.contoh]);
  }
  for (const l of LEMBAR_RENSTRA) {
    const kunci = kunciLembar(l, tahun);
    const ws = wb.addWorksheet(l.nama, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = kunci.map((k) => ({ header: k, key: k, width: l.kolom.find((x) => x.kunci === k)?.lebar ?? 16 }));
    const h = ws.getRow(1);
    h.font = { bold: true };
    kunci.forEach((k, i) => {
      const def = l.kolom.find((x) => x.kunci === k);
      const t = l.tahunan.find((x) => k.startsWith(`${x.awalan}_`) && /^\d{4}$/.test(k.slice(x.awalan.length + 1)));
      const c = h.getCell(i + 1);
      c.note = `${def?.wajib ? '(wajib) ' : ''}${def?.petunjuk ?? t?.petunjuk ?? ''}`;
      if (def?.wajib) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
      if (k.startsWith('kode')) ws.getColumn(i + 1).numFmt = '@';
      if (def?.pilihan) {
        const huruf = ws.getColumn(i + 1).letter;
        (ws as unknown as { dataValidations: { add: (ref: string, v: unknown) => void } }).dataValidations.add(`${huruf}2:${huruf}2000`, { type: 'list', allowBlank: true,
          formulae: [`"${def.pilihan.join(',')}"`], showErrorMessage: true, errorTitle: 'Pilihan tidak sah', error: `Pilih salah satu: ${def.pilihan.join(', ')}` });
      }
    });
    for (const baris of isi?.[l.nama] ?? []) ws.addRow(baris);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
