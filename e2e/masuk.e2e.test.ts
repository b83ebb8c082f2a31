import { describe, expect, test } from 'vitest';
import { angka, halamanMasuk, keluar, lingkunganBerkas } from './harness.ts';

const env = lingkunganBerkas();

describe('masuk dan beranda', () => {
  test('kata sandi salah menampilkan pesan dalam bahasa Indonesia', async () => {
    const page = await (await env.konteks()).newPage();
    await page.goto('/masuk');
    await page.getByLabel('NIP atau nama pengguna').fill('admin.bkd');
    await page.getByLabel('Kata sandi').fill('bukan-sandinya');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('NIP/nama pengguna atau kata sandi salah');
    expect(new URL(page.url()).pathname).toBe('/masuk');
  });

  test('masuk ke dasbor: grafik, tabel Data Umum dengan total yang benar, lalu keluar', async () => {
    const page = await halamanMasuk(env, 'admin.bkd');
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('heading', { name: 'Beranda' }).waitFor();
    // The four charts, each named with its figures for a screen reader.
    await expect.poll(() => page.getByRole('img', { name: /^Pegawai per (golongan|pendidikan terakhir|kelompok jabatan|perangkat daerah): / }).count(), { timeout: 15_000 }).toBe(
      4,
    );
    // Golongan: a bar per golongan, split Laki-laki / Perempuan, its figures shown on pointing.
    const golongan = page.getByRole('img', { name: /^Pegawai per golongan: / });
    await golongan.locator('.grafik-bagian').first().hover();
    await expect.poll(() => golongan.locator('.grafik-tip').innerText()).toMatch(/^\S+\n(Laki-laki|Perempuan): [\d.]+\nJumlah: [\d.]+$/);

    const totalPegawai = angka(await page.getByTestId('total-pegawai').innerText());
    expect(totalPegawai).toBeGreaterThan(0);
    for (const judul of ['A. Jabatan dan Status', 'B. Pendidikan', 'C. Pangkat']) {
      const tabel = page.locator(`table[data-rekap="${judul}"]`);
      await tabel.waitFor();
      const baris = await tabel.locator('tbody tr').all();
      expect(baris.length).toBeGreaterThan(0);
      let l = 0;
      let p = 0;
      let jumlah = 0;
      for (const b of baris) {
        const sel = (await b.locator('td').allInnerTexts()).map((s) => s.trim());
        const [bl, bp, bj] = [angka(sel[2]!), angka(sel[3]!), angka(sel[4]!)];
        expect(bl + bp, `${judul}: ${sel[1]}`).toBe(bj);
        l += bl;
        p += bp;
        jumlah += bj;
      }
      const total = (await tabel.locator('tfoot tr td').allInnerTexts()).map((s) => s.trim());
      expect(await tabel.locator('tfoot th').innerText()).toBe('Total');
      expect([angka(total[1]!), angka(total[2]!), angka(total[3]!)], judul).toEqual([l, p, jumlah]);
      expect(jumlah, `${judul} = total pegawai`).toBe(totalPegawai);
    }

    await keluar(page);
    expect(new URL(page.url()).pathname).toBe('/masuk');
    await page.goto('/pegawai');
    await page.waitForURL('**/masuk');
  });

  test('membuka /pegawai tanpa sesi dialihkan ke /masuk', async () => {
    const page = await (await env.konteks()).newPage();
    await page.goto('/pegawai');
    await page.waitForURL('**/masuk');
    await page.getByLabel('NIP atau nama pengguna').waitFor();
  });

  test('dasbor di layar ponsel: tanpa geser ke samping, menu di balik tombol', async () => {
    const page = await halamanMasuk(env, 'admin.bkd', { viewport: { width: 390, height: 844 } });
    await expect.poll(() => page.getByRole('img', { name: /^Pegawai per / }).count(), { timeout: 15_000 }).toBe(4);
    await page.locator('table[data-rekap="C. Pangkat"]').waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    await expect.poll(() => nav.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect.poll(() => nav.getByRole('link', { name: 'Pegawai', exact: true }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.screenshot({ path: '/tmp/simasn-e2e-beranda-390.png', fullPage: true });
  });
});
