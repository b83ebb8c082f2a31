import { describe, expect, test } from 'vitest';
import { formatAngka } from '@simasn/domain';
import { apiGet, bukaMenu, halamanMasuk, lingkunganBerkas, pdfSementara } from './harness.ts';

interface Penilaian {
  id: number;
  tahun: number;
  status: string;
  total: number;
  indeks: number;
  kategori: { teks: string } | null;
  aspek: { nomor: number, nilai: number, subAspek: { kode: string, skor: number | null, bobot: number, dokumen: { id: number, namaBerkas: string } | null }[] }[];
  hasil: { nilai: number, kategori: string } | null;
}
interface Ringkas {
  id: number;
  tahun: number;
  status: string;
}
interface Instrumen {
  id: string;
  nama: string;
  milikInstansi: boolean;
  jumlahBobot: number;
  jumlahSubAspek: number;
  aspek: { subAspek: { kode: string, nama: string, bobot: number }[] }[];
}
interface Nspk {
  indeks: number | null;
  kategori: { teks: string } | null;
  elemenTerlemah: { nama: string }[];
}

const env = lingkunganBerkas();

describe('Sistem Merit: penilaian mandiri sampai final', () => {
  test('admin BKD mengubah skor, melihat total dan indeks berubah, mengunggah bukti, lalu memfinalkan', async () => {
    const page = await halamanMasuk(env, 'admin.bkd');
    await bukaMenu(page, 'Sistem Merit', '**/indeks/merit');

    // The newest year is shown: the demo's draft of this year.
    const daftar = await apiGet<Ringkas[]>(page, '/api/indeks/merit');
    const draf = daftar[0]!;
    expect(draf.status).toBe('draf');
    const awal = await apiGet<Penilaian>(page, `/api/indeks/merit/${draf.id}`);
    await expect.poll(() => page.getByTestId('total-merit').innerText(), { timeout: 20_000 }).toBe(formatAngka(awal.total, 2));
    expect(await page.getByTestId('indeks-merit').innerText()).toBe(formatAngka(awal.indeks, 3));
    expect(await page.getByTestId('kategori-merit').innerText()).toBe(awal.kategori!.teks);
    await expect.poll(() => page.getByRole('img', { name: /Grafik nilai 8 aspek Sistem Merit/ }).count(), { timeout: 20_000 }).toBe(1);

    // Sub-aspect 3.5 (weight 5) from Cukup (2) to Sangat Baik (4): +10 points, saved at once.
    const sub = awal.aspek[2]!.subAspek.find((s) => s.kode === '3.5')!;
    expect(sub).toMatchObject({ skor: 2, bobot: 5 });
    const baris = page.getByTestId('sub-aspek-3.5');
    await baris.getByRole('radio', { name: '4 Sangat Baik', exact: true }).check();
    await expect.poll(() => page.getByTestId('total-merit').innerText(), { timeout: 20_000 }).toBe(formatAngka(awal.total + 10, 2));
    const sesudah = await apiGet<Penilaian>(page, `/api/indeks/merit/${draf.id}`);
    expect(sesudah.total).toBe(awal.total + 10);
    // The figures beside the total follow it as the page re-reads the assessment (polled: on a busy
    // machine the total can show a moment before the rest).
    await expect.poll(() => page.getByTestId('total-merit').innerText(), { timeout: 20_000 }).toBe(formatAngka(sesudah.total, 2));
    await expect.poll(() => page.getByTestId('indeks-merit').innerText(), { timeout: 20_000 }).toBe(formatAngka(sesudah.indeks, 3));
    expect(await page.getByTestId('indeks-merit').innerText()).toMatch(/^0,\d{3}$/);
    await expect.poll(() => page.getByTestId('nilai-aspek-3').innerText(), { timeout: 20_000 }).toContain(formatAngka(sesudah.aspek[2]!.nilai, 2));
    await expect.poll(() => baris.getByTestId('nilai-3.5').innerText(), { timeout: 20_000 }).toBe('20,00');

    // Evidence: a PDF on the same sub-aspect, then opened back.
    await baris.getByLabel('Unggah bukti (PDF/PNG/JPEG)').setInputFiles(pdfSementara('bukti-manajemen-talenta.pdf'));
    const tautan = baris.getByTestId('bukti-3.5-tautan');
    await expect.poll(() => tautan.count(), { timeout: 20_000 }).toBe(1);
    expect(await tautan.innerText()).toMatch(/bukti-manajemen-talenta\.pdf/);
    const unduh = await page.request.get((await tautan.getAttribute('href'))!);
    expect(unduh.status()).toBe(200);
    expect(unduh.headers()['content-type']).toBe('application/pdf');
    expect((await unduh.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // Finalise (two steps), then everything is read-only.
    await page.getByRole('button', { name: 'Finalisasi', exact: true }).click();
    await page.getByRole('button', { name: 'Ya, finalkan sekarang' }).click();
    await expect.poll(() => page.getByTestId('status-merit').innerText(), { timeout: 20_000 }).toBe('Final');
    const final = await apiGet<Penilaian>(page, `/api/indeks/merit/${draf.id}`);
    expect(final).toMatchObject({ status: 'final', total: sesudah.total, hasil: { nilai: sesudah.total, kategori: sesudah.kategori!.teks } });
    await page.reload();
    await expect.poll(() => page.getByTestId('total-merit').innerText(), { timeout: 20_000 }).toBe(formatAngka(final.total, 2));
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await page.locator('input[type=file]').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Finalisasi', exact: true }).count()).toBe(0);
    expect(await page.getByText(/sudah final/).count()).toBeGreaterThan(0);
    expect(await page.getByTestId('sub-aspek-3.5').getByTestId('bukti-3.5-tautan').count()).toBe(1);

    // Reopened for a correction: the reason is required (422 named in Indonesian), the final figure stays in the history.
    await page.getByRole('button', { name: `Buka kembali penilaian ${final.tahun}` }).click();
    await page.getByLabel(/^Alasan dibuka kembali/).fill('koreksi');
    await page.getByRole('button', { name: 'Ya, buka kembali' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/Alasan: wajib diisi \(minimal 10 karakter\)/);
    expect(await page.getByTestId('status-merit').innerText()).toBe('Final');
    await page.getByLabel(/^Alasan dibuka kembali/).fill('Bukti manajemen talenta perlu diganti');
    await page.getByRole('button', { name: 'Ya, buka kembali' }).click();
    await expect.poll(() => page.getByTestId('status-merit').innerText(), { timeout: 20_000 }).toBe('Draf');
    const riwayat = page.getByTestId('riwayat-merit');
    await expect.poll(() => riwayat.getByTestId('riwayat-final').innerText()).toContain(formatAngka(final.total, 2));
    await expect.poll(() => riwayat.getByTestId('riwayat-buka_kembali').innerText()).toContain('Bukti manajemen talenta perlu diganti');
    await expect.poll(() => baris.getByRole('radio').count()).toBe(4);

    // Corrected (3.5 back to Baik, -5) and finalised again: both final figures in the history.
    await baris.getByRole('radio', { name: '3 Baik', exact: true }).check();
    await expect.poll(() => page.getByTestId('total-merit').innerText(), { timeout: 20_000 }).toBe(formatAngka(final.total - 5, 2));
    await page.getByRole('button', { name: 'Finalisasi', exact: true }).click();
    await page.getByRole('button', { name: 'Ya, finalkan sekarang' }).click();
    await expect.poll(() => page.getByTestId('status-merit').innerText(), { timeout: 20_000 }).toBe('Final');
    await expect.poll(() => riwayat.locator('li').count()).toBe(3);
    await page.screenshot({ path: '/tmp/simasn-e2e-merit-riwayat.png', fullPage: true });
    expect((await riwayat.getByTestId('riwayat-final').allInnerTexts()).map((t) => t.includes(formatAngka(final.total - 5, 2)))).toEqual([false, true]);

    // A second tab still showing the final version reopens after the first: 409, not a second reopening.
    const lain = await page.context().newPage();
    await lain.goto(`/indeks/merit?tahun=${final.tahun}`);
    await lain.getByRole('button', { name: `Buka kembali penilaian ${final.tahun}` }).click();
    await page.getByRole('button', { name: `Buka kembali penilaian ${final.tahun}` }).click();
    await page.getByLabel(/^Alasan dibuka kembali/).fill('Koreksi kedua dari tab pertama');
    await page.getByRole('button', { name: 'Ya, buka kembali' }).click();
    await expect.poll(() => page.getByTestId('status-merit').innerText(), { timeout: 20_000 }).toBe('Draf');
    await lain.getByLabel(/^Alasan dibuka kembali/).fill('Koreksi kedua dari tab kedua');
    await lain.getByRole('button', { name: 'Ya, buka kembali' }).click();
    await expect.poll(() => lain.getByRole('alert').innerText()).toMatch(/belum final \(mungkin baru saja dibuka kembali orang lain\)/);
    await lain.getByRole('button', { name: 'Muat ulang' }).click();
    await expect.poll(() => lain.getByTestId('status-merit').innerText(), { timeout: 20_000 }).toBe('Draf');
    const akhir = await apiGet<Penilaian & { riwayat: { jenis: string, alasan: string | null }[] }>(page, `/api/indeks/merit/${draf.id}`);
    expect(akhir.riwayat.map((r) => r.jenis)).toEqual(['final', 'buka_kembali', 'final', 'buka_kembali']);
    expect(akhir.riwayat[3]!.alasan).toBe('Koreksi kedua dari tab pertama');
  });

  test('admin OPD melihat Sistem Merit dan NSPK tanpa dapat mengubah, juga di layar ponsel', async () => {
    const page = await halamanMasuk(env, 'admin.dinkes', { viewport: { width: 390, height: 844 } });
    await page.goto('/indeks/merit');
    const daftar = await apiGet<Ringkas[]>(page, '/api/indeks/merit');
    const p = await apiGet<Penilaian>(page, `/api/indeks/merit/${daftar[0]!.id}`);
    await expect.poll(() => page.getByTestId('total-merit').innerText(), { timeout: 20_000 }).toBe(formatAngka(p.total, 2));
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Finalisasi', exact: true }).count()).toBe(0);
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);

    await page.getByRole('button', { name: 'Menu' }).click();
    await bukaMenu(page, 'NSPK', '**/indeks/nspk');
    const tahun = (await apiGet<{ tahun: number }[]>(page, '/api/indeks/nspk'))[0]!.tahun;
    const n = await apiGet<Nspk>(page, `/api/indeks/nspk/${tahun}`);
    await expect.poll(() => page.getByTestId('indeks-nspk').innerText(), { timeout: 20_000 }).toBe(formatAngka(n.indeks!, 2));
    expect(await page.getByTestId('kategori-nspk').innerText()).toBe(n.kategori!.teks);
    expect(await page.getByTestId('elemen-terlemah').innerText()).toContain(n.elemenTerlemah[0]!.nama);
    expect(await page.getByTestId('tabel-nspk').locator('tbody tr').count()).toBe(18);
    expect(await page.getByRole('button', { name: 'Simpan nilai' }).count()).toBe(0);
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  });

  test('perencana melihat instrumen yang berlaku dan menyimpan versi instansi: 422 dengan letak isian, 409 untuk id yang sudah ada', async () => {
    const page = await halamanMasuk(env, 'perencana', { viewport: { width: 390, height: 844 } });
    await page.getByRole('button', { name: 'Menu' }).click();
    await bukaMenu(page, 'Instrumen Merit', '**/indeks/merit/instrumen');
    const semua = await apiGet<Instrumen[]>(page, '/api/indeks/merit/instrumen');
    await expect.poll(() => page.getByTestId('status-instrumen').innerText(), { timeout: 20_000 }).toBe('Berlaku saat ini');
    const idBerlaku = await page.getByTestId('id-instrumen').innerText();
    const berlaku = semua.find((i) => i.id === idBerlaku)!;
    expect(await page.getByTestId('tabel-instrumen').locator('tbody tr').count()).toBe(berlaku.jumlahSubAspek);
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);

    await page.getByRole('button', { name: 'Buat versi instansi dari instrumen ini' }).click();
    const form = page.getByRole('form', { name: 'Instrumen Sistem Merit versi instansi' });
    const kode = berlaku.aspek[0]!.subAspek[0]!.kode;
    // An unreadable weight is stopped on the page; an empty sub-aspect name by the server; both name aspect and row.
    await form.getByLabel(`Bobot ${kode}`, { exact: true }).fill('lima');
    await form.getByRole('button', { name: 'Simpan versi instansi' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toMatch(/Aspek 1, baris 1: bobot/);
    await form.getByLabel(`Bobot ${kode}`, { exact: true }).fill('4,5');
    await form.getByLabel(`Sub-aspek ${kode}`, { exact: true }).fill('');
    await form.getByRole('button', { name: 'Simpan versi instansi' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toMatch(/Aspek 1, baris 1: nama/);
    await form.getByLabel(`Sub-aspek ${kode}`, { exact: true }).fill('Rencana kebutuhan 5 tahun (versi instansi)');
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await page.screenshot({ path: '/tmp/simasn-e2e-instrumen-merit-390.png', fullPage: true });
    // An id already taken (a shipped instrument): 409 with the reason.
    await form.getByLabel(/^Id/).fill(berlaku.id);
    await form.getByRole('button', { name: 'Simpan versi instansi' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toMatch(/dipakai instrumen bawaan|sudah ada/);

    await form.getByLabel(/^Id/).fill('instansi-e2e-1');
    const jumlah = Math.round((berlaku.jumlahBobot - berlaku.aspek[0]!.subAspek[0]!.bobot + 4.5) * 100) / 100;
    expect(await form.getByTestId('jumlah-bobot-isian').innerText()).toContain(formatAngka(jumlah, Number.isInteger(jumlah) ? 0 : 2));
    await form.getByRole('button', { name: 'Simpan versi instansi' }).click();
    await page.getByText(/Instrumen .* \(instansi-e2e-1\) disimpan/).waitFor();
    const baru = (await apiGet<Instrumen[]>(page, '/api/indeks/merit/instrumen')).find((i) => i.id === 'instansi-e2e-1')!;
    expect(baru).toMatchObject({ milikInstansi: true, jumlahSubAspek: berlaku.jumlahSubAspek, jumlahBobot: jumlah });
    expect(baru.aspek[0]!.subAspek[0]).toEqual({ kode, nama: 'Rencana kebutuhan 5 tahun (versi instansi)', bobot: 4.5 });
    // Starting today it is the one in force.
    await expect.poll(() => page.getByTestId('status-instrumen').innerText()).toBe('Berlaku saat ini');
    expect(await page.getByTestId('jumlah-bobot').innerText()).toBe(formatAngka(jumlah, Number.isInteger(jumlah) ? 0 : 2));
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  });
});
