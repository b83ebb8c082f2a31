/**
 * `node bench/halaman-rinci.ts --halaman /e-pangkat,/pegawai [--data /tmp/folder] [--peran admin.bkd]`:
 * the waterfall of one page's full load in Chromium (every request with its start and end after the
 * navigation, the document's own milestones, the API's server time), to see what a page waits on.
 * With --data the demo kabupaten is built once into that folder and reused (its key beside it).
 * With --profil the last run of each page is also profiled (CDP Profiler): the main thread's time
 * by script file and the functions that take the most of it, alone and with what they call, to see
 * what a load spends its CPU on (the profile is also saved, for DevTools). For readable names, build
 * without minifying first (`TANPA_MINIFY=1 node apps/web/build.ts --paksa`) and pass --tanpa-bangun.
 * With --jejak the last run of each page is also traced (CDP Tracing of the page, its main thread):
 * its time by kind of work (script compile and evaluation, module evaluation, function calls, style
 * recalculation, layout, paint, HTML parsing, garbage collection), each kind's own time without what
 * it called, and whether V8's code cache was used (consumeCache) or produced on that load.
 * With --tanpa-sw the app's service worker is blocked (as in bench/halaman.ts), to see what it costs.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { bukaPglite, jalankanMigrasi } from '@simasn/db';
import { buatDemo } from '@simasn/demo';
import { CincinKunci, KunciData, pasangKunciData } from '@simasn/platform';
import { buatAplikasi } from '../apps/server/src/aplikasi.ts';
import { bangunWeb } from '../apps/web/build.ts';
import { CATAT_TAMPIL } from './tampil.ts';

const { values } = parseArgs({
  options: { pegawai: { type: 'string', default: '7000' }, halaman: { type: 'string', default: '/' }, data: { type: 'string' }, peran: { type: 'string', default: 'admin.bkd' },
    ulang: { type: 'string', default: '2' }, 'tanpa-bangun': { type: 'boolean', default: false }, profil: { type: 'boolean', default: false },
    jejak: { type: 'boolean', default: false }, 'profil-disk': { type: 'boolean', default: false }, 'tanpa-sw': { type: 'boolean', default: false } },
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
const opsiPeramban = { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--disable-quic'] };
// A Playwright context is off the record (incognito): traced there, every warm load compiled its
// functions lazily again. With a profile on disk (--profil-disk, as a user's browser) too: Chromium
// produces a module script's code cache and never consumes it (bench/cache-kode.ts).
const folderProfil = values['profil-disk'] ? mkdtempSync(join(tmpdir(), 'simasn-profil-')) : undefined;
const browser = folderProfil ? null : await chromium.launch(opsiPeramban);
const k = browser ? await browser.newContext({ serviceWorkers: values['tanpa-sw'] ? 'block' : 'allow' }) : await chromium.launchPersistentContext(folderProfil!, opsiPeramban);
const p = await k.newPage();
await p.goto(`${URL_DASAR}/masuk`);
await p.getByLabel('NIP atau nama pengguna').fill(values.peran);
await p.getByLabel('Kata sandi').fill('demo12345');
await p.getByRole('button', { name: 'Masuk' }).click();
await p.waitForURL((u) => !u.pathname.startsWith('/masuk'));
await p.close();
await k.addInitScript(CATAT_TAMPIL);
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
  // With what each function called (a component's render with its children, formatZona inside
  // hariIniIso): where a load's time goes, which self time scatters over the renderer's internals.
  const induk = new Map<number, number>();
  for (const n of p.nodes as { id: number, children?: number[] }[]) for (const c of n.children ?? []) induk.set(c, n.id);
  const termasuk = new Map<string, number>();
  (p.samples ?? []).forEach((id, i) => {
    const ms = (p.timeDeltas?.[i] ?? 0) / 1000;
    if (simpul.get(id)!.callFrame.functionName === '(idle)') return;
    const dilihat = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = induk.get(n)) {
      const f = simpul.get(n)!.callFrame;
      if (!f.url) continue;
      const k = `${f.functionName || '(anonim)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber}`;
      if (dilihat.has(k)) continue;
      dilihat.add(k);
      termasuk.set(k, (termasuk.get(k) ?? 0) + ms);
    }
  });
  console.log(`  fungsi terberat bersama yang dipanggilnya:\n    ${atas(termasuk, 25).join('\n    ')}`);
}

interface Peristiwa {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}
/** A trace's main-thread time by kind of work: each event's own time (its duration minus its children's), ms. */
function cetakJejak(peristiwa: Peristiwa[], mulaiNav: number) {
  const namaUtas = new Map(peristiwa.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, String(e.args?.name)]));
  const utama = [...namaUtas].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k);
  // The page's renderer: the main thread with the most work after the navigation started.
  const waktu = (k: string) => peristiwa.filter((e) => `${e.pid}:${e.tid}` === k && e.ph === 'X' && e.ts >= mulaiNav).reduce((s, e) => s + (e.dur ?? 0), 0);
  const kunci = utama.sort((a, b) => waktu(b) - waktu(a))[0];
  if (!kunci) return console.log('  jejak: tak ada utas utama renderer');
  const ev = peristiwa.filter((e) => `${e.pid}:${e.tid}` === kunci && e.ph === 'X' && e.ts >= mulaiNav && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const sendiri = new Map<string, number>();
  const tumpuk: { e: Peristiwa, anak: number }[] = [];
  const tutup = (sampai: number) => {
    while (tumpuk.length && tumpuk.at(-1)!.e.ts + tumpuk.at(-1)!.e.dur! <= sampai) {
      const { e, anak } = tumpuk.pop()!;
      sendiri.set(e.name, (sendiri.get(e.name) ?? 0) + (e.dur! - anak) / 1000);
      if (tumpuk.length) tumpuk.at(-1)!.anak += e.dur!;
    }
  };
  for (const e of ev) {
    tutup(e.ts);
    tumpuk.push({ e, anak: 0 });
  }
  tutup(Number.POSITIVE_INFINITY);
  const tugas = ev.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').reduce((s, e) => s + e.dur!, 0) / 1000;
  // The main thread's timeline: each task of 2 ms or more (start after navigation, length) with the
  // three longest things inside it, and the frames painted (what a page waits on after its scripts ran).
  const rel = (ts: number) => ((ts - mulaiNav) / 1000).toFixed(0).padStart(5);
  const induk = ev.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const baris = induk.filter((e) => e.dur! >= 1000).map((t) => {
    const isi = ev.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && !/RunTask/.test(e.name)).sort((a, b) => b.dur! - a.dur!).slice(0, 8);
    return `${rel(t.ts)} ms  ${(t.dur! / 1000).toFixed(1).padStart(6)} ms  ${isi.map((e) => `${e.name} ${(e.dur! / 1000).toFixed(1)}`).join(', ')}`;
  });
  const lukis = peristiwa.filter((e) => `${e.pid}:${e.tid}` === kunci && /^(Paint|firstContentfulPaint|firstMeaningfulPaint|largestContentfulPaint::Candidate)$/.test(e.name)).map((
    e,
  ) => `${e.name} ${rel(e.ts).trim()}`);
  console.log(`  linimasa utas utama (tugas >= 2 ms):\n    ${baris.join('\n    ')}\n  lukisan: ${lukis.join(', ')}`);
  console.log(`  jejak utas utama: tugas ${tugas.toFixed(0)} ms; waktu sendiri per jenis (ms):`);
  console.log(`    ${[...sendiri].sort((a, b) => b[1] - a[1]).slice(0, 22).map(([n, v]) => `${v.toFixed(1).padStart(6)}  ${n}`).join('\n    ')}`);
  // Style and layout passes: how many and how long (a script reading a size while the page is built
  // forces one more, which the browser's next frame then redoes).
  for (const nama of ['Document::recalcStyle', 'LocalFrameView::performLayout']) {
    const x = ev.filter((e) => e.name === nama);
    console.log(`  ${nama}: ${x.length}x ${(x.reduce((s2, e) => s2 + e.dur!, 0) / 1000).toFixed(1)} ms`);
  }
  // Compilation: V8's lazy compiles (each function on its first call) are few and short when the
  // code cache was used; the module compiles name their script and what the cache did.
  const kompil = new Map<string, { n: number, ms: number }>();
  for (const e of ev.filter((x) => /compile|cache|parse/i.test(x.name))) {
    const k = kompil.get(e.name) ?? { n: 0, ms: 0 };
    kompil.set(e.name, { n: k.n + 1, ms: k.ms + e.dur! / 1000 });
  }
  console.log(
    `  kompilasi (jumlah, ms seluruhnya):\n    ${
      [...kompil].sort((a, b) => b[1].ms - a[1].ms).map(([n, k]) =>
        `${k.ms.toFixed(1).padStart(6)} ms ${String(k.n).padStart(4)}x  ${n}`
      ).join('\n    ')
    }`,
  );
  const modul = ev.filter((e) => /^v8\.(compileModule|compile|produceModuleCache|produceCache|consumeCache)$/.test(e.name)).map((e) => {
    const d = (e.args?.data ?? e.args ?? {}) as Record<string, unknown>;
    const url = String(d.url ?? d.fileName ?? '').replace(/^.*\//, '');
    const lain = Object.entries(d).filter(([k]) => !['url', 'fileName', 'lineNumber', 'columnNumber'].includes(k)).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
    return `${e.name} ${url} ${(e.dur! / 1000).toFixed(1)} ms ${lain}`;
  });
  console.log(`  modul dan code cache:\n    ${modul.join('\n    ')}`);
}

