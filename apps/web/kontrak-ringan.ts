import type { Plugin } from 'vite';

/**
 * In the browser build, a module's contract (`@simasn/<module>/kontrak`) imported by the web app
 * brings only what a call needs: each endpoint's method and URL (and its access and file kind).
 * The contract objects hold every request and response schema of the module, built with zod when
 * the module is evaluated: a page that only lists or shows data loaded zod and built all of them
 * before its first render (about 65 ms of every such load on this machine, measured by importing
 * the chunks one by one). `panggil`, `kunci` and `alamatTitik` read the method and the URL only.
 *
 * The plugin reads the real contract module in Node at build time and gives the web a module that
 * declares the contract objects as plain literals and re-exports everything else (schemas a form
 * checks before sending, labels, helpers) from the real module. The real modules are marked free of
 * side effects, so a page that takes only endpoints does not evaluate them, nor zod; a page that
 * takes a label or a helper gets the real module as before. A form's schema is taken by `import()`
 * when the form is first checked (each such page's `muatSkema`), which gets the real module in a
 * chunk of its own. The types are the contract's own (the type checker reads the real module), and
 * `test/kontrak-ringan.test.ts` checks that each literal is its contract's method and URL.
 */
export function kontrakRingan(): Plugin {
  const AWALAN = '\0kontrak-ringan:';
  const KONTRAK = /^@simasn\/[a-z]+\/kontrak$/;
  return { name: 'simasn-kontrak-ringan', apply: 'build', enforce: 'pre', async resolveId(sumber, pengimpor, opsi) {
    if (!KONTRAK.test(sumber)) return null;
    const asli = await this.resolve(sumber, pengimpor, { ...opsi, skipSelf: true });
    if (!asli) return null;
    // The light module's own re-exports reach the real one; so does a page's `import()` of a
    // contract, which loads its schemas when a form is first checked (`muatSkema`).
    if (pengimpor?.startsWith(AWALAN)) return { id: asli.id, moduleSideEffects: false };
    // A second instance of the real module under its own id: were it the module the light one
    // re-exports from, the bundler would put it, with every schema, in the chunk the page loads first.
    if (opsi.kind === 'dynamic-import') return `${asli.id}?skema`;
    return `${AWALAN}${sumber}\0${asli.id}`;
  }, async load(id) {
    if (!id.startsWith(AWALAN)) return null;
    const [sumber, berkas] = id.slice(AWALAN.length).split('\0') as [string, string];
    const modul = await import(berkas) as Record<string, unknown>;
    const baris = Object.entries(modul).map(([nama, nilai]) => {
      const titik = daftarTitik(nilai);
      return titik ? `export const ${nama} = ${JSON.stringify(titik)};` : `export { ${nama} } from ${JSON.stringify(sumber)};`;
    });
    return { code: baris.join('\n'), moduleSideEffects: false };
  } };
}

/** A contract object (every value an endpoint: method and URL) as literals without its schemas; otherwise null. */
export function daftarTitik(nilai: unknown): Record<string, Record<string, unknown>> | null {
  if (!nilai || typeof nilai !== 'object' || Array.isArray(nilai)) return null;
  const isi = Object.entries(nilai);
  if (!isi.length ||
    !isi.every(([, t]) => t && typeof t === 'object' && typeof (t as { url?: unknown }).url === 'string' && typeof (t as { method?: unknown }).method === 'string'))
  {
    return null;
  }
  return Object.fromEntries(isi.map(([k, t]) => {
    const { method, url, akses, hasil } = t as Record<string, unknown>;
    return [k, { method, url, akses, ...(hasil ? { hasil } : {}) }];
  }));
}
