import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Node's compile cache for every process the tests start (vitest's workers and the `simasn`
 * processes the CLI tests spawn inherit it): modules loaded natively (node_modules, the CLI's
 * TypeScript) are parsed and compiled once, not in every process. It halves a CLI start.
 */
process.env.NODE_COMPILE_CACHE ||= fileURLToPath(new URL('node_modules/.cache/node-compile/', import.meta.url));

/**
 * Three projects, one runner:
 * - unit: pure rules and pure functions, no database (`*.test.ts`);
 * - integrasi: against the real database engine (`*.int.test.ts`): PGlite by default,
 *   a PostgreSQL server when TEST_DATABASE_URL (or DATABASE_URL) is set;
 * - e2e: the whole server plus a real Chromium driven by playwright-core (`*.e2e.test.ts`).
 * unit and integrasi load scripts/jam-uji.ts (a no-op unless JAM_UJI sets the test clock) and
 * scripts/kunci-uji.ts (the data-encryption key).
 */
/**
 * Under the test clock (npm test's extra steps, JAM_UJI set) the unit project leaves out what
 * cannot depend on the day and costs the most: the calculator CLIs (processes that take their
 * dates as input) and the document renderers (fixed content).
 */
/**
 * V8 flags of the worker processes that open PGlite instances one after another (integrasi, e2e).
 * Node 24's V8 aborted such a process now and then ("Check failed: jit_page_->allocations_.erase(addr)
 * == 1", SIGTRAP; 2 of the last 13 CI runs, nodejs/node#64500). Its native stack (CI, 4 December
 * 2026): Runtime_TierUpWasmToJSWrapper -> WasmCodeRefScope end -> FreeDeadCode ->
 * WasmImportWrapperCache::Free -> FreeCode -> UnregisterWasmAllocation. That is, compiled
 * wasm-to-JS import wrappers (made when a generic wrapper tiers up after
 * --wasm-wrapper-tiering-budget calls, 1000 by default) freed once the instance using them was gone.
 * With the budget out of reach the imports keep the generic wrapper: no compiled import wrapper
 * exists, none is freed. The server in production opens one instance and keeps it.
 */
const argumenV8 = ['--wasm-wrapper-tiering-budget=2147483647'];

const tanpaJamUji = process.env.JAM_UJI ? ['apps/cli/test/**', 'modules/sakip/test/lkjip-dokumen.test.ts', 'packages/platform/test/dokumen.test.ts'] : [];

export default defineConfig({ test: { projects: [
  { test: {
    name: 'unit',
    include: ['packages/*/test/**/*.test.ts', 'modules/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts'],
    // isolate: false as integrasi below (pure functions: 76 s of CPU so, against 113 s isolated).
    exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', '**/node_modules/**', ...tanpaJamUji],
    setupFiles: ['scripts/jam-uji.ts', 'scripts/kunci-uji.ts'],
    isolate: false,
  } },
  {
    // isolate: false: a worker runs its files one after another in one module graph (each file still opens its
    // own database): the modules (the whole server, PGlite's WebAssembly) load once per worker, not once per
    // file. The PGlite files took 556 s of CPU so, against about 680 s isolated. A module that keeps state
    // (a registry, a cache) must be reset by the test that changes it (see kalender.int.test.ts).
    // hookTimeout 400 s: demo.int's beforeAll builds the 7000-ASN kabupaten (about 30-40 s alone, 115 s in CI
    // beside the other steps, over 180 s at a load average of 35); a hook that hangs fails all the same.
    test: { name: 'integrasi', include: ['packages/*/test/**/*.int.test.ts', 'modules/*/test/**/*.int.test.ts', 'apps/*/test/**/*.int.test.ts'],
      setupFiles: ['scripts/jam-uji.ts', 'scripts/kunci-uji.ts'], testTimeout: 120_000, hookTimeout: 400_000, isolate: false, execArgv: argumenV8 },
  },
  {
    // expect.poll waits for the page up to 20 s unless a test says otherwise (vitest's default, 1 s, fails
    // a check whose page is merely slow on a busy machine: a dashboard's charts, seen in CI; 10 s failed
    // Sistem Merit's journey once at a load average of 20). Only a failing check waits that long.
    // One file at a time in a process. npm test runs two e2e processes at once (scripts/test.ts: a
    // journey mostly waits, about half a core each), on one demo folder (a size being built is waited for).
    // Its timing checks (logout, login delays) met timeouts on a machine loaded far beyond two cores.
    // testTimeout 240 s: the longest journeys take 40-50 s on their own, and met 120 s at a load average of 30.
    // hookTimeout: a file's start may wait for the other e2e process's demo build (e2e/harness.ts dbDemo, up to 400 s).
    // isolate: false: the server's modules, playwright and axe load once per process, not once per file (each
    // file still gets its own database, server and browser): the second e2e half took 334 s of CPU so,
    // against 587 s isolated in CI.
    test: { name: 'e2e', include: ['e2e/**/*.e2e.test.ts'], globalSetup: ['e2e/global.ts'], setupFiles: ['scripts/kunci-uji.ts'], testTimeout: 240_000, hookTimeout: 480_000,
      fileParallelism: false, isolate: false, expect: { poll: { timeout: 20_000 } }, execArgv: argumenV8 },
  },
] } });
