import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { KONTRAK_AUTH } from '@simasn/akun/kontrak';
import { KONTRAK_LAYANAN } from '@simasn/layanan/kontrak';
import konfigurasi from '../vite.config.ts';
import { TITIK_AWAL } from '../src/titik-awal.ts';
import { ALAMAT_LONCENG, MASUKAN_LONCENG } from '../src/lonceng-awal.ts';
import { denganKueri } from '../src/api.ts';
import { BERKAS_PRAMUAT, modulHalaman } from '../pramuat.ts';
import { readFileSync } from 'node:fs';

/**
 * The first load, what a new user's browser fetches before the login page shows: the entry script
 * and everything it imports statically (the pages are loaded on first use, see daftar-halaman.tsx).
 * It is built here as `npm run build:web` builds it, with the pages' dynamic imports left out, and
 * must carry neither zod nor a module's schemas: those came in through the login contract and the
 * error-body check and made the first load about 45 KB heavier (brotli), every cold visit.
 */
async function bangunEntri(): Promise<{ kode: string, modul: string[] }> {
  const keluaran = await build({
    ...konfigurasi,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    // vitest runs with NODE_ENV=test, which would bundle the libraries' development builds.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { ...konfigurasi.build, write: false, emptyOutDir: false, modulePreload: false },
    plugins: [...(konfigurasi.plugins ?? []), { name: 'tanpa-halaman', resolveDynamicImport: (spesifikasi) => ({ id: String(spesifikasi), external: true }) }],
  });
  const hasil = (Array.isArray(keluaran) ? keluaran : [keluaran]) as Rolldown.RolldownOutput[];
  const potongan = hasil.flatMap((h) => h.output).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  return { kode: potongan.map((p) => p.code).join('\n'), modul: potongan.flatMap((p) => Object.keys(p.modules)) };
}

/** The whole build, as `npm run build:web` makes it: every file it writes. */
async function bangunKeluaran(): Promise<(Rolldown.OutputChunk | Rolldown.OutputAsset)[]> {
  const keluaran = await build({ ...konfigurasi, configFile: false, logLevel: 'silent', mode: 'production', define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { ...konfigurasi.build, write: false, emptyOutDir: false } });
  return ((Array.isArray(keluaran) ? keluaran : [keluaran]) as Rolldown.RolldownOutput[]).flatMap((h) => h.output);
}

