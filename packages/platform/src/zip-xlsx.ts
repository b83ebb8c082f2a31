/**
 * Limits for a workbook someone uploads, checked before anything is inflated. An XLSX is a zip:
 * a small file can hold a sheet hundreds of times its size (an 18 MB workbook held a 313 MB
 * sheet, and reading it took 3 GB and stopped the server for 22 s). The central directory at the
 * end of the zip lists every entry with its compressed and uncompressed size, so those are
 * refused at once, by name; what the directory may hide (a lying size) is bounded by the reader
 * running in a worker with its own memory limit (baca-xlsx.ts).
 *
 * The largest legitimate import (a whole kabupaten: 10,000 employees with three sheets) is about
 * 9 MB of XML in 0,8 MB of zip, 30,000 rows; the limits leave room for five times that.
 */
export const BATAS_XLSX = {
  /** Entries in the zip (a workbook with 30 sheets has fewer than 100). */
  jumlahEntri: 2_000,
  /** Uncompressed size of one entry (one sheet's XML). */
  bytePerEntri: 48 * 1024 * 1024,
  /** Uncompressed size of the whole workbook. */
  byteTotal: 64 * 1024 * 1024,
  /** Uncompressed / compressed, for entries past 1 MB (typed sheets are 5-20x; bombs 100x and more). */
  rasio: 200,
  /** Data rows over all sheets. */
  baris: 100_000,
  /** Columns of one sheet. */
  kolom: 200,
  /** Characters of one cell (Excel's own limit is 32.767). */
  panjangSel: 10_000,
} as const;

export const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
const angka = (n: number) => n.toLocaleString('id-ID');

/** Why a workbook is refused, in Indonesian, naming the limit. `status` 413: too large; 422: not a workbook. */
export class XlsxDitolak extends Error {
  readonly status: 413 | 422;
  constructor(status: 413 | 422, pesan: string) {
    super(pesan);
    this.name = 'XlsxDitolak';
    this.status = status;
  }
}

export const pesanBatas = { baris: (batas: number = BATAS_XLSX.baris) => `Berkas memuat lebih dari ${angka(batas)} baris data; bagi menjadi beberapa berkas.`,
  kolom: (lembar: string) => `Lembar "${lembar}" memuat lebih dari ${angka(BATAS_XLSX.kolom)} kolom.`,
  panjangSel: (lembar: string, baris: number) => `Sel di lembar "${lembar}" baris ${baris} lebih dari ${angka(BATAS_XLSX.panjangSel)} karakter.`,
  memori: () => `Berkas terlalu besar untuk dibaca (isi lembarnya melampaui batas memori pembaca); bagi menjadi beberapa berkas.` };

/**
 * Reads the zip's central directory (without inflating anything) and refuses a workbook past
 * BATAS_XLSX: entry count, uncompressed size per entry and in total, compression ratio. Also
 * refuses what is not a readable zip, and ZIP64 (no workbook within the limits needs it).
 * Returns the uncompressed size the directory declares. `jenis` names the file in the messages:
 * another zip someone uploads (a QTI package of a question bank) is held to the same limits.
 */
export function periksaZipXlsx(isi: Buffer, jenis = 'XLSX'): number {
  const rusak = () =>
    new XlsxDitolak(422,
      jenis === 'XLSX' ? 'Berkas bukan XLSX yang utuh (arsip zip rusak); simpan ulang dari Excel lalu unggah lagi.' : `Berkas bukan ${jenis} yang utuh (arsip zip rusak).`);
  // End of central directory: 22 bytes plus a comment of up to 65,535 bytes, at the end.
  const awalCari = Math.max(0, isi.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = isi.length - 22; i >= awalCari; i--) {
    if (isi.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw rusak();
  const jumlah = isi.readUInt16LE(eocd + 10);
  const ukuranDir = isi.readUInt32LE(eocd + 12);
  const awalDir = isi.readUInt32LE(eocd + 16);
  if (jumlah === 0xffff || ukuranDir === 0xffffffff || awalDir === 0xffffffff) {
    throw new XlsxDitolak(413, `Berkas ${jenis} terlalu besar (format ZIP64); batasnya ${mb(BATAS_XLSX.byteTotal)} isi tak terkompresi.`);
  }
  if (jumlah > BATAS_XLSX.jumlahEntri) throw new XlsxDitolak(413, `Berkas ${jenis} memuat ${angka(jumlah)} bagian; batasnya ${angka(BATAS_XLSX.jumlahEntri)}.`);
  if (awalDir + ukuranDir > eocd) throw rusak();
  let p = awalDir;
  let total = 0;
  for (let i = 0; i < jumlah; i++) {
    if (p + 46 > eocd || isi.readUInt32LE(p) !== 0x02014b50) throw rusak();
    const terkompresi = isi.readUInt32LE(p + 20);
    const asli = isi.readUInt32LE(p + 24);
    const panjangNama = isi.readUInt16LE(p + 28);
    const nama = isi.toString('utf8', p + 46, Math.min(eocd, p + 46 + panjangNama));
    if (asli === 0xffffffff || terkompresi === 0xffffffff) {
      throw new XlsxDitolak(413, `Bagian "${nama}" terlalu besar (format ZIP64); batasnya ${mb(BATAS_XLSX.bytePerEntri)} per bagian.`);
    }
    if (asli > BATAS_XLSX.bytePerEntri) {
      throw new XlsxDitolak(413,
        `Bagian "${nama}" berukuran ${mb(asli)} setelah diekstrak; batasnya ${mb(BATAS_XLSX.bytePerEntri)} per bagian. Bagi data menjadi beberapa berkas.`);
    }
    if (asli > 1024 * 1024 && asli > terkompresi * BATAS_XLSX.rasio) {
      throw new XlsxDitolak(413, `Bagian "${nama}" mengembang ${angka(Math.round(asli / Math.max(1, terkompresi)))} kali saat diekstrak; batasnya ${BATAS_XLSX.rasio} kali.`);
    }
    total += asli;
    if (total > BATAS_XLSX.byteTotal) {
      throw new XlsxDitolak(413, `Isi berkas ${jenis} lebih dari ${mb(BATAS_XLSX.byteTotal)} setelah diekstrak; bagi data menjadi beberapa berkas.`);
    }
    p += 46 + panjangNama + isi.readUInt16LE(p + 30) + isi.readUInt16LE(p + 32);
  }
  return total;
}
