import { writeFileSync } from 'node:fs';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
/** A zip written by hand: each entry deflated (or given already deflated with its true size and CRC). */
function zip(entri: { nama: string, isi?: Buffer, terkompresi?: Buffer, ukuran?: number, crc?: number }[]): Buffer {
  const lokal: Buffer[] = [];
  const pusat: Buffer[] = [];
  let posisi = 0;
  for (const e of entri) {
    const data = e.terkompresi ?? deflateRawSync(e.isi!);
    const ukuran = e.ukuran ?? e.isi!.length;
    const crc = e.crc ?? crc32(e.isi!);
    const nama = Buffer.from(e.nama);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(crc >>> 0, 14);
    h.writeUInt32LE(data.length, 18);
    h.writeUInt32LE(ukuran, 22);
    h.writeUInt16LE(nama.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(crc >>> 0, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(ukuran, 24);
    c.writeUInt16LE(nama.length, 28);
    c.writeUInt32LE(posisi, 42);
    lokal.push(h, nama, data);
    pusat.push(c, nama);
    posisi += 30 + nama.length + data.length;
  }
  const dir = Buffer.concat(pusat);
  const akhir = Buffer.alloc(22);
  akhir.writeUInt32LE(0x06054b50, 0);
  akhir.writeUInt16LE(entri.length, 8);
  akhir.writeUInt16LE(entri.length, 10);
  akhir.writeUInt32LE(dir.length, 12);
  akhir.writeUInt32LE(posisi, 16);
  return Buffer.concat([...lokal, dir, akhir]);
}

const KERANGKA = [
  { nama: '[Content_Types].xml', isi: Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  ) },
  { nama: '_rels/.rels', isi: Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  ) },
  { nama: 'xl/workbook.xml', isi: Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="pegawai" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ) },
  { nama: 'xl/_rels/workbook.xml.rels', isi: Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  ) },
];

/**
 * The bomb of the report: a sheet of `mb` megabytes of identical rows, deflated as it is made
 * (never held whole in memory), in a zip of a few hundred kilobytes with its true sizes.
 */
async function bom(mb: number): Promise<Buffer> {
  const baris = Buffer.from(Array.from({ length: 200 }, (_, i) => `<row r="${i + 2}"><c t="inlineStr"><is><t>199001012015031001</t></is></c></row>`).join(''));
  const awal = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const akhir = Buffer.from('</sheetData></worksheet>');
  const potongan: Buffer[] = [];
  const d = createDeflateRaw({ level: 1 });
  d.on('data', (b: Buffer) => potongan.push(b));
  const selesai = new Promise((r) => d.on('end', r));
  let ukuran = 0;
  let crc = 0;
  const tulis = async (b: Buffer) => {
    ukuran += b.length;
    crc = crc32(b, crc);
    if (!d.write(b)) await new Promise((r) => d.once('drain', r));
  };
  await tulis(awal);
  while (ukuran < mb * 1024 * 1024) await tulis(baris);
  await tulis(akhir);
  d.end();
  await selesai;
  return zip([...KERANGKA, { nama: 'xl/worksheets/sheet1.xml', terkompresi: Buffer.concat(potongan), ukuran, crc }]);
}


writeFileSync(process.argv[3]!, await bom(Number(process.argv[2])));
