import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatAngka } from '@simasn/domain';
import { apiGet, masuk, pdfSementara, siapkan, type Lingkungan } from './harness.ts';

interface Penilaian {
  id: number;
  tahun: number;
  status: string;
  total: number;
  indeks: number;
  kategori: { teks: string } | null;
  aspek: { nomor: number; nilai: number; subAspek: { kode: string; skor: number | null; bobot: number; dokumen: { id: number; namaBerkas: string } | null }[] }[];
  hasil: { nilai: number; kategori: string } | null;
}
interface Ringkas { id: number; tahun: number; status: string }
interface Nspk { indeks: number | null; kategori: { teks: string } | null; elemenTerlemah: { nama: string }[] }

let env: Lingkungan;
beforeAll(async () => {
  env = await siapkan();
});
afterAll(async () => {
  await env?.tutup();
});

describe('Sistem Merit: penilaian mandiri sampai final', () => {
  test('admin BKD mengubah skor, melihat total dan indeks berubah, mengunggah bukti, lalu memfinalkan', async () => {
    const page = await (await env.konteks()).newPage();
    await masuk(page, 'admin.bkd');
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Sistem Merit' }).click();
    await page.waitForURL('**/indeks/merit');

    // The newest year is shown: the demo's draft of this year.
    const daftar = await apiGet<Ringkas[]>(page, '/api/indeks/merit');
    const draf = daftar[0]!;
    expect(draf.status).toBe('draf');
    const awal = await apiGet<Penilaian>(page, `/api/indeks/merit/${draf.id}`);
    await expect.poll(() => page.getByTestId('total-merit').innerText(), { timeout: 10_000 }).toBe(formatAngka(awal.total, 2));
    expect(await page.getByTestId('indeks-merit').innerText()).toBe(formatAngka(awal.indeks, 3));
    expect(await page.getByTestId('kategori-merit').innerText()).toBe(awal.kategori!.teks);
    await expect.poll(() => page.getByRole('img', { name: /Grafik nilai 8 aspek Sistem Merit/ }).count(), { timeout: 10_000 }).toBe(1);

    // Sub-aspect 3.5 (weight 5) from Cukup (2) to Sangat Baik (4): +10 points, saved at once.
    const sub = awal.aspek[2]!.subAspek.find((s) => s.kode === '3.5')!;
    expect(sub).toMatchObject({ skor: 2, bobot: 5 });
    const baris = page.getByTestId('sub-aspek-3.5');
    await baris.getByRole('radio', { name: '4 Sangat Baik', exact: true }).check();
    await expect.poll(() => page.getByTestId('total-merit').innerText(), { timeout: 10_000 }).toBe(formatAngka(awal.total + 10, 2));
    const sesudah = await apiGet<Penilaian>(page, `/api/indeks/merit/${draf.id}`);
    expect(sesudah.total).toBe(awal.total + 10);
    expect(await page.getByTestId('total-merit').innerText()).toBe(formatAngka(sesudah.total, 2));
    expect(await page.getByTestId('indeks-merit').innerText()).toBe(formatAngka(sesudah.indeks, 3));
    expect(await page.getByTestId('indeks-merit').innerText()).toMatch(/^0,\d{3}$/);
    expect(await page.getByTestId('nilai-aspek-3').innerText()).toContain(formatAngka(sesudah.aspek[2]!.nilai, 2));
    expect(await baris.getByTestId('nilai-3.5').innerText()).toBe('20,00');

    // Evidence: a PDF on the same sub-aspect, then opened back.
    await baris.getByLabel('Unggah bukti (PDF/PNG/JPEG)').setInputFiles(pdfSementara('bukti-manajemen-talenta.pdf'));
    const tautan = baris.getByTestId('bukti-3.5-tautan');
    await expect.poll(() => tautan.count(), { timeout: 10_000 }).toBe(1);
    expect(await tautan.innerText()).toMatch(/bukti-manajemen-talenta\.pdf/);
    const unduh = await page.request.get((await tautan.getAttribute('href'))!);
    expect(unduh.status()).toBe(200);
    expect(unduh.headers()['content-type']).toBe('application/pdf');
    expect((await unduh.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // Finalise (two steps), then everything is read-only.
    await page.getByRole('button', { name: 'Finalisasi', exact: true }).click();
    await page.getByRole('button', { name: 'Ya, finalkan sekarang' }).click();
    await expect.poll(() => page.getByTestId('status-merit').innerText(), { timeout: 10_000 }).toBe('Final');
    const final = await apiGet<Penilaian>(page, `/api/indeks/merit/${draf.id}`);
    expect(final).toMatchObject({ status: 'final', total: sesudah.total, hasil: { nilai: sesudah.total, kategori: sesudah.kategori!.teks } });
    await page.reload();
    await expect.poll(() => page.getByTestId('total-merit').innerText(), { timeout: 10_000 }).toBe(formatAngka(final.total, 2));
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await page.locator('input[type=file]').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Finalisasi', exact: true }).count()).toBe(0);
    expect(await page.getByText(/sudah final/).count()).toBeGreaterThan(0);
    expect(await page.getByTestId('sub-aspek-3.5').getByTestId('bukti-3.5-tautan').count()).toBe(1);
  });

  test('admin OPD melihat Sistem Merit dan NSPK tanpa dapat mengubah, juga di layar ponsel', async () => {
    const page = await (await env.konteks({ viewport: { width: 390, height: 844 } })).newPage();
    await masuk(page, 'admin.dinkes');
    await page.goto('/indeks/merit');
    const daftar = await apiGet<Ringkas[]>(page, '/api/indeks/merit');
    const p = await apiGet<Penilaian>(page, `/api/indeks/merit/${daftar[0]!.id}`);
    await expect.poll(() => page.getByTestId('total-merit').innerText(), { timeout: 10_000 }).toBe(formatAngka(p.total, 2));
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Finalisasi', exact: true }).count()).toBe(0);
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);

    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'NSPK' }).click();
    await page.waitForURL('**/indeks/nspk');
    const tahun = (await apiGet<{ tahun: number }[]>(page, '/api/indeks/nspk'))[0]!.tahun;
    const n = await apiGet<Nspk>(page, `/api/indeks/nspk/${tahun}`);
    await expect.poll(() => page.getByTestId('indeks-nspk').innerText(), { timeout: 10_000 }).toBe(formatAngka(n.indeks!, 2));
    expect(await page.getByTestId('kategori-nspk').innerText()).toBe(n.kategori!.teks);
    expect(await page.getByTestId('elemen-terlemah').innerText()).toContain(n.elemenTerlemah[0]!.nama);
    expect(await page.getByTestId('tabel-nspk').locator('tbody tr').count()).toBe(18);
    expect(await page.getByRole('button', { name: 'Simpan nilai' }).count()).toBe(0);
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  });
});
