/**
 * `npm test`: the whole suite, on two cores.
 *   1. at once (none waits on another): typecheck (server side and web), lint (Biome) and
 *      formatting (dprint check), as `npm run lint` checks; build the web app;
 *   2. then the test steps, four at a time with PostgreSQL (three without; UJI_PARALEL sets it),
 *      each starting when one before it ends, in this order: e2e 1/2 (the page walk and about half
 *      the journeys), integrasi PGlite 1/2 (the demo's and the CLI's files: demo kabupaten of up
 *      to 7000 employees, `simasn` processes), e2e 2/2 (every other journey), integrasi on
 *      PostgreSQL (when TEST_DATABASE_URL or DATABASE_URL is set), integrasi PGlite 2/2 (every
 *      other file), unit tests (pure rules), and the date-sensitive part again at 23.30 WIB under
 *      TZ=Asia/Jayapura and at 00.30 WIB under TZ=UTC (scripts/jam-uji.ts fakes the clock): the
 *      short steps last, filling the slot that frees first.
 * Why the halves: in CI (quiet two-core machine, before the split) the e2e step alone took 1110 s
 * of wall time for 543 s of CPU (it mostly waits: for the page, the server, Chromium) and the
 * PGlite step 1026 s for 676 s, each longer than the 15 minutes the whole suite may take. Halved,
 * each half is about half that chain; the two e2e halves together use about one core, the
 * PostgreSQL step a part of one (its server works in between: its CPU is not counted below), and
 * the PGlite halves fill what is left. The e2e halves share one folder for the demo data and one
 * data key (made here, e2e/global.ts): a demo size is built once for both.
 * Tried and undone (CI, 4 December 2026): the e2e files in four processes, seven steps at once. Every
 * e2e part then took 1.040-1.475 s (the halves: 1.150-1.340 s), one page walk met its 600 s timeout,
 * and the CPU-bound steps had not ended after 1.476 s: on two cores the journeys' wall time is set by
 * the CPU they compete for, not by their waits, so more processes only spread it thinner.
 * The floor is the CPU: the steps' CPU total over two cores (about 900 s for the 1808 s measured
 * in CI on 3 December 2026), plus the first phase. Where it goes: the browser and the server of
 * the journeys; the `simasn` processes of the CLI tests (about 5 s of CPU each that opens its data
 * folder); opening a test database (about 1.3 s for the 400-employee demo, per e2e file); a fresh
 * module graph per file, which vitest.config.ts turns off (isolate: false: unit 113 -> 76 s,
 * PGlite integration about 680 -> 556 s, PostgreSQL 306 -> 120 s of the runner's CPU).
 * The e2e steps mostly wait on a page, the server or Chromium, a few milliseconds at a time: every
 * other test step runs at niceness 10 (scripts/ukur-cpu.ts), so the journeys are served first and
 * the CPU-bound steps take what they leave, instead of stretching every journey's waits (an e2e half
 * had used 288 s of CPU in 1018 s beside three CPU-bound steps).
 * Each vitest run keeps one worker (vitest's default on two cores). The first failure stops the
 * steps still running. Steps print their output whole when they end. Exits non-zero if any step
 * fails; prints each step's duration, its CPU time (itself and the processes it started), and the
 * total.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

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
/** Checks run together first: cheap, and the rest is pointless if they fail. */
const pemeriksaan: Langkah[] = [
  ['typecheck', [tsc, '-p', 'tsconfig.json'], process.env],
  ['typecheck web', [tsc, '-p', 'apps/web/tsconfig.json'], process.env],
  ['lint (Biome)', [biome, 'lint', '--error-on-warnings', '.'], process.env],
  ['lint format (dprint check)', [dprint, 'check'], process.env],
  ['build web', [`${akar}apps/web/build.ts`], process.env],
];
/**
 * A step cut in two vitest processes that run at once: the files named (vitest filters: a path
 * or folder) and every other file of the project (the same names excluded), so a file added later
 * runs in the second half, never in neither.
 */
function separuh(nama: string, proyek: string[], pertama: string[], env: NodeJS.ProcessEnv): [Langkah, Langkah] {
  return [
    [`${nama} 1/2`, [vitest, 'run', ...proyek, ...pertama], env],
    [`${nama} 2/2`, [vitest, 'run', ...proyek, ...pertama.flatMap((f) => ['--exclude', f.endsWith('.ts') ? f : `${f}/**`])], env],
  ];
}
/**
 * The e2e files of the first e2e process: the first half of the page walk (e2e/halaman.e2e.test.ts;
 * its other half, e2e/halaman-peran.e2e.test.ts, runs in the second process) and journeys to about
 * half of the e2e time (measured per file, 4 December 2026). Both processes share one folder for
 * the demo data and one data key (e2e/global.ts): each demo size is built once for both.
 */
