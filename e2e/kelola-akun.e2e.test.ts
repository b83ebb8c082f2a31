import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { halamanMasuk, lingkunganBerkas, masuk } from './harness.ts';

/**
 * The server's clock: the wall clock, except while a test holds it still (`jamDiam`). The failed-login
 * waits (1, 2, 4… s) run on it: a machine slow enough to take longer between two attempts than the
 * wait would otherwise let the sixth attempt in as a plain 401 (seen in CI at a load average of 30).
 */
let jamDiam: Date | null = null;
const env = lingkunganBerkas({ sekarang: () => jamDiam ?? new Date() });

describe('keluar', () => {
  test('"Keluar" menampilkan halaman masuk seketika untuk setiap peran (tanpa "Memuat…" dengan nama dan menu lama)', async () => {
    const waktu: Record<string, number> = {};
    for (const nama of ['admin.bkd', 'verifikator', 'pimpinan', 'inspektorat', 'admin.dinkes']) {
      const page = await halamanMasuk(env, nama);
      await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
      const menu = page.getByRole('button', { name: 'Menu' });
      if (await menu.isVisible()) await menu.click();
      // A busy server (PGlite runs one query at a time: a dashboard of 7,000 ASN held the logout
      // for 8 s and more): the logout answers only after 8 s here, the page must not wait for it.
      let lepas = () => {};
      const tertahan = new Promise<void>((r) => {
        lepas = r;
      });
      await page.route('**/api/auth/logout', async (route) => {
        await Promise.race([tertahan, new Promise((r) => setTimeout(r, 8_000))]);
        await route.continue();
      });
      const mulai = performance.now();
      await page.getByRole('button', { name: 'Keluar' }).first().click();
      await page.getByLabel('NIP atau nama pengguna').waitFor({ timeout: 10_000 });
      waktu[nama] = Math.round(performance.now() - mulai);
      expect(new URL(page.url()).pathname).toBe('/masuk');
      expect(await page.getByRole('navigation', { name: 'Navigasi utama' }).count()).toBe(0);
      expect(await page.getByText('Memuat', { exact: false }).count()).toBe(0);
      // ...and the session really ends on the server once it answers.
      lepas();
      await expect.poll(async () => (await (await page.request.get('/api/auth/sesi')).json()).masuk, { timeout: 10_000 }).toBe(false);
      await page.context().close();
    }
    console.log('waktu keluar (ms):', waktu);
    // Well under the 8 s the logout is held: the page did not wait for it (idle, 300-700 ms; CI with its
    // steps at once met 3,6 s at a load average of 30, so the bound is 6 s, still short of the hold).
    for (const [nama, ms] of Object.entries(waktu)) expect(ms, nama).toBeLessThan(6000);
  });
});

async function cariAkun(page: Page, nama: string) {
  await page.goto(`/akun?q=${encodeURIComponent(nama)}`);
  await page.getByRole('heading', { name: 'Akun Pengguna' }).waitFor();
  await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 10_000 }).toBe(1);
}

