import ExcelJS from 'exceljs';

/**
 * Puts the sheets of several XLSX files (each made by tabelKeXlsx, one sheet each) into one
 * workbook, in order, keeping values, styles, widths, number formats, frozen panes and filters.
 */
export async function gabungXlsx(berkas: Buffer[]): Promise<Buffer> {
  const hasil = new ExcelJS.Workbook();
  hasil.creator = 'SIMASN';
  hasil.created = new Date();
  for (const isi of berkas) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(isi as unknown as ArrayBuffer);
    for (const asal of wb.worksheets) {
      const ws = hasil.addWorksheet(asal.name, { views: asal.views });
      asal.columns?.forEach((k, i) => {
        const kolom = ws.getColumn(i + 1);
        if (k.width) kolom.width = k.width;
        if (k.numFmt) kolom.numFmt = k.numFmt;
      });
      asal.eachRow({ includeEmpty: true }, (baris, n) => {
        const b = ws.getRow(n);
        baris.eachCell({ includeEmpty: true }, (sel, k) => {
          const s = b.getCell(k);
          s.value = sel.value;
          s.style = structuredClone(sel.style);
        });
      });
      if (asal.autoFilter) ws.autoFilter = asal.autoFilter;
    }
  }
  return Buffer.from(await hasil.xlsx.writeBuffer());
}
