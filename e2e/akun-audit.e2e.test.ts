import { describe, expect, test } from 'vitest';
import { halamanMasuk, lingkunganBerkas } from './harness.ts';

const env = lingkunganBerkas();

describe('akun pengguna, jejak audit dan ganti kata sandi', () => {
  test('admin BKD membuat akun: aturan isian dan kata sandi dari kontrak, lalu akun tampil di daftar dan di jejak audit', async () => {
    const page = await halamanMasuk(env, 'admin.bkd');
    await page.goto('/akun');
    await page.getByRole('heading', { name: 'Akun Pengguna' }).waitFor();
    await expect.poll(() => page.locator('table tbody tr').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Buat akun' }).click();
    const form = page.getByRole('form', { name: 'Buat akun' });
    await form.getByLabel('Nama pengguna (NIP untuk ASN)').fill('staf.uji');
    await form.getByLabel('Kata sandi awal').fill('password');
    // No role yet: the endpoint's own schema refuses before anything is sent.
    await form.getByRole('button', { name: 'Buat akun' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toContain('minimal satu peran');
    await form.getByLabel('Pimpinan').check();
    await form.getByRole('button', { name: 'Buat akun' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toContain('kata sandi terlalu mudah ditebak');
    await form.getByLabel('Kata sandi awal').fill('Rahasia-uji-2026');
    await form.getByRole('button', { name: 'Buat akun' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('Akun staf.uji dibuat.');

    await page.getByLabel('Cari nama pengguna atau nama').fill('staf.uji');
    await page.waitForURL((u) => u.searchParams.get('q') === 'staf.uji');
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(1);
    const baris = page.locator('table tbody tr').first();
    expect(await baris.innerText()).toContain('Pimpinan');
    expect(await baris.innerText()).toContain('Aktif');

    await page.goto('/audit');
    await page.getByRole('heading', { name: 'Jejak Audit' }).waitFor();
    await page.getByLabel('Aksi').selectOption({ label: 'Membuat akun' });
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await page.waitForURL((u) => u.searchParams.get('aksi') === 'akun.buat');
    await expect.poll(() => page.locator('table.tabel-audit tbody tr').count()).toBeGreaterThan(0);
    const entri = await page.locator('table.tabel-audit tbody tr').first().innerText();
    expect(entri).toContain('admin.bkd');
    expect(entri).toContain('staf.uji');
    const ekspor = await page.getByRole('link', { name: 'Ekspor XLSX' }).getAttribute('href');
    expect(ekspor).toBe('/api/audit/ekspor.xlsx?aksi=akun.buat');
  });

  test('ganti kata sandi: aturan kata sandi diperiksa sebelum dikirim', async () => {
    const page = await halamanMasuk(env, 'inspektorat');
    await page.goto('/ganti-sandi');
    await page.getByLabel('Kata sandi lama').fill('demo12345');
    await page.getByLabel('Kata sandi baru', { exact: true }).fill('password');
    await page.getByLabel('Ulangi kata sandi baru').fill('password');
    await page.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('kata sandi terlalu mudah ditebak');
  });
});
