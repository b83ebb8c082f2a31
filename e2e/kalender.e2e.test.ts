import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sql } from '@simasn/db';
import { axe, halamanMasuk, lingkunganBerkas, pilihUnit } from './harness.ts';

/**
 * Kalender Kerja as the admin BKD and an admin OPD use it: calendars per unit with their versions
 * and a night shift, a new version, the year's holidays with versions, an import refused by row
 * and column then accepted, the rule sets as data and a month recomputed under another rule.
 * Screenshots at 1280 and 390 px go to /work/wt/_shots/aturan when SIMASN_FOTO is set.
 */
const env = lingkunganBerkas();
const FOTO = process.env.SIMASN_FOTO;

/** At 1280 and 390 px: no serious or critical axe finding, nothing raw on screen, no sideways scrolling (as the page walk checks). */
async function periksaTampilan(page: Page) {
  for (const lebar of [1280, 390]) {
    await page.setViewportSize({ width: lebar, height: 900 });
    const hasilAxe = await axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).include('main').exclude('tbody > tr:nth-child(n+6)').analyze();
    expect(hasilAxe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`), `${lebar}`).toEqual([]);
    const teks = await page.locator('main').innerText();
    expect(teks).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b|\bnull\b|\bundefined\b|\bNaN\b|\[object /);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), `${lebar}`).toBe(true);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function foto(page: Page, nama: string) {
  await periksaTampilan(page);
  if (!FOTO) return;
  for (const [lebar, tinggi] of [[1280, 900], [390, 844]] as const) {
    await page.setViewportSize({ width: lebar, height: tinggi });
    await page.screenshot({ path: join(FOTO, `${nama}-${lebar}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Waits (a busy 2-core machine) until the page's main region shows a text. */
async function tunggu(page: Page, teks: string) {
  await expect.poll(() => page.locator('main').innerText(), { timeout: 20_000 }).toContain(teks);
}

async function xlsx(baris: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Libur').addRows(baris);
  const p = join(mkdtempSync(join(tmpdir(), 'simasn-libur-')), 'libur-2027.xlsx');
  writeFileSync(p, Buffer.from(await wb.xlsx.writeBuffer()));
  return p;
}

describe('Kalender Kerja', () => {
  test('admin BKD: unit calendars and a night shift, a new version, holidays with versions, an import refused then accepted, rules, recompute', async () => {
    const page = await halamanMasuk(env, 'admin.bkd', { viewport: { width: 1280, height: 900 } });
    await page.goto('/kalender');
    await page.getByRole('heading', { name: 'Kalender Kerja' }).waitFor();
    await tunggu(page, 'Kalender bawaan instansi');
    expect(await page.locator('main').innerText()).toContain('Pola nasional Perpres 21/2023');
    await pilihUnit(page.getByLabel('Unit', { exact: true }), 'Bidang Keperawatan');
    await tunggu(page, 'Shift RSUD (pagi, siang, malam)');
    await tunggu(page, '(hari berikutnya)');
    await foto(page, 'kalender-unit-shift');

    const bkpsdm = await env.db.one<{ nama: string }>(sql`select nama from unit_organisasi where kode = 'BKPSDM'`);
    await pilihUnit(page.getByLabel('Unit', { exact: true }), bkpsdm.nama);
    await page.getByRole('button', { name: 'Tambah versi kalender' }).click();
    await page.getByLabel('Berlaku mulai').fill('01/02/2099');
    await page.getByLabel('Pola kerja').selectOption({ label: 'Enam hari kerja (Senin-Sabtu)' });
    await page.getByLabel('Keterangan').fill('Uji enam hari');
    await page.getByRole('button', { name: 'Simpan versi' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText(), { timeout: 20_000 }).toContain('Versi kalender baru berlaku mulai 1 Februari 2099');
    await tunggu(page, 'Belum berlaku');
    await foto(page, 'kalender-unit-versi');

    await page.getByRole('tab', { name: 'Hari libur' }).click();
    await page.getByLabel('Tahun').selectOption('2026');
    await tunggu(page, 'Hari Jadi Kabupaten Sukamaju');
    expect(await page.locator('main').innerText()).toMatch(/17 libur nasional, 8 cuti bersama, 1 libur daerah/);
    await foto(page, 'kalender-libur');
    await page.getByLabel('Tahun').selectOption('2027');
    await tunggu(page, 'Belum ada daftar hari libur tahun 2027');
    await page.locator('#libur-berkas').setInputFiles(await xlsx([['tanggal', 'nama', 'jenis'], ['2027-01-01', 'Tahun Baru 2027 Masehi', 'libur_nasional'], [
      '31/02/2027',
      'Hari aneh',
      'libur_nasional',
    ]]));
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await tunggu(page, 'Perbaiki baris di bawah');
    await foto(page, 'kalender-libur-impor-ditolak');
    const ditolak = await page.locator('main').innerText();
    expect(ditolak, ditolak).toContain('tanggal "31/02/2027" tidak ada di kalender');
    expect(await env.db.many(sql`select 1 from daftar_libur where tahun = 2027`)).toEqual([]);
    await page.locator('#libur-berkas').setInputFiles(await xlsx([['tanggal', 'nama', 'jenis'], ['2027-01-01', 'Tahun Baru 2027 Masehi', 'libur_nasional']]));
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await expect.poll(() => page.getByRole('status').first().innerText(), { timeout: 20_000 }).toContain('Daftar libur 2027 diimpor sebagai versi 1');
    await tunggu(page, 'Tahun Baru 2027 Masehi');

    await page.getByRole('tab', { name: 'Aturan presensi' }).click();
    await tunggu(page, '07.30-16.30');
    expect(await page.locator('main').innerText()).toContain('Terlambat paling lama 30 menit dapat diganti');
    await foto(page, 'kalender-aturan');

    await page.getByRole('tab', { name: 'Hitung ulang' }).click();
    await pilihUnit(page.locator('#ulang-unit'), bkpsdm.nama);
    await page.locator('#ulang-aturan').selectOption({ label: 'Pola nasional Perpres 21/2023 (tanpa Perbup)' });
    await page.getByRole('button', { name: 'Hitung ulang' }).click();
    await tunggu(page, 'di bawah Pola nasional Perpres 21/2023');
    expect(await page.locator('main table').last().innerText()).toMatch(/0%\s+0%/);
    await foto(page, 'kalender-hitung-ulang');
  });

  test('admin OPD sees only its own units and cannot change calendars', async () => {
    const page = await halamanMasuk(env, 'admin.dinkes', { viewport: { width: 1280, height: 900 } });
    await page.goto('/kalender');
    await tunggu(page, 'Berlaku hari ini');
    // Its own perangkat daerah is shown at once; the list holds only its subtree.
    const isian = page.getByLabel('Unit', { exact: true });
    expect(await isian.inputValue()).toBe('Dinas Kesehatan');
    await isian.click();
    const pilihan = await page.getByRole('listbox', { name: 'Daftar unit' }).locator('.pilih-unit-nama').allInnerTexts();
    expect(pilihan[0]).toBe('Dinas Kesehatan');
    expect(pilihan.some((p) => p.includes('UPTD Puskesmas'))).toBe(true);
    expect(pilihan.some((p) => p.includes('Badan Kepegawaian'))).toBe(false);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('button', { name: 'Tambah versi kalender' }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Hari libur' }).click();
    await tunggu(page, 'Hari libur dan cuti bersama');
    expect(await page.getByRole('button', { name: 'Impor', exact: true }).count()).toBe(0);
    await foto(page, 'kalender-admin-opd');
  });
});
