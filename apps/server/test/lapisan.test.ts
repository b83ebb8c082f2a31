import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Layers point one way: packages/domain <- packages/db <- packages/platform <- modules/* <- apps/*.
 * This test reads every .ts/.tsx file of the repository, finds its imports and fails when
 * - a packages/* file imports a module or an app (by path or by @simasn/ name);
 * - packages/domain/src imports anything but its own files (pure code: no node:, no npm, no db);
 * - a workspace reaches into another workspace by a relative path, or imports `@simasn/x/sub`
 *   that x's package.json `exports` does not declare (so never `@simasn/x/src/...`);
 * - a module or package imports an app;
 * - a workspace imports an `@simasn/*` package its package.json does not list (src: dependencies;
 *   test: dependencies or devDependencies), or the declared module graph has a cycle.
 * `periksaLapisan` is exported so that a planted violation can be checked by hand.
 */

const AKAR = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

type Lapis = 'domain' | 'package' | 'module' | 'app' | 'root';
interface Ruang {
  nama: string; // package name
  folder: string; // absolute folder
  lapis: Lapis;
  exports: Set<string>; // '.', './uji', ...
  berkasExport: Map<string, string>; // subpath -> absolute file
  dependencies: Set<string>;
  devDependencies: Set<string>;
}

function bacaRuang(): Ruang[] {
  const hasil: Ruang[] = [];
  for (const induk of ['packages', 'modules', 'apps']) {
    for (const n of readdirSync(join(AKAR, induk))) {
      const folder = join(AKAR, induk, n);
      let pj: { name: string, exports?: Record<string, string> | string, dependencies?: Record<string, string>, devDependencies?: Record<string, string> };
      try {
        pj = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
      } catch {
        continue;
      }
      const lapis: Lapis = induk === 'modules' ? 'module' : induk === 'apps' ? 'app' : n === 'domain' ? 'domain' : 'package';
      const exp = pj.exports === undefined ? [] : typeof pj.exports === 'string' ? ['.'] : Object.keys(pj.exports);
      const peta = pj.exports === undefined ? {} : typeof pj.exports === 'string' ? { '.': pj.exports } : pj.exports;
      hasil.push({ nama: pj.name, folder, lapis, exports: new Set(exp), berkasExport: new Map(Object.entries(peta).map(([k, v]) => [k, resolve(folder, v)])),
        dependencies: new Set(Object.keys(pj.dependencies ?? {})), devDependencies: new Set(Object.keys(pj.devDependencies ?? {})) });
    }
  }
  return hasil;
}

function berkasTs(folder: string, keluar: string[] = []): string[] {
  for (const n of readdirSync(folder)) {
    if (n === 'node_modules' || n.startsWith('.') || n === 'dist' || n === 'data') continue;
    const p = join(folder, n);
    const s = statSync(p);
    if (s.isDirectory()) berkasTs(p, keluar);
    else if (/\.tsx?$/.test(n) && !n.endsWith('.d.ts')) keluar.push(p);
  }
  return keluar;
}

