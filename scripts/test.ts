/**
 * `npm test`: the whole suite, in the order that fails fastest.
 *   1. at once (none waits on another, and     4. integration tests on PostgreSQL, when
 *      they share two cores well): typecheck      TEST_DATABASE_URL or DATABASE_URL is set
 *      (server side and web), lint (Biome)     5. the date-sensitive part again at 23.30 WIB
 *      and formatting (dprint check), as          under TZ=Asia/Jayapura and at 00.30 WIB under
 *      `npm run lint` checks; build the web       TZ=UTC (scripts/jam-uji.ts fakes the clock)
 *   2. unit tests (pure rules)                 6. end-to-end tests in Chromium
 *   3. integration tests on PGlite
 * Steps run together print their output whole, one after the other, when they end. Exits non-zero
 * if any step fails; prints each step's duration and the total.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const akar = fileURLToPath(new URL('..', import.meta.url));
const vitest = `${akar}node_modules/vitest/vitest.mjs`;
const tsc = `${akar}node_modules/typescript/bin/tsc`;
const biome = `${akar}node_modules/@biomejs/biome/bin/biome`;
const dprint = `${akar}node_modules/dprint/bin.cjs`;
const urlPg = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || '';
const tanpaPg = { ...process.env, TEST_DATABASE_URL: '', DATABASE_URL: '' };
const hanya = process.argv[2];

/**
 * Integration files whose outcome depends on the wall clock's day or hour (code that reads "today"
 * with the real clock): re-run under the test clock. 00.30 WIB is 17.30 UTC of the day before, the
 * hour the digest went out twice (issue 9); 23.30 WIB under TZ=Asia/Jayapura is already the next
 * day for anything that reads the process's zone. Add a file here when its code decides by today.
 */
const BERGANTUNG_JAM = [
  'apps/cli/test/notifikasi-digest.int.test.ts', // a process: its clock is the wall clock (or the test clock)
];
// Files that set their own instants: run again only under the other TZ (process and PGlite zone).
const BERGANTUNG_TZ = [
  'modules/layanan/test/zona-waktu.int.test.ts', // digest/TMT day edges
  'modules/kepegawaian/test/zona-waktu.int.test.ts', // lockout, audit days, export stamp
];
// The unit project again (vitest.config.ts leaves out, under JAM_UJI, the calculator CLIs and the
// document renderers: nothing there depends on the day, and they are the slowest unit files).
const unitBerjam = [vitest, 'run', '--project', 'unit'];
const integrasiBerjam = [vitest, 'run', '--project', 'integrasi', ...BERGANTUNG_JAM];
const integrasiBerjamTz = [...integrasiBerjam, ...BERGANTUNG_TZ];
const jam = (j: string, tz: string): NodeJS.ProcessEnv => ({ ...tanpaPg, JAM_UJI: j, TZ: tz });

type Langkah = [string, string[], NodeJS.ProcessEnv];
/** Steps in order; an array of steps runs them at once. */
const langkah: (Langkah | Langkah[])[] = [
  [
    ['typecheck', [tsc, '-p', 'tsconfig.json'], process.env],
    ['typecheck web', [tsc, '-p', 'apps/web/tsconfig.json'], process.env],
    ['lint (Biome)', [biome, 'lint', '--error-on-warnings', '.'], process.env],
    ['lint format (dprint check)', [dprint, 'check'], process.env],
    ['build web', [`${akar}apps/web/build.ts`], process.env],
  ],
  ['unit', [vitest, 'run', '--project', 'unit'], tanpaPg],
  ['integrasi (PGlite)', [vitest, 'run', '--project', 'integrasi'], tanpaPg],
  ...(urlPg ? [['integrasi (PostgreSQL)', [vitest, 'run', '--project', 'integrasi'], { ...process.env, TEST_DATABASE_URL: urlPg }] as Langkah] : []),
  ['jam 23.30 WIB, TZ=Asia/Jayapura: unit', unitBerjam, jam('23:30', 'Asia/Jayapura')],
  ['jam 23.30 WIB, TZ=Asia/Jayapura: integrasi', integrasiBerjamTz, jam('23:30', 'Asia/Jayapura')],
  ['jam 00.30 WIB, TZ=UTC: unit', unitBerjam, jam('00:30', 'UTC')],
  ['jam 00.30 WIB, TZ=UTC: integrasi', integrasiBerjam, jam('00:30', 'UTC')],
  ['e2e (Chromium)', [vitest, 'run', '--project', 'e2e'], tanpaPg],
];

if (!urlPg) console.log('Catatan: TEST_DATABASE_URL tidak diisi; uji integrasi hanya pada PGlite (CI menjalankannya juga pada PostgreSQL 15).');
if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.error('Chromium tidak ditemukan di /usr/bin/chromium: pasang dengan "apt-get install chromium" (atau isi CHROMIUM_PATH).');
}
const hasil: [string, number, boolean][] = [];

/** One step with its output captured (stdout and stderr interleaved as written), for steps run together. */
function jalankanTertangkap([nama, argumen, env]: Langkah): Promise<{ nama: string, keluaran: string, detik: number, ok: boolean }> {
  const mulai = performance.now();
  return new Promise((selesai) => {
    const p = spawn(process.execPath, argumen, { cwd: akar, env: { ...env, FORCE_COLOR: process.stdout.isTTY ? '1' : env.FORCE_COLOR }, stdio: ['ignore', 'pipe', 'pipe'] });
    const potongan: Buffer[] = [];
    p.stdout.on('data', (d: Buffer) => potongan.push(d));
    p.stderr.on('data', (d: Buffer) => potongan.push(d));
    p.on('error', (e) => potongan.push(Buffer.from(`${e.message}\n`)));
    p.on('close', (kode) => selesai({ nama, keluaran: Buffer.concat(potongan).toString(), detik: (performance.now() - mulai) / 1000, ok: kode === 0 }));
  });
}

const mulaiSemua = performance.now();
for (const l of langkah) {
  const bersama = (Array.isArray(l[0]) ? l : [l]) as Langkah[];
  const dipilih = bersama.filter(([nama]) => !hanya || nama.startsWith(hanya));
  if (!dipilih.length) continue;
  if (dipilih.length === 1) {
    const [nama, argumen, env] = dipilih[0]!;
    console.log(`\n=== ${nama} ===`);
    const mulai = performance.now();
    const r = spawnSync(process.execPath, argumen, { cwd: akar, env, stdio: 'inherit' });
    hasil.push([nama, (performance.now() - mulai) / 1000, r.status === 0]);
  } else {
    console.log(`\n=== bersamaan: ${dipilih.map(([n]) => n).join(', ')} ===`);
    const mulai = performance.now();
    const semua = await Promise.all(dipilih.map(jalankanTertangkap));
    for (const r of semua) {
      console.log(`\n=== ${r.nama} (${r.detik.toFixed(1)} s) ===`);
      process.stdout.write(r.keluaran);
      hasil.push([r.nama, r.detik, r.ok]);
    }
    console.log(`\n(bersamaan: ${((performance.now() - mulai) / 1000).toFixed(1)} s)`);
  }
  if (!hasil.every(([, , ok]) => ok)) break;
}
console.log('\nRingkasan:');
for (const [nama, detik, ok] of hasil) console.log(`  ${ok ? 'LULUS' : 'GAGAL'}  ${nama.padEnd(44)} ${detik.toFixed(1)} s`);
console.log(`  Total (waktu dinding)${' '.repeat(30)} ${((performance.now() - mulaiSemua) / 1000).toFixed(1)} s`);
process.exit(hasil.every(([, , ok]) => ok) && hasil.length ? 0 : 1);