describe('Kelola Akun', () => {
  test('admin mengatur ulang kata sandi ASN: sandi sementara sekali tampil, ASN wajib menggantinya sebelum apa pun; sandi umum ditolak di samping isian', async () => {
    const asn = env.akun.find((a) => a.keterangan.startsWith('ASN:'))!.namaPengguna;
    const admin = await halamanMasuk(env, 'admin.bkd');
    await cariAkun(admin, asn);
    await admin.getByRole('button', { name: `Atur ulang kata sandi ${asn}` }).click();
    const dialog = admin.getByRole('dialog', { name: 'Atur ulang kata sandi?' });
    await expect.poll(() => dialog.innerText()).toContain('hanya ditampilkan sekali');
    await dialog.getByRole('button', { name: 'Atur ulang kata sandi' }).click();
    const panel = admin.getByRole('status', { name: 'Kata sandi sementara' });
    const sandi = (await panel.locator('code').innerText()).trim();
    expect(sandi).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await expect.poll(() => admin.locator('table tbody tr').first().innerText()).toContain('Wajib ganti kata sandi');
    await admin.screenshot({ path: '/work/wt/_shots/akun/kelola-akun-reset-1280.png', fullPage: true }).catch(() => {});

    const page = await (await env.konteks()).newPage();
    await masuk(page, asn, sandi);
    await page.waitForURL('**/ganti-sandi');
    await expect.poll(() => page.getByRole('note').innerText()).toContain('sebelum melanjutkan');
    // Anything else leads back here; the menu offers nothing else.
    await page.goto('/saya');
    await page.waitForURL('**/ganti-sandi');
    expect(await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link').allInnerTexts()).toEqual(['Ganti Sandi']);
    for (const lemah of ['password1', 'demo12345']) {
      await page.getByLabel('Kata sandi lama (dari admin)').fill(sandi);
      await page.getByLabel('Kata sandi baru', { exact: true }).fill(lemah);
      await page.getByLabel('Ulangi kata sandi baru').fill(lemah);
      await page.getByRole('button', { name: 'Ganti kata sandi' }).click();
      await expect.poll(() => page.locator('#sandi-baru-galat').innerText()).toContain('terlalu mudah ditebak');
      expect(await page.getByLabel('Kata sandi baru', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    }
    await page.screenshot({ path: '/work/wt/_shots/akun/ganti-sandi-wajib-1280.png', fullPage: true }).catch(() => {});
    await page.getByLabel('Kata sandi lama (dari admin)').fill(sandi);
    await page.getByLabel('Kata sandi baru', { exact: true }).fill('sepeda biru di taman kota');
    await page.getByLabel('Ulangi kata sandi baru').fill('sepeda biru di taman kota');
    await page.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/ganti-sandi'));
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Data Saya' }).waitFor();
  });

  test('admin menonaktifkan akun yang sedang dipakai: sesinya berakhir seketika; diaktifkan kembali, bisa masuk lagi; akun sendiri tidak bisa dinonaktifkan', async () => {
    const admin = await halamanMasuk(env, 'admin.bkd');
    const pengguna = await halamanMasuk(env, 'verifikator2');
    await cariAkun(admin, 'verifikator2');
    await admin.getByRole('button', { name: 'Nonaktifkan verifikator2' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Nonaktifkan akun?' });
    await dialog.getByLabel('Alasan (tidak wajib)').fill('pindah tugas');
    await dialog.getByRole('button', { name: 'Nonaktifkan akun' }).click();
    await expect.poll(() => admin.getByRole('status').first().innerText()).toContain('Akun verifikator2 dinonaktifkan.');
    await expect.poll(() => admin.locator('table tbody tr').first().innerText()).toContain('Nonaktif');
    // The user's next request finds no session: the login page.
    await pengguna.reload();
    await pengguna.waitForURL('**/masuk');
    await pengguna.getByLabel('NIP atau nama pengguna').fill('verifikator2');
    await pengguna.getByLabel('Kata sandi').fill('demo12345');
    await pengguna.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => pengguna.getByRole('alert').innerText()).toContain('Akun Anda dinonaktifkan');

    await admin.getByRole('button', { name: 'Aktifkan verifikator2' }).click();
    await admin.getByRole('dialog', { name: 'Aktifkan kembali akun?' }).getByRole('button', { name: 'Aktifkan akun' }).click();
    await expect.poll(() => admin.locator('table tbody tr').first().innerText()).toContain('Aktif');
    await masuk(pengguna, 'verifikator2');

    await cariAkun(admin, 'admin.bkd');
    expect(await admin.getByRole('button', { name: 'Nonaktifkan admin.bkd' }).isDisabled()).toBe(true);
  });

  test('admin mengubah peran dan perangkat daerah Admin OPD, dengan konfirmasi', async () => {
    const admin = await halamanMasuk(env, 'admin.bkd');
    await cariAkun(admin, 'admin.dindik');
    await admin.getByRole('button', { name: 'Ubah peran admin.dindik' }).click();
    const form = admin.getByRole('form', { name: 'Ubah peran admin.dindik' });
    await form.getByLabel('Inspektorat').check();
    await form.getByRole('button', { name: 'Simpan peran' }).click();
    await admin.getByRole('dialog', { name: 'Simpan perubahan peran?' }).getByRole('button', { name: 'Simpan peran' }).click();
    await expect.poll(() => admin.getByRole('status').first().innerText()).toContain('Peran admin.dindik diperbarui.');
    await expect.poll(() => admin.locator('table tbody tr').first().innerText()).toContain('Inspektorat');
    await admin.screenshot({ path: '/work/wt/_shots/akun/kelola-akun-1280.png', fullPage: true }).catch(() => {});
  });

  test('percobaan masuk gagal: tunggu yang bertambah dengan pesan "coba lagi dalam", admin BKD menghapus tahanannya', async () => {
    const page = await (await env.konteks()).newPage();
    await page.goto('/masuk');
    jamDiam = new Date();
    try {
      for (let i = 0; i < 6; i++) {
        await page.getByLabel('NIP atau nama pengguna').fill('perencana');
        await page.getByLabel('Kata sandi').fill(`tebakan-${i}`);
        // each answer before the next attempt (the form clears the password when it arrives)
        const jawaban = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
        await page.getByRole('button', { name: 'Masuk' }).click();
        expect((await jawaban).status()).toBe(i < 5 ? 401 : 429);
        await expect.poll(() => page.getByRole('alert').innerText(), { timeout: 10_000 }).toMatch(i < 5 ? /kata sandi salah/ : /Coba lagi dalam \d+ detik/);
      }
    } finally {
      jamDiam = null;
    }
    const admin = await halamanMasuk(env, 'admin.bkd');
    await admin.goto('/akun?status=ditahan&q=perencana');
    await expect.poll(() => admin.locator('table tbody tr').first().innerText(), { timeout: 10_000 }).toContain('5 kali gagal masuk');
    await admin.getByRole('button', { name: 'Hapus tahanan masuk perencana' }).click();
    await admin.getByRole('dialog', { name: 'Hapus tahanan masuk?' }).getByRole('button', { name: 'Hapus tahanan' }).click();
    await expect.poll(() => admin.getByRole('status').first().innerText()).toContain('Tahanan masuk perencana dihapus.');
    await masuk(page, 'perencana');
  });

  test('Kelola Akun di layar ponsel: tanpa geser ke samping', async () => {
    const admin = await halamanMasuk(env, 'admin.bkd', { viewport: { width: 390, height: 844 } });
    await admin.goto('/akun');
    await expect.poll(() => admin.locator('table tbody tr').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await admin.screenshot({ path: '/work/wt/_shots/akun/kelola-akun-390.png', fullPage: true }).catch(() => {});
    expect(await admin.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  });
});

/** The text of the elements a control's aria-describedby names. */
const penjelasan = (page: Page, id: string) =>
  page.evaluate(
    (i) => (document.getElementById(i)?.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).map((x) => document.getElementById(x)?.textContent ?? '').join(' '),
    id,
  );

describe('errors beside their cause (issue 10 item 11)', () => {
  test('a form shows each problem beside the field it is about, tied by aria-describedby (Kelola Akun)', async () => {
    const page = await halamanMasuk(env, 'admin.bkd', { viewport: { width: 390, height: 900 } });
    await page.goto('/akun');
    await page.getByRole('button', { name: 'Buat akun' }).first().click();
    const form = page.getByRole('form', { name: 'Buat akun' });
    await form.getByLabel('Kata sandi awal').fill('rahasia-panjang-sekali-9');
    await form.getByRole('button', { name: 'Buat akun' }).click();
    await expect.poll(() => form.getByLabel(/Nama pengguna/).getAttribute('aria-invalid')).toBe('true');
    expect(await penjelasan(page, 'akun-nama')).toContain('minimal 3 karakter');
    expect(await form.getByLabel('Kata sandi awal').getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#akun-peran-salah').innerText()).toContain('minimal satu peran');
    // The server's own refusal names its field too: a common password, beside the password box.
    await form.getByLabel(/Nama pengguna/).fill('uji.galat');
    await form.getByLabel('ASN', { exact: true }).check();
    await form.getByLabel('Kata sandi awal').fill('password1');
    await form.getByRole('button', { name: 'Buat akun' }).click();
    await expect.poll(() => form.getByLabel('Kata sandi awal').getAttribute('aria-invalid')).toBe('true');
    expect(await penjelasan(page, 'akun-sandi')).toMatch(/sandi/i);
    // The username (a NIP) stays on one line in the list.
    await page.getByRole('button', { name: 'Batal' }).click();
    expect(await page.locator('td.nowrap code').first().evaluate((c) => getComputedStyle(c.parentElement!).whiteSpace)).toBe('nowrap');
  });
});