/** The chunks of the whole build by file name. */
const potonganDari = (keluaran: (Rolldown.OutputChunk | Rolldown.OutputAsset)[]) =>
  new Map(keluaran.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk').map((c) => [c.fileName, c]));
const bangunPotongan = async () => potonganDari(await bangunKeluaran());

/** A chunk and the chunks it imports statically, directly or not (all evaluated before it runs). */
function tertutup(potongan: Map<string, Rolldown.OutputChunk>, awal: string): Set<string> {
  const kunjung = new Set([awal]);
  for (const f of kunjung) for (const x of potongan.get(f)?.imports ?? []) kunjung.add(x);
  return kunjung;
}

const halamanDari = (potongan: Map<string, Rolldown.OutputChunk>) => [...potongan.values()].filter((c) => c.facadeModuleId && /[\\/]src[\\/]halaman[\\/]/.test(c.facadeModuleId));

/** For each page's chunk, the modules of the chunks it imports statically (evaluated before its first render). */
async function bangunSemua(): Promise<{ halaman: string, modul: string[] }[]> {
  const potongan = await bangunPotongan();
  return halamanDari(potongan).map((c) => ({ halaman: c.facadeModuleId!.replace(/^.*[\\/]/, ''),
    modul: [...tertutup(potongan, c.fileName)].flatMap((f) => Object.entries(potongan.get(f)?.modules ?? {}).filter(([, m]) => m.renderedLength > 0).map(([id]) => id)) })
  );
}

describe('the pages', () => {
  it("evaluate neither zod nor a module's schemas before their first render (a form loads its schema when it is checked)", async () => {
    const halaman = await bangunSemua();
    expect(halaman.length).toBeGreaterThan(50);
    const berskema = halaman.filter((h) => h.modul.some((m) => /[\\/]node_modules[\\/]zod[\\/]|\.types\.ts$|packages[\\/]kontrak[\\/]src[\\/]zod\.ts$/.test(m)));
    expect(berskema.map((h) => `${h.halaman}: ${h.modul.filter((m) => /zod|\.types\.ts$/.test(m)).slice(0, 3).join(', ')}`)).toEqual([]);
  }, 180_000);

  it('opened directly, load a few scripts each (the entry and its core, the shared rules and components, the page), no two chunks importing each other', async () => {
    const potongan = await bangunPotongan();
    const entri = [...potongan.values()].find((c) => c.isEntry)!;
    const awal = tertutup(potongan, entri.fileName);
    // The first load: the entry, the frame with Preact, react-query and the router (inti), and the
    // rules two or more chunks share (domain). It was the entry and seven chunks of 73 bytes to 43 KB.
    expect([...awal].map((f) => f.replace(/-[\w-]+\.js$/, '')).sort()).toEqual(['assets/domain', 'assets/index', 'assets/inti']);
    const jumlah = halamanDari(potongan).map((c) => new Set([...awal, ...tertutup(potongan, c.fileName)]).size).sort((a, b) => a - b);
    // Each was some 16 scripts (median), each a request the browser and the service worker handle.
    expect(jumlah[Math.floor(jumlah.length / 2)]).toBeLessThanOrEqual(7);
    expect(jumlah.at(-1)).toBeLessThanOrEqual(13);
    // A chunk that imports one importing it would run before what it needs from it is defined.
    const lingkar = [...potongan.keys()].filter((f) => [...tertutup(potongan, f)].some((x) => x !== f && tertutup(potongan, x).has(f)));
    expect(lingkar).toEqual([]);
  }, 180_000);

  it('are preloaded (dist/pramuat-halaman.json) with files the build wrote, not a chunk it dropped', async () => {
    const keluaran = await bangunKeluaran();
    const ditulis = new Set(keluaran.map((o) => `/${o.fileName}`));
    const pramuat = keluaran.find((o): o is Rolldown.OutputAsset => o.type === 'asset' && o.fileName === BERKAS_PRAMUAT)!;
    const daftar = JSON.parse(String(pramuat.source)) as { jalur: string, js: string[], css: string[] }[];
    expect(daftar.length).toBeGreaterThan(50);
    // A stylesheet-only chunk (survei.css) is folded into its importer after the chunks are made: it was listed all the same.
    expect(daftar.flatMap((d) => [...d.js, ...d.css].filter((f) => !ditulis.has(f)).map((f) => `${d.jalur}: ${f}`))).toEqual([]);
    expect(daftar.find((d) => d.jalur === '/survei/:token')?.css.some((f) => f.includes('/survei-'))).toBe(true);
  }, 180_000);
});

describe('the entry script (first load)', () => {
  it('carries no zod and no contract schemas, and stays within its byte budget', async () => {
    const { kode, modul } = await bangunEntri();
    expect(modul.filter((m) => /[\\/]node_modules[\\/]zod[\\/]/.test(m))).toEqual([]);
    expect(modul.filter((m) => /\.types\.ts$|[\\/]kontrak\.ts$|packages[\\/]kontrak[\\/]src[\\/](zod|galat|respons|daftar)\.ts$/.test(m))).toEqual([]);
    expect(kode).not.toMatch(/ZodError|\$ZodType/);
    // Preact (React's API through preact/compat, see vite.config.ts), react-query, react-router and the
    // app's shell: about 54 KB gzip (with React DOM it was about 96 KB, and a third of each load's CPU).
    expect(gzipSync(kode, { level: 9 }).length).toBeLessThan(64 * 1024);
    expect(modul.filter((m) => /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/.test(m))).toEqual([]);
  }, 120_000);

  it('names each endpoint it calls as its contract declares it', () => {
    for (const [nama, t] of Object.entries(TITIK_AWAL.auth)) {
      const k = KONTRAK_AUTH[nama as keyof typeof KONTRAK_AUTH];
      expect({ nama, method: t.method, url: t.url }).toEqual({ nama, method: k.method, url: k.url });
    }
    for (const [nama, t] of Object.entries(TITIK_AWAL.layanan)) {
      const k = KONTRAK_LAYANAN[nama as keyof typeof KONTRAK_LAYANAN];
      expect({ nama, method: t.method, url: t.url }).toEqual({ nama, method: k.method, url: k.url });
    }
  });

  it("preloads the bell's list under the address the bell asks for, for the pages in the frame only", () => {
    // The shell's `<link rel="preload" as="fetch">` is taken only by a request to the same address.
    expect(denganKueri(TITIK_AWAL.layanan.notifikasi.url, MASUKAN_LONCENG.query)).toBe(ALAMAT_LONCENG);
    const halaman = modulHalaman(readFileSync(new URL('../src/daftar-halaman.tsx', import.meta.url), 'utf8'));
    expect(halaman.filter((h) => h.tanpaKerangka).map((h) => h.jalur)).toEqual(['/survei/:token', '/verifikasi-sertifikat/:kode']);
    expect(halaman.find((h) => h.jalur === '/pegawai')?.tanpaKerangka).toBe(false);
  });
});