const KATEGORI_JEJAK = [
  'devtools.timeline',
  'blink.user_timing',
  'disabled-by-default-devtools.timeline',
  'v8',
  'disabled-by-default-v8.compile',
  'blink',
  'loading',
  '__metadata',
  'v8.execute',
  'toplevel',
];

for (const jalur of values.halaman.split(',')) {
  const cpu: number[] = [];
  /** Style recalculations / layouts of each run (CDP counts: the same on a busy machine). */
  const lintasan: string[] = [];
  for (let i = 0; i < Number(values.ulang); i++) {
    const page = await k.newPage();
    // The renderer main thread's CPU time of the load (as bench/halaman.ts measures it), every run.
    const metrik = await k.newCDPSession(page);
    await metrik.send('Performance.enable', { timeDomain: 'threadTicks' });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') console.log(`  [konsol ${m.type()}] ${m.text().slice(0, 300)}`);
    });
    page.on('pageerror', (e) => console.log(`  [galat halaman] ${e.message.slice(0, 300)}`));
    api.length = 0;
    const profil = values.profil && i === Number(values.ulang) - 1 ? await k.newCDPSession(page) : null;
    if (profil) {
      await profil.send('Profiler.enable');
      await profil.send('Profiler.setSamplingInterval', { interval: 100 });
      await profil.send('Profiler.start');
    }
    const jejak = values.jejak && i === Number(values.ulang) - 1 ? await k.newCDPSession(page) : null;
    const peristiwa: Peristiwa[] = [];
    if (jejak) {
      jejak.on('Tracing.dataCollected', (d) => peristiwa.push(...(d.value as unknown as Peristiwa[])));
      await jejak.send('Tracing.start', { traceConfig: { includedCategories: KATEGORI_JEJAK } });
    }
    await page.goto(`${URL_DASAR}${jalur}`, { waitUntil: 'networkidle' });
    if (profil) {
      const pr = (await profil.send('Profiler.stop')).profile;
      const berkas = join(tmpdir(), `simasn-profil${jalur.replaceAll('/', '_')}.cpuprofile`);
      writeFileSync(berkas, JSON.stringify(pr));
      console.log(`  profil CPU tersimpan: ${berkas} (buka di DevTools, tab Performance)`);
      cetakProfil(pr);
    }
    if (jejak) {
      const selesai = new Promise((r) => jejak.once('Tracing.tracingComplete', r));
      await jejak.send('Tracing.end');
      await selesai;
      const nav = peristiwa.find((e) => e.name === 'navigationStart' && (e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL?.includes(jalur));
      cetakJejak(peristiwa, nav?.ts ?? 0);
    }
    const f = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const r = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((x) => ({ nama: x.name.replace(location.origin, ''), mulai: x.startTime,
        kirim: x.requestStart, jawab: x.responseStart, akhir: x.responseEnd, byte: x.transferSize, jenis: x.initiatorType })
      );
      return { dok: { jawab: nav.responseStart, akhir: nav.responseEnd, dcl: nav.domContentLoadedEventEnd, muat: nav.loadEventEnd }, r,
        tampil: (window as { __tampil?: number }).__tampil ?? 0, cat: performance.getEntriesByType('paint').map((x) => `${x.name} ${x.startTime.toFixed(0)}`) };
    });
    const m = Object.fromEntries((await metrik.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
    cpu.push((m.ThreadTime ?? 0) * 1000);
    lintasan.push(`${m.RecalcStyleCount}/${m.LayoutCount}`);
    await page.close();
    if (i < Number(values.ulang) - 1) continue;
    const respons = Math.max(f.dok.muat, ...f.r.map((x) => x.akhir));
    console.log(
      `\n## ${jalur}: ${Math.max(respons, f.tampil).toFixed(0)} ms sampai isi terakhir tampil (respons terakhir ${respons.toFixed(0)}; dokumen ${f.dok.akhir.toFixed(0)}, DCL ${
        f.dok.dcl.toFixed(0)
      }, load ${f.dok.muat.toFixed(0)}; ${f.cat.join(', ')})`,
    );
    console.log(
      `  CPU utas utama per ulangan (ms): ${cpu.map((c) => c.toFixed(0)).join(', ')}${
        values.profil || values.jejak ? ' (yang terakhir diprofil)' : ''
      }; hitung ulang gaya/tata letak: ${lintasan.join(', ')}`,
    );
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
await (browser ?? k).close();
await app.close();
await db.close();
