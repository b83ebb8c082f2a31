import { renderPdf } from '@simasn/platform/dokumen';

/**
 * The demo's attached documents (usulan layanan, bukti indeks): a real one-page PDF naming what it
 * stands for, so preview and download show a page, not a broken file. Rendered once per title.
 */
const tersimpan = new Map<string, Promise<Buffer>>();

export function pdfContoh(judul: string): Promise<Buffer> {
  let pdf = tersimpan.get(judul);
  if (!pdf) {
    pdf = renderPdf({ judul, penulis: 'SIMASN (data demo)', kertas: 'A4', isi: [
      { jenis: 'judul', tingkat: 1, teks: judul, daftarIsi: false },
      { jenis: 'paragraf', teks: 'Dokumen contoh pada kabupaten demo SIMASN. Pada instansi sungguhan, di sini tampil pindaian dokumen yang diunggah.' },
    ] });
    tersimpan.set(judul, pdf);
  }
  return pdf;
}
