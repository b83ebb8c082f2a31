import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import axeCore, { type AxeResults, type ContextObject, type RunOptions } from 'axe-core';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { bukaPglite, dumpPglite, jalankanMigrasi, type Db } from '@simasn/db';
import { formatNip } from '@simasn/domain';
import { simpanAtomik } from '@simasn/db/uji';
import { buatDemo } from '@simasn/demo';
import { buatAplikasi, FOLDER_WEB } from '../apps/server/src/aplikasi.ts';

/**
 * One running SIMASN per test file: an in-memory PGlite with the demo kabupaten, the real
 * server (API and the built web app) on a free port, and a headless Chromium.
 */
export const SANDI_DEMO = 'demo12345';

export interface AkunDemo {
  namaPengguna: string;
  peran: string[];
  keterangan: string;
}

export interface Lingkungan {
  url: string;
  db: Db;
  app: FastifyInstance;
  browser: Browser;
  akun: AkunDemo[];
  /**
   * The server's clock (buatAplikasi `sekarang`): a test that needs "today" or "this year" reads it
   * here, never the wall clock itself. Default the wall clock (the browser runs on it too).
   */
  sekarang: () => Date;
  /** A fresh browser context (own cookies), pointed at the server. */
  konteks: (opsi?: BrowserContextOptions) => Promise<BrowserContext>;
  tutup: () => Promise<void>;
}

const ARGUMEN_CHROMIUM = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The tests run against apps/web/dist; it is built first by the test command, or here if missing. */
export async function pastikanWebTerbangun(): Promise<void> {
  if (existsSync(join(FOLDER_WEB, 'index.html'))) return;
  const { bangunWeb } = await import('../apps/web/build.ts');
  await bangunWeb({ senyap: true });
}

