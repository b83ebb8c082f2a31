import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { DATA_AWAL } from './src/data-awal.ts';
import { ALAMAT_LONCENG } from './src/lonceng-awal.ts';

/**
 * What the server puts in the app shell for a page opened directly (a link, a reload, a bookmark):
 * the page's own chunks (`<link rel="modulepreload">`) and styles, so the browser fetches them
 * together with the entry script instead of after it has run (`muatHalamanAwal` then finds them
 * here). Written by the build as dist/pramuat-halaman.json, read by apps/server/src/statis.ts.
 */
export interface PramuatHalaman {
  /** Route pattern as in daftar-halaman.tsx (`/pegawai/:nip`). */
  jalur: string;
  /** The page's chunk and the chunks it imports statically, minus those the entry already loads. */
  js: string[];
  css: string[];
  /**
   * API addresses the page asks for as soon as its code runs, whatever the address: for a page in
   * the frame, the notification bell's list. The server names them in the shell
   * (`<link rel="preload" as="fetch">`), so they travel with the session instead of after the scripts.
   */
  api: string[];
  /**
   * The page's first data (src/data-awal.ts), named in the shell only when the page is opened
   * without a query string: a query (filters, a page number) changes what the page asks for.
   */
  data: string[];
}

export const BERKAS_PRAMUAT = 'pramuat-halaman.json';

/**
 * Each page of daftar-halaman.tsx with the module its component is loaded from
 * (`{ jalur: '/pegawai', …, komponen: malas(() => import('./halaman/DaftarPegawai.tsx'), …) }`).
 * An entry whose component is declared elsewhere (a wrapper) is left out: it loads as before.
 */
export function modulHalaman(sumber: string): { jalur: string, modul: string, tanpaKerangka: boolean }[] {
  return sumber.split(/\{ jalur: '/).slice(1).flatMap((bagian) => {
    const m = /import\('\.\/(halaman\/[^']+)'\)/.exec(bagian);
    return m ? [{ jalur: bagian.slice(0, bagian.indexOf("'")), modul: m[1]!, tanpaKerangka: /tanpaKerangka: true/.test(bagian) }] : [];
  });
}

/** The Vite plugin that writes dist/pramuat-halaman.json. */
export function pramuatHalaman(fileDaftar: string): Plugin {
  // After Vite's own (order 'post'): it drops the chunks that only carried a stylesheet (their CSS
  // moved to the chunks importing them); listed before that, a page preloaded a script that no longer
  // existed, which the server answered with the app's HTML (a console error on /survei/:token).
  return { name: 'simasn-pramuat-halaman', apply: 'build', generateBundle: { order: 'post', handler(_opsi, bundel) {
    const potongan = Object.values(bundel).filter((b) => b.type === 'chunk');
    const menurutNama = new Map(potongan.map((p) => [p.fileName, p]));
    const tertutup = (awal: string[]): Set<string> => {
      const hasil = new Set<string>();
      const tumpuk = [...awal];
      while (tumpuk.length) {
        const n = tumpuk.pop()!;
        if (hasil.has(n)) continue;
        hasil.add(n);
        tumpuk.push(...(menurutNama.get(n)?.imports ?? []));
      }
      return hasil;
    };
    const sudahDiEntri = tertutup(potongan.filter((p) => p.isEntry).map((p) => p.fileName));
    const menurutModul = new Map(potongan.filter((p) => p.isDynamicEntry && p.facadeModuleId).map((p) => [p.facadeModuleId!.replaceAll('\\', '/'), p]));
    const daftar: PramuatHalaman[] = [];
    for (const { jalur, modul, tanpaKerangka } of modulHalaman(readFileSync(fileDaftar, 'utf8'))) {
      const p = [...menurutModul].find(([id]) => id.endsWith(`/src/${modul}`))?.[1];
      if (!p) continue;
      const js = [...tertutup([p.fileName])].filter((n) => !sudahDiEntri.has(n));
      const css = js.flatMap((n) => [...(menurutNama.get(n)?.viteMetadata?.importedCss ?? [])]);
      daftar.push({ jalur, js: js.map((n) => `/${n}`), css: css.map((n) => `/${n}`), api: tanpaKerangka ? [] : [ALAMAT_LONCENG], data: [...(DATA_AWAL[jalur] ?? [])] });
    }
    // (A build without the pages, as test/bundel-awal.test.ts makes to weigh the entry alone, has none to check.)
    const tanpaHalaman = daftar.length ? Object.keys(DATA_AWAL).filter((j) => !daftar.some((d) => d.jalur === j)) : [];
    if (tanpaHalaman.length) this.error(`src/data-awal.ts names patterns without a page loaded from daftar-halaman.tsx: ${tanpaHalaman.join(', ')}`);
    this.emitFile({ type: 'asset', fileName: BERKAS_PRAMUAT, source: JSON.stringify(daftar) });
  } } };
}
