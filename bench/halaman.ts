/**
 * `npm run bench:halaman`: what the web app's pages cost, figures not pass/fail.
 *   - the bundle: every file of apps/web/dist with its raw, gzip and brotli size, and what the
 *     first load (index.html, its script, its preloads and its CSS) weighs;
 *   - how the server sends it: Content-Encoding and Cache-Control of index.html and a hashed asset;
 *   - per page, logged in as admin BKD on the demo kabupaten (7,000 ASN unless --pegawai), or as the
 *     next account of --akun that may open it (`asn`, `atasan`: a demo employee's own account):
 *     full load in Chromium (median of --ulang runs, navigation start to the last of the load
 *     event, the last response and the frame that showed the page's last content (bench/tampil.ts),
 *     with the HTTP cache warm as on a second visit; `respons`: without that frame, this bench's
 *     figure before 5 December 2026), the first load of the login
 *     page with a cold cache, requests, bytes over the wire, API calls and database queries, and
 *     each API call with its server-side time; the load average before and after (a loaded
 *     machine stretches every figure);
 *   - per page, what does not depend on the machine's load: the request chain (`rantai`: how many
 *     round trips to the server follow one another before the page is complete, the longest run
 *     of network requests each started after the previous one ended, cached files not counted;
 *     its path is printed), the JS chunks the page loads (from the cache or not), the main
 *     thread's CPU time (CDP Performance.getMetrics: ThreadTime, the renderer's main thread on
 *     the CPU, which a busy machine does not stretch; and the wall-time sums ScriptDuration,
 *     TaskDuration, LayoutDuration, which it does) and the DOM nodes the page renders;
 *   - per page, opened from the menu of the app already running (as a user goes from page to page:
 *     the click to the last change on screen, the first time in that tab; `ukurMenu`). A full load
 *     pays for a new renderer and the app's start every time; this is what the pages after the
 *     first one of a visit cost.
 * Options: --pegawai 7000  --ulang 3  --halaman /e-pangkat,/pegawai (only those)  --akun admin.bkd,pimpinan,perencana,atasan,asn
 *   --data /tmp/folder: the demo kabupaten built once into that folder and reused (its key beside
 *   it, as bench/halaman-rinci.ts does), so that runs before and after a change compare the same data.
 *   --json /tmp/hasil.json: the per-page figures also written there (to compare two runs).
 *   --tanpa-sw: the accounts' pages with the app's service worker blocked (by default it serves
 *     them, as it does a user's: registered on the first load, it then answers every navigation and
 *     every asset), to see what it costs.
 *   --mesin postgres: the server on PostgreSQL (BENCH_DATABASE_URL, as `npm run bench`) instead of
 *     PGlite, as a production BKD runs it; with --data the database is kept (its name and key in
 *     that folder) and reused by the next run. PGlite runs every query on the server's one thread,
 *     so a page's three or four requests wait for each other there; PostgreSQL answers them at once.
 *   --profil-disk: each account's pages in a browser profile on disk, as a user's own browser keeps
 *     it, instead of an off-the-record context (the default). Neither reuses V8's compiled code for
 *     the app: Chromium keeps no code cache off the record, and on disk it produces one for a module
 *     script and never consumes it (bench/cache-kode.ts), so every load compiles again the
 *     functions it runs; a profile on disk reads its HTTP cache from disk instead of memory.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { bukaPglite, bukaPostgres, jalankanMigrasi, sql, type Db } from '@simasn/db';
import { bukaPostgresSementara } from '@simasn/db/uji';
import { buatDemo } from '@simasn/demo';
import { CincinKunci, KunciData, pasangKunciData } from '@simasn/platform';
import { buatAplikasi, FOLDER_WEB } from '../apps/server/src/aplikasi.ts';
import { bangunWeb } from '../apps/web/build.ts';
import { CATAT_TAMPIL } from './tampil.ts';

const { values } = parseArgs({
  options: { pegawai: { type: 'string', default: '7000' }, ulang: { type: 'string', default: '3' }, halaman: { type: 'string', default: '' },
    akun: { type: 'string', default: 'admin.bkd,pimpinan,perencana,atasan,asn' }, data: { type: 'string' }, json: { type: 'string' },
    'profil-disk': { type: 'boolean', default: false }, 'tanpa-sw': { type: 'boolean', default: false }, mesin: { type: 'string', default: 'pglite' } },
});
const bebanMesin = () => loadavg().map((x) => x.toFixed(2).replace('.', ',')).join(' ');
console.log(`beban mesin (load average 1, 5, 15 menit) di awal: ${bebanMesin()}`);
const JUMLAH = Number(values.pegawai);
const ULANG = Number(values.ulang);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

// ---- the bundle -----------------------------------------------------------------------------
await bangunWeb({ senyap: true });
function berkasDist(folder: string, awal = ''): string[] {
  return readdirSync(folder).flatMap((n) => statSync(join(folder, n)).isDirectory() ? berkasDist(join(folder, n), `${awal}${n}/`) : [`${awal}${n}`]);
}
const semua = berkasDist(FOLDER_WEB).filter((n) => !/\.(br|gz)$/.test(n));
const ukuran = new Map(semua.map((n) => {
  const isi = readFileSync(join(FOLDER_WEB, n));
  return [n, { mentah: isi.length, gzip: gzipSync(isi, { level: 9 }).length, brotli: brotliCompressSync(isi).length }] as const;
}));
const indeks = readFileSync(join(FOLDER_WEB, 'index.html'), 'utf8');
const awal = ['index.html', ...[...indeks.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!)];
const jumlahkan = (daftar: string[]) =>
  daftar.reduce((s, n) => {
    const u = ukuran.get(n)!;
    return { mentah: s.mentah + u.mentah, gzip: s.gzip + u.gzip, brotli: s.brotli + u.brotli };
  }, { mentah: 0, gzip: 0, brotli: 0 });
const total = jumlahkan(semua);
const muatAwal = jumlahkan(awal);
console.log(`\n## Bundle (${semua.length} berkas)`);
console.log(`seluruhnya: ${kb(total.mentah)} mentah, ${kb(total.gzip)} gzip, ${kb(total.brotli)} brotli`);
console.log(`muatan pertama (${awal.length} berkas: ${awal.join(', ')}): ${kb(muatAwal.mentah)} mentah, ${kb(muatAwal.gzip)} gzip, ${kb(muatAwal.brotli)} brotli`);
for (const [n, u] of [...ukuran].sort((a, b) => b[1].mentah - a[1].mentah).slice(0, 8)) {
  console.log(`  ${n.padEnd(40)} ${kb(u.mentah).padStart(10)} ${kb(u.gzip).padStart(10)} gzip ${kb(u.brotli).padStart(10)} br`);
}

// Personal data is encrypted at rest: the bench runs with a key of its own, kept beside --data.
const folderData = values.data;
if (values.mesin !== 'pglite' && values.mesin !== 'postgres') throw new Error('--mesin: pglite atau postgres');
const pg = values.mesin === 'postgres';
if (pg && !process.env.BENCH_DATABASE_URL) throw new Error('--mesin postgres memerlukan BENCH_DATABASE_URL (server PostgreSQL 15+)');
// The kept PostgreSQL database's name, beside its key in the data folder.
const berkasNamaPg = folderData ? join(folderData, 'nama-pg') : undefined;
const berkasKunci = folderData ? join(folderData, pg ? 'kunci-bench-pg' : 'kunci-bench') : undefined;
const dataBaru = !folderData || !existsSync(pg ? berkasNamaPg! : join(folderData, 'pgdata'));
const kunciBench = berkasKunci && !dataBaru && existsSync(berkasKunci) ? readFileSync(berkasKunci, 'utf8').trim() : KunciData.acak().base64;
pasangKunciData(new CincinKunci(KunciData.dariBase64(kunciBench)));

// ---- the server, with a database that counts its queries ------------------------------------
let kueri = 0;
function hitungKueri(db: Db): Db {
  const hitung = <A extends unknown[], R>(f: (...a: A) => R) => (...a: A): R => {
    kueri++;
    return f(...a);
  };
  return { ...db, mesin: db.mesin, dalamTransaksi: db.dalamTransaksi, many: hitung(db.many.bind(db)), one: hitung(db.one.bind(db)), maybeOne: hitung(db.maybeOne.bind(db)),
    run: hitung(db.run.bind(db)), transaction: (fn) => db.transaction((tx) => fn(hitungKueri(tx))) } as Db;
}
async function bukaDb(): Promise<Db> {
  if (!pg) return bukaPglite(folderData);
  if (!dataBaru) {
    const u = new URL(process.env.BENCH_DATABASE_URL!);
    u.pathname = `/${readFileSync(berkasNamaPg!, 'utf8').trim()}`;
    return bukaPostgres(u.toString());
  }
  return bukaPostgresSementara(process.env.BENCH_DATABASE_URL!, 'simasn_halaman', { simpan: !!folderData });
}
const dbAsli = await bukaDb();
await jalankanMigrasi(dbAsli);
const t0 = performance.now();
if (dataBaru) {
  await buatDemo(dbAsli, { jumlahPegawai: JUMLAH });
  if (pg) await dbAsli.exec('analyze');
  if (berkasKunci) writeFileSync(berkasKunci, kunciBench);
  if (pg && berkasNamaPg) writeFileSync(berkasNamaPg, (dbAsli as Db & { nama: string }).nama);
  console.log(`\ndata demo (${values.mesin}): ${JUMLAH.toLocaleString('id-ID')} ASN dalam ${((performance.now() - t0) / 1000).toFixed(1)} s`);
} else {
  const n = await dbAsli.one<{ n: number }>(sql`select count(*)::int as n from pegawai`);
  console.log(`\ndata demo (${values.mesin}) dari ${folderData}: ${n.n.toLocaleString('id-ID')} ASN`);
}
const db = hitungKueri(dbAsli);
const app = await buatAplikasi({ db, web: true });
const msApi: number[] = [];
let apiHalaman: { url: string, ms: number }[] = [];
app.addHook('onResponse', async (req, reply) => {
  if (!req.url.startsWith('/api/')) return;
  msApi.push(reply.elapsedTime);
  apiHalaman.push({ url: req.url, ms: reply.elapsedTime });
});
await app.listen({ port: 0, host: '127.0.0.1' });
const alamat = app.server.address() as { port: number };
const URL_DASAR = `http://127.0.0.1:${alamat.port}`;

console.log('\n## Pengiriman');
const aset = awal.find((n) => n.endsWith('.js'))!;
for (const jalur of ['/', `/${aset}`]) {
  for (const enc of ['br, gzip', 'gzip', 'identity']) {
    const r = await fetch(`${URL_DASAR}${jalur}`, { headers: { 'accept-encoding': enc } });
    // fetch decodes the body: the bytes on the wire are the Content-Length.
    const isi = await r.arrayBuffer();
    const lewat = Number(r.headers.get('content-length') ?? isi.byteLength);
    console.log(
      `${jalur.padEnd(34)} accept-encoding ${enc.padEnd(9)} -> ${String(r.headers.get('content-encoding') ?? '-').padEnd(8)} ${kb(lewat).padStart(9)}`
        + `  cache-control: ${r.headers.get('cache-control')}`,
    );
  }
}

// ---- the pages ------------------------------------------------------------------------------
const sumber = readFileSync(new URL('../apps/web/src/daftar-halaman.tsx', import.meta.url), 'utf8');
const contoh: Record<string, string | undefined> = { ':nip': (await dbAsli.maybeOne<{ nip: string }>(sql`select nip from pegawai order by id limit 1`))?.nip, ':id': undefined };
const idPk = (await dbAsli.maybeOne<{ id: number }>(sql`select id from perjanjian_kinerja order by id limit 1`))?.id;
const idLayanan = (await dbAsli.maybeOne<{ id: number }>(sql`select id from usulan_layanan order by id limit 1`))?.id;
// --halaman names pages by their pattern (`/pegawai/:nip`) or their path.
const dipilih = (...j: string[]) => !values.halaman || values.halaman.split(',').some((h) => j.includes(h));
const jalurHalaman = [...sumber.matchAll(/jalur: '([^']+)'/g)].map((m) => m[1]!).flatMap((j) => {
  if (j === '/masuk' || j.startsWith('/survei/')) return [];
  if (j === '/sakip/pk/:id') return idPk ? [[j, `/sakip/pk/${idPk}`]] : [];
  if (j === '/layanan/usulan/:id') return idLayanan ? [[j, `/layanan/usulan/${idLayanan}`]] : [];
  if (j.includes(':id')) return [];
  return [[j, j.replace(':nip', contoh[':nip'] ?? '')]];
}).filter(([pola, j]) => dipilih(pola!, j!)).map(([, j]) => j!);

const opsiPeramban = { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--disable-quic'] };
const browser = await chromium.launch(opsiPeramban);

interface Ukuran {
  /** Full load: navigation start to the last of the load event, the last response and the frame that showed the page's last change. */
  ms: number;
  /** The figure this bench printed before 5 December 2026: the load event or the last response, whichever came later (the render after the last answer not counted). */
  respons: number;
  apiTerlambat?: string;
  permintaan: number;
  api: number;
  byte: number;
  kueri: number;
  /** Every API call of the load with its server-side time. */
  rincianApi: string;
  tidakBerwenang: boolean;
  /** Round trips to the server one after another (the longest run of network requests, each started after the previous ended). */
  rantai: number;
  /** That run: `dokumen > sesi > /api/…` with each one's end (ms after navigation start). */
  jalurRantai: string;
  /** JS files the page loaded (entry and chunks, from the HTTP cache or not). */
  js: number;
  /** Main-thread figures of CDP Performance.getMetrics, ms: CPU time, and the wall-time sums of script, tasks and layout. */
  cpu: number;
  skrip: number;
  tugas: number;
  tata: number;
  /** Wall-time sum of style recalculation on the main thread (CDP RecalcStyleDuration), ms. */
  gaya: number;
  /** DOM nodes when the load is complete (what React rendered). */
  simpul: number;
}

