import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { periodeKpBerikutnya, type TanggalIso } from '@simasn/domain';

/** Hashed build output (`/assets/index-BBT9KXXx.js`): its name changes with its content, so it never goes stale. */
export const CACHE_ASET = 'public, max-age=31536000, immutable';
/** Everything else (index.html, the app shell served for client-side routes): asked again each time, so a new release shows at once. */
export const CACHE_SHELL = 'no-cache';

/**
 * The built web app (apps/web/dist): the `.br`/`.gz` siblings the build writes are sent to a
 * browser that accepts them (Content-Encoding, Vary: Accept-Encoding), nothing is compressed per
 * request; hashed assets are cached for a year, the shell is revalidated. The shell itself
 * (`/` and every client-side route) is sent by `buatShellWeb`, not as a file.
 */
export async function pasangWebStatis(app: FastifyInstance, folder: string): Promise<void> {
  await app.register(fastifyStatic, { root: folder, wildcard: false, index: false, preCompressed: true, cacheControl: false, setHeaders(reply, jalur) {
    reply.header('cache-control', /[\\/]assets[\\/]/.test(jalur) ? CACHE_ASET : CACHE_SHELL);
  } });
}

/** One page's own code, as the web build lists it (apps/web/pramuat.ts). */
interface PramuatHalaman {
  jalur: string;
  js: string[];
  css: string[];
  /** API addresses the page asks for as soon as its code runs (the frame's notification bell); absent in an older build. */
  api?: string[];
  /** The page's first data (apps/web/src/data-awal.ts), for an address without a query string; absent in an older build. */
  data?: string[];
}

/** `/pegawai/:nip` matches `/pegawai/1990…` (one non-empty segment per parameter), a trailing slash allowed, as react-router matches. */
function cocokJalur(pola: string, jalur: string): boolean {
  const a = pola.split('/').filter(Boolean);
  const b = jalur.split('/').filter(Boolean);
  return a.length === b.length && a.every((s, i) => s.startsWith(':') || s.toLowerCase() === b[i]!.toLowerCase());
}

/** The values of a pattern's parameters in a matching address: `/pegawai/:nip` in `/pegawai/1990…` gives { nip: '1990…' }. */
function parameterJalur(pola: string, jalur: string): Map<string, string> {
  const b = jalur.split('/').filter(Boolean);
  return new Map(pola.split('/').filter(Boolean).flatMap((s, i) => (s.startsWith(':') ? [[s.slice(1), b[i]!] as const] : [])));
}

/**
 * A page's first data may name the address's own parameters (`/api/pegawai/{:nip}` for
 * `/pegawai/:nip`): filled with the value in the address, when it is a plain one (letters, digits,
 * `-`, `_`); otherwise the address is left out and the page asks for its own.
 */
const TEMPAT_PARAM = /\{:([A-Za-z]+)\}/g;
const adaParam = (alamat: string) => alamat.search(TEMPAT_PARAM) >= 0;
function isiParam(alamat: string, nilai: Map<string, string>): string | null {
  let sah = true;
  const hasil = alamat.replace(TEMPAT_PARAM, (_, k: string) => {
    const v = nilai.get(k);
    if (v === undefined || !/^[\w-]+$/.test(v)) sah = false;
    return v ?? '';
  });
  return sah ? hasil : null;
}

const hrefAman = (h: string) => /^\/assets\/[\w.-]+\.(js|css)$/.test(h);
/**
 * The day a page's first data may name (apps/web/src/data-awal.ts): `{tahun}` 2026, `{bulan}`
 * 2026-12, `{tanggal}` 2026-12-05, the instansi's local day as the page computes it; and what the
 * page computes from that day alone: `{periodeKp}` the next KP period (2027-04-01), E-Pangkat's.
 */
const TEMPAT_HARI = /\{(tahun|bulan|tanggal|periodeKp)\}/g;
const adaHari = (alamat: string) => alamat.search(TEMPAT_HARI) >= 0;
const NILAI_HARI: Record<string, (tanggal: TanggalIso) => string | undefined> = { tahun: (t) => t.slice(0, 4), bulan: (t) => t.slice(0, 7), tanggal: (t) => t,
  periodeKp: (t) => periodeKpBerikutnya(t) };
function isiHari(alamat: string, tanggal: TanggalIso): string | null {
  const nilai = [...alamat.matchAll(TEMPAT_HARI)].map(([, k]) => NILAI_HARI[k!]!(tanggal));
  if (nilai.includes(undefined)) return null;
  let i = 0;
  return alamat.replace(TEMPAT_HARI, () => nilai[i++]!);
}

