import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sql } from '@simasn/db';
import { apiGet, axe, type Lingkungan, masuk } from './harness.ts';

/**
 * Every page of the page table (apps/web/src/daftar-halaman.tsx), for every demo role that may
 * open it, at desktop (1280 px) and phone (390 px) width: 0 serious or critical axe findings,
 * exactly one `main` landmark, the document never wider than the screen (tables scroll inside
 * their own region or stack as cards), and nothing raw on screen: no ISO date, null, undefined,
 * NaN, [object …], English browser validation text. Axe runs where a role's page shows a kind of
 * element not yet checked on that page at that width (see `jenisElemen`); width, landmark and raw
 * text are checked for every role on every page it opens. One server, one browser context per role
 * (one login) with a tab per width, both widths walked at once; pages are reached by client-side
 * navigation so the walk stays quick.
 */
/**
 * The walk is cut in two files (e2e/halaman.e2e.test.ts and e2e/halaman-peran.e2e.test.ts), one per
 * e2e process of npm test, each with its own server and roles: the whole walk in one file was the
 * suite's longest chain. Axe's "already checked" memory is per file.
 */
export type Peran = 'admin.bkd' | 'verifikator' | 'pimpinan' | 'perencana' | 'inspektorat' | 'admin.dinkes' | 'asn' | 'atasan';

/**
 * The page table's entries, read from its source (a TSX module the e2e typecheck does not load):
 * the path and whether it is public. Who may open the others is learnt by opening them: a page
 * the role may not open shows "Tidak berwenang" and is checked once, not per role.
 */