/** Import specifiers of a source text: static imports/exports, side-effect imports, import(). */
export function daftarImpor(teks: string): string[] {
  const tanpaKomentar = teks.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const hasil: string[] = [];
  const pola = [
    /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /(?:^|[\s;])import\s*['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const p of pola) for (const m of tanpaKomentar.matchAll(p)) hasil.push(m[1]!);
  return hasil;
}

export interface Pelanggaran {
  berkas: string;
  impor: string;
  alasan: string;
}

/** Checks one file's imports against the layering rules. */
export function periksaBerkas(berkas: string, teks: string, semua: Ruang[]): Pelanggaran[] {
  const keluar: Pelanggaran[] = [];
  const milik = semua.find((r) => berkas.startsWith(r.folder + sep));
  const lapisSendiri: Lapis = milik?.lapis ?? 'root';
  const diUji = milik ? relative(milik.folder, berkas).split(sep)[0] !== 'src' : true;
  const rel = relative(AKAR, berkas);
  const salah = (impor: string, alasan: string) => keluar.push({ berkas: rel, impor, alasan });
  for (const impor of daftarImpor(teks)) {
    let tujuan: Ruang | undefined;
    let subpath = '.';
    if (impor.startsWith('.')) {
      const abs = resolve(dirname(berkas), impor);
      if (!abs.startsWith(AKAR + sep)) continue; // ../shared beside the repository: data, not code
      tujuan = semua.find((r) => abs.startsWith(r.folder + sep));
      if (tujuan && milik && tujuan !== milik) salah(impor, `reaches into ${tujuan.nama} by a relative path; import it by its package name`);
      if (tujuan && !milik && tujuan.lapis !== 'app') salah(impor, `reaches into ${tujuan.nama} by a relative path; import it by its package name`);
      if (tujuan === milik) tujuan = undefined; // own files
    } else if (impor.startsWith('@simasn/') || impor === 'simasn' || impor.startsWith('simasn/')) {
      const bagian = impor.split('/');
      const nama = impor.startsWith('@') ? `${bagian[0]}/${bagian[1]}` : bagian[0]!;
      subpath = impor.startsWith('@') ? (bagian.length > 2 ? `./${bagian.slice(2).join('/')}` : '.') : (bagian.length > 1 ? `./${bagian.slice(1).join('/')}` : '.');
      tujuan = semua.find((r) => r.nama === nama);
      if (!tujuan) {
        salah(impor, 'unknown workspace package');
        continue;
      }
      if (!tujuan.exports.has(subpath)) salah(impor, `${tujuan.nama} does not export "${subpath}" (declare it in its package.json exports or use the entry point)`);
      if (milik && tujuan !== milik) {
        const daftar = diUji ? new Set([...milik.dependencies, ...milik.devDependencies]) : milik.dependencies;
        if (!daftar.has(tujuan.nama)) salah(impor, `${milik.nama}'s package.json does not list ${tujuan.nama}${diUji ? '' : ' in dependencies'}`);
      }
    } else if (lapisSendiri === 'domain' && !diUji) {
      salah(impor, 'packages/domain is pure: it imports only its own files');
      continue;
    }
    if (lapisSendiri === 'domain' && !diUji && tujuan) salah(impor, 'packages/domain is pure: it imports only its own files');
    if (!tujuan) continue;
    if ((lapisSendiri === 'package' || lapisSendiri === 'domain') && (tujuan.lapis === 'module' || tujuan.lapis === 'app')) {
      salah(impor, `a package imports ${tujuan.lapis === 'module' ? 'a module' : 'an app'} (${tujuan.nama})`);
    }
    if (lapisSendiri === 'module' && tujuan.lapis === 'app') salah(impor, `a module imports an app (${tujuan.nama})`);
  }
  return keluar;
}

export function periksaLapisan(): Pelanggaran[] {
  const semua = bacaRuang();
  const keluar: Pelanggaran[] = [];
  const folder = [...semua.map((r) => r.folder), ...['bench', 'e2e', 'scripts'].map((f) => join(AKAR, f))];
  for (const f of folder) for (const b of berkasTs(f)) keluar.push(...periksaBerkas(b, readFileSync(b, 'utf8'), semua));
  keluar.push(...periksaSiklus(semua));
  return keluar;
}

/**
 * The web bundles what it imports from the workspaces, so every file reachable from its
 * `@simasn/*` imports must be pure: only its own workspace's files, other pure entry points and
 * zod (no node:, no database, no server code, no other npm package). Without this a page could
 * import a module's index and pull the server into the browser bundle; the rule holds by
 * reachability, whatever the subpath is called.
 */
const NPM_MURNI = new Set(['zod']);

export function periksaMurni(entri: string[], semua: Ruang[]): Pelanggaran[] {
  const keluar: Pelanggaran[] = [];
  const dikunjungi = new Set<string>();
  const antre = entri.map((b) => ({ berkas: b, dari: b }));
  while (antre.length) {
    const { berkas, dari } = antre.shift()!;
    if (dikunjungi.has(berkas)) continue;
    dikunjungi.add(berkas);
    let teks: string;
    try {
      teks = readFileSync(berkas, 'utf8');
    } catch {
      keluar.push({ berkas: relative(AKAR, dari), impor: relative(AKAR, berkas), alasan: 'file not found' });
      continue;
    }
    for (const impor of daftarImpor(teks)) {
      const salah = (alasan: string) => keluar.push({ berkas: relative(AKAR, berkas), impor, alasan: `${alasan} (reached from ${relative(AKAR, dari)})` });
      if (impor.startsWith('.')) {
        antre.push({ berkas: resolve(dirname(berkas), impor), dari });
        continue;
      }
      if (impor.startsWith('@simasn/')) {
        const bagian = impor.split('/');
        const r = semua.find((x) => x.nama === `${bagian[0]}/${bagian[1]}`);
        const f = r?.berkasExport.get(bagian.length > 2 ? `./${bagian.slice(2).join('/')}` : '.');
        if (!f) {
          salah('unknown entry point');
          continue;
        }
        antre.push({ berkas: f, dari });
        continue;
      }
      if (!NPM_MURNI.has(impor)) salah('not pure: the web bundle would carry it');
    }
  }
  return keluar;
}

/** What apps/web/src imports from the workspaces, as files. */
function entriWeb(semua: Ruang[]): string[] {
  const keluar = new Set<string>();
  for (const b of berkasTs(join(AKAR, 'apps/web/src'))) {
    for (const impor of daftarImpor(readFileSync(b, 'utf8'))) {
      if (!impor.startsWith('@simasn/')) continue;
      const bagian = impor.split('/');
      const f = semua.find((x) => x.nama === `${bagian[0]}/${bagian[1]}`)?.berkasExport.get(bagian.length > 2 ? `./${bagian.slice(2).join('/')}` : '.');
      if (f) keluar.add(f);
    }
  }
  return [...keluar];
}

/** The declared graph (dependencies + devDependencies between workspaces) has no cycle. */
function periksaSiklus(semua: Ruang[]): Pelanggaran[] {
  const keluar: Pelanggaran[] = [];
  const nama = new Set(semua.map((r) => r.nama));
  const tepi = new Map(semua.map((r) => [r.nama, [...r.dependencies, ...r.devDependencies].filter((d) => nama.has(d) && d !== r.nama)]));
  const keadaan = new Map<string, 1 | 2>();
  const jalur: string[] = [];
  const kunjungi = (n: string) => {
    keadaan.set(n, 1);
    jalur.push(n);
    for (const d of tepi.get(n) ?? []) {
      if (keadaan.get(d) === 1) keluar.push({ berkas: 'package.json', impor: d, alasan: `cycle ${[...jalur.slice(jalur.indexOf(d)), d].join(' -> ')}` });
      else if (!keadaan.has(d)) kunjungi(d);
    }
    jalur.pop();
    keadaan.set(n, 2);
  };
  for (const n of nama) if (!keadaan.has(n)) kunjungi(n);
  return keluar;
}

describe('layers point one way', () => {
  it('finds imports of every form', () => {
    expect(daftarImpor(`import a from 'x';\nimport type { B } from "y";\nexport * from './z.ts';\nimport './w.css';\nconst m = await import('v');\n// import q from 'komentar'`))
      .toEqual(['x', 'y', './z.ts', './w.css', 'v']);
  });

  it('catches a planted violation of each rule', () => {
    const semua = bacaRuang();
    const di = (p: string) => join(AKAR, p);
    const alasan = (p: string, teks: string) => periksaBerkas(di(p), teks, semua).map((x) => x.alasan);
    expect(alasan('packages/platform/src/x.ts', `import { a } from '@simasn/kepegawaian';`).join()).toMatch(/a package imports a module/);
    expect(alasan('packages/db/src/x.ts', `import { a } from '../../../modules/layanan/src/index.ts';`).join()).toMatch(/relative path/);
    expect(alasan('packages/domain/src/x.ts', `import { readFileSync } from 'node:fs';`).join()).toMatch(/pure/);
    expect(alasan('modules/layanan/src/x.ts', `import { a } from '../../kepegawaian/src/pegawai/tambah-pegawai.ts';`).join()).toMatch(/relative path/);
    expect(alasan('modules/layanan/src/x.ts', `import { a } from '@simasn/kepegawaian/src/index.ts';`).join()).toMatch(/does not export/);
    expect(alasan('modules/layanan/src/x.ts', `import { a } from '@simasn/demo';`).join()).toMatch(/a module imports an app/);
    expect(alasan('modules/akun/src/x.ts', `import { a } from '@simasn/layanan';`).join()).toMatch(/does not list/);
    expect(alasan('modules/layanan/src/x.ts', `import { a } from '@simasn/kepegawaian';`)).toEqual([]);
  });

  it('holds for every file of the repository', () => {
    expect(periksaLapisan()).toEqual([]);
  });

  it('the web imports only pure code from the workspaces (contracts, domain, declarations)', () => {
    const semua = bacaRuang();
    const entri = entriWeb(semua);
    expect(entri.length).toBeGreaterThan(5);
    expect(periksaMurni(entri, semua)).toEqual([]);
    // A planted violation: a module's index is server code.
    const layanan = semua.find((r) => r.nama === '@simasn/layanan')!.berkasExport.get('.')!;
    expect(periksaMurni([layanan], semua).map((x) => x.alasan).join()).toMatch(/not pure/);
  });
});