/**
 * A page's first data may name a value from another answer the page reads first, when the page
 * takes it as it comes: `/api/indeks/nspk/{/api/indeks/nspk#0.tahun}` is the detail of the first
 * year of the list, as the page opens it. The server asks that address itself, as the caller
 * (`tanya`), and fills in the value at that path (`0.tahun`, `pengguna.nip`) when it is a plain one
 * and, with `?path` after it (`{/api/tpp/bulan#bulan?ada}`), only when the answer holds something
 * there, as the page asks only then;
 * otherwise (no answer, refused, not there, a value that is not plain, no answer within
 * BATAS_TANYA_MS) the address is left out and the page asks for its own. One question per address
 * per shell.
 */
const TEMPAT_JAWABAN = /\{(\/api\/[\w/-]+)#([\w.]+)(?:\?([\w.]+))?\}/g;
const adaJawaban = (alamat: string) => alamat.search(TEMPAT_JAWABAN) >= 0;
/** How long the shell waits for such an answer: a page waiting for its shell waits for everything. */
export const BATAS_TANYA_MS = 250;
/** What is at a dotted path (`items.0.id`) of a JSON answer (undefined when nothing is). */
function di(jawaban: unknown, jalur: string): unknown {
  let x = jawaban;
  for (const k of jalur.split('.')) {
    if (x === null || typeof x !== 'object' || !Object.hasOwn(x, k)) return undefined;
    x = (x as Record<string, unknown>)[k];
  }
  return x;
}
/** Whether the path holds something the page would go on with (not false, 0, '', null, absent). */
const bernilai = (jawaban: unknown, jalur: string) => !!di(jawaban, jalur);
/** The value at a dotted path of a JSON answer, as text when it is a plain string or number. */
function nilaiDi(jawaban: unknown, jalur: string): string | null {
  const x = di(jawaban, jalur);
  const teks = typeof x === 'number' && Number.isFinite(x) ? String(x) : typeof x === 'string' ? x : null;
  return teks !== null && /^[\w-]+$/.test(teks) ? teks : null;
}
async function isiJawaban(alamat: string, tanya: (alamat: string) => Promise<unknown>): Promise<string | null> {
  const nilai = new Map<string, string | null>();
  for (const [tempat, sumber, jalur, syarat] of alamat.matchAll(TEMPAT_JAWABAN)) {
    const jawaban = await tanya(sumber!);
    nilai.set(tempat, syarat === undefined || bernilai(jawaban, syarat) ? nilaiDi(jawaban, jalur!) : null);
  }
  if ([...nilai.values()].includes(null)) return null;
  return alamat.replace(TEMPAT_JAWABAN, (tempat) => nilai.get(tempat)!);
}

/** An API address with a plain query (`/api/notifikasi?limit=20`); `&` written as `&amp;` in the attribute. */
const apiAman = (h: string) => /^\/api\/[\w/-]+(\?[\w=&-]*)?$/.test(h);

/**
 * The app shell (index.html) for a route. Opened by a logged-in browser (`bersesi`), it also names
 * the page's own chunks (`<link rel="modulepreload">`) and styles from dist/pramuat-halaman.json:
 * the browser fetches them together with the entry script instead of after it has run, one round
 * trip and one script evaluation less before the page can ask for its data. Without a session the
 * page would send the visitor to the login page, so nothing more is loaded. A page in the frame
 * also names the notification bell's first request (`<link rel="preload" as="fetch">`): it is
 * sent while the shell is parsed, beside the session's, instead of after the entry script ran. So is
 * the page's own first data (apps/web/src/data-awal.ts) when the address has no query string. Read once.
 *
 * An address of the first data that names the day (`?tahun={tahun}`) is filled with `hariIni`, the
 * instansi's local day on the server's clock (the page computes it with the same zone on the
 * browser's clock; the two differ only in the moments around midnight, when the page asks for
 * its own and the preload goes unused). Without `hariIni` such an address is left out. One that
 * names the address's parameters (`/api/pegawai/{:nip}`) is filled from the address; one that names
 * a value of another answer (`{/api/indeks/nspk#0.tahun}`) with that answer, asked as the caller
 * through `tanya`.
 */
export function buatShellWeb(folder: string,
  opsi: { hariIni?: () => Promise<string> | string, batasTanyaMs?: number } = {}
): (jalur: string, bersesi: boolean, tanya?: (alamat: string) => Promise<unknown>) => Promise<string> {
  let indeks: string | undefined;
  let daftar: PramuatHalaman[] = [];
  const perJalur = new Map<string, string>();
  let hariShell = '';
  return async (jalurMentah, bersesi, tanya) => {
    if (indeks === undefined) {
      indeks = readFileSync(join(folder, 'index.html'), 'utf8');
      const berkas = join(folder, 'pramuat-halaman.json');
      daftar = existsSync(berkas) ? (JSON.parse(readFileSync(berkas, 'utf8')) as PramuatHalaman[]) : [];
    }
    const dasar = indeks;
    if (!bersesi) return dasar;
    let jalur = jalurMentah.split('?')[0]!;
    // With a query (filters, a page number) the page asks for other data than its default.
    const denganKueri = jalurMentah.length > jalur.length + 1;
    try {
      jalur = decodeURIComponent(jalur);
    } catch {
      return dasar;
    }
    const h = daftar.find((d) => cocokJalur(d.jalur, jalur));
    if (!h) return dasar;
    const data = denganKueri ? [] : (h.data ?? []);
    const perHari = data.some(adaHari);
    const tanggal = perHari && opsi.hariIni ? await opsi.hariIni() : null;
    // A new day: yesterday's shells name yesterday's data.
    if (tanggal && tanggal !== hariShell) {
      if (hariShell) perJalur.clear();
      hariShell = tanggal;
    }
    // A shell that names the address's parameters is one per record, one that names another answer
    // is the caller's own: made each time, not kept.
    const sekaliPakai = data.some(adaParam) || data.some(adaJawaban);
    const kunciShell = `${denganKueri ? '?' : ''}${h.jalur}${tanggal ? `@${tanggal}` : ''}`;
    let html = sekaliPakai ? undefined : perJalur.get(kunciShell);
    if (html === undefined) {
      const nilai = sekaliPakai ? parameterJalur(h.jalur, jalur) : new Map<string, string>();
      const ditanya = new Map<string, Promise<unknown>>();
      const tanyaSekali = (alamat: string) => {
        if (!ditanya.has(alamat)) ditanya.set(alamat, tanyaDalamBatas(tanya, alamat, opsi.batasTanyaMs ?? BATAS_TANYA_MS));
        return ditanya.get(alamat)!;
      };
      const dataHari = (await Promise.all(data.map(async (a) => {
        const d = !adaHari(a) ? a : tanggal ? isiHari(a, tanggal) : null;
        const p = d !== null && adaParam(d) ? isiParam(d, nilai) : d;
        return p !== null && adaJawaban(p) ? isiJawaban(p, tanyaSekali) : p;
      }))).filter((a) => a !== null);
      const tautanApi = (a: string, awal: boolean) => `    <link rel="preload" href="${a.replaceAll('&', '&amp;')}" as="fetch" crossorigin="anonymous"${awal ? ' data-awal' : ''}>`;
      const tautan = [
        // The data first: the scripts come from the browser's cache, the answers from the database.
        // Asked as the app asks (fetch, same-origin credentials), so its request takes this answer.
        // The page's own data is marked `data-awal`: the app puts it in its query cache before the
        // page's first render (main.tsx), which then shows it at once instead of "Memuat…" first.
        ...dataHari.filter(apiAman).map((a) => tautanApi(a, true)),
        ...(h.api ?? []).filter(apiAman).map((a) => tautanApi(a, false)),
        ...h.js.filter(hrefAman).filter((j) => !dasar.includes(`"${j}"`)).map((j) => `    <link rel="modulepreload" crossorigin href="${j}">`),
        ...h.css.filter(hrefAman).filter((c) => !dasar.includes(`"${c}"`)).map((c) => `    <link rel="stylesheet" crossorigin href="${c}">`),
      ];
      html = tautan.length ? dasar.replace('</head>', `${tautan.join('\n')}\n  </head>`) : indeks;
      if (!sekaliPakai) perJalur.set(kunciShell, html);
    }
    return html;
  };
}

/** The caller's answer at `alamat`, or null when there is none (no way to ask, refused, failed, later than `batasMs`). */
async function tanyaDalamBatas(tanya: ((alamat: string) => Promise<unknown>) | undefined, alamat: string, batasMs: number): Promise<unknown> {
  if (!tanya) return null;
  let jam: NodeJS.Timeout | undefined;
  const habis = new Promise<null>((selesai) => {
    jam = setTimeout(() => selesai(null), batasMs);
  });
  try {
    return await Promise.race([tanya(alamat).catch(() => null), habis]);
  } finally {
    clearTimeout(jam);
  }
}