export const TABEL = readFileSync(new URL('../apps/web/src/daftar-halaman.tsx', import.meta.url), 'utf8');
export const HALAMAN = [...TABEL.matchAll(/\{ jalur: '([^']+)',[^}]*?syarat: ('publik'|[^,]+),/g)].map((m) => ({ jalur: m[1]!, publik: m[2] === "'publik'" }));

export const LEBAR = [{ nama: 'desktop', viewport: { width: 1280, height: 900 } }, { nama: 'ponsel', viewport: { width: 390, height: 844 } }] as const;

/** Raw things a user must never read. */
const MENTAH: [string, RegExp][] = [
  ['tanggal ISO', /\b\d{4}-\d{2}-\d{2}\b/],
  ['tanggal bb-hh-tttt', /\b\d{2}-\d{2}-\d{4}\b/],
  ['null', /\bnull\b/],
  ['undefined', /\bundefined\b/],
  ['NaN', /\bNaN\b/],
  ['[object', /\[object /],
  ['>= atau <=', /\s[<>]=\s?\d/],
  ['pesan peramban berbahasa Inggris', /Please (?:fill|select|enter|match)|Choose File|No file chosen|mm\/dd\/yyyy/i],
  ['kode aturan', /\b[a-z]+(?:-[a-z0-9]+)*-(?:pp|perban|permenpan|perbup)\d+-\d{4}\b/i],
];

/**
 * Pages whose raw-text check waits for their own work (none now: the audit page speaks plain
 * Indonesian since issue 10). Axe, width and landmark apply to every page regardless.
 */
const MENTAH_MENYUSUL: string[] = [];

interface Temuan {
  jalur: string;
  lebar: string;
  masalah: string;
}

export async function isiParameter(env: Lingkungan, jalur: string, nipSendiri: string | null): Promise<string | null> {
  if (!jalur.includes(':')) return jalur;
  const pertama = async (q: ReturnType<typeof sql>) => (await env.db.maybeOne<{ v: string | number }>(q))?.v;
  const nip = nipSendiri ?? (await pertama(sql`select nip as v from pegawai order by id limit 1`));
  const nilai: Record<string, string | number | undefined> = {
    '/pegawai/:nip': nip,
    '/usulan-saya/:id': await pertama(sql`select id as v from usulan_perubahan order by id limit 1`),
    '/verifikasi/:id': await pertama(sql`select id as v from usulan_perubahan order by id limit 1`),
    '/layanan/usulan/:id': await pertama(sql`select id as v from usulan_layanan order by id limit 1`),
    '/sakip/pk/:id': await pertama(sql`select id as v from perjanjian_kinerja order by id limit 1`),
    // An SKP waiting for the demo atasan's agreement: the decision and ekspektasi forms are on the page.
    '/kinerja/skp/:id': await pertama(sql`select id as v from skp order by (status = 'diajukan') desc, id limit 1`),
    '/survei/:token': await pertama(sql`select token as v from layanan_survei order by id limit 1`),
  };
  const v = nilai[jalur];
  return v === undefined ? null : jalur.replace(/:[a-z]+/, String(v));
}

/** Waits until the page has no request in flight and shows no "Memuat…". */
export async function tungguTenang(page: Page, berjalan: () => number): Promise<void> {
  const batas = Date.now() + 15_000;
  let tenangSejak = 0;
  while (Date.now() < batas) {
    const memuat = await page.locator('.memuat').count();
    if (berjalan() === 0 && memuat === 0) {
      if (!tenangSejak) tenangSejak = Date.now();
      if (Date.now() - tenangSejak >= 150) return;
    } else tenangSejak = 0;
    await page.waitForTimeout(50);
  }
}

/** The page's requests in flight (a set: a request that started before the watch ends without effect). */
export function pantauPermintaan(page: Page): () => number {
  const berjalan = new Set<unknown>();
  page.on('request', (r) => berjalan.add(r));
  page.on('requestfinished', (r) => berjalan.delete(r));
  page.on('requestfailed', (r) => berjalan.delete(r));
  return () => berjalan.size;
}

/** Opens a path the way a link does (pushState + popstate), so the app is not reloaded. */
export async function bukaDalamAplikasi(page: Page, jalur: string): Promise<void> {
  await page.evaluate((j) => {
    history.pushState({}, '', j);
    dispatchEvent(new PopStateEvent('popstate'));
  }, jalur);
}

/**
 * The kinds of element a page shows, without text or count: each element as its tag with the
 * attributes that decide accessibility (role, class, type, ARIA, scope, disabled, tabindex, alt,
 * data-label), for the frame (header and menu) and for `main` apart. Axe checks elements by kind
 * and style: a role whose page (or frame) shows no kind of element not already checked on that page
 * at that width adds nothing for axe, so axe runs once per page and width (for the role that sees
 * the most, the first one walked) and again only where a role's page shows something new.
 */
async function jenisElemen(page: Page): Promise<{ bingkai: string[], isi: string[] }> {
  return page.evaluate(() => {
    const jenis = (el: Element): string => {
      const atribut = [...el.attributes].filter((a) => /^(role|class|type|aria-|scope|disabled|tabindex|alt|data-label)/.test(a.name)).map((a) =>
        `${a.name}=${/^(aria-|class|role|type)/.test(a.name) && !/^aria-(label|labelledby|describedby|controls|valuenow|valuetext)$/.test(a.name) ? a.value : ''}`
      ).sort().join(',');
      return `${el.tagName}${atribut ? ` ${atribut}` : ''}`;
    };
    const main = document.querySelector('main');
    const bingkai = new Set<string>();
    const isi = new Set<string>();
    for (const el of document.body.querySelectorAll('*')) (main?.contains(el) ? isi : bingkai).add(jenis(el));
    return { bingkai: [...bingkai], isi: [...isi] };
  });
}

/** Element kinds already checked by axe, per width (frame) and per width and page (main): one walk per file. */
const sudahDiAxe = new Map<string, Set<string>>();

/** Records the kinds under `kunci`; true when one of them was new. */
function adaYangBaru(kunci: string, jenis: string[]): boolean {
  const set = sudahDiAxe.get(kunci) ?? new Set<string>();
  sudahDiAxe.set(kunci, set);
  const ukuran = set.size;
  for (const j of jenis) set.add(j);
  return set.size > ukuran;
}

async function periksaHalaman(page: Page, jalur: string, pola: string, lebar: string): Promise<Temuan[]> {
  const temuan: Temuan[] = [];
  const catat = (masalah: string) => temuan.push({ jalur, lebar, masalah });
  // A frame with a kind of element not checked yet: the whole page; else a main with one: main only.
  const k = await jenisElemen(page);
  const bingkaiBaru = adaYangBaru(`${lebar}|bingkai`, k.bingkai);
  const isiBaru = adaYangBaru(`${lebar}|${pola}`, k.isi);
  const lingkup = bingkaiBaru ? 'semua' : isiBaru ? 'main' : null;
  if (lingkup) {
    // Violations only (no detail on what passed), and long lists cut to their first rows: a row
    // is the same component repeated, so the 6th row adds time, not findings.
    let axeBuilder = axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).options({ resultTypes: ['violations'] });
    if (lingkup === 'main') axeBuilder = axeBuilder.include('main');
    const hasil = await axeBuilder.exclude('tbody > tr:nth-child(n+6)').exclude('ul > li:nth-child(n+6)').analyze();
    for (const v of hasil.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
      catat(`axe ${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
    }
  }
  // Every role, every page it opens, every width: width, landmark and raw text (cheap: one evaluate).
  const f = await page.evaluate(() => ({ lebarDokumen: document.scrollingElement!.scrollWidth, lebarLayar: innerWidth,
    main: document.querySelectorAll('main, [role="main"]').length, teks: document.body.innerText })
  );
  if (f.lebarDokumen > f.lebarLayar) catat(`halaman melebar ke samping: ${f.lebarDokumen} px > ${f.lebarLayar} px`);
  if (f.main !== 1) catat(`landmark main: ${f.main} (harus tepat 1)`);
  for (const [nama, pola] of MENTAH_MENYUSUL.includes(jalur) ? [] : MENTAH) {
    const m = pola.exec(f.teks);
    if (m) catat(`teks mentah (${nama}): "…${f.teks.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20).replace(/\s+/g, ' ')}…"`);
  }
  if (process.env.JEJAK_HALAMAN) console.log(`${lebar} ${jalur}: axe ${lingkup ?? 'tidak'}`);
  return temuan;
}

let penolakanDiperiksa = false;

/** Walks the pages in one tab: the first by a full load, the others as a link opens them. */
async function jelajah(page: Page, daftar: { jalur: string, pola: string }[], lebar: string): Promise<{ temuan: Temuan[], dibuka: number }> {
  const berjalan = pantauPermintaan(page);
  const temuan: Temuan[] = [];
  let dibuka = 0;
  for (const [i, { jalur, pola }] of daftar.entries()) {
    if (i === 0) await page.goto(jalur);
    else await bukaDalamAplikasi(page, jalur);
    // A page the role may not open: its "Tidak berwenang" page (shown at once, from the session the
    // app holds) is checked once, then skipped without waiting.
    const tolak = page.getByRole('heading', { name: 'Tidak berwenang' });
    if (penolakanDiperiksa && await tolak.count() > 0) continue;
    const t0 = Date.now();
    await tungguTenang(page, berjalan);
    if (process.env.JEJAK_HALAMAN) console.log(`${lebar} ${jalur}: tenang ${Date.now() - t0} ms`);
    const ditolak = await tolak.count() > 0;
    if (ditolak && penolakanDiperiksa) continue;
    if (ditolak) penolakanDiperiksa = true;
    else dibuka++;
    const t1 = Date.now();
    const baru = await periksaHalaman(page, jalur, ditolak ? 'ditolak' : pola, lebar);
    if (process.env.JEJAK_HALAMAN) console.log(`${lebar} ${jalur}: diperiksa ${Date.now() - t1} ms${baru.map((b) => `\n  ${b.masalah}`).join('')}`);
    temuan.push(...baru);
  }
  return { temuan, dibuka };
}

const laporan = (t: Temuan[]) => t.map((x) => `${x.lebar} ${x.jalur}: ${x.masalah}`);

export function jelajahPeran(env: Lingkungan, judul: string, PERAN: readonly Peran[], denganPublik: boolean): void {
  describe(judul, () => {
    // The checker itself (harness `axe`, run in the page): it reports what it must, in the page and
    // in a frame of it, so an empty finding list below means clean pages, not a checker that saw nothing.
    if (denganPublik) {
      test('pemeriksa axe menemukan pelanggaran yang ditanam, juga di dalam bingkai', async () => {
        const page = await (await env.konteks()).newPage();
        await page.goto('/masuk');
        await page.evaluate(() => {
          document.querySelector('main')!.insertAdjacentHTML('beforeend',
            '<img src="/tidak-ada.png"><button></button><iframe title="bingkai uji" srcdoc="<input type=text>"></iframe>');
        });
        await page.frameLocator('iframe[title="bingkai uji"]').locator('input').waitFor();
        const hasil = await axe(page).withTags(['wcag2a', 'wcag2aa']).options({ resultTypes: ['violations'] }).analyze();
        const temuan = hasil.violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}`));
        expect(temuan).toEqual(expect.arrayContaining([expect.stringMatching(/^image-alt /), expect.stringMatching(/^button-name /), 'label iframe input']));
        // The scope is passed on: `main` without the frame finds the image and the button, not the input.
        const diMain = await axe(page).withTags(['wcag2a']).options({ resultTypes: ['violations'] }).include('main').exclude('iframe').analyze();
        expect(diMain.violations.map((v) => v.id).sort()).toEqual(['button-name', 'image-alt']);
      });
    }

    if (denganPublik) {
      test('halaman publik (masuk, survei)', async () => {
        const temuan: Temuan[] = [];
        const page = await (await env.konteks()).newPage();
        for (const l of LEBAR) {
          await page.setViewportSize(l.viewport);
          for (const h of HALAMAN.filter((x) => x.publik)) {
            const jalur = await isiParameter(env, h.jalur, null);
            if (jalur) temuan.push(...(await jelajah(page, [{ jalur, pola: h.jalur }], l.nama)).temuan);
          }
        }
        expect(laporan(temuan)).toEqual([]);
      });
    }

    for (const peran of PERAN) {
      test(`peran ${peran}`, { timeout: 600_000 }, async () => {
        const akun = peran === 'asn'
          ? env.akun.find((a) => a.peran.length === 1 && a.peran[0] === 'asn')!
          : peran === 'atasan'
          ? env.akun.find((a) => a.peran.includes('atasan'))!
          : env.akun.find((a) => a.namaPengguna === peran)!;
        const temuan: Temuan[] = [];
        // One context per role (one login), a tab per width; each width loads the app afresh at that size.
        const page = await (await env.konteks({ viewport: LEBAR[0].viewport })).newPage();
        await masuk(page, akun.namaPengguna);
        const sesi = await apiGet<{ pengguna: { nip: string | null } }>(page, '/api/auth/sesi');
        const daftar: { jalur: string, pola: string }[] = [{ jalur: '/', pola: '/' }];
        for (const h of HALAMAN.filter((x) => !x.publik && x.jalur !== '/')) {
          const jalur = await isiParameter(env, h.jalur, sesi.pengguna.nip);
          if (jalur) daftar.push({ jalur, pola: h.jalur });
        }
        // Both widths at once, each in its own tab of the role's context (one login): a walk mostly waits for
        // pages to settle, so two overlap instead of taking twice as long.
        const hasilLebar = await Promise.all(LEBAR.map(async (l, i) => {
          const tab = i === 0 ? page : await page.context().newPage();
          await tab.setViewportSize(l.viewport);
          return jelajah(tab, daftar, l.nama);
        }));
        for (const hasil of hasilLebar) {
          expect(hasil.dibuka).toBeGreaterThan(3);
          temuan.push(...hasil.temuan);
        }
        expect(laporan(temuan)).toEqual([]);
      });
    }
  });
}