type Metrik = Record<string, number>;
async function metrik(cdp: import('playwright-core').CDPSession): Promise<Metrik> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/**
 * Waits until a page is complete: nothing in flight, a heading shown and no "Memuat…" (a page still
 * waiting for its data), 500 ms in a row. (`networkidle` alone came too early on a busy machine: the
 * page rendered more than 500 ms after the session and only then asked for its data.) Counts the
 * page's requests from when it is made.
 */
function penantiSelesai(page: Page): () => Promise<void> {
  let terbang = 0;
  page.on('request', () => terbang++);
  page.on('requestfinished', () => terbang--);
  page.on('requestfailed', () => terbang--);
  return async () => {
    const batas = Date.now() + 30_000;
    for (let tenang = 0; tenang < 5 && Date.now() < batas;) {
      await new Promise((r) => setTimeout(r, 100));
      const siap = terbang <= 0 && await page.evaluate(() => !!document.querySelector('h1') && !document.querySelector('.memuat'));
      tenang = siap ? tenang + 1 : 0;
    }
  };
}

async function ukurBuka(k: BrowserContext, jalur: string): Promise<Ukuran & { akhir: string }> {
  const page = await k.newPage();
  const cdp = await k.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  kueri = 0;
  apiHalaman = [];
  const selesai = penantiSelesai(page);
  await page.goto(`${URL_DASAR}${jalur}`, { waitUntil: 'load' });
  await selesai();
  const kueriHalaman = kueri;
  // The counters run from the page's own renderer (a new one per page here: the page started on about:blank in another).
  const m = await metrik(cdp);
  const f = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const sumberDaya = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const respons = Math.max(nav.loadEventEnd, ...sumberDaya.map((r) => r.responseEnd));
    const akhir = Math.max(respons, (window as { __tampil?: number }).__tampil ?? 0);
    // The chain: each network request (a cached file costs no round trip) after the latest-ending one that ended before it started.
    const lewat = [
      { nama: 'dokumen', mulai: 0, akhir: nav.responseEnd },
      ...sumberDaya.filter((r) => r.transferSize > 0 || r.name.includes('/api/')).map((r) => ({
        nama: new URL(r.name).pathname.replace(/^\/assets\//, '').replace(/^\/api\/auth\/sesi$/, 'sesi'),
        mulai: r.startTime,
        akhir: r.responseEnd,
      })),
    ].sort((x, y) => x.mulai - y.mulai);
    const dalam = lewat.map(() => ({ n: 1, dari: -1 }));
    lewat.forEach((r, i) => {
      lewat.forEach((q, j) => {
        if (j !== i && q.akhir <= r.mulai && dalam[j]!.n + 1 > dalam[i]!.n) dalam[i] = { n: dalam[j]!.n + 1, dari: j };
      });
    });
    let ujung = dalam.reduce((b, d, i) => (d.n > dalam[b]!.n ? i : b), 0);
    const jalurRantai: string[] = [];
    for (; ujung >= 0; ujung = dalam[ujung]!.dari) jalurRantai.unshift(`${lewat[ujung]!.nama.split('?')[0]} ${lewat[ujung]!.akhir.toFixed(0)}`);
    return { ms: akhir - nav.startTime, respons: respons - nav.startTime, permintaan: 1 + sumberDaya.length, api: sumberDaya.filter((r) => r.name.includes('/api/')).length,
      byte: nav.transferSize + sumberDaya.reduce((s, r) => s + r.transferSize, 0), akhir: location.pathname,
      tidakBerwenang: document.querySelector('h1')?.textContent === 'Tidak berwenang', rantai: jalurRantai.length, jalurRantai: jalurRantai.join(' > '),
      js: sumberDaya.filter((r) => /\.js$/.test(new URL(r.name).pathname)).length, simpul: document.getElementsByTagName('*').length };
  });
  await page.close();
  const rincianApi = apiHalaman.map((a) => `${a.url.split('?')[0]} ${a.ms.toFixed(0)}`).join(', ');
  const lambat = apiHalaman.sort((a, b) => b.ms - a.ms)[0];
  const ms = (n: string) => (m[n] ?? 0) * 1000;
  return { ...f, kueri: kueriHalaman, rincianApi, apiTerlambat: lambat ? `${lambat.url.split('?')[0]} ${lambat.ms.toFixed(0)} ms` : '', cpu: ms('ThreadTime'),
    skrip: ms('ScriptDuration'), tugas: ms('TaskDuration'), tata: ms('LayoutDuration'), gaya: ms('RecalcStyleDuration') };
}

