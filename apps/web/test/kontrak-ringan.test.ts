import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { build, type Rolldown } from 'vite';
import konfigurasi from '../vite.config.ts';
import { daftarTitik } from '../kontrak-ringan.ts';

/**
 * The browser build's contracts (kontrak-ringan.ts): a page that only calls endpoints gets their
 * method and URL as literals and neither zod nor the module's schemas; a page that checks a form
 * against a schema still gets the real schema.
 */
const FOLDER_MODUL = new URL('../../../modules/', import.meta.url);

async function bangunSemua(): Promise<Rolldown.OutputChunk[]> {
  const keluaran = await build({ ...konfigurasi, configFile: false, logLevel: 'silent', mode: 'production', define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { ...konfigurasi.build, write: false, emptyOutDir: false } });
  const hasil = (Array.isArray(keluaran) ? keluaran : [keluaran]) as Rolldown.RolldownOutput[];
  return hasil.flatMap((h) => h.output).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
}

/** The modules a page's chunk evaluates before it renders: its own and those of the chunks it imports statically. */
function modulDimuat(potongan: Rolldown.OutputChunk[], halaman: RegExp, menurut: 'facadeModuleId' | 'fileName' = 'facadeModuleId'): string[] {
  const perNama = new Map(potongan.map((p) => [p.fileName, p]));
  const awal = potongan.find((p) => p[menurut] && halaman.test(p[menurut]!));
  if (!awal) throw new Error(`tak ada potongan untuk ${halaman}`);
  const dilihat = new Set<string>();
  const antre = [awal];
  while (antre.length) {
    const p = antre.pop()!;
    if (dilihat.has(p.fileName)) continue;
    dilihat.add(p.fileName);
    for (const i of p.imports) antre.push(perNama.get(i)!);
  }
  return [...dilihat].flatMap((n) => Object.keys(perNama.get(n)!.modules));
}

const ZOD = /[\\/]node_modules[\\/]zod[\\/]/;
const SKEMA = /\.types\.ts$|[\\/]kontrak[\\/]src[\\/]zod\.ts$/;

describe('contracts in the browser build', () => {
  it("every contract object becomes its endpoints' method, URL, access and file kind", async () => {
    const folder = readdirSync(FOLDER_MODUL).filter((m) => readdirSync(new URL(`${m}/src/`, FOLDER_MODUL)).includes('kontrak.ts'));
    expect(folder.length).toBeGreaterThan(10);
    let jumlah = 0;
    for (const m of folder) {
      const modul = await import(new URL(`${m}/src/kontrak.ts`, FOLDER_MODUL).href) as Record<string, unknown>;
      for (const [nama, nilai] of Object.entries(modul)) {
        const ringan = daftarTitik(nilai);
        if (!nama.startsWith('KONTRAK_')) {
          expect(ringan, `${m}: ${nama}`).toBeNull();
          continue;
        }
        expect(ringan, `${m}: ${nama}`).not.toBeNull();
        for (const [k, t] of Object.entries(nilai as Record<string, { method: string, url: string, akses: unknown, hasil?: string }>)) {
          expect(ringan![k]).toEqual({ method: t.method, url: t.url, akses: t.akses, ...(t.hasil ? { hasil: t.hasil } : {}) });
          jumlah++;
        }
      }
    }
    expect(jumlah).toBeGreaterThan(200);
  });

  it("takes the contract package's values from its zod-free entry points only", () => {
    // `@simasn/kontrak` itself also exports the zod helpers, whose module configures zod when evaluated.
    const berkas = readdirSync(new URL('../src/', import.meta.url), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    const nilai = berkas.filter((f) => /^import \{[^}]*\} from '@simasn\/kontrak';/m.test(readFileSync(new URL(`../src/${f}`, import.meta.url), 'utf8')));
    expect(nilai).toEqual([]);
  });

  it('a list page loads no zod and no schema; a form gets its schema, with zod, when first checked', async () => {
    const potongan = await bangunSemua();
    // Lists, a dashboard, and pages that show labels declared in a contract's pure files (status-akun.ts,
    // status-kgb.ts, komponen-gaji.ts, aturan-kinerja.ts) or check a form only on its first submit.
    for (const h of [
      /DaftarPegawai\.tsx$/,
      /EPangkat\.tsx$/,
      /Beranda\.tsx$/,
      /DasborPresensi\.tsx$/,
      /GantiSandi\.tsx$/,
      /CutiSaya\.tsx$/,
      /KelolaAkun\.tsx$/,
      /KgbBulanan\.tsx$/,
      /DaftarGajiTpp\.tsx$/,
      /KinerjaSaya\.tsx$/,
      /KinerjaTim\.tsx$/,
    ]) {
      const modul = modulDimuat(potongan, h);
      expect(modul.filter((m) => ZOD.test(m) || SKEMA.test(m)), String(h)).toEqual([]);
    }
    // AktivitasSaya checks a day's activity against skemaSimpanAktivitas before sending it: the
    // schema comes with the form's first check (`muatSkema`), in a chunk of its own with zod.
    const aktivitas = modulDimuat(potongan, /AktivitasSaya\.tsx$/);
    expect(aktivitas.filter((m) => ZOD.test(m) || SKEMA.test(m))).toEqual([]);
    const halaman = potongan.find((p) => p.facadeModuleId?.endsWith('AktivitasSaya.tsx'))!;
    const nanti = halaman.dynamicImports.map((d) => modulDimuat(potongan, new RegExp(`^${d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), 'fileName'));
    expect(nanti.some((m) => m.some((x) => ZOD.test(x)) && m.some((x) => /[\\/]aktivitas[\\/]src[\\/].+\.types\.ts$/.test(x)))).toBe(true);
  }, 180_000);
});
