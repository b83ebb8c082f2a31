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

// TANPA_MINIFY=1: a build with the functions' own names, for profiling a page (bench/halaman-rinci.ts --profil).
// React Fast Refresh patches React's own renderer, which the browser does not run: with no file taking
// part in it, the dev server (port 5173) reloads the page on a change instead.
export default defineConfig({ root: FOLDER_WEB, base: '/',
  plugins: [kontrakRingan(), react({ refreshExclude: /./ }), pramuatHalaman(fileURLToPath(new URL('src/daftar-halaman.tsx', import.meta.url)))],
  resolve: { alias: REACT_DI_PREACT },
  build: { minify: process.env.TANPA_MINIFY ? false : 'oxc', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200,
    rollupOptions: { output: { codeSplitting: { groups: [SKEMA] } } } }, server: {
    port: 5173,
    // Keep the Host header: the server refuses state-changing requests whose Origin differs from it.
    proxy: { '/api': { target: 'http://localhost:3000' } },
  } });
