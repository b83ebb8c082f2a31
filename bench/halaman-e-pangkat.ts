/**
 * `node bench/halaman-e-pangkat.ts [--jumlah 7000] [--ulang 5]`: the E-Pangkat page's full load
 * (navigation until the eligible table is rendered) for admin BKD on a demo kabupaten on PGlite,
 * through the built web (npm run build:web first) in Debian's Chromium. Figures, not a test.
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { bukaPglite, jalankanMigrasi } from '@simasn/db';
import { buatDemo } from '@simasn/demo';
import { jalankanServer } from '../e2e/harness.ts';

const { values } = parseArgs({ options: { jumlah: { type: 'string', default: '7000' }, ulang: { type: 'string', default: '5' } } });
const db = await bukaPglite();
await jalankanMigrasi(db);
await buatDemo(db, { jumlahPegawai: Number(values.jumlah) });
const { app, url } = await jalankanServer(db);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const page = await (await browser.newContext({ baseURL: url, viewport: { width: 1280, height: 900 } })).newPage();
await page.goto('/masuk');
await page.getByLabel('NIP atau nama pengguna').fill('admin.bkd');
await page.getByLabel('Kata sandi').fill('demo12345');
await page.getByRole('button', { name: 'Masuk' }).click();
await page.waitForURL((u) => !u.pathname.startsWith('/masuk'));
const ms: number[] = [];
let baris = 0;
let bytes = 0;
for (let i = 0; i < Number(values.ulang); i++) {
  let b = 0;
  const dengar = (r: import('playwright-core').Response) => {
    if (r.url().includes('/api/kenaikan-pangkat')) void r.body().then((x) => (b += x.length), () => {});
  };
  page.on('response', dengar);
  const t0 = performance.now();
  await page.goto('/e-pangkat');
  await page.getByTestId('kp-memenuhi').locator('tbody tr').first().waitFor({ timeout: 60_000 });
  ms.push(performance.now() - t0);
  baris = await page.getByTestId('kp-memenuhi').locator('tbody tr').count();
  await page.waitForTimeout(200);
  page.off('response', dengar);
  bytes = b;
}
ms.sort((a, b) => a - b);
// The API alone: the whole period list (what the page loaded before paging) and one page of it.
const periode = await page.getByLabel('Periode').inputValue();
const api = async (kueri: string) => {
  const t: number[] = [];
  let n = 0;
  for (let i = 0; i < Number(values.ulang); i++) {
    const t0 = performance.now();
    const r = await page.request.get(`/api/kenaikan-pangkat?periode=${periode}${kueri}`);
    n = (await r.body()).length;
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return { medianMs: Math.round(t[Math.floor(t.length / 2)]!), bytes: n };
};
console.log(
  JSON.stringify({ jumlahPegawai: Number(values.jumlah), barisDitampilkan: baris, bytesApi: bytes, ms: ms.map(Math.round), median: Math.round(ms[Math.floor(ms.length / 2)]!),
    apiSemua: await api(''), apiSatuHalaman: await api('&page=1&limit=50') }),
);
await browser.close();
await app.close();
await db.close();
