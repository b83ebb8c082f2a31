import { mkdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sql } from '@simasn/db';
import { formatTanggal } from '@simasn/domain';
import { axe, halamanMasuk, lingkunganBerkas } from './harness.ts';

/**
 * Issue 11 item 1 in the browser: the admin OPD of Dinas Kesehatan plans the month's roster of an
 * inpatient puskesmas (shifts): a night shift followed by a morning shift is refused with the
 * reason beside the second cell and nothing saved; corrected, it is saved after a confirmation and
 * stored; the week before is copied in; the grid prints without its controls, and on a phone it
 * scrolls inside its frame while the page itself does not scroll sideways.
 */
const env = lingkunganBerkas();
const FOTO = '/work/wt/_shots/rekap11';

describe('jadwal shift', () => {
  test('the admin OPD plans a month of shifts: rest check beside the cell, confirmation, copy of the week before, print, phone', async () => {
    mkdirSync(FOTO, { recursive: true });
    const page = await halamanMasuk(env, 'admin.dinkes', { viewport: { width: 1280, height: 900 } });
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Jadwal Shift' }).click();
    await page.waitForURL('**/presensi/jadwal-shift');
    const tabel = page.getByTestId('tabel-roster');
    await tabel.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^Jadwal Shift: UPTD Puskesmas /);
    const bulan = await page.getByLabel('Bulan').inputValue();
    const sel = (id: string, hari: string) => page.locator(`td[data-sel="${id}|${bulan}-${hari}"]`);
    const pertama = (await tabel.locator(`td[data-sel$="|${bulan}-02"]`).first().getAttribute('data-sel'))!;
    const id = pertama.split('|')[0]!;
    const nama = (await tabel.locator('tbody tr').first().locator('th').innerText()).split('\n')[0]!;
    const tersimpan = async () =>
      (await env.db.many<{ tanggal: string, kode: string | null }>(sql`
        select tanggal::text as tanggal, kode_shift as kode from jadwal_shift where pegawai_id = ${Number(id)} order by tanggal`)).map((r) => `${r.tanggal}:${r.kode}`);
    const awal = await tersimpan();

    // A cell shows its value as a button; picked (a click, a tap, Enter), it becomes the select of its choices, focused.
    const pilih = async (hari: string, kode: string) => {
      if (!(await sel(id, hari).locator('select').count())) await sel(id, hari).locator('button.pilih-sel').click();
      await sel(id, hari).locator('select').selectOption(kode);
    };
    /** What a cell shows: its select's choice when picked, else its button's text. */
    const tampil = async (hari: string) =>
      (await sel(id, hari).locator('select').count()) ? sel(id, hari).locator('select').inputValue() : sel(id, hari).locator('button.pilih-sel').innerText();
    expect(await tabel.locator('select').count()).toBe(0);
    const tombol02 = sel(id, '02').locator('button.pilih-sel');
    // Read out with its employee, day and value.
    expect(await tombol02.getAttribute('aria-label')).toBe(`${nama}, ${formatTanggal(`${bulan}-02`)}: ${await tombol02.innerText()}`);
    await tombol02.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    expect(await sel(id, '02').locator('option').count()).toBeGreaterThan(3);
    await page.keyboard.press('Escape');
    // Night shift on the 2nd, morning shift on the 3rd: no rest between them.
    await pilih('02', 'M');
    await pilih('03', 'P');
    expect(await tabel.locator('select').count()).toBe(1);
    expect(await tampil('02')).toBe('M');
    await page.getByRole('button', { name: /^Simpan jadwal \(2 perubahan\)/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Simpan jadwal shift?' });
    expect(await dialog.innerText()).toContain('2 hari untuk 1 pegawai');
    await dialog.getByRole('button', { name: 'Simpan jadwal' }).click();
    const galat = sel(id, '03').locator('.galat-sel');
    await galat.waitFor();
    expect(await galat.innerText()).toMatch(/Malam .+ berakhir pukul 07\.30, Pagi mulai pukul 07\.30: istirahat tidak ada \(paling sedikit 8 jam\)/);
    expect(await sel(id, '03').getAttribute('class')).toContain('salah');
    expect(await sel(id, '03').locator('select').getAttribute('aria-invalid')).toBe('true');
    expect(await tersimpan()).toEqual(awal);
    await page.screenshot({ path: `${FOTO}/jadwal-shift-galat-1280.png`, fullPage: true });

    // Corrected (a day off after the night one): saved after the confirmation.
    await pilih('03', '-');
    expect(await sel(id, '03').locator('.galat-sel').count()).toBe(0);
    await page.getByRole('button', { name: /^Simpan jadwal/ }).click();
    await dialog.getByRole('button', { name: 'Simpan jadwal' }).click();
    await expect.poll(async () => page.getByTestId('info-roster').innerText()).toMatch(/tersimpan: 2 hari untuk 1 pegawai/);
    expect(await tersimpan()).toEqual(expect.arrayContaining([`${bulan}-02:M`, `${bulan}-03:null`]));
    expect((await env.db.one<{ n: number }>(sql`select count(*)::int as n from audit_log where aksi = 'jadwal_shift.simpan' and entitas_id = ${id}`)).n).toBeGreaterThan(0);
    // After reloading the stored roster, the cells show it.
    await expect.poll(() => tampil('02')).toBe('M');

    // The week before copied into the second week: the cells a week after the 2nd and 3rd take their shifts.
    const minggu = page.getByLabel('Minggu');
    const opsi = await minggu.locator('option').allInnerTexts();
    const i = opsi.findIndex((o) => {
      const d = Number(/^(\d+)/.exec(o)?.[1]);
      return d >= 4 && d <= 10;
    });
    expect(i).toBeGreaterThan(0);
    await minggu.selectOption(String(i));
    await page.getByRole('button', { name: 'Salin dari minggu sebelumnya' }).click();
    await expect.poll(async () => page.getByTestId('info-roster').innerText()).toMatch(/sel diisi dari minggu sebelumnya/);
    const hariMinggu = (o: string) => Number(/^(\d+)/.exec(o)?.[1]);
    const d9 = String(2 + 7).padStart(2, '0');
    if (hariMinggu(opsi[i]!) <= 9) expect(await tampil(d9)).toBe('M');
    expect(await page.getByRole('button', { name: /^Simpan jadwal \(\d+ perubahan\)/ }).count()).toBe(1);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Batalkan perubahan' }).click();

    // A page of 20 employees (a whole unit at once is thousands of cells); search by name or NIP.
    const jumlah = Number(/(\d+) pegawai\. Shift/.exec(await page.locator('.petunjuk').first().innerText())?.[1]);
    expect(jumlah).toBeGreaterThan(0);
    expect(await tabel.locator('tbody tr').count()).toBe(Math.min(20, jumlah));
    if (jumlah > 20) expect(await page.getByRole('navigation', { name: 'Halaman' }).innerText()).toContain(`Halaman 1 dari ${Math.ceil(jumlah / 20)}`);
    else expect(await page.getByRole('navigation', { name: 'Halaman' }).count()).toBe(0);
    const nip = (await tabel.locator('tbody tr').nth(1).locator('th .sub').innerText()).trim();
    await page.getByLabel('Cari pegawai').fill(nip);
    await expect.poll(() => tabel.locator('tbody tr').count()).toBe(1);
    expect(await tabel.locator('tbody tr th .sub').innerText()).toBe(nip);
    await page.getByLabel('Cari pegawai').fill('zzz tidak ada');
    await expect.poll(() => tabel.locator('tbody').innerText()).toContain('Tidak ada pegawai yang cocok');
    await page.getByLabel('Cari pegawai').fill('');
    await expect.poll(() => tabel.locator('tbody tr').count()).toBe(Math.min(20, jumlah));

    const hasilAxe = await axe(page).withTags(['wcag2a', 'wcag2aa']).include('main').analyze();
    expect(hasilAxe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: `${FOTO}/jadwal-shift-1280.png`, fullPage: false });

    // Print: the grid without its controls, every cell as its code, every employee of the unit (not one page).
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await tabel.locator('tbody tr').count()).toBe(jumlah);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Salin dari minggu sebelumnya' }).isVisible()).toBe(false);
    expect(await sel(id, '02').locator('.cetak-saja').innerText()).toBe('M');
    await page.screenshot({ path: `${FOTO}/jadwal-shift-cetak-1280.png`, fullPage: false });
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => tabel.locator('tbody tr').count()).toBe(Math.min(20, jumlah));

    // A phone: the grid scrolls inside its frame, the page does not.
    const hp = await halamanMasuk(env, 'admin.dinkes', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await hp.goto('/presensi/jadwal-shift');
    await hp.getByTestId('tabel-roster').waitFor();
    expect(await hp.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const gulir = hp.locator('.gulir-roster');
    expect(await gulir.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    await hp.locator(`td[data-sel="${id}|${bulan}-02"] button`).scrollIntoViewIfNeeded();
    expect(await hp.locator('tbody tr').first().locator('th').innerText()).toContain(nama);
    await hp.screenshot({ path: `${FOTO}/jadwal-shift-390.png`, fullPage: false });
  });
});
