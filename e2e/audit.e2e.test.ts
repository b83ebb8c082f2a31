import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { sql } from '@simasn/db';
import { halamanMasuk, lingkunganBerkas } from './harness.ts';

const env = lingkunganBerkas();

describe('jejak audit untuk Inspektorat', () => {
  test('mencari, menyaring, mengekspor, lalu memeriksa rantai: utuh, kemudian entri yang diubah di basis data disebut', async () => {
    // Something worth auditing first: the admin exports a unit's employees (a filter with a unit id).
    const admin = await halamanMasuk(env, 'admin.bkd');
    const unit = await env.db.one<{ id: number, nama: string }>(sql`select id, nama from unit_organisasi where jenis = 'perangkat_daerah' order by id limit 1`);
    const r = await admin.request.get(`/api/pegawai/ekspor.xlsx?unitId=${unit.id}`);
    expect(r.status()).toBe(200);

    const page = await halamanMasuk(env, 'inspektorat', { acceptDownloads: true });
    await page.goto('/audit');
    await page.getByRole('heading', { name: 'Jejak Audit' }).waitFor();
    await expect.poll(() => page.locator('table.tabel-audit tbody tr').count()).toBeGreaterThan(0);

    // Search by the words of the action's label.
    await page.getByLabel('Cari').fill('ekspor');
    await page.waitForURL((u) => u.searchParams.get('q') === 'ekspor');
    const baris = page.locator('table.tabel-audit tbody tr').first();
    await expect.poll(() => page.getByText(/^\d+ catatan$/).innerText()).toBe('1 catatan');
    await expect.poll(() => baris.innerText()).toContain('Mengekspor daftar pegawai');
    if (await baris.locator('details summary').count()) await baris.locator('details summary').click();
    const teks = await baris.innerText();
    expect(teks).toContain('admin.bkd');
    // The unit by its name, no code, no JSON, no null.
    expect(teks).toContain(unit.nama);
    expect(teks).not.toMatch(/pegawai\.ekspor|[{}"]|\bnull\b|unitId/);

    // Filter: action, user, target type.
    await page.getByLabel('Cari').fill('');
    await page.waitForURL((u) => !u.searchParams.get('q'));
    await page.getByLabel('Aksi').selectOption({ label: 'Masuk ke aplikasi' });
    await page.getByLabel('Pengguna').fill('admin');
    await page.getByLabel('Sasaran').selectOption({ label: 'Akun' });
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await page.waitForURL((u) => u.searchParams.get('aksi') === 'auth.masuk' && u.searchParams.get('nama') === 'admin' && u.searchParams.get('entitas') === 'akun');
    // Only the admin's logins remain (the inspector's own login is filtered out).
    await expect.poll(() => page.locator('table.tabel-audit tbody').innerText()).not.toContain('inspektorat');
    const masuk = await page.locator('table.tabel-audit tbody').innerText();
    expect(masuk).toContain('Masuk ke aplikasi');
    expect(masuk).toContain('admin.bkd');
    expect(masuk).not.toContain('auth.masuk');
    await page.getByLabel('Urutkan').selectOption({ label: 'Terlama dulu' });
    await page.waitForURL((u) => u.searchParams.get('urut') === 'terlama');

    // Export what is filtered, and read the workbook.
    const [unduhan] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ekspor XLSX' }).click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await unduhan.path())!) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const sel: string[] = [];
    ws.eachRow((row) => sel.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')).join(' | ')));
    expect(sel.join('\n')).toContain('Masuk ke aplikasi');
    expect(sel.join('\n')).toContain('admin.bkd');
    expect(sel.join('\n')).not.toContain('inspektorat |');

    // The chain: sound.
    await page.getByRole('link', { name: 'Periksa keutuhan' }).click();
    await page.getByRole('heading', { name: 'Keutuhan Jejak Audit' }).waitFor();
    await page.getByRole('button', { name: 'Periksa sekarang' }).click();
    await expect.poll(() => page.getByTestId('hasil-periksa').innerText()).toContain('Rantai jejak audit utuh.');
    expect(await page.getByTestId('hasil-periksa').innerText()).toMatch(/Hash terakhir: [0-9a-f]{64}/);

    // Someone with the owner's rights rewrites one entry in the database: the check names it.
    const sasaran = await env.db.one<{ id: number, urutan: number }>(sql`
      select id, urutan from audit_log where aksi = 'pegawai.ekspor' order by urutan limit 1`);
    await env.db.exec(`alter table audit_log disable trigger user; update audit_log set nama_pengguna = 'orang.lain' where id = ${sasaran.id};
                       alter table audit_log enable trigger user`);
    await page.getByRole('button', { name: 'Periksa lagi' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Rantai jejak audit rusak.');
    const rusak = await page.getByRole('alert').innerText();
    expect(rusak).toContain(`nomor urut ${sasaran.urutan} (id ${sasaran.id})`);
    expect(rusak).toContain('diubah setelah dicatat');
  });
});