// The first load a new user pays: the login page with an empty cache.
const dingin: Ukuran[] = [];
for (let i = 0; i < ULANG; i++) {
  const k = await browser.newContext();
  await k.addInitScript(CATAT_TAMPIL);
  dingin.push(await ukurBuka(k, '/masuk'));
  await k.close();
}
console.log(
  `\n## Muatan pertama (/masuk, cache kosong, median ${ULANG}x): ${median(dingin.map((d) => d.ms)).toFixed(0)} ms, `
    + `${dingin[0]!.permintaan} permintaan, ${kb(dingin[0]!.byte)} lewat jaringan`,
);

const konteksAkun: { akun: string, k: BrowserContext }[] = [];
// `asn`, `atasan`: a demo employee's own account (NIP), one without and one with staff under them.
// Read from the database (the first of each by id), so that a reused --data folder names the same ones.
const akunNip = await dbAsli.many<{ nama: string, atasan: boolean }>(sql`select a.nama_pengguna as nama, bool_or(p.peran = 'atasan') as atasan
  from akun a join akun_peran p on p.instansi_id = a.instansi_id and p.akun_id = a.id where a.nama_pengguna ~ '^[0-9]{18}$' group by a.id, a.nama_pengguna order by a.id`);
const nipDemo = (atasan: boolean) => akunNip.find((a) => a.atasan === atasan)?.nama;
const PROFIL_DISK = values['profil-disk'];
for (const akun of values.akun.split(',').map((a) => (a === 'asn' ? nipDemo(false) : a === 'atasan' ? nipDemo(true) : a)).filter((a) => a !== undefined)) {
  const opsiKonteks = { serviceWorkers: values['tanpa-sw'] ? 'block' as const : 'allow' as const };
  const k = PROFIL_DISK
    ? await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'simasn-profil-')), { ...opsiPeramban, ...opsiKonteks })
    : await browser.newContext(opsiKonteks);
  const p = await k.newPage();
  await p.goto(`${URL_DASAR}/masuk`);
  await p.getByLabel('NIP atau nama pengguna').fill(akun);
  await p.getByLabel('Kata sandi').fill('demo12345');
  await p.getByRole('button', { name: 'Masuk' }).click();
  await p.waitForURL((u) => !u.pathname.startsWith('/masuk'));
  await p.close();
  await k.addInitScript(CATAT_TAMPIL);
  konteksAkun.push({ akun, k });
}

