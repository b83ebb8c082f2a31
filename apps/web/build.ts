import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import konfigurasi, { FOLDER_WEB } from './vite.config.ts';

/**
 * `npm run build:web`: builds the web app into apps/web/dist with Vite. Skipped when
 * dist/index.html is newer than every source it is built from (so that `npm start` is quick the
 * second time), unless `--paksa` is given.
 */
const AKAR = fileURLToPath(new URL('../../', import.meta.url));
export const FOLDER_DIST = join(FOLDER_WEB, 'dist');
const SUMBER = [
  join(FOLDER_WEB, 'src'),
  join(FOLDER_WEB, 'index.html'),
  // Copied as they are: the service worker, the manifest, the icons.
  join(FOLDER_WEB, 'public'),
  join(FOLDER_WEB, 'vite.config.ts'),
  join(FOLDER_WEB, 'pramuat.ts'),
  join(FOLDER_WEB, 'kontrak-ringan.ts'),
  join(AKAR, 'packages/domain/src'),
  // The contracts the web imports (`@simasn/kontrak`, `@simasn/<module>/kontrak` and their *.types.ts).
  join(AKAR, 'packages/kontrak/src'),
  join(AKAR, 'packages/platform/src'),
  join(AKAR, 'modules'),
];

function waktuTerbaru(jalur: string): number {
  if (!existsSync(jalur)) return 0;
  const s = statSync(jalur);
  if (!s.isDirectory()) return s.mtimeMs;
  let maks = 0;
  for (const nama of readdirSync(jalur)) maks = Math.max(maks, waktuTerbaru(join(jalur, nama)));
  return maks;
}

/** True when dist/index.html exists and is newer than every source file. */
export function distMutakhir(): boolean {
  const indeks = join(FOLDER_DIST, 'index.html');
  if (!existsSync(indeks)) return false;
  const dibuat = statSync(indeks).mtimeMs;
  return SUMBER.every((s) => waktuTerbaru(s) <= dibuat);
}

export interface HasilBangun {
  dilewati: boolean;
  detik: number;
  berkas: number;
  kb: number;
}

/** Text files worth compressing; smaller ones cost more in headers than they save. */
const BISA_DIKOMPRES = /\.(js|css|html|svg|json|txt|map)$/;
const UKURAN_MIN_KOMPRES = 1024;

/**
 * Beside each text file of the build, its brotli (`.br`, highest quality: done once per build) and
 * gzip (`.gz`) forms, which the server sends as they are to browsers that accept them.
 */
export async function tulisTerkompresi(folder: string): Promise<number> {
  let n = 0;
  for (const nama of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const jalur = join(folder, nama);
    if (!BISA_DIKOMPRES.test(nama) || !statSync(jalur).isFile()) continue;
    const isi = readFileSync(jalur);
    if (isi.length < UKURAN_MIN_KOMPRES) continue;
    writeFileSync(`${jalur}.br`, brotliCompressSync(isi, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: isi.length } }));
    writeFileSync(`${jalur}.gz`, gzipSync(isi, { level: 9 }));
    n++;
  }
  return n;
}

export async function bangunWeb(opsi: { paksa?: boolean, senyap?: boolean } = {}): Promise<HasilBangun> {
  const mulai = performance.now();
  if (!opsi.paksa && distMutakhir()) return { dilewati: true, detik: 0, berkas: 0, kb: 0 };
  const keluaran = await build({ ...konfigurasi, configFile: false, logLevel: opsi.senyap ? 'silent' : 'warn' });
  const daftar = (Array.isArray(keluaran) ? keluaran : [keluaran]).flatMap((k) => ('output' in k ? k.output : []));
  await tulisTerkompresi(FOLDER_DIST);
  const kb = daftar.reduce((s, o) => s + (o.type === 'chunk' ? o.code.length : typeof o.source === 'string' ? o.source.length : o.source.byteLength), 0) / 1024;
  return { dilewati: false, detik: (performance.now() - mulai) / 1000, berkas: daftar.length, kb };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const paksa = process.argv.includes('--paksa');
  bangunWeb({ paksa }).then((h) => {
    const tujuan = relative(process.cwd(), FOLDER_DIST) || FOLDER_DIST;
    console.log(
      h.dilewati
        ? `Web: ${tujuan} sudah mutakhir, pembangunan dilewati (pakai --paksa untuk membangun ulang).`
        : `Web: ${h.berkas} berkas (${Math.round(h.kb)} KB) dibangun ke ${tujuan} dalam ${h.detik.toFixed(1)} detik.`,
    );
  }, (e: unknown) => {
    console.error('Pembangunan web gagal:', e);
    process.exit(1);
  });
}
