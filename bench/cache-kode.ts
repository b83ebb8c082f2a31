/**
 * `node bench/cache-kode.ts [--profil-disk] [--sw]`: whether Chromium reuses V8's code cache for a
 * module script and for a classic one, on a bare page (no app), load after load in new tabs.
 * Each page loads the same 400 small functions twice, as `<script type="module">` (a.js) and as a
 * classic `<script>` (b.js), both `Cache-Control: immutable`; each load is traced and prints how
 * many functions V8 compiled lazily and what the code cache did (produced, consumed, with sizes).
 * --profil-disk: a browser profile on disk (a user's own browser) instead of an off-the-record
 * context; --sw: a service worker that keeps both scripts in CacheStorage and answers from it.
 * On Chromium 150 (5 December 2026): a classic script's cache is produced on the second load and
 * consumed from the third (400 lazy compiles fewer), on disk and, through a service worker, off the
 * record too; a module script's cache is produced and never consumed, in every variant. The app is
 * built of modules (Vite), so its pages compile their functions again on every load: what they cost
 * is set by how much code they run, which is why React DOM was replaced (vite.config.ts).
 */
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values } = parseArgs({ options: { 'profil-disk': { type: 'boolean', default: false }, sw: { type: 'boolean', default: false } } });
const fungsi = Array.from({ length: 400 }, (_, i) => `function f${i}(x){ let s=0; for (let j=0;j<x;j++) s+=j*${i}; return s+${i}; }`).join('\n');
const skrip = `${fungsi}\nlet t=0;${Array.from({ length: 400 }, (_, i) => `t+=f${i}(3);`).join('')}\nwindow.hasil=t;`;
const pekerja = `self.addEventListener('install', (e) => e.waitUntil(caches.open('v1').then((c) => c.addAll(['/a.js', '/b.js'])).then(() => self.skipWaiting())));
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => { if (e.request.mode !== 'navigate') e.respondWith(caches.match(e.request).then((r) => r || fetch(e.request))); });`;
const server = createServer((req, res) => {
  if (req.url === '/') {
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-cache' });
    res.end(
      `<!doctype html><script type="module" src="/a.js"></script><script src="/b.js"></script>${
        values.sw ? "<script>navigator.serviceWorker.register('/sw.js')</script>" : ''
      }<h1>uji</h1>`,
    );
  } else if (req.url === '/a.js' || req.url === '/b.js' || req.url === '/sw.js') {
    res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': req.url === '/sw.js' ? 'no-cache' : 'public, max-age=31536000, immutable' });
    res.end(req.url === '/sw.js' ? pekerja : skrip);
  } else {
    res.writeHead(404).end();
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const alamat = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
const opsi = { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] };
const peramban = values['profil-disk'] ? null : await chromium.launch(opsi);
const k = peramban ? await peramban.newContext() : await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'simasn-cache-kode-')), opsi);
console.log(`${values['profil-disk'] ? 'profil di disk' : 'jendela pribadi'}${values.sw ? ', dengan service worker' : ''}`);
for (let i = 1; i <= 5; i++) {
  const page = await k.newPage();
  const cdp = await k.newCDPSession(page);
  const peristiwa: { name: string, args?: { data?: Record<string, unknown> } }[] = [];
  cdp.on('Tracing.dataCollected', (d) => peristiwa.push(...(d.value as unknown as typeof peristiwa)));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['v8', 'disabled-by-default-v8.compile'] } });
  await page.goto(alamat, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const selesai = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await selesai;
  const malas = peristiwa.filter((e) => e.name === 'V8.CompileIgnitionFinalization').length;
  const cache = peristiwa.filter((e) => /^v8\.(compileModule|compile|produceModuleCache|produceCache)$/.test(e.name) && /\/[ab]\.js$/.test(String(e.args?.data?.url ?? ''))).map(
    (e) => {
      const d = e.args!.data!;
      const berkas = String(d.url).replace(/^.*\//, '');
      return d.consumedCacheSize ? `${berkas} memakai cache ${d.consumedCacheSize} B` : d.producedCacheSize ? `${berkas} membuat cache ${d.producedCacheSize} B` : null;
    },
  ).filter(Boolean);
  console.log(`muat ${i}: ${malas} fungsi dikompilasi malas; ${cache.join(', ') || 'cache tidak dibuat atau dipakai'}`);
  await page.close();
}
await k.close();
await peramban?.close();
server.close();
