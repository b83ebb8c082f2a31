import { monitorEventLoopDelay } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
// The reader as it was before (full load on the main thread, no limits).
const isi = readFileSync(process.argv[2]!);
global.gc?.();
const h = monitorEventLoopDelay({ resolution: 5 }); h.enable();
const m0 = process.memoryUsage().rss; let puncak = m0;
const iv = setInterval(() => { puncak = Math.max(puncak, process.memoryUsage().rss); }, 5);
const t = performance.now();
try {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(isi as unknown as ArrayBuffer);
  let n = 0; wb.eachSheet((ws) => ws.eachRow(() => { n++; }));
  puncak = Math.max(puncak, process.memoryUsage().rss);
  console.log('rows', n);
} catch (e) { console.log('galat', (e as Error).message); }
clearInterval(iv); h.disable();
console.log('sebelum: file MB', (isi.length / 1e6).toFixed(1), 'ms', Math.round(performance.now() - t), 'rss growth MB', Math.round((puncak - m0) / 1e6), 'max loop delay ms', Math.round(h.max / 1e6));
