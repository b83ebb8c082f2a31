import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sql } from '@simasn/db';
import { apiGet, lingkunganBerkas, masuk } from './harness.ts';

/**
 * Every page of the page table (apps/web/src/daftar-halaman.tsx), for every demo role that may
 * open it, at desktop (1280 px) and phone (390 px) width: 0 serious or critical axe findings,
 * exactly one `main` landmark, the document never wider than the screen (tables scroll inside
 * their own region or stack as cards), and nothing raw on screen: no ISO date, null, undefined,
 * NaN, [object …], English browser validation text. One server, one browser context per role and
 * width; pages are reached by client-side navigation so the walk stays quick.
 */
const env = lingkunganBerkas();

/**
 * The page table's entries, read from its source (a TSX module the e2e typecheck does not load):
 * the path and whether it is public. Who may open the others is learnt by opening them: a page
 * the role may not open shows "Tidak berwenang" and is checked once, not per role.
 */
const TABEL = readFileSync(new URL('../apps/web/src/daftar-halaman.tsx', import.meta.url), 'utf8');
const HALAMAN = [...TABEL.matchAll(/\{ jalur: '([^']+)',[^}]*?syarat: ('publik'|[^,]+),/g)].map((m) => ({ jalur: m[1]!, publik: m[2] === "'publik'" }));

const LEBAR = [{ nama: 'desktop', viewport: { width: 1280, height: 900 } }, { nama: 'ponsel', viewport: { width: 390, height: 844 } }] as const;

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

async function isiParameter(jalur: string, nipSendiri: string | null): Promise<string | null> {
  if (!jalur.includes(':')) return jalur;
  const pertama = async (q: ReturnType<typeof sql>) => (await env.db.maybeOne<{ v: string | number }>(q))?.v;
  const nip = nipSendiri ?? (await pertama(sql`select nip as v from pegawai order by id limit 1`));
  const nilai: Record<string, string | number | undefined> = { '/pegawai/:nip': nip,
    '/usulan-saya/:id': await pertama(sql`select id as v from usulan_perubahan order by id limit 1`),
    '/verifikasi/:id': await pertama(sql`select id as v from usulan_perubahan order by id limit 1`),
    '/layanan/usulan/:id': await pertama(sql`select id as v from usulan_layanan order by id limit 1`),
    '/sakip/pk/:id': await pertama(sql`select id as v from perjanjian_kinerja order by id limit 1`),
    '/survei/:token': await pertama(sql`select token as v from layanan_survei order by id limit 1`) };
  const v = nilai[jalur];
  return v === undefined ? null : jalur.replace(/:[a-z]+/, String(v));
}

/** Waits until the page has no request in flight and shows no "Memuat…". */
async function tungguTenang(page: Page, berjalan: () => number): Promise<void> {
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

function pantauPermintaan(page: Page): () => number {
  let n = 0;
  page.on('request', () => n++);
  page.on('requestfinished', () => n--);
  page.on('requestfailed', () => n--);
  return () => n;
}

/** Opens a path the way a link does (pushState + popstate), so the app is not reloaded. */
async function bukaDalamAplikasi(page: Page, jalur: string): Promise<void> {
  await page.evaluate((j) => {
    history.pushState({}, '', j);
    dispatchEvent(new PopStateEvent('popstate'));
  }, jalur);
}

/**
 * The page's structure without its text (tags, roles, classes, ARIA and form attributes; lists and
 * table bodies cut to three items): the same page shown to two roles with the same controls and
 * columns is one rendering, checked by axe once per width. Everything else is checked every time.
 */
async function kerangka(page: Page): Promise<{ bingkai: string, isi: string }> {
  return page.evaluate(() => {
    const tulis = (el: Element, lewati?: Element | null): string => {
      if (el === lewati) return '<main>';
      const atribut = [...el.attributes].filter((a) => /^(role|class|type|aria-|scope|disabled|tabindex|alt|data-label)/.test(a.name)).map((a) =>
        `${a.name}=${/^(aria-|class|role|type)/.test(a.name) ? a.value : ''}`
      ).join(',');
      const anak = [...el.children];
      const dipotong = /^(TBODY|UL|OL|SELECT|DATALIST)$/.test(el.tagName) ? anak.slice(0, 3) : anak;
      return `<${el.tagName}${atribut ? ` ${atribut}` : ''}>${dipotong.map((a) => tulis(a, lewati)).join('')}`;
    };
    const main = document.querySelector('main');
    return { bingkai: tulis(document.body, main), isi: main ? tulis(main) : '' };
  });
}

const sudahDiAxe = new Set<string>();

async function periksaHalaman(page: Page, jalur: string, lebar: string): Promise<Temuan[]> {
  const temuan: Temuan[] = [];
  const catat = (masalah: string) => temuan.push({ jalur, lebar, masalah });
  // A frame (header and menu of a role) not seen yet: the whole page; else a content not seen yet: main only.
  const k = await kerangka(page);
  const kunciBingkai = `${lebar}|${k.bingkai}`;
  const kunciIsi = `${lebar}|${k.isi}`;
  const lingkup = !sudahDiAxe.has(kunciBingkai) ? 'semua' : !sudahDiAxe.has(kunciIsi) ? 'main' : null;
  sudahDiAxe.add(kunciBingkai);
  sudahDiAxe.add(kunciIsi);
  if (lingkup) {
    // Violations only (no detail on what passed), and long lists cut to their first rows: a row
    // is the same component repeated, so the 6th row adds time, not findings.
    let axeBuilder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).options({ resultTypes: ['violations'] });
    if (lingkup === 'main') axeBuilder = axeBuilder.include('main');
    const axe = await axeBuilder.exclude('tbody > tr:nth-child(n+6)').exclude('ul > li:nth-child(n+6)').analyze();
    for (const v of axe.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
      catat(`axe ${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
    }
  }
  const f = await page.evaluate(() => ({ lebarDokumen: document.scrollingElement!.scrollWidth, lebarLayar: innerWidth,
    main: document.querySelectorAll('main, [role="main"]').length, teks: document.body.innerText })
  );
  if (f.lebarDokumen > f.lebarLayar) catat(`halaman melebar ke samping: ${f.lebarDokumen} px > ${f.lebarLayar} px`);
  if (f.main !== 1) catat(`landmark main: ${f.main} (harus tepat 1)`);
  for (const [nama, pola] of MENTAH_MENYUSUL.includes(jalur) ? [] : MENTAH) {
    const m = pola.exec(f.teks);
    if (m) catat(`teks mentah (${nama}): "…${f.teks.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20).replace(/\s+/g, ' ')}…"`);
  }
  return temuan;
}

let penolakanDiperiksa = false;

async function jelajah(k: BrowserContext, daftar: string[], lebar: string, masukSebagai?: string): Promise<{ temuan: Temuan[], dibuka: number }> {
  const page = await k.newPage();
  const berjalan = pantauPermintaan(page);
  const temuan: Temuan[] = [];
  let dibuka = 0;
  if (masukSebagai) await masuk(page, masukSebagai);
  for (const [i, jalur] of daftar.entries()) {
    if (i === 0 && !masukSebagai) await page.goto(jalur);
    else await bukaDalamAplikasi(page, jalur);
    const t0 = Date.now();
    await tungguTenang(page, berjalan);
    if (process.env.JEJAK_HALAMAN) console.log(`${lebar} ${jalur}: tenang ${Date.now() - t0} ms`);
    const ditolak = await page.getByRole('heading', { name: 'Tidak berwenang' }).count() > 0;
    if (ditolak && penolakanDiperiksa) continue;
    if (ditolak) penolakanDiperiksa = true;
    else dibuka++;
    const t1 = Date.now();
    const baru = await periksaHalaman(page, jalur, lebar);
    if (process.env.JEJAK_HALAMAN) console.log(`${lebar} ${jalur}: diperiksa ${Date.now() - t1} ms${baru.map((b) => `\n  ${b.masalah}`).join('')}`);
    temuan.push(...baru);
  }
  await page.close();
  return { temuan, dibuka };
}

const laporan = (t: Temuan[]) => t.map((x) => `${x.lebar} ${x.jalur}: ${x.masalah}`);

describe('setiap halaman, setiap peran, desktop dan ponsel', () => {
  test('halaman publik (masuk, survei)', async () => {
    const temuan: Temuan[] = [];
    for (const l of LEBAR) {
      for (const h of HALAMAN.filter((x) => x.publik)) {
        const jalur = await isiParameter(h.jalur, null);
        if (!jalur) continue;
        const k = await env.konteks({ viewport: l.viewport });
        temuan.push(...(await jelajah(k, [jalur], l.nama)).temuan);
        await k.close();
      }
    }
    expect(laporan(temuan)).toEqual([]);
  });

  const PERAN = ['admin.bkd', 'verifikator', 'pimpinan', 'perencana', 'inspektorat', 'admin.dinkes', 'asn', 'atasan'] as const;
  for (const peran of PERAN) {
    test(`peran ${peran}`, { timeout: 600_000 }, async () => {
      const akun = peran === 'asn'
        ? env.akun.find((a) => a.peran.length === 1 && a.peran[0] === 'asn')!
        : peran === 'atasan'
        ? env.akun.find((a) => a.peran.includes('atasan'))!
        : env.akun.find((a) => a.namaPengguna === peran)!;
      const temuan: Temuan[] = [];
      for (const l of LEBAR) {
        const k = await env.konteks({ viewport: l.viewport });
        const p = await k.newPage();
        await masuk(p, akun.namaPengguna);
        const sesi = await apiGet<{ pengguna: { nip: string | null } }>(p, '/api/auth/sesi');
        await p.close();
        const daftar: string[] = [];
        for (const h of HALAMAN.filter((x) => !x.publik)) {
          const jalur = await isiParameter(h.jalur, sesi.pengguna.nip);
          if (jalur) daftar.push(jalur);
        }
        const hasil = await jelajah(k, ['/', ...daftar.filter((d) => d !== '/')], l.nama);
        expect(hasil.dibuka).toBeGreaterThan(3);
        temuan.push(...hasil.temuan);
        await k.close();
      }
      expect(laporan(temuan)).toEqual([]);
    });
  }
});