const E2E_PERTAMA = [
  'e2e/halaman.e2e.test.ts',
  'e2e/lkjip.e2e.test.ts',
  'e2e/cuti-aktivitas.e2e.test.ts',
  'e2e/kelola-akun.e2e.test.ts',
  'e2e/menu.e2e.test.ts',
  'e2e/akun-audit.e2e.test.ts',
  'e2e/cetak-ekspor.e2e.test.ts',
  'e2e/formulir.e2e.test.ts',
  'e2e/impor.e2e.test.ts',
  'e2e/kalender.e2e.test.ts',
  'e2e/luring-dingin.e2e.test.ts',
  'e2e/ujian.e2e.test.ts',
  'e2e/survei.e2e.test.ts',
];
const folderE2e = mkdtempSync(join(tmpdir(), 'simasn-e2e-templat-'));
const envE2e = { ...tanpaPg, SIMASN_E2E_TEMPLAT: folderE2e, SIMASN_KUNCI_DATA: process.env.SIMASN_KUNCI_DATA || randomBytes(32).toString('base64') };
/**
 * The integration files of the first PGlite process: the demo's checks (they build demo
 * kabupaten of up to 7000 employees) and the CLI's (processes on their own data folders).
 */
const INTEGRASI_PERTAMA = ['apps/demo/test', 'apps/cli/test'];
const [e2eSatu, e2eDua] = separuh('e2e (Chromium)', ['--project', 'e2e'], E2E_PERTAMA, envE2e);
const [pgliteSatu, pgliteDua] = separuh('integrasi (PGlite)', ['--project', 'integrasi'], INTEGRASI_PERTAMA, tanpaPg);
/**
 * The test steps, started in this order as slots free up. The CLI tests (apps/cli/test) drive the
 * `simasn` command on its embedded database whatever the engine (its own processes on a PGlite data
 * folder): the PostgreSQL step leaves them to the PGlite step instead of running them a second time
 * unchanged. Every other integration file runs on both engines.
 */
const ujian: Langkah[] = [
  e2eSatu,
  pgliteSatu,
  e2eDua,
  ...(urlPg
    ? [['integrasi (PostgreSQL)', [vitest, 'run', '--project', 'integrasi', '--exclude', 'apps/cli/test/**'], { ...process.env, TEST_DATABASE_URL: urlPg }] as Langkah]
    : []),
  pgliteDua,
  ['unit', [vitest, 'run', '--project', 'unit'], tanpaPg],
  ['jam 23.30 WIB, TZ=Asia/Jayapura: unit', unitBerjam, jam('23:30', 'Asia/Jayapura')],
  ['jam 23.30 WIB, TZ=Asia/Jayapura: integrasi', integrasiBerjamTz, jam('23:30', 'Asia/Jayapura')],
  ['jam 00.30 WIB, TZ=UTC: unit', unitBerjam, jam('00:30', 'UTC')],
  ['jam 00.30 WIB, TZ=UTC: integrasi', integrasiBerjam, jam('00:30', 'UTC')],
];
const paralel = Math.max(1, Number(process.env.UJI_PARALEL) || (urlPg ? 4 : 3));

if (!urlPg) console.log('Catatan: TEST_DATABASE_URL tidak diisi; uji integrasi hanya pada PGlite (CI menjalankannya juga pada PostgreSQL 15).');
if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.error('Chromium tidak ditemukan di /usr/bin/chromium: pasang dengan "apt-get install chromium" (atau isi CHROMIUM_PATH).');
}
const hasil: { nama: string, detik: number, cpu: number, ok: boolean, berhenti: boolean, keluaran: string }[] = [];

const berjalan = new Set<ReturnType<typeof spawn>>();
let dihentikan = false;

/**
 * One step in its own process, output captured (stdout and stderr interleaved as written) and
 * printed whole at its end. Its CPU time comes from scripts/ukur-cpu.ts, which runs it.
 */
