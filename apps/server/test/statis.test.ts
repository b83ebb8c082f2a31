import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pasangPenanganGalat } from '../src/galat.ts';
import { periodeKpBerikutnya } from '@simasn/domain';
import { buatShellWeb, CACHE_ASET, pasangWebStatis } from '../src/statis.ts';

/**
 * The web app as the server sends it, on a small build of its own: hashed assets cached for a year
 * and compressed ahead, the shell revalidated, and the shell of a page opened with a session
 * naming that page's chunks so the browser fetches them beside the entry script.
 */
const INDEKS = `<!doctype html><html><head>
    <script type="module" crossorigin src="/assets/index-AAAA.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/bersama-BBBB.js">
  </head><body><div id="akar"></div></body></html>`;
let folder: string;
let ditanyaDaftar = 0;
let idPertama = 7;
let app: FastifyInstance;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'simasn-statis-'));
  mkdirSync(join(folder, 'assets'));
  writeFileSync(join(folder, 'index.html'), INDEKS);
  for (const n of ['index-AAAA.js', 'bersama-BBBB.js', 'Profil-CCCC.js', 'Tabel-DDDD.js', 'Beranda-EEEE.js']) writeFileSync(join(folder, 'assets', n), `export const n = '${n}';`);
  writeFileSync(join(folder, 'assets', 'index-AAAA.js.br'), 'br');
  writeFileSync(join(folder, 'pramuat-halaman.json'), JSON.stringify([
    { jalur: '/', js: ['/assets/Beranda-EEEE.js'], css: [], api: ['/api/notifikasi?limit=20'], data: ['/api/dasbor/statistik', '/api/unit'] },
    { jalur: '/pegawai/:nip', js: ['/assets/Profil-CCCC.js', '/assets/Tabel-DDDD.js', '/assets/bersama-BBBB.js'], css: ['/assets/survei-FFFF.css'],
      api: ['/api/notifikasi?limit=20&x=1'] },
    { jalur: '/usulan/:id/:bagian', js: [], css: [], api: [], data: ['/api/usulan/{:id}', '/api/usulan/{:id}/{:bagian}?tahun={tahun}', '/api/tetap'] },
    { jalur: '/survei/:token', js: ['/assets/Survei-GGGG.js'], css: [], api: [] },
    { jalur: '/rekap', js: [], css: [], api: [], data: ['/api/rekap?tahun={tahun}&bulan={bulan}&tanggal={tanggal}&page=1', '/api/unit'] },
    { jalur: '/kp', js: [], css: [], api: [], data: ['/api/kp?periode={periodeKp}&tahun={tahun}'] },
    { jalur: '/jawab', js: [], css: [], api: [], data: [
      '/api/daftar',
      '/api/daftar/{/api/daftar#0.id}',
      '/api/x?a={/api/sesi#pengguna.nip}&b={/api/daftar#0.id}',
      '/api/y/{/api/aneh#0}',
      '/api/z/{/api/lambat#id}',
      '/api/w/{/api/daftar#0.tidakAda}',
      '/api/ya/{/api/daftar#0.id?0.id}',
      '/api/tidak/{/api/daftar#0.id?1.kosong}',
    ] },
    { jalur: '/jahat', js: ['"><script>alert(1)</script>'], css: [], api: ['/api/x"><script>alert(1)</script>'], data: ['/api/y"><script>alert(2)</script>'] },
  ]));
  app = Fastify({ logger: false });
  // (A second for an answer, not the app's quarter: a loaded CI machine must not leave out the quick ones.)
  pasangPenanganGalat(app, { shellWeb: buatShellWeb(folder, { batasTanyaMs: 1_000 }) });
  await pasangWebStatis(app, folder);
  app.get('/api/ada', async () => ({ ok: true }));
  app.get('/api/daftar', async () => {
    ditanyaDaftar++;
    return [{ id: idPertama }, { id: 99, kosong: 0 }];
  });
  app.get('/api/sesi', async (req, reply) => (req.headers.cookie?.includes('simasn_sesi=1.abc') ? { pengguna: { nip: '199001012015031001' } } : reply.status(401).send({})));
  app.get('/api/aneh', async () => ['"><script>alert(3)</script>']);
  app.get('/api/lambat', async () => {
    await new Promise((r) => setTimeout(r, 4_000));
    return { id: 5 };
  });
});
afterAll(async () => {
  await app.close();
  rmSync(folder, { recursive: true, force: true });
});

