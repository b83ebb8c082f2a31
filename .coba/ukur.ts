import ExcelJS from 'exceljs';
import { bacaXlsx } from '../packages/platform/src/tabel.ts';
import { inflateRawSync } from 'node:zlib';
const n = Number(process.argv[2] ?? 10000);
const wb = new ExcelJS.Workbook();
const p = wb.addWorksheet('pegawai'); const g = wb.addWorksheet('riwayat_pangkat'); const jb = wb.addWorksheet('riwayat_jabatan');
for (let i = 0; i < n; i++) {
  const nip = String(196501012000011000n + BigInt(i));
  p.addRow([nip, `Pegawai Uji Beban ${i}`, 'S.E.', '01-01-1965', 'L', 'PNS', '01-01-1990', 'Islam', 'Lumajang']);
  g.addRow([nip, 'III/a', '01-01-1990', `823/${i}/2000`, 0, 0, 'cpns']);
  jb.addRow([nip, 'PL-01', 'BID-1', '01-01-1990']);
}
const isi = Buffer.from(await wb.xlsx.writeBuffer());
// sizes from central directory
let eocd = isi.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
const jumlah = isi.readUInt16LE(eocd + 10); let off = isi.readUInt32LE(eocd + 16); let total = 0;
for (let i = 0; i < jumlah; i++) { const c = isi.readUInt32LE(off + 20), u = isi.readUInt32LE(off + 24); const nl = isi.readUInt16LE(off + 28); const name = isi.toString('utf8', off + 46, off + 46 + nl); if (u > 100000) console.log(name, c, u); total += u; off += 46 + nl + isi.readUInt16LE(off + 30) + isi.readUInt16LE(off + 32); }
console.log('file MB', (isi.length / 1e6).toFixed(1), 'total uncompressed MB', (total / 1e6).toFixed(1));
global.gc?.();
const m0 = process.memoryUsage().rss; let puncak = m0;
const iv = setInterval(() => { puncak = Math.max(puncak, process.memoryUsage().rss); }, 20);
const t = performance.now();
const r = await bacaXlsx(isi);
clearInterval(iv);
console.log('rows', r.map((x) => x.baris.length), 'ms', Math.round(performance.now() - t), 'rss growth MB', Math.round((puncak - m0) / 1e6));
