import { describe, expect, test } from 'vitest';
import { sql } from '@simasn/db';
import { bukaNilai } from '@simasn/kepegawaian';
import { angka, apiGet, bukaMenu, foto, halamanMasuk, lingkunganBerkas, periksaAxe } from './harness.ts';

interface Unit {
  id: number;
  indukId: number | null;
  kode: string;
  nama: string;
  jalur: string;
}
interface Item {
  nip: string;
  namaLengkap: string;
  nama: string;
  unit: { id: number, nama: string } | null;
  perangkatDaerah: { id: number, nama: string } | null;
}

const TANGGAL_INDONESIA = /^\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}$/;

const env = lingkunganBerkas();

describe('daftar dan profil pegawai (admin OPD Dinas Kesehatan)', () => {
  test('mencari, menyaring lingkup, berpindah halaman, membuka profil dan tab riwayat', async () => {
    const page = await halamanMasuk(env, 'admin.dinkes');

    // The Dinas Kesehatan subtree, as the API describes it.
    const unit = await apiGet<Unit[]>(page, '/api/unit');
    const dinkes = unit.find((u) => u.indukId === null && /Dinas Kesehatan/i.test(u.nama));
    expect(dinkes, 'unit Dinas Kesehatan ada').toBeTruthy();
    const namaUnitDinkes = new Set(unit.filter((u) => u.jalur.startsWith(dinkes!.jalur)).map((u) => u.nama));

    await bukaMenu(page, 'Pegawai', '**/pegawai');
    const jumlah = page.getByTestId('jumlah-pegawai');
    await jumlah.waitFor();
    const total = angka((await jumlah.innerText()).split(' ')[0]!);
    expect(total).toBeGreaterThan(20);
    const semua = await apiGet<{ total: number, items: Item[] }>(page, '/api/pegawai?limit=100');
    expect(semua.total).toBe(total);
    for (const p of semua.items) expect(p.perangkatDaerah?.nama, p.nip).toBe(dinkes!.nama);

    const unitDiTabel = async () => page.getByTestId('tabel-pegawai').locator('td[data-kolom="unit"]').allInnerTexts();
    for (const teks of await unitDiTabel()) expect(namaUnitDinkes.has(teks.split('\n')[0]!.trim()), teks).toBe(true);

    // Pagination.
    await page.getByRole('button', { name: /Berikutnya/ }).click();
    await expect.poll(() => page.getByText(/Halaman 2 dari \d+/).isVisible()).toBe(true);
    await page.waitForURL(/page=2/);
    await page.getByRole('button', { name: /Sebelumnya/ }).click();
    await expect.poll(() => page.getByText(/Halaman 1 dari \d+/).isVisible()).toBe(true);

    // By part of a name: two words of someone's name (each word must match).
    const contoh = semua.items[Math.min(7, semua.items.length - 1)]!;
    const bagianNama = contoh.nama.split(/\s+/);
    const kata = [bagianNama[0]!, ...(bagianNama.length > 1 ? [bagianNama[bagianNama.length - 1]!] : [])].join(' ');
    await page.getByLabel('Cari NIP atau nama').fill(kata);
    await page.waitForURL((u) => u.searchParams.get('q') === kata);
    const tautan = page.getByTestId('tabel-pegawai').getByRole('link', { name: contoh.namaLengkap, exact: true });
    await tautan.first().waitFor();
    const hasilNama = await apiGet<{ items: Item[] }>(page, `/api/pegawai?q=${encodeURIComponent(kata)}&limit=100`);
    expect(hasilNama.items.some((p) => p.nip === contoh.nip)).toBe(true);
    for (const p of hasilNama.items) {
      for (const k of kata.split(' ')) expect(p.nama.toLowerCase(), p.nama).toContain(k.toLowerCase());
      expect(p.perangkatDaerah?.nama).toBe(dinkes!.nama);
    }
    for (const teks of await unitDiTabel()) expect(namaUnitDinkes.has(teks.split('\n')[0]!.trim()), teks).toBe(true);

    // By NIP prefix (the birth date part).
    const awalan = contoh.nip.slice(0, 8);
    await page.getByLabel('Cari NIP atau nama').fill(awalan);
    await page.waitForURL((u) => u.searchParams.get('q') === awalan);
    await expect.poll(async () => {
      const nip = await page.getByTestId('tabel-pegawai').locator('td.nip').allInnerTexts();
      return nip.length > 0 && nip.every((n) => n.replace(/\s/g, '').startsWith(awalan));
    }).toBe(true);

    // Profile and riwayat tabs.
    await page.getByTestId('tabel-pegawai').getByRole('link', { name: contoh.namaLengkap, exact: true }).first().click();
    await page.waitForURL(`**/pegawai/${contoh.nip}`);
    await page.getByRole('heading', { level: 1, name: contoh.namaLengkap }).waitFor();
    await page.getByText(/NIP \d{8} \d{6} \d \d{3}|NIP \d{8} \d{4} \d \d \d \d{3}/).first().waitFor();

    await page.getByRole('tab', { name: 'Pangkat' }).click();
    const pangkat = page.locator('table[data-riwayat="pangkat"]');
    await pangkat.waitFor();
    const tmtPangkat = await pangkat.locator('td[data-label="TMT"]').allInnerTexts();
    expect(tmtPangkat.length).toBeGreaterThan(0);
    for (const t of tmtPangkat) expect(t.trim()).toMatch(TANGGAL_INDONESIA);

    await page.getByRole('tab', { name: 'Jabatan' }).click();
    const jabatan = page.locator('table[data-riwayat="jabatan"]');
    await jabatan.waitFor();
    for (const t of await jabatan.locator('td[data-label="TMT"]').allInnerTexts()) expect(t.trim()).toMatch(TANGGAL_INDONESIA);
    await page.waitForURL(/tab=jabatan/);

    await page.getByRole('tab', { name: 'Pendidikan' }).click();
    await page.locator('table[data-riwayat="pendidikan"]').or(page.getByText('Belum ada riwayat pendidikan')).first().waitFor();
    await page.getByRole('tab', { name: 'Keluarga' }).click();
    await page.locator('table[data-riwayat="keluarga"]').or(page.getByText('Belum ada riwayat keluarga')).first().waitFor();
  });

  test('profil pegawai BKPSDM tidak dapat dibuka lewat alamat', async () => {
    const bkpsdm = await env.db.one<{ nip: string }>(sql`
      select p.nip from pegawai p join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.perangkat_daerah_id
       where u.kode = 'BKPSDM' order by p.nip limit 1`);
    const page = await halamanMasuk(env, 'admin.dinkes');
    await page.goto(`/pegawai/${bkpsdm.nip}`);
    await page.getByRole('heading', { name: 'Pegawai tidak ditemukan' }).waitFor();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('tidak ditemukan');
  });

  test('memperbaiki identitas: isian salah ditandai di sampingnya sebelum dikirim, isian benar tersimpan', async () => {
    const p = await env.db.one<{ nip: string, versi: number }>(sql`
      select p.nip, p.versi from pegawai p join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.perangkat_daerah_id
       where u.kode = 'DINKES' and p.kedudukan = 'aktif' order by p.nip limit 1`);
    const page = await halamanMasuk(env, 'admin.dinkes');
    await page.goto(`/pegawai/${p.nip}`);
    await page.getByRole('button', { name: 'Ubah data identitas' }).click();
    const form = page.getByRole('form', { name: 'Ubah data identitas' });
    await form.getByLabel('Telepon').fill('bukan nomor');
    await form.getByRole('button', { name: 'Simpan perubahan' }).click();
    // The endpoint's own schema (skemaUbahPegawai) in the browser: the message beside the field, nothing sent.
    await expect.poll(() => form.locator('.salah').allInnerTexts()).toContain('nomor telepon tidak sah');
    expect((await env.db.one<{ versi: number }>(sql`select versi from pegawai where nip = ${p.nip}`)).versi).toBe(p.versi);

    await form.getByLabel('Telepon').fill('0812 3456 7890');
    await form.getByLabel('Tempat lahir').fill('Kediri');
    await form.getByRole('button', { name: 'Simpan perubahan' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('Data identitas disimpan.');
    const r = await env.db.one<{ tempat_lahir: string, telepon: string, versi: number }>(sql`select tempat_lahir, telepon, versi from pegawai where nip = ${p.nip}`);
    // The phone number is stored encrypted (issue 10 item 2) and reads back as typed.
    expect(r.telepon).toMatch(/^enc:v1:/);
    expect({ ...r, telepon: bukaNilai('pegawai', 'telepon', r.telepon) }).toEqual({ tempat_lahir: 'Kediri', telepon: '0812 3456 7890', versi: p.versi + 1 });
    await page.getByText('Kediri').first().waitFor();
  });

  test('menyaring per unit di ponsel: mengetik sebagian nama, memilih dengan panah dan Enter, Escape membatalkan, mengosongkan kembali ke semua unit', async () => {
    const page = await halamanMasuk(env, 'admin.dinkes', { viewport: { width: 390, height: 844 } });
    const unit = await apiGet<Unit[]>(page, '/api/unit');
    const dinkes = unit.find((u) => u.indukId === null && /Dinas Kesehatan/i.test(u.nama))!;
    const subpohon = unit.filter((u) => u.jalur.startsWith(dinkes.jalur));
    await page.goto('/pegawai');
    await page.getByTestId('tabel-pegawai').waitFor();
    const isian = page.getByLabel('Unit kerja', { exact: true });
    expect(await isian.getAttribute('role')).toBe('combobox');
    // Closed, the picker carries no unit in the page.
    expect(await page.locator('.pilih-unit [role=option], #saring-unit option').count()).toBe(0);
    expect(await isian.getAttribute('placeholder')).toBe('Semua unit');

    // Opened without typing: "Semua unit" (chosen), then the admin's own subtree.
    await isian.click();
    const daftar = page.getByRole('listbox', { name: 'Daftar unit' });
    await daftar.waitFor();
    expect(await isian.getAttribute('aria-expanded')).toBe('true');
    const opsi = daftar.getByRole('option');
    expect(await opsi.count()).toBe(subpohon.length + 1);
    expect(await opsi.first().innerText()).toBe('Semua unit');
    expect(await opsi.first().getAttribute('aria-selected')).toBe('true');
    await periksaAxe(page);
    await page.keyboard.press('Escape');
    expect(await isian.getAttribute('aria-expanded')).toBe('false');

    // Typing finds the puskesmas, each under its perangkat daerah; the second is taken with the keyboard.
    const puskesmas = subpohon.filter((u) => /puskesmas/i.test(u.nama));
    expect(puskesmas.length).toBeGreaterThan(1);
    await isian.pressSequentially('pusk');
    await expect.poll(() => opsi.count()).toBe(puskesmas.length);
    for (const t of await daftar.locator('.pilih-unit-nama').allInnerTexts()) expect(t).toMatch(/puskesmas/i);
    expect(await daftar.locator('.pilih-unit-induk').allInnerTexts()).toEqual(puskesmas.map(() => dinkes.nama));
    await foto(page, 'pilih-unit-ponsel');
    const kedua = await daftar.locator('.pilih-unit-nama').nth(1).innerText();
    await page.keyboard.press('ArrowDown');
    expect(await isian.getAttribute('aria-activedescendant')).toBe('saring-unit-opsi-1');
    await page.keyboard.press('Enter');
    const dipilih = unit.find((u) => u.nama === kedua)!;
    await page.waitForURL((u) => u.searchParams.get('unitId') === String(dipilih.id));
    expect(await isian.inputValue()).toBe(kedua);
    await expect.poll(async () => (await page.getByTestId('tabel-pegawai').locator('td[data-kolom="unit"]').allInnerTexts()).map((t) => t.split('\n')[0]!.trim())).toSatisfy((
      xs: string[],
    ) => xs.length > 0 && xs.every((x) => x === kedua));

    // Text that finds nothing says so; Escape leaves the choice as it was.
    await isian.fill('tidak ada unit begini');
    await page.locator('.pilih-unit-daftar').getByText('Tidak ada unit yang cocok dengan “tidak ada unit begini”.').waitFor();
    await page.keyboard.press('Escape');
    expect(await isian.inputValue()).toBe(kedua);
    expect(new URL(page.url()).searchParams.get('unitId')).toBe(String(dipilih.id));

    // Emptied and left: back to every unit.
    await isian.fill('');
    await page.keyboard.press('Tab');
    await page.waitForURL((u) => !u.searchParams.has('unitId'));
    expect(await isian.inputValue()).toBe('');
  });

  test('di layar 390 x 844 halaman pegawai tidak melebar ke samping', async () => {
    const page = await halamanMasuk(env, 'admin.dinkes', { viewport: { width: 390, height: 844 } });
    await page.goto('/pegawai');
    await page.getByTestId('tabel-pegawai').waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await page.getByTestId('tabel-pegawai').getByRole('link').first().click();
    await page.getByRole('tab', { name: 'Jabatan' }).click();
    await page.locator('table[data-riwayat="jabatan"]').waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  });
});
