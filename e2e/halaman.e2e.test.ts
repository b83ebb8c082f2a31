import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DATA_AWAL } from '../apps/web/src/data-awal.ts';
import { apiGet, lingkunganBerkas, masuk } from './harness.ts';
import { bukaDalamAplikasi, isiParameter, jelajahPeran, pantauPermintaan, TABEL, tungguTenang } from './jelajah-halaman.ts';

/**
 * The page walk (e2e/jelajah-halaman.ts), first half: the axe checker itself, the public pages, and
 * admin BKD first (the role that opens the most pages, so axe meets each page first in its fullest
 * form), pimpinan, perencana and inspektorat. The other roles: e2e/halaman-peran.e2e.test.ts.
 * Then: a page opened directly asks for its data with the session.
 */
const env = lingkunganBerkas();

jelajahPeran(env, 'setiap halaman, setiap peran, desktop dan ponsel', ['admin.bkd', 'pimpinan', 'perencana', 'inspektorat'], true);

/**
 * The pages that ask for their data before they render, by route pattern: a page module's
 * `pramuat` (apps/web/src/kait.ts), read from the sources (the component names each module
 * preloads for, and the patterns daftar-halaman.tsx loads those components for), and the pages
 * whose first data the server names in their shell (apps/web/src/data-awal.ts).
 */
function halamanPramuat(): string[] {
  return [...new Set([...halamanPramuatModul(), ...Object.keys(DATA_AWAL)])];
}

function halamanPramuatModul(): string[] {
  const pola: string[] = [];
  for (const m of TABEL.matchAll(/\{ jalur: '([^']+)'[^}]*?import\('\.\/(halaman\/[^']+)'\), '(\w+)'\)/g)) {
    const isi = readFileSync(new URL(`../apps/web/src/${m[2]}`, import.meta.url), 'utf8');
    const blok = /export const pramuat: Record<string, Pramuat> = \{([\s\S]*?)\n\} ?\};/.exec(isi)?.[1] ?? '';
    if (new RegExp(`(^|[\\n,])\\s*${m[3]}\\(`).test(blok)) pola.push(m[1]!);
  }
  return pola;
}

describe('halaman yang dibuka langsung meminta datanya bersama sesi', () => {
  // A page opened directly (a link, a reload) asks for its data while the session is still on its
  // way (here: held until the data is asked for), and asks for exactly what the same page asks for
  // when reached inside the app: its preload builds the same requests, none twice, none wasted (a
  // shell's `<link rel="preload">` the page did not take would show here as a request twice).
  test('permintaan data dikirim sebelum sesi dijawab, sama dengan permintaan halaman itu sendiri', { timeout: 600_000 }, async () => {
    const pola = halamanPramuat();
    expect(pola).toEqual(expect.arrayContaining(['/', '/pegawai', '/pegawai/:nip', '/e-pangkat', '/indeks/ip-asn', '/kinerja']));
    const asn = env.akun.find((a) => a.peran.length === 1 && a.peran[0] === 'asn')!;
    // The atasan's own pages (Kinerja Tim, Evaluasi Periodik) open for neither of the other two.
    const atasan = env.akun.find((a) => a.peran.includes('atasan') && !a.peran.some((p) => p.startsWith('admin')))!;
    const tab = new Map<string, Page>();
    const halamanAkun = async (nama: string) => {
      if (!tab.has(nama)) {
        const p = await (await env.konteks()).newPage();
        await masuk(p, nama);
        tab.set(nama, p);
      }
      return tab.get(nama)!;
    };
    const dataApi = (url: string) => url.includes('/api/') && !/\/api\/(auth\/sesi|notifikasi)/.test(url);
    const hasil: { jalur: string, ditahan: number, dipramuat: string[], langsung: string[], dalamAplikasi: string[] }[] = [];
    for (const p of pola) {
      for (const akun of ['admin.bkd', asn.namaPengguna, atasan.namaPengguna]) {
        const page = await halamanAkun(akun);
        const sesi = await apiGet<{ pengguna: { nip: string | null } }>(page, '/api/auth/sesi');
        const jalur = await isiParameter(env, p, sesi.pengguna.nip);
        if (!jalur) break;
        const berjalan = pantauPermintaan(page);
        // Inside the app: from a page that asks for nothing of its own, by a link.
        await page.goto('/ganti-sandi');
        await tungguTenang(page, berjalan);
        const judulAwal = await page.locator('h1').first().textContent();
        const dalamAplikasi: string[] = [];
        const catatDalam = (r: { url: () => string }) => dataApi(r.url()) && dalamAplikasi.push(r.url().replace(env.url, ''));
        page.on('request', catatDalam);
        await bukaDalamAplikasi(page, jalur);
        // The page's own heading first: its code may still be evaluating after its file arrived (no request in
        // flight, nothing "Memuat" yet), which a loaded machine stretches past the quiet wait (CI: /layanan/antrian
        // was read as asking for nothing inside the app).
        await expect.poll(() => page.locator('h1').first().textContent()).not.toBe(judulAwal);
        await tungguTenang(page, berjalan);
        page.off('request', catatDalam);
        if ((await page.locator('h1').first().textContent()) === 'Tidak berwenang') continue;
        // Directly, with the session's answer held until the page has asked for its data (30 s at most: a busy machine).
        const langsung: string[] = [];
        let ditahan = 0;
        let tahan = true;
        let lepas: () => void = () => {};
        const adaData = new Promise<void>((r) => (lepas = r));
        const catatLangsung = (r: { url: () => string }) => {
          if (!dataApi(r.url())) return;
          langsung.push(r.url().replace(env.url, ''));
          if (tahan) ditahan++;
          lepas();
        };
        page.on('request', catatLangsung);
        await page.route('**/api/auth/sesi', async (route) => {
          await Promise.race([adaData, new Promise((r) => setTimeout(r, 30_000))]);
          tahan = false;
          await route.continue();
        });
        const shell = await (await page.goto(jalur))!.text();
        await tungguTenang(page, berjalan);
        await page.unrouteAll();
        page.off('request', catatLangsung);
        // What the server named in the shell: every address of data-awal.ts filled (the day, the
        // address's parameters, a value of another answer), none left out for this account.
        const dipramuat = [...shell.matchAll(/<link rel="preload" href="([^"]+)" as="fetch"/g)].map((m) => m[1]!.replaceAll('&amp;', '&')).filter(dataApi);
        hasil.push({ jalur: p, ditahan, dipramuat, langsung: langsung.sort(), dalamAplikasi: dalamAplikasi.sort() });
        break;
      }
    }
    expect(hasil.map((h) => h.jalur)).toEqual(pola);
    for (const h of hasil) {
      expect({ jalur: h.jalur, sebelumSesi: h.ditahan > 0 }).toEqual({ jalur: h.jalur, sebelumSesi: true });
      expect({ jalur: h.jalur, permintaan: h.langsung }).toEqual({ jalur: h.jalur, permintaan: h.dalamAplikasi });
      expect({ jalur: h.jalur, dipramuat: h.dipramuat.length }).toEqual({ jalur: h.jalur, dipramuat: DATA_AWAL[h.jalur]?.length ?? 0 });
    }
  });
});