const SESI = { cookie: 'lain=1; simasn_sesi=1.abc' };
const pramuat = (html: string) => [...html.matchAll(/<link rel="(modulepreload|stylesheet)" crossorigin href="([^"]+)">/g)].map((m) => `${m[1]} ${m[2]}`);
const pramuatApi = (html: string) => [...html.matchAll(/<link rel="preload" href="(\/api\/[^"]+)" as="fetch" crossorigin="anonymous"( data-awal)?>/g)].map((m) => m[1]);
/** The page's own first data only (marked for the app's query cache), not the bell's. */
const dataAwal = (html: string) => [...html.matchAll(/<link rel="preload" href="(\/api\/[^"]+)" as="fetch" crossorigin="anonymous" data-awal>/g)].map((m) => m[1]);

describe('the web app from the server', () => {
  it("names a page's own chunks in the shell when a session opens it directly", async () => {
    const r = await app.inject({ url: '/pegawai/199001012015031001?tab=pangkat', headers: SESI });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/html');
    // Made for the caller: no shared cache keeps it. Without a session, the same shell for everyone.
    expect(r.headers['cache-control']).toBe('private, no-cache');
    expect((await app.inject({ url: '/pegawai/199001012015031001' })).headers['cache-control']).toBe('no-cache');
    // The chunk the entry already preloads is not named twice.
    expect(pramuat(r.body)).toEqual([
      'modulepreload /assets/bersama-BBBB.js',
      'modulepreload /assets/Profil-CCCC.js',
      'modulepreload /assets/Tabel-DDDD.js',
      'stylesheet /assets/survei-FFFF.css',
    ]);
    expect(pramuat((await app.inject({ url: '/', headers: SESI })).body)).toContain('modulepreload /assets/Beranda-EEEE.js');
  });

  it("names the page's first data before the bell's, only for an address without a query string", async () => {
    expect(pramuatApi((await app.inject({ url: '/', headers: SESI })).body)).toEqual(['/api/dasbor/statistik', '/api/unit', '/api/notifikasi?limit=20']);
    // The page's own data is marked for the app's query cache; the bell's request is not the page's.
    expect(dataAwal((await app.inject({ url: '/', headers: SESI })).body)).toEqual(['/api/dasbor/statistik', '/api/unit']);
    expect(pramuatApi((await app.inject({ url: '/?', headers: SESI })).body)).toEqual(['/api/dasbor/statistik', '/api/unit', '/api/notifikasi?limit=20']);
    // Filters or a page number in the address: the page asks for other data; the bell's stays. The shell of one does not leak into the other's.
    expect(pramuatApi((await app.inject({ url: '/?unit=3', headers: SESI })).body)).toEqual(['/api/notifikasi?limit=20']);
    expect(pramuatApi((await app.inject({ url: '/', headers: SESI })).body)).toHaveLength(3);
    expect(pramuatApi((await app.inject({ url: '/', headers: {} })).body)).toEqual([]);
    expect((await app.inject({ url: '/jahat', headers: SESI })).body).not.toContain('alert(2)');
  });

  it("names the frame's first API request (the bell) in the shell of a page in the frame opened with a session", async () => {
    expect(pramuatApi((await app.inject({ url: '/?unit=1', headers: SESI })).body)).toEqual(['/api/notifikasi?limit=20']);
    expect(pramuatApi((await app.inject({ url: '/pegawai/1990', headers: SESI })).body)).toEqual(['/api/notifikasi?limit=20&amp;x=1']);
    // Not without a session (it would answer 401), not outside the frame, never a name that is not a plain API address.
    for (const [url, headers] of [['/', {}], ['/survei/abc', SESI], ['/jahat', SESI], ['/tidak-ada', SESI]] as const) {
      expect([url, pramuatApi((await app.inject({ url, headers })).body)]).toEqual([url, []]);
    }
    expect((await app.inject({ url: '/jahat', headers: SESI })).body).not.toContain('alert(1)');
  });

  it("fills the day a page's first data names with the instansi's local day, a new day with new addresses", async () => {
    // The server's app has no day source here: the day-dependent address is left out, the rest stays.
    expect(pramuatApi((await app.inject({ url: '/rekap', headers: SESI })).body)).toEqual(['/api/unit']);
    let hari = '2026-12-31';
    let dibaca = 0;
    const shell = buatShellWeb(folder, { hariIni: () => {
      dibaca++;
      return hari;
    } });
    expect(pramuatApi(await shell('/rekap', true))).toEqual(['/api/rekap?tahun=2026&amp;bulan=2026-12&amp;tanggal=2026-12-31&amp;page=1', '/api/unit']);
    hari = '2027-01-01';
    expect(pramuatApi(await shell('/rekap', true))).toEqual(['/api/rekap?tahun=2027&amp;bulan=2027-01&amp;tanggal=2027-01-01&amp;page=1', '/api/unit']);
    // With a query string the page asks for its own data: no day is needed, none is read. Nor for a page without such an address.
    const sebelum = dibaca;
    expect(pramuatApi(await shell('/rekap?bulan=2026-11', true))).toEqual([]);
    expect(pramuatApi(await shell('/', true))).toEqual(['/api/dasbor/statistik', '/api/unit', '/api/notifikasi?limit=20']);
    expect(dibaca).toBe(sebelum);
    // What the page computes from the day alone: the next KP period by the domain's rule (E-Pangkat's periodeDari), that day itself when it is one.
    for (hari of ['2027-01-01', '2027-01-02', '2027-03-31']) {
      expect(pramuatApi(await shell('/kp', true))).toEqual([`/api/kp?periode=${periodeKpBerikutnya(hari)}&amp;tahun=2027`]);
    }
    expect(new Set(['2027-01-02', '2027-03-31'].map((h) => periodeKpBerikutnya(h))).size).toBe(2);
  });

  it("fills the address's own parameters, only plain values, one shell per record", async () => {
    const shell = buatShellWeb(folder, { hariIni: () => '2026-12-05' });
    expect(pramuatApi(await shell('/usulan/12/riwayat', true))).toEqual(['/api/usulan/12', '/api/usulan/12/riwayat?tahun=2026', '/api/tetap']);
    expect(pramuatApi(await shell('/usulan/13/dokumen', true))).toEqual(['/api/usulan/13', '/api/usulan/13/dokumen?tahun=2026', '/api/tetap']);
    // A value that is not plain (here a space and a quote, decoded from the address) leaves its addresses out, never into the HTML.
    const aneh = await shell('/usulan/1%20%22x/riwayat', true);
    expect(pramuatApi(aneh)).toEqual(['/api/tetap']);
    expect(aneh).not.toContain('"x');
    expect(pramuatApi(await shell('/usulan/12/riwayat?tab=2', true))).toEqual([]);
  });

  it('fills a value from another answer as the caller, once per address, leaving out what it cannot fill; never kept', async () => {
    const sebelum = ditanyaDaftar;
    const t0 = performance.now();
    const html = (await app.inject({ url: '/jawab', headers: SESI })).body;
    // Not a plain value (into the HTML never), no such field, no answer within the limit: left out.
    // With a condition (`?path`): only when the answer holds something there.
    expect(pramuatApi(html)).toEqual(['/api/daftar', '/api/daftar/7', '/api/x?a=199001012015031001&amp;b=7', '/api/ya/7']);
    expect(html).not.toContain('alert(3)');
    expect(performance.now() - t0).toBeLessThan(3_000);
    expect(ditanyaDaftar - sebelum).toBe(1);
    // Another caller, another answer: the shell is made each time.
    idPertama = 8;
    expect(pramuatApi((await app.inject({ url: '/jawab', headers: SESI })).body)).toContain('/api/daftar/8');
    // Refused for this caller (the session is not one): that address is left out, the others stay.
    expect(pramuatApi((await app.inject({ url: '/jawab', headers: { cookie: 'simasn_sesi=2.lain' } })).body)).toEqual(['/api/daftar', '/api/daftar/8', '/api/ya/8']);
    // Without a session nothing is asked.
    const lagi = ditanyaDaftar;
    expect(pramuatApi((await app.inject({ url: '/jawab' })).body)).toEqual([]);
    expect(ditanyaDaftar).toBe(lagi);
    // With a query string the page asks for its own data: nothing is asked either.
    expect(pramuatApi((await app.inject({ url: '/jawab?x=1', headers: SESI })).body)).toEqual([]);
    expect(ditanyaDaftar).toBe(lagi);
  });

  it('sends the plain shell without a session, for unknown routes and for names that are not assets', async () => {
    for (const [url, headers] of [['/pegawai/1990', {}], ['/', {}], ['/tidak-ada', SESI], ['/pegawai/1990/lebih', SESI], ['/jahat', SESI]] as const) {
      const r = await app.inject({ url, headers });
      expect([url, r.statusCode, pramuat(r.body)]).toEqual([url, 200, ['modulepreload /assets/bersama-BBBB.js']]);
    }
  });

  it('caches hashed assets for a year, sends them precompressed, and leaves the API alone', async () => {
    const a = await app.inject({ url: '/assets/index-AAAA.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect([a.statusCode, a.headers['cache-control'], a.headers['content-encoding'], a.body]).toEqual([200, CACHE_ASET, 'br', 'br']);
    expect((await app.inject({ url: '/api/tidak-ada', headers: SESI })).json()).toMatchObject({ kode: 'tidak_ditemukan' });
  });
});
