import { describe, expect, test } from 'vitest';
import { sql } from '@simasn/db';
import { halamanMasuk, lingkunganBerkas } from './harness.ts';

/**
 * Forms speak Indonesian: an empty required field is reported beside it by our own check (not a
 * browser bubble: "Please select an item in the list."), tied to its control by aria-invalid and
 * aria-describedby; a date is typed day first (17/05/2022 or 17 Mei 2022) and shown as
 * "17 Mei 2022"; a file is chosen with "Pilih berkas", and "Belum ada berkas dipilih" until then.
 */
const env = lingkunganBerkas();

describe('formulir berbahasa Indonesia', () => {
  test('tambah riwayat pangkat: pesan di samping isian, tanggal hh/bb/tttt, pemilih berkas sendiri', async () => {
    const nip = (await env.db.one<{ nip: string }>(sql`select nip from pegawai order by id limit 1`)).nip;
    const page = await halamanMasuk(env, 'admin.bkd');
    await page.goto(`/pegawai/${nip}?tab=pangkat`);
    await page.getByRole('button', { name: 'Tambah', exact: true }).click();
    const form = page.getByRole('form', { name: 'Tambah riwayat pangkat' });
    await expect.poll(() => form.evaluate((f: HTMLFormElement) => f.noValidate)).toBe(true);

    // The file picker: our words, not the browser's.
    await expect.poll(() => form.locator('.pilih-berkas').innerText()).toMatch(/Pilih berkas\s*Belum ada berkas dipilih/);

    // Empty submit: the server's (or schema's) Indonesian messages beside the fields.
    await form.getByRole('button', { name: 'Simpan' }).click();
    const golongan = form.getByLabel(/^Golongan\*?$/);
    await expect.poll(() => golongan.getAttribute('aria-invalid')).toBe('true');
    const idPesan = await golongan.getAttribute('aria-describedby');
    expect(idPesan).toBeTruthy();
    const pesan = await page.locator(`[id="${idPesan!.split(' ').at(-1)}"]`).innerText();
    expect(pesan).not.toMatch(/Please|select an item|fill out/i);
    expect(pesan.length).toBeGreaterThan(3);
    expect(await golongan.evaluate((e: HTMLSelectElement) => e.validationMessage)).toBe('');

    // A date typed day first is read as such and shown in words; a wrong one is named.
    const tmt = form.getByLabel(/^TMT\*?$/);
    expect(await tmt.getAttribute('type')).toBe('text');
    await tmt.fill('01/04/2021');
    await tmt.blur();
    await expect.poll(() => tmt.inputValue()).toBe('1 April 2021');
    await tmt.fill('17 Mei 2022');
    await tmt.blur();
    await expect.poll(() => tmt.inputValue()).toBe('17 Mei 2022');
    await tmt.fill('31/02/2022');
    await tmt.blur();
    await expect.poll(() => form.innerText()).toContain('Tanggal belum dikenali: tulis seperti 17/05/2022 atau 17 Mei 2022.');
  });
});
