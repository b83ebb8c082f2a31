export * from './model.ts';
export { renderPdf } from './pdf.ts';
export { renderDocx } from './docx.ts';
export { renderGrafik, tulisNilai, type Grafik, type SeriGrafik } from './grafik.ts';
export { BERKAS_HURUF } from './huruf.ts';
export { lebarKataTerpanjang, lebarKolomTabel } from './lebar-kolom.ts';
export { type DaftarPdf, renderDaftarPdf } from './daftar-pdf.ts';
