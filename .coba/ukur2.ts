import ExcelJS from 'exceljs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { bacaXlsx, bacaXlsxDiSini } from '../packages/platform/src/tabel.ts';
const n = Number(process.argv[2] ?? 10000);
const mode = process.argv[3] ?? 'pekerja';
const wb = new ExcelJS.Workbook();
const p = wb.addWorksheet('pegawai'); const g = wb.addWorksheet('riwayat_pangkat'); const jb = wb.addWorksheet('riwayat_jabatan');
for (let i = 0; i < n; i++) {
  const nip = String(196501012000011000n + BigInt(i));
  p.addRow([nip, `Pegawai Uji Beban ${i}`, 'S.E.', '01-01-1965', 'L', 'PNS', '01-01-1990', 'Islam', 'Lumajang']);
  g.addRow([nip, 'III/a', '01-01-1990', `823/${i}/2000`, 0, 0, 'cpns']);
  jb.addRow([nip, 'PL-01', 'BID-1', '01-01-1990']);
}
const isi = Buffer.from(await wb.xlsx.writeBuffer());
global.gc?.();
const h = monitorEventLoopDelay({ resolution: 5 }); h.enable();
const m0 = process.memoryUsage().rss; let puncak = m0;
const iv = setInterval(() => { puncak = Math.max(puncak, process.memoryUsage().rss); }, 20);
const t = performance.now();
try {
const r = mode === 'pekerja' ? await bacaXlsx(isi) : await bacaXlsxDiSini(isi);
console.log('rows', r.map((x) => x.baris.length));
} catch (e) { console.log('galat', (e as Error).message); }
clearInterval(iv); h.disable();
console.log(mode, 'file MB', (isi.length/1e6).toFixed(1), 'ms', Math.round(performance.now() - t), 'rss growth MB', Math.round((puncak - m0) / 1e6), 'max loop delay ms', Math.round(h.max / 1e6));
