import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { kontrakRingan } from './kontrak-ringan.ts';
import { pramuatHalaman } from './pramuat.ts';

/** The web app: root apps/web, built into apps/web/dist, which the server serves. */
export const FOLDER_WEB = fileURLToPath(new URL('.', import.meta.url));

/**
 * The app is written against React's API and types, and runs in the browser on Preact through
 * preact/compat. React DOM was 207 KB of the 263 KB entry script, and compiling and running it
 * was about a third of every page load's main-thread CPU (bench/halaman.ts: a page's CPU is
 * mostly the app's boot; V8 compiles every function again on each load of an off-the-record or
 * new tab). `react` resolves to src/react-preact.js, preact/compat and the one hook it lacks.
 */
const REACT_DI_PREACT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react$/, replacement: fileURLToPath(new URL('src/react-preact.js', import.meta.url)) },
];

/**
 * zod and the contract package's helpers in a chunk of their own: left to itself the bundler put them
 * in one chunk with domain functions every list page uses (formatting, NIP), and so every page
 * evaluated zod before its first render although only forms need it (kontrak-ringan.ts).
 */
const SKEMA = { name: 'skema', includeDependenciesRecursively: false,
  test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]packages[\\/]kontrak[\\/]src[\\/](zod|respons|daftar|galat)\.ts$/ };

/** The bundler's view of the module graph while it groups modules into chunks. */
type Graf = { getModuleInfo(id: string): { importers: readonly string[], importedIds: readonly string[] } | null };

/**
 * Whether `cocok` holds for a module or for one it reaches through `ikut` (its importers, or what it
 * imports), remembered per chunking pass. A path that comes back to a module on the way is not
 * followed; a "no" found under such a cut is not remembered (the search from the top may still say
 * yes), only one found from the top.
 */
function menjangkau(cocok: (id: string) => boolean, ikut: (graf: Graf, id: string) => readonly string[]) {
  const ingat = new WeakMap<Graf, Map<string, boolean>>();
  const jalan = new Set<string>();
  const uji = (id: string, graf: Graf): boolean => {
    if (cocok(id)) return true;
    const peta = ingat.get(graf) ?? ingat.set(graf, new Map()).get(graf)!;
    const ada = peta.get(id);
    if (ada !== undefined) return ada;
    if (jalan.has(id)) return false;
    jalan.add(id);
    const hasil = ikut(graf, id).some((x) => uji(x, graf));
    jalan.delete(id);
    if (hasil || !jalan.size) peta.set(id, hasil);
    return hasil;
  };
  return uji;
}

/**
 * Modules the entry (main.tsx) imports statically, not counting a package's index that only
 * re-exports: the bundler keeps from such an index only what is used, but the graph shows all of it.
 */
const dariEntri = menjangkau((id) => /[\\/]apps[\\/]web[\\/]src[\\/]main\.tsx$/.test(id),
  (g, id) => (g.getModuleInfo(id)?.importers ?? []).filter((x) => !/[\\/]packages[\\/][^\\/]+[\\/]src[\\/]index\.ts$/.test(x)));
/** Modules that import zod, directly or not: they stay out of the shared chunks below. */
const menarikSkema = menjangkau((id) => SKEMA.test.test(id), (g, id) => g.getModuleInfo(id)?.importedIds ?? []);
const DOMAIN = /[\\/]packages[\\/]domain[\\/]|[\\/]modules[\\/][^\\/]+[\\/]src[\\/]/;

/**
 * A page opened directly loaded some 16 scripts: the entry, seven small chunks of what it shares with
 * the pages (Preact, react-query, the router, a few domain helpers of 73 bytes to 2 KB), then the
 * page's own with its components, each a chunk of a few hundred bytes. Each is a request the browser
 * and the service worker handle before the page can run (bench/halaman.ts: about 20 ms of a 300 ms
 * load). Three groups instead, none importing a later one, so no chunk waits on a cycle:
 *   - `inti`: what the entry imports (the frame, the session, Preact, react-query, the router);
 *   - `domain`: the pure rules and labels (packages/domain, a module's label files) two or more chunks use;
 *   - `komponen`: the app's components and helpers two or more pages use, without a form's zod.
 * A module one page alone uses stays in that page's chunk; the charts (seven pages), the map and the
 * LKjIP editor stay on their own (few pages show them, and the map and the editor are large).
 */
const INTI = { name: (id: string, g: Graf) => (dariEntri(id, g) && !DOMAIN.test(id) ? 'inti' : null), debugName: 'inti', includeDependenciesRecursively: false, priority: -1 };
const DOMAIN_BERSAMA = { name: (id: string, g: Graf) => (menarikSkema(id, g) ? null : 'domain'), debugName: 'domain', test: DOMAIN, minShareCount: 2,
  includeDependenciesRecursively: false, priority: -2 };
const KOMPONEN = { name: (id: string, g: Graf) => (menarikSkema(id, g) ? null : 'komponen'), debugName: 'komponen', minShareCount: 2, includeDependenciesRecursively: false,
  priority: -3, test: (id: string) => /[\\/]apps[\\/]web[\\/]src[\\/]/.test(id) && !/[\\/]halaman[\\/]|[\\/](Grafik|PetaTitik|NarasiLkjip|SaranaLkjip)\.tsx$/.test(id) };

// TANPA_MINIFY=1: a build with the functions' own names, for profiling a page (bench/halaman-rinci.ts --profil).
// React Fast Refresh patches React's own renderer, which the browser does not run: with no file taking
// part in it, the dev server (port 5173) reloads the page on a change instead.
export default defineConfig({ root: FOLDER_WEB, base: '/',
  plugins: [kontrakRingan(), react({ refreshExclude: /./ }), pramuatHalaman(fileURLToPath(new URL('src/daftar-halaman.tsx', import.meta.url)))],
  resolve: { alias: REACT_DI_PREACT },
  build: { minify: process.env.TANPA_MINIFY ? false : 'oxc', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200,
    rollupOptions: { output: { codeSplitting: { groups: [SKEMA, INTI, DOMAIN_BERSAMA, KOMPONEN] } } } }, server: {
    port: 5173,
    // Keep the Host header: the server refuses state-changing requests whose Origin differs from it.
    proxy: { '/api': { target: 'http://localhost:3000' } },
  } });