console.log(
  `\n## Per halaman (admin BKD, ${JUMLAH.toLocaleString('id-ID')} ASN, ${pg ? 'PostgreSQL' : 'PGlite'}, cache hangat, median ${ULANG}x; ${
    PROFIL_DISK ? 'profil peramban di disk, seperti peramban pengguna' : 'jendela pribadi'
  })`,
);
console.log('muat penuh: sampai tampilan terakhir berubah (termasuk menggambar data yang sudah tiba); respons: sampai respons terakhir atau peristiwa load saja');
console.log('rantai: permintaan ke server berturut-turut (dokumen > ... > data terakhir); JS: berkas skrip dimuat; CPU: waktu CPU utas utama (tak');
console.log('bergantung beban mesin); skrip/tugas/tata letak/gaya: jumlah waktu dinding utas utama (membesar bila mesin sibuk); simpul: elemen DOM');
console.log(
  `${'halaman'.padEnd(32)} ${'muat penuh'.padStart(10)} ${'respons'.padStart(8)} ${'rantai'.padStart(6)} ${'JS'.padStart(3)} ${'CPU'.padStart(7)} ${'skrip'.padStart(7)} ${
    'tugas'.padStart(7)
  } `
    + `${'tata'.padStart(6)} ${'gaya'.padStart(6)} ${'simpul'.padStart(6)} ${'perm.'.padStart(5)} ${'API'.padStart(3)} ${'jaringan'.padStart(9)} ${
      'kueri'.padStart(5)
    }  API terlambat`,
);
const hasil: ({ jalur: string, akun: string } & Ukuran)[] = [];
for (const jalur of jalurHalaman) {
  // warm-up: the page's chunk into the cache, the queries' plans; and the first account that may open it
  let pilihan = konteksAkun[0]!;
  for (const ka of konteksAkun) {
    pilihan = ka;
    if (!(await ukurBuka(ka.k, jalur)).tidakBerwenang) break;
  }
  const { k, akun } = pilihan;
  const ukur: (Ukuran & { akhir: string })[] = [];
  for (let i = 0; i < ULANG; i++) ukur.push(await ukurBuka(k, jalur));
  const m = median(ukur.map((u) => u.ms));
  const u = ukur.find((x) => x.ms === m)!;
  // Each figure its own median over the runs (the chain and the counts barely move between runs).
  const med = (f: (x: Ukuran) => number) => median(ukur.map(f));
  const baris = { ...u, jalur, akun, respons: med((x) => x.respons), rantai: med((x) => x.rantai), js: med((x) => x.js), cpu: med((x) => x.cpu), skrip: med((x) => x.skrip),
    tugas: med((x) => x.tugas), tata: med((x) => x.tata), gaya: med((x) => x.gaya), simpul: med((x) => x.simpul) };
  const catatan = (u.akhir === jalur ? '' : `  (dialihkan ke ${u.akhir})`) +
    (u.tidakBerwenang ? '  (tidak berwenang: tidak dihitung)' : akun === konteksAkun[0]!.akun ? '' : `  (sebagai ${akun})`);
  if (!u.tidakBerwenang) hasil.push(baris);
  const n = (x: number, w: number) => x.toFixed(0).padStart(w);
  console.log(
    `${jalur.padEnd(32)} ${`${m.toFixed(0)} ms`.padStart(10)} ${n(baris.respons, 5)} ms ${n(baris.rantai, 6)} ${n(baris.js, 3)} ${n(baris.cpu, 4)} ms ${n(baris.skrip, 7)} ${
      n(baris.tugas, 7)
    } `
      + `${n(baris.tata, 6)} ${n(baris.gaya, 6)} ${n(baris.simpul, 6)} ${n(u.permintaan, 5)} ${n(u.api, 3)} ${kb(u.byte).padStart(9)} ${
        n(u.kueri, 5)
      }  ${u.apiTerlambat}${catatan}`,
  );
  console.log(`${''.padEnd(33)}API (ms di server): ${u.rincianApi}`);
  console.log(`${''.padEnd(33)}rantai (selesai, ms): ${u.jalurRantai}`);
}
const semuaMs = hasil.map((h) => h.ms);
console.log(
  `\nmedian seluruh halaman: ${median(semuaMs).toFixed(0)} ms; tercepat ${Math.min(...semuaMs).toFixed(0)} ms; terlambat ${Math.max(...semuaMs).toFixed(0)} ms `
    + `(${hasil.find((h) => h.ms === Math.max(...semuaMs))!.jalur}); waktu API p50 ${median(msApi).toFixed(1)} ms`,
);
const semuaRespons = hasil.map((h) => h.respons);
console.log(
  `sampai respons terakhir saja (angka bench ini sebelum 5 Desember 2026): median ${median(semuaRespons).toFixed(0)} ms, di bawah 300 ms: ${
    semuaRespons.filter((x) => x < 300).length
  } dari ${hasil.length}`,
);
const cepat = hasil.filter((h) => h.ms < 300);
console.log(`di bawah 300 ms: ${cepat.length} dari ${hasil.length} halaman${cepat.length ? ` (${cepat.map((h) => h.jalur).join(', ')})` : ''}`);
const medCpu = median(hasil.map((h) => h.cpu));
console.log(
  `CPU utas utama per halaman: median ${medCpu.toFixed(0)} ms, terbanyak ${Math.max(...hasil.map((h) => h.cpu)).toFixed(0)} ms; rantai median ${
    median(hasil.map((h) => h.rantai))
  }, terpanjang ${Math.max(...hasil.map((h) => h.rantai))}`,
);