export async function jalankanServer(db: Db, sekarang?: () => Date): Promise<{ app: FastifyInstance, url: string }> {
  const app = await buatAplikasi({ db, web: true, ...(sekarang ? { sekarang } : {}) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const alamat = app.server.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${alamat.port}` };
}

/** True for the one caller that creates the lock file (it did not exist). */
function ambilKunci(jalur: string): boolean {
  try {
    closeSync(openSync(jalur, 'wx'));
    return true;
  } catch {
    return false;
  }
}

/**
 * The demo kabupaten of `jumlahPegawai` employees in a fresh in-memory PGlite. The first file of
 * an e2e run that needs that size builds it (migrations and the demo generator: the slowest part
 * of a file's start) and saves the data folder in the run's folder (SIMASN_E2E_TEMPLAT, made by
 * e2e/global.ts); the other files load that copy, a file starting meanwhile waits for it. Every
 * file still gets its own database.
 */
async function dbDemo(jumlahPegawai: number): Promise<{ db: Db, akun: AkunDemo[] }> {
  const folder = process.env.SIMASN_E2E_TEMPLAT;
  const berkas = folder ? join(folder, `demo-${jumlahPegawai}`) : null;
  // Files run at once (npm test's two e2e processes on one folder): the first to need a size builds
  // it (its lock file), the other waits for the copy instead of building the same data at the same
  // time, up to 400 s (a build on a busy machine; the e2e hookTimeout in vitest.config.ts is longer).
  if (berkas && !existsSync(`${berkas}.json`) && !ambilKunci(`${berkas}.kunci`)) {
    const batas = Date.now() + 400_000;
    while (!existsSync(`${berkas}.json`) && existsSync(`${berkas}.kunci`) && Date.now() < batas) await new Promise((r) => setTimeout(r, 250));
  }
  if (berkas && existsSync(`${berkas}.json`)) {
    const db = await bukaPglite(undefined, { dataAwal: readFileSync(`${berkas}.tar`) });
    return { db, akun: JSON.parse(readFileSync(`${berkas}.json`, 'utf8')) as AkunDemo[] };
  }
  const db = await bukaPglite();
  try {
    await jalankanMigrasi(db);
    const demo = await buatDemo(db, { jumlahPegawai });
    if (berkas) {
      await simpanAtomik(`${berkas}.tar`, new Uint8Array(await (await dumpPglite(db)).arrayBuffer()));
      // The account list last: its presence says the data folder is complete.
      await simpanAtomik(`${berkas}.json`, new TextEncoder().encode(JSON.stringify(demo.akun)));
    }
    return { db, akun: demo.akun };
  } catch (e) {
    // A failed build frees the lock: a file waiting for it builds its own.
    if (berkas) rmSync(`${berkas}.kunci`, { force: true });
    await db.close().catch(() => {});
    throw e;
  }
}

export interface OpsiLingkungan {
  /** Employees of the demo kabupaten (default 400). */
  jumlahPegawai?: number;
  /** The server's clock (default the wall clock). */
  sekarang?: () => Date;
}

/**
 * One Chromium per e2e process, shared by its files one after another (vitest.config.ts: one file
 * at a time, isolate off): each file still gets its own contexts (cookies, storage, permissions),
 * closed with the file. Launching it per file cost about a second of CPU each. Playwright ends it
 * with the process (and Chromium ends itself when its pipe to the process closes).
 */
let chromiumProses: Promise<Browser> | undefined;
function chromiumBersama(): Promise<Browser> {
  chromiumProses ??= chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGUMEN_CHROMIUM }).then((b) => {
    b.on('disconnected', () => {
      chromiumProses = undefined;
    });
    return b;
  }, (e) => {
    chromiumProses = undefined;
    throw e;
  });
  return chromiumProses;
}

export async function siapkan(opsi: OpsiLingkungan = {}): Promise<Lingkungan> {
  const sekarang = opsi.sekarang ?? (() => new Date());
  await pastikanWebTerbangun();
  const { db, akun } = await dbDemo(opsi.jumlahPegawai ?? 400);
  let app: FastifyInstance | undefined;
  try {
    const server = await jalankanServer(db, sekarang);
    app = server.app;
    const b = await chromiumBersama();
    const konteksDibuka: BrowserContext[] = [];
    return { url: server.url, db, app: server.app, browser: b, akun, sekarang, async konteks(o = {}) {
      const k = await b.newContext({ baseURL: server.url, locale: 'id-ID', timezoneId: 'Asia/Jakarta', ...o });
      k.setDefaultTimeout(15_000);
      konteksDibuka.push(k);
      return k;
    }, async tutup() {
      for (const k of konteksDibuka) await k.close().catch(() => {});
      await server.app.close().catch(() => {});
      await db.close().catch(() => {});
    } };
  } catch (e) {
    await app?.close().catch(() => {});
    await db.close().catch(() => {});
    throw e;
  }
}

/**
 * The environment of one test file: started (siapkan) before its tests and closed after them.
 * The object returned is filled in when the file's tests start.
 */
export function lingkunganBerkas(opsi: OpsiLingkungan = {}): Lingkungan {
  // The clock is there at once (a file may compute its dates at load); the rest when its tests start.
  const sekarang = opsi.sekarang ?? (() => new Date());
  const env = { sekarang } as Lingkungan;
  beforeAll(async () => {
    Object.assign(env, await siapkan({ ...opsi, sekarang }));
  });
  afterAll(async () => {
    await env.tutup?.();
  });
  return env;
}

/** Logs in through the login page and waits until the app has left /masuk. */
export async function masuk(page: Page, namaPengguna: string, sandi = SANDI_DEMO): Promise<void> {
  await page.goto('/masuk');
  await page.getByLabel('NIP atau nama pengguna').fill(namaPengguna);
  await page.getByLabel('Kata sandi').fill(sandi);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/masuk'));
}

/** A page in a fresh browser context (own cookies), logged in as the given account. */
export async function halamanMasuk(env: Lingkungan, namaPengguna: string, opsi?: BrowserContextOptions): Promise<Page> {
  const page = await (await env.konteks(opsi)).newPage();
  await masuk(page, namaPengguna);
  return page;
}

/** Follows a link of the main navigation and waits for its page. */
export async function bukaMenu(page: Page, nama: string, alamat: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: nama, exact: true }).click();
  await page.waitForURL(alamat);
}

/**
 * Picks a unit in a unit picker (PilihUnit, a combobox) the way a user does: types its name and
 * clicks the unit of exactly that name in the list that opens.
 */
export async function pilihUnit(isian: Locator, nama: string): Promise<void> {
  await isian.fill(nama);
  const daftar = isian.page().locator(`#${await isian.getAttribute('id')}-daftar`);
  await daftar.getByRole('option').filter({ has: isian.page().locator('.pilih-unit-nama').getByText(nama, { exact: true }) }).first().click();
  await expect.poll(() => isian.inputValue()).toBe(nama);
  expect(await isian.getAttribute('aria-expanded')).toBe('false');
}

export async function keluar(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  // Only the visible one (header on wide screens, menu on phones) has the role.
  await page.getByRole('button', { name: 'Keluar' }).first().click();
  await page.waitForURL('**/masuk');
}

/** The smallest valid PDF, written to a temporary file for file inputs. */
export function pdfSementara(nama = 'dokumen-pendukung.pdf'): string {
  const folder = mkdtempSync(join(tmpdir(), 'simasn-e2e-'));
  const jalur = join(folder, nama);
  writeFileSync(jalur, '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
  return jalur;
}

/** Parses an Indonesian-formatted whole number (`1.234`). */
export function angka(teks: string | null): number {
  return Number(String(teks ?? '').replace(/\./g, '').replace(/\s/g, '').replace(',', '.'));
}

/** The rows of the first sheet of an XLSX the page links to (same session), each without ExcelJS's empty first cell. */
export async function barisXlsx(page: Page, href: string): Promise<unknown[][]> {
  const r = await page.request.get(href);
  expect(r.status(), href).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await r.body()) as unknown as ArrayBuffer);
  const baris: unknown[][] = [];
  wb.worksheets[0]!.eachRow((row) => baris.push((row.values as unknown[]).slice(1)));
  return baris;
}

/** JSON from the API with an already logged-in page's cookies. */
export async function apiGet<T>(page: Page, jalur: string): Promise<T> {
  const r = await page.request.get(jalur);
  if (!r.ok()) throw new Error(`${jalur}: ${r.status()} ${await r.text()}`);
  return (await r.json()) as T;
}

/** Waits until the open service request shows the step label (the panel's text on failure). */
export async function tungguLangkah(page: Page, teks: RegExp): Promise<void> {
  await expect.poll(() => page.getByTestId('status-usulan').innerText(), { timeout: 15_000 }).toMatch(teks).catch(async (e) => {
    throw new Error(`${(e as Error).message}\n${await page.getByTestId('panel-usulan').innerText().catch(() => '')}`);
  });
}

/** Uploads every required document the open service request still lacks (the API says which), then forwards it. */
export async function lampirkanDanTeruskan(page: Page, id: number): Promise<void> {
  const u = await apiGet<{ dokumen: { kode: string, label: string, wajib: boolean, terlampir: unknown }[] }>(page, `/api/layanan/usulan/${id}`);
  for (const d of u.dokumen.filter((x) => x.wajib && !x.terlampir)) {
    await page.getByLabel(`Unggah ${d.label}`).setInputFiles(pdfSementara(`${d.kode}.pdf`));
    await expect.poll(() => page.getByTestId(`dokumen-${d.kode}`).innerText(), { timeout: 10_000 }).toContain('diunggah');
  }
  await page.getByRole('button', { name: 'Teruskan' }).click();
}

/** Raw things a user must never read in a page's `main` (the page walk, e2e/halaman, checks a longer list). */
export const TEKS_MENTAH = /\b\d{4}-\d{2}-\d{2}\b|\bnull\b|\bundefined\b|\bNaN\b|\[object /;

/**
 * axe-core for `page`, run in the page itself (`axe.run` in the top frame, same-origin frames included),
 * with axe put into every frame first and waited for.
 *
 * Not @axe-core/playwright: its run in the page gives each frame 1 s to take axe's source and then goes
 * on without a word, and axe-core itself skips a frame that does not answer its ping within 500 ms. On
 * the loaded CI machine a frame of the page was left out that way and its findings went missing (CI of
 * 5 December). Here the source goes into each frame without a time limit and axe waits up to 10 s for a
 * frame's answer. Its other mode (each frame apart, results merged in a new tab) costs two to five times
 * as much per check (measured on the page walk).
 */
export function axe(page: Page): PemeriksaAxe {
  return new PemeriksaAxe(page);
}

export class PemeriksaAxe {
  private tags: string[] = [];
  private termasuk: string[] = [];
  private kecuali: string[] = [];
  private opsi: RunOptions = {};
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  withTags(tags: string[]): this {
    this.tags = tags;
    return this;
  }
  include(pemilih: string): this {
    this.termasuk.push(pemilih);
    return this;
  }
  exclude(pemilih: string): this {
    this.kecuali.push(pemilih);
    return this;
  }
  options(opsi: RunOptions): this {
    this.opsi = opsi;
    return this;
  }
  async analyze(): Promise<AxeResults> {
    for (const bingkai of this.page.frames()) {
      // A frame gone while the check starts has nothing left to check; any other failure is the check's.
      await bingkai.evaluate(axeCore.source).catch((e: unknown) => {
        if (!bingkai.isDetached()) throw e;
      });
    }
    const konteks: { include?: string[], exclude: string[] } = this.termasuk.length ? { include: this.termasuk, exclude: this.kecuali } : { exclude: this.kecuali };
    const opsi: RunOptions = { pingWaitTime: 10_000, ...this.opsi, ...this.tags.length ? { runOnly: { type: 'tag', values: this.tags } } : {} };
    return this.page.evaluate(({ konteks, opsi }) => (window as unknown as { axe: typeof axeCore }).axe.run(konteks as ContextObject, opsi), { konteks, opsi });
  }
}

/**
 * A journey's check of the page it is on: no serious or critical axe finding (WCAG 2.1 A/AA), nothing
 * raw in `main` (TEKS_MENTAH) and no sideways scrolling. `main`: axe on `main` only (the frame is
 * checked by the page walk).
 */
export async function periksaAxe(page: Page, opsi: { main?: boolean } = {}): Promise<void> {
  let pemeriksa = axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).options({ resultTypes: ['violations'] });
  if (opsi.main) pemeriksa = pemeriksa.include('main');
  const hasil = await pemeriksa.analyze();
  const berat = hasil.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
  expect(berat, page.url()).toEqual([]);
  expect(await page.locator('main').innerText(), page.url()).not.toMatch(TEKS_MENTAH);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), `${page.url()}: melebar ke samping`).toBe(true);
}

