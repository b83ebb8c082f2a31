import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { halamanMasuk, keluar, lingkunganBerkas, masuk } from './harness.ts';

const env = lingkunganBerkas();

const PONSEL = { viewport: { width: 390, height: 844 } };

/** The menu as shown: one line per group ("-" for the ungrouped top and account links). */
async function menuTampil(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  await nav.getByRole('link').first().waitFor({ state: 'attached' });
  return nav.evaluate((n) =>
    [...n.querySelectorAll(':scope > div')].map((g) => {
      const judul = g.getAttribute('role') === 'group' ? document.getElementById(g.getAttribute('aria-labelledby') ?? '')?.textContent : '-';
      return `${judul}: ${[...g.querySelectorAll('a')].map((a) => a.textContent).join(', ')}`;
    })
  );
}

const KELOLA_LAYANAN = 'Layanan: KGB Bulanan, E-Pangkat, SIMANTUN TANDUK, Antrian Layanan';
const KINERJA = 'Kinerja: Perjanjian Kinerja, Realisasi Kinerja';
const KINERJA_PANTAU = `${KINERJA}, Kemajuan SKP, Pohon Kinerja`;
const KINERJA_TPP = `${KINERJA_PANTAU}, TPP Bulanan`;
const REKENING = 'Rekening TPP';
/** The month's payroll import: admin BKD and BKAD (tpp:bayar). */
const DAFTAR_GAJI = 'Daftar Gaji';
const INDEKS = 'Indeks: IP ASN, Sistem Merit, Instrumen Merit, NSPK';
const INDEKS_SURVEI = `${INDEKS}, Survei Kepuasan`;
const SAKIP = 'SAKIP: Renstra, Laporan LKjIP';
const AKUN = '-: Ganti Sandi';
const PRESENSI_SAYA = 'Presensi: Presensi Saya, Presensi Bulanan, Cuti dan Izin, Aktivitas Harian';
const PANTAU_PRESENSI = 'Presensi: Kehadiran Hari Ini, Rekap Presensi, Disiplin Kehadiran, Belum Mengisi Aktivitas';
const KALENDER = 'Administrasi: Kalender Kerja';
const KOMPETENSI = 'Kompetensi: JP Pegawai, JPM Pegawai';
const KOMPETENSI_SAYA = 'Kompetensi: Pengembangan Kompetensi Saya, Kursus (E-Learning), Tes Kompetensi Saya, Profil Kompetensi';