function jalankan([nama, argumen, env]: Langkah, sela: boolean): Promise<boolean> {
  const mulai = performance.now();
  return new Promise((selesai) => {
    // The e2e steps mostly wait (on the page, the server, Chromium): every other test step runs at a
    // lower priority (niceness 10), so it takes the CPU the journeys leave rather than delaying them.
    const nice = sela && !nama.startsWith('e2e') ? { UKUR_CPU_NICE: '10' } : {};
    const p = spawn(process.execPath, [`${akar}scripts/ukur-cpu.ts`, ...argumen], { cwd: akar, env: { ...env, ...nice, FORCE_COLOR: process.stdout.isTTY ? '1' : env.FORCE_COLOR },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'], detached: true });
    berjalan.add(p);
    const potongan: Buffer[] = [];
    let cpu = 0;
    p.stdout!.on('data', (d: Buffer) => potongan.push(d));
    p.stderr!.on('data', (d: Buffer) => potongan.push(d));
    (p.stdio[3] as NodeJS.ReadableStream).on('data', (d: Buffer) => (cpu = Number(d.toString()) || cpu));
    p.on('error', (e) => potongan.push(Buffer.from(`${e.message}\n`)));
    p.on('close', (kode, sinyal) => {
      berjalan.delete(p);
      const detik = (performance.now() - mulai) / 1000;
      const berhenti = Boolean(sinyal && dihentikan);
      if (berhenti) potongan.push(Buffer.from('(dihentikan: langkah lain gagal)\n'));
      const keluaran = Buffer.concat(potongan).toString();
      console.log(`\n=== ${nama} (${detik.toFixed(1)} s, CPU ${cpu.toFixed(0)} s) ===`);
      process.stdout.write(keluaran);
      hasil.push({ nama, detik, cpu, ok: kode === 0, berhenti, keluaran });
      selesai(kode === 0);
    });
  });
}

/** Stops every step still running (each is its own process group: vitest, its workers, Chromium). */
function hentikanSemua(): void {
  for (const p of berjalan) {
    try {
      process.kill(-p.pid!, 'SIGTERM');
    } catch {}
  }
}
for (const sinyal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sinyal, () => {
    hentikanSemua();
    rmSync(folderE2e, { recursive: true, force: true });
    process.exit(130);
  });
}

/**
 * Runs `langkah` at most `n` at a time, in order. A failure starts nothing more; with `sela`
 * (the test steps) it also stops those still running, as their outcome no longer matters.
 */
async function jalankanBersama(langkah: Langkah[], n: number, sela: boolean): Promise<void> {
  const antrian = [...langkah];
  const jalur = async () => {
    for (let l = antrian.shift(); l && !dihentikan; l = antrian.shift()) {
      if (n < langkah.length) console.log(`mulai: ${l[0]}`);
      if (!(await jalankan(l, sela))) {
        dihentikan = true;
        if (sela) hentikanSemua();
      }
    }
  };
  await Promise.all(Array.from({ length: n }, jalur));
}

const mulaiSemua = performance.now();
const pilih = (l: Langkah[]) => l.filter(([nama]) => !hanya || nama.startsWith(hanya));
const cek = pilih(pemeriksaan);
if (cek.length) {
  console.log(`\n=== bersamaan: ${cek.map(([n]) => n).join(', ')} ===`);
  await jalankanBersama(cek, cek.length, false);
}
if (!dihentikan) {
  const u = pilih(ujian);
  if (u.length) {
    console.log(`\n=== ${Math.min(paralel, u.length)} sekaligus: ${u.map(([n]) => n).join(', ')} ===`);
    await jalankanBersama(u, paralel, true);
  }
}
const urut = [...pemeriksaan, ...ujian].map(([n]) => n);
hasil.sort((a, b) => urut.indexOf(a.nama) - urut.indexOf(b.nama));
/**
 * What made a step fail, again at the very end (where a reader of only the log's tail looks): the
 * "Failed Tests" part of vitest's report, or the step's last lines, colours removed. A step stopped
 * because another failed has nothing to add.
 */
function sebabGagal(keluaran: string): string {
  const baris = stripVTControlCharacters(keluaran).split('\n');
  const awal = baris.findIndex((b) => /Failed Tests? \d+|Unhandled Errors?/.test(b));
  const pilihan = awal >= 0 ? baris.slice(awal) : baris.slice(-60);
  return (pilihan.length > 150 ? [...pilihan.slice(0, 150), `(… ${pilihan.length - 150} baris lagi: keluaran langkahnya utuh di atas)`] : pilihan).join('\n');
}
for (const h of hasil.filter((h) => !h.ok && !h.berhenti)) console.log(`\n=== sebab gagal: ${h.nama} ===\n${sebabGagal(h.keluaran)}`);
console.log('\nRingkasan:');
for (const h of hasil) {
  console.log(`  ${h.ok ? 'LULUS' : h.berhenti ? 'HENTI' : 'GAGAL'}  ${h.nama.padEnd(44)} ${h.detik.toFixed(1).padStart(6)} s   CPU ${h.cpu.toFixed(0).padStart(4)} s`);
}
const cpuTotal = hasil.reduce((a, h) => a + h.cpu, 0);
console.log(`  Total (waktu dinding)${' '.repeat(30)} ${((performance.now() - mulaiSemua) / 1000).toFixed(1).padStart(6)} s   CPU ${cpuTotal.toFixed(0).padStart(4)} s`);
rmSync(folderE2e, { recursive: true, force: true });
process.exit(hasil.every((h) => h.ok) && hasil.length ? 0 : 1);