/** With SIMASN_SHOTS=<folder>: a full-page screenshot `<nama>-<width>.png` there (nothing otherwise). */
export async function foto(page: Page, nama: string): Promise<void> {
  const folder = process.env.SIMASN_SHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${nama}-${page.viewportSize()?.width ?? 0}.png`), fullPage: true });
}

/**
 * An ASN's row of the IP ASN per-PNS table of their unit, as shown: [the named dimension, total]
 * (e.g. 'Kinerja', 'Kompetensi'), Indonesian numbers read back.
 */
export async function nilaiIpAsn(page: Page, unitId: number, tahun: number, nip: string, dimensi: string): Promise<[number, number]> {
  await page.goto(`/indeks/ip-asn?tahun=${tahun}&unit=${unitId}`);
  const baris = page.getByTestId('tabel-pegawai-ip').locator('tbody tr').filter({ hasText: formatNip(nip) });
  await baris.waitFor();
  const [judul, sel] = await baris.evaluate((tr) => {
    const tabel = tr.closest('table')!;
    return [[...tabel.querySelectorAll('thead th')].map((x) => (x.textContent ?? '').trim()), [...tr.children].map((x) => (x.textContent ?? '').trim())];
  });
  const angka = (s: string | undefined) => Number(String(s).replace(/\./g, '').replace(',', '.'));
  return [angka(sel[judul.indexOf(dimensi)]), angka(sel[judul.indexOf('Total')])];
}