describe('menu per peran', () => {
  test('setiap peran melihat tepat kelompok dan halaman yang boleh dibukanya', async () => {
    const asn = env.akun.find((a) => a.peran.length === 1 && a.peran[0] === 'asn')!;
    const kabid = env.akun.find((a) => a.peran.includes('atasan'))!;
    const harapan: [string, string[]][] = [
      ['admin.bkd', [
        '-: Beranda',
        'Kepegawaian: Pegawai, Impor',
        KELOLA_LAYANAN,
        'Presensi: Persetujuan Cuti dan Aktivitas, Pengganti Atasan (Plt.), Kehadiran Hari Ini, Rekap Presensi, Disiplin Kehadiran, Belum Mengisi Aktivitas, Tinjauan Presensi, Jadwal Shift, Titik Presensi',
        `${KINERJA_TPP}, Kelas Jabatan, ${REKENING}, ${DAFTAR_GAJI}`,
        `${KOMPETENSI}, Kelola Kursus, Bank Soal, Tes CAT, Hasil Asesmen, Standar Kompetensi`,
        INDEKS_SURVEI,
        SAKIP,
        'Administrasi: Jejak Audit, Akun, Kalender Kerja',
        AKUN,
      ]],
      ['verifikator', [
        '-: Beranda',
        'Kepegawaian: Pegawai, Verifikasi',
        KELOLA_LAYANAN,
        'Presensi: Persetujuan Cuti dan Aktivitas',
        KINERJA,
        `${KOMPETENSI}, Hasil Asesmen`,
        INDEKS_SURVEI,
        SAKIP,
        KALENDER,
        AKUN,
      ]],
      ['pimpinan', [
        '-: Beranda',
        'Kepegawaian: Pegawai',
        'Layanan: E-Pangkat, SIMANTUN TANDUK',
        PANTAU_PRESENSI,
        `${KINERJA_TPP}, ${REKENING}`,
        KOMPETENSI,
        INDEKS_SURVEI,
        SAKIP,
        KALENDER,
        AKUN,
      ]],
      ['perencana', ['-: Beranda', 'Kepegawaian: Pegawai', KINERJA, KOMPETENSI, INDEKS_SURVEI, SAKIP, AKUN]],
      ['bkad', [`Kinerja: TPP Bulanan, ${REKENING}, ${DAFTAR_GAJI}`, AKUN]],
      ['inspektorat', [
        '-: Beranda',
        'Kepegawaian: Pegawai',
        'Layanan: E-Pangkat, SIMANTUN TANDUK',
        PANTAU_PRESENSI,
        `${KINERJA_TPP}, ${REKENING}`,
        KOMPETENSI,
        INDEKS_SURVEI,
        SAKIP,
        'Administrasi: Jejak Audit, Kalender Kerja',
        AKUN,
      ]],
      ['admin.dinkes', [
        '-: Beranda',
        'Kepegawaian: Pegawai, Impor',
        KELOLA_LAYANAN,
        'Presensi: Pengganti Atasan (Plt.), Kehadiran Hari Ini, Rekap Presensi, Disiplin Kehadiran, Belum Mengisi Aktivitas, Tinjauan Presensi, Jadwal Shift, Titik Presensi',
        `${KINERJA_TPP}, ${REKENING}`,
        KOMPETENSI,
        INDEKS_SURVEI,
        SAKIP,
        KALENDER,
        AKUN,
      ]],
      [asn.namaPengguna, [
        'Kepegawaian: Data Saya, Usulan Saya',
        'Layanan: Layanan Saya, SIMANTUN TANDUK',
        PRESENSI_SAYA,
        'Kinerja: Perjanjian Kinerja, Kinerja Saya, TPP Saya',
        KOMPETENSI_SAYA,
        INDEKS,
        AKUN,
      ]],
      [kabid.namaPengguna, [
        '-: Beranda',
        'Kepegawaian: Pegawai, Data Saya, Usulan Saya',
        'Layanan: Layanan Saya, SIMANTUN TANDUK',
        `${PRESENSI_SAYA}, Persetujuan Cuti dan Aktivitas, Pengganti Atasan (Plt.), Kehadiran Hari Ini, Rekap Presensi, Disiplin Kehadiran, Belum Mengisi Aktivitas`,
        `${KINERJA}, Kinerja Saya, TPP Saya, Kinerja Tim, Evaluasi Periodik, Pohon Kinerja`,
        `${KOMPETENSI_SAYA}, JP Pegawai, JPM Pegawai`,
        INDEKS,
        'SAKIP: Renstra',
        KALENDER,
        AKUN,
      ]],
    ];
    const k = await env.konteks();
    for (const [nama, menu] of harapan) {
      await k.clearCookies();
      const page = await k.newPage();
      await masuk(page, nama);
      expect.soft(await menuTampil(page), nama).toEqual(menu);
      await page.close();
    }
  });

  test('setiap halaman menu terbuka dengan judulnya dan tandanya di menu', async () => {
    const page = await halamanMasuk(env, 'admin.bkd');
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    // The menu renders once the session has answered: wait for it before reading its links.
    await expect.poll(() => nav.getByRole('link').count()).toBe(42);
    const tautan = await nav.getByRole('link').evaluateAll((as) => as.map((a) => [a.textContent ?? '', a.getAttribute('href') ?? '']));
    expect(tautan.length).toBe(42);
    for (const [label, href] of tautan) {
      const l = nav.getByRole('link', { name: label, exact: true });
      await l.click();
      await page.waitForURL((u) => u.pathname === href);
      await expect.poll(() => l.getAttribute('aria-current'), { message: label }).toBe('page');
      expect(await nav.locator('[aria-current="page"]').count(), label).toBe(1);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await page.getByRole('heading', { name: 'Tidak berwenang' }).count(), label).toBe(0);
      await expect.poll(() => page.title(), { message: label }).toMatch(/^\S.* · SIMASN$/);
    }
    // A page below a menu page marks its parent; the document title names the page itself.
    await page.goto('/indeks/merit/instrumen');
    await expect.poll(() => page.title()).toBe('Instrumen Sistem Merit · SIMASN');
    expect(await nav.locator('[aria-current="page"]').innerText()).toBe('Instrumen Merit');
  });

  test('halaman di luar wewenang: pesan yang jelas, bukan halaman kosong', async () => {
    const asn = env.akun.find((a) => a.peran.length === 1 && a.peran[0] === 'asn')!;
    const page = await halamanMasuk(env, asn.namaPengguna);
    // "/" sends an ASN to the first page of their menu.
    await page.waitForURL('**/saya');
    for (const jalur of ['/pegawai', '/audit', '/layanan/kgb', '/sakip/renstra', '/lkjip']) {
      await page.goto(jalur);
      await page.getByRole('heading', { name: 'Tidak berwenang' }).waitFor();
      expect(await page.getByRole('alert').innerText()).toContain('Anda tidak berwenang membuka halaman');
      expect(await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Data Saya' }).count()).toBe(1);
    }
    await page.goto('/tidak-ada-halaman-ini');
    await page.getByRole('heading', { name: 'Halaman tidak ditemukan' }).waitFor();
  });

  test('di ponsel: tombol Menu membuka daftar berkelompok, Escape menutupnya, fokus dikelola', async () => {
    const page = await halamanMasuk(env, 'verifikator', PONSEL);
    const tombol = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    expect(await tombol.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => nav.isVisible()).toBe(false);

    await tombol.click();
    expect(await tombol.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => nav.getByRole('group', { name: 'Layanan' }).isVisible()).toBe(true);
    // Focus lands on the current page's link.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Beranda');
    expect(await nav.getByRole('link', { name: 'Beranda' }).getAttribute('aria-current')).toBe('page');
    // The list sits below the header and fits the screen (scrolling inside itself).
    const kotak = (await nav.boundingBox())!;
    expect(kotak.y).toBeGreaterThan(40);
    // Right below the header as measured (TataLetak: its height, wrapped on a phone, read by a ResizeObserver).
    const kepala = (await page.locator('header.kepala').boundingBox())!;
    expect(Math.abs(kotak.y - (kepala.y + kepala.height))).toBeLessThanOrEqual(1);
    expect(kotak.y + kotak.height).toBeLessThanOrEqual(844);
    await page.screenshot({ path: '/tmp/simasn-e2e-menu-390.png' });

    await page.keyboard.press('Escape');
    await expect.poll(() => nav.isVisible()).toBe(false);
    expect(await tombol.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('tombol-menu');

    // Keyboard: open with Enter, walk to a page, follow it; the menu closes and focus goes to the content.
    await page.keyboard.press('Enter');
    await nav.getByRole('link', { name: 'Verifikasi' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/verifikasi');
    await expect.poll(() => nav.isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('isi');
    await tombol.click();
    expect(await nav.getByRole('link', { name: 'Verifikasi' }).getAttribute('aria-current')).toBe('page');
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await tombol.click();
    // Keluar sits at the end of the menu on phones, and really leaves.
    await keluar(page);
    await page.goto('/verifikasi');
    await page.waitForURL('**/masuk');
  });
});
