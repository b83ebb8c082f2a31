/**
 * `node bench/halaman-rinci.ts --halaman /e-pangkat,/pegawai [--data /tmp/folder] [--peran admin.bkd]`:
 * the waterfall of one page's full load in Chromium (every request with its start and end after the
 * navigation, the document's own milestones, the API's server time), to see what a page waits on.
 * With --data the demo kabupaten is built once into that folder and reused (its key beside it).
 * With --profil the last run of each page is also profiled (CDP Profiler): the main thread's time
 * by script file and the functions that take the most of it, to see what a load spends its CPU on.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { bukaPglite, jalankanMigrasi } from '@simasn/db';
import { buatDemo } from '@simasn/demo';
import { CincinKunci, KunciData, pasangKunciData } from '@simasn/platform';
import { buatAplikasi } from '../apps/server/src/aplikasi.ts';
import { bangunWeb } from '../apps/web/build.ts';

const { values } = parseArgs({
  options: { pegawai: { type: 'string', default: '7000' }, halaman: { type: 'string', default: '/' }, data: { type: 'string' }, peran: { type: 'string', default: 'admin.bkd' },
    ulang: { type: 'string', default: '2' }, 'tanpa-bangun': { type: 'boolean', default: false }, profil: { type: 'boolean', default: false } },
});
if (!values['tanpa-bangun']) await bangunWeb({ senyap: true });
const folder = values.data;
const baru = !folder || !existsSync(join(folder, 'pgdata'));
let kunci: string;
if (folder && existsSync(join(folder, 'kunci-bench'))) kunci = readFileSync(join(folder, 'kunci-bench'), 'utf8').trim();
else kunci = KunciData.acak().base64;
pasangKunciData(new CincinKunci(KunciData.dariBase64(kunci)));
const db = await bukaPglite(folder);
await jalankanMigrasi(db);
if (baru) {
  await buatDemo(db, { jumlahPegawai: Number(values.pegawai) });
  if (folder) writeFileSync(join(folder, 'kunci-bench'), kunci);
}
const app = await buatAplikasi({ db, web: true });
const api: { url: string, ms: number, mulai: number }[] = [];
app.addHook('onResponse', async (req, reply) => {
  if (req.url.startsWith('/api/')) api.push({ url: req.url, ms: reply.elapsedTime, mulai: performance.now() - reply.elapsedTime });
});
await app.listen({ port: 0, host: '127.0.0.1' });
const URL_DASAR = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--disable-quic'] });
const k = await browser.newContext();
const p = await k.newPage();
await p.goto(`${URL_DASAR}/masuk`);
await p.getByLabel('NIP atau nama pengguna').fill(values.peran);
await p.getByLabel('Kata sandi').fill('demo12345');
await p.getByRole('button', { name: 'Masuk' }).click();
await p.waitForURL((u) => !u.pathname.startsWith('/masuk'));
await p.close();
/** A CPU profile's self time by script file and its top functions (ms). */
function cetakProfil(p: { nodes: { id: number, callFrame: { functionName: string, url: string, lineNumber: number } }[], samples?: number[], timeDeltas?: number[] }) {
  const simpul = new Map(p.nodes.map((n) => [n.id, n]));
  const perBerkas = new Map<string, number>();
  const perFungsi = new Map<string, number>();
  (p.samples ?? []).forEach((id, i) => {
    const n = simpul.get(id)!;
    const ms = (p.timeDeltas?.[i] ?? 0) / 1000;
    const berkas = n.callFrame.url.replace(/^.*\//, '') || `(${n.callFrame.functionName || 'program'})`;
    if (berkas === '(idle)') return;
    perBerkas.set(berkas, (perBerkas.get(berkas) ?? 0) + ms);
    const f = `${n.callFrame.functionName || '(anonim)'} ${berkas}:${n.callFrame.lineNumber}`;
    perFungsi.set(f, (perFungsi.get(f) ?? 0) + ms);
  });
  const atas = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(0).padStart(5)} ms  ${k}`);
  console.log(`  profil CPU (tanpa idle): ${[...perBerkas.values()].reduce((a, b) => a + b, 0).toFixed(0)} ms\n    ${atas(perBerkas, 8).join('\n    ')}`);
  console.log(`  fungsi terberat:\n    ${atas(perFungsi, 15).join('\n    ')}`);
}

for (const jalur of values.halaman.split(',')) {
  for (let i = 0; i < Number(values.ulang); i++) {
    const page = await k.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') console.log(`  [konsol ${m.type()}] ${m.text().slice(0, 300)}`);
    });
    page.on('pageerror', (e) => console.log(`  [galat halaman] ${e.message.slice(0, 300)}`));
    api.length = 0;
    const profil = values.profil && i === Number(values.ulang) - 1 ? await k.newCDPSession(page) : null;
    if (profil) {
      await profil.send('Profiler.enable');
      await profil.send('Profiler.setSamplingInterval', { interval: 200 });
      await profil.send('Profiler.start');
    }
    await page.goto(`${URL_DASAR}${jalur}`, { waitUntil: 'networkidle' });
    if (profil) cetakProfil((await profil.send('Profiler.stop')).profile);
    const f = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const r = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((x) => ({ nama: x.name.replace(location.origin, ''), mulai: x.startTime,
        kirim: x.requestStart, jawab: x.responseStart, akhir: x.responseEnd, byte: x.transferSize, jenis: x.initiatorType })
      );
      return { dok: { jawab: nav.responseStart, akhir: nav.responseEnd, dcl: nav.domContentLoadedEventEnd, muat: nav.loadEventEnd }, r,
        cat: performance.getEntriesByType('paint').map((x) => `${x.name} ${x.startTime.toFixed(0)}`) };
    });
    await page.close();
    if (i < Number(values.ulang) - 1) continue;
    const akhir = Math.max(f.dok.muat, ...f.r.map((x) => x.akhir));
    console.log(`\n## ${jalur}: ${akhir.toFixed(0)} ms  (dokumen ${f.dok.akhir.toFixed(0)}, DCL ${f.dok.dcl.toFixed(0)}, load ${f.dok.muat.toFixed(0)}; ${f.cat.join(', ')})`);
    for (const x of f.r.sort((a, b) => a.mulai - b.mulai)) {
      console.log(
        `  ${x.mulai.toFixed(0).padStart(5)} -> ${x.akhir.toFixed(0).padStart(5)}  (${(x.akhir - x.mulai).toFixed(0).padStart(4)} ms, ttfb ${
          (x.jawab - x.mulai).toFixed(0).padStart(4)
        })  ${String(x.byte).padStart(7)} B  ${x.jenis.padEnd(6)} ${x.nama.slice(0, 90)}`,
      );
    }
    for (const a of api) console.log(`     server ${a.ms.toFixed(1).padStart(7)} ms  ${a.url.slice(0, 100)}`);
  }
}
await browser.close();
await app.close();
await db.close();