// ---- from the menu: a page opened inside the app, as a user goes from page to page ------------
/**
 * The same pages opened from the app already running (the menu link clicked, or the router sent
 * there for a page the menu does not list), each the first time in that tab: its chunk from the
 * cache, its data asked for, rendered. From the click to the last change on screen, with the same
 * end as a full load (`penantiSelesai`). Each pass a new
 * tab per account that goes through its pages once (the query cache starts empty); median of the passes.
 */
async function ukurMenu(k: BrowserContext, daftar: string[]): Promise<Map<string, number>> {
  const page = await k.newPage();
  const tenang = penantiSelesai(page);
  const hasilMenu = new Map<string, number>();
  await page.goto(`${URL_DASAR}/ganti-sandi`, { waitUntil: 'load' });
  await tenang();
  for (const jalur of daftar) {
    if (jalur === '/ganti-sandi') continue;
    const mulai = await page.evaluate((j) => {
      const w = window as { __tampil?: number };
      w.__tampil = 0;
      const t = performance.now();
      const a = document.querySelector<HTMLAnchorElement>(`.navigasi a[href="${j}"]`);
      if (a) a.click();
      else {
        history.pushState(null, '', j);
        dispatchEvent(new PopStateEvent('popstate'));
      }
      return t;
    }, jalur);
    await tenang();
    const tampil = await page.evaluate(() => (window as { __tampil?: number }).__tampil ?? 0);
    if (tampil > mulai) hasilMenu.set(jalur, tampil - mulai);
  }
  await page.close();
  return hasilMenu;
}
const perAkun = new Map<string, string[]>();
for (const h of hasil) perAkun.set(h.akun, [...(perAkun.get(h.akun) ?? []), h.jalur]);
const lintasMenu: Map<string, number>[] = [];
for (let i = 0; i < ULANG; i++) {
  const m = new Map<string, number>();
  for (const { akun, k } of konteksAkun) for (const [j, ms] of await ukurMenu(k, perAkun.get(akun) ?? [])) m.set(j, ms);
  lintasMenu.push(m);
}
const menu = hasil.map((h) => ({ jalur: h.jalur, ms: median(lintasMenu.map((m) => m.get(h.jalur)).filter((x) => x !== undefined)) })).filter((x) => x.ms !== undefined);
console.log(`\n## Dari menu (halaman dibuka di dalam aplikasi yang sudah berjalan, pertama kali di tab itu; median ${ULANG}x)`);
const urutMenu = [...menu].sort((a, b) => b.ms - a.ms);
for (let i = 0; i < urutMenu.length; i += 3) {
  console.log(urutMenu.slice(i, i + 3).map((x) => `${x.jalur.slice(0, 28).padEnd(28)} ${x.ms.toFixed(0).padStart(4)} ms`).join('   '));
}
const semuaMenu = menu.map((x) => x.ms);
console.log(
  `dari menu: median ${median(semuaMenu).toFixed(0)} ms; terlambat ${Math.max(...semuaMenu).toFixed(0)} ms (${urutMenu[0]?.jalur}); di bawah 300 ms: ${
    semuaMenu.filter((x) => x < 300).length
  } dari ${menu.length}`,
);
console.log(`beban mesin di akhir: ${bebanMesin()}`);
if (values.json) {
  writeFileSync(values.json, JSON.stringify({ beban: bebanMesin(), pegawai: JUMLAH, ulang: ULANG, profilDisk: PROFIL_DISK, dingin: median(dingin.map((d) =>
    d.ms
  )), halaman: hasil, menu }, null, 1));
}

for (const { k } of konteksAkun) await k.close();
await browser.close();
await app.close();
await dbAsli.close();
