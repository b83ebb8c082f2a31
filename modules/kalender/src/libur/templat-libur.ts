import ExcelJS from 'exceljs';
import { hariIniIso, type HariLibur, JENIS_LIBUR, LABEL_JENIS_LIBUR, LIBUR_NASIONAL_2026 } from '@simasn/domain';
import { lingkup, tanggalXlsx, uraikan, type Konteks } from '@simasn/platform';
import { skemaTemplatLibur } from './libur.types.ts';
import { daftarVersiLibur, hariVersiLibur } from './versi-libur.ts';

/**
 * The holiday workbook of a year: the sheet "Libur" (tanggal, nama, jenis) filled with the list in
 * force (for 2026 without one, the SKB 2026 list), ready to edit and import back, and "Petunjuk".
 */
export async function templatLibur(ctx: Konteks, masukan: unknown) {
  lingkup(ctx, 'kalender:baca');
  const f = uraikan(skemaTemplatLibur, masukan);
  const tahun = f.tahun ?? Number(hariIniIso(ctx.sekarang(), ctx.zona).slice(0, 4));
  const [berlaku] = await daftarVersiLibur(ctx.db, ctx.instansiId, tahun);
  const hari: readonly HariLibur[] = berlaku ? await hariVersiLibur(ctx.db, ctx.instansiId, berlaku.id) : tahun === 2026 ? LIBUR_NASIONAL_2026 : [];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SIMASN';
  const ws = wb.addWorksheet('Libur');
  ws.columns = [{ header: 'tanggal', width: 14, style: { numFmt: 'dd/mm/yyyy' } }, { header: 'nama', width: 50 }, { header: 'jenis', width: 18 }];
  ws.getRow(1).font = { bold: true };
  for (const h of hari) ws.addRow([tanggalXlsx(h.tanggal), h.nama, h.jenis]);
  const p = wb.addWorksheet('Petunjuk');
  p.columns = [{ width: 20 }, { width: 90 }];
  p.addRows([
    ['Kolom', 'Isi'],
    ['tanggal', `Tanggal libur di tahun ${tahun}: 17-08-${tahun}, 17/08/${tahun}, 17 Agustus ${tahun} atau sel tanggal`],
    ['nama', 'Nama hari libur, misalnya "Hari Proklamasi Kemerdekaan Republik Indonesia"'],
    ['jenis', `${JENIS_LIBUR.map((j) => `${j} (${LABEL_JENIS_LIBUR[j]})`).join(', ')}`],
    [],
    ['Catatan', 'Semua baris diperiksa dulu; bila ada satu kesalahan tidak ada yang disimpan. Impor membuat versi baru daftar tahun itu; versi lama tetap tersimpan.'],
  ]);
  p.getRow(1).font = { bold: true };
  return { isi: Buffer.from(await wb.xlsx.writeBuffer()), namaBerkas: `libur-${tahun}.xlsx` };
}
