import { describe, expect, test } from 'vitest';
import { formatRupiah } from '@simasn/domain';
import { bacaPdf } from '@simasn/platform/dokumen/baca';
import { apiGet, bukaMenu, halamanMasuk, keluar, lingkunganBerkas, masuk } from './harness.ts';

interface BarisKgb {
  nip: string;
  nama: string;
  status: string;
  gajiPokokLama: number;
  gajiPokokBaru: number;
  nomorSurat: string | null;
  riwayatGajiId: number | null;
}
interface DaftarKgb {
  ringkasan: { jatuhTempo: number, terbit: number };
  items: BarisKgb[];
}

const env = lingkunganBerkas();

describe('KGB bulanan (E-Berkala)', () => {
  test('verifikator melihat daftar bulan ini, mengonfirmasi semua yang jatuh tempo, membuka surat KGB; ASN melihatnya di Layanan Saya', async () => {
    const page = await halamanMasuk(env, 'verifikator', { viewport: { width: 390, height: 844 } });
    // The demo month (HARI_INI) has letters issued by the demo, employees still due and blocked ones.
    let bulan = '2026-11';
    let awal = await apiGet<DaftarKgb>(page, `/api/layanan/kgb?bulan=${bulan}`);
    if (!awal.ringkasan.jatuhTempo) {
      bulan = '2026-12';
      awal = await apiGet<DaftarKgb>(page, `/api/layanan/kgb?bulan=${bulan}`);
    }
    expect(awal.ringkasan.jatuhTempo).toBeGreaterThan(0);
    const due = awal.items.filter((b) => b.status === 'jatuh_tempo');

    await page.getByRole('button', { name: 'Menu' }).click();
    await bukaMenu(page, 'KGB Bulanan', '**/layanan/kgb');
    await page.getByLabel('Bulan TMT').selectOption(bulan);
    await expect.poll(() => page.getByTestId('kgb-jatuh-tempo').innerText(), { timeout: 10_000 }).toBe(String(due.length));
    const tabel = page.getByTestId('tabel-kgb');
    const baris = tabel.locator(`tr[data-nip="${due[0]!.nip}"]`);
    expect(await baris.innerText()).toContain(formatRupiah(Number(due[0]!.gajiPokokBaru)));
    const terhambat = awal.items.find((b) => b.status === 'terhambat');
    if (terhambat) expect(await tabel.locator(`tr[data-nip="${terhambat.nip}"]`).innerText()).toMatch(/Terhambat/);

    await page.getByLabel(`Pilih semua yang dapat diterbitkan (${due.length})`).check();
    await page.getByRole('button', { name: `Konfirmasi dan terbitkan surat KGB (${due.length})` }).click();
    // A second look: the count and what cannot be undone; nothing is issued until it is confirmed.
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByRole('heading').innerText()).toBe(`Terbitkan ${due.length} surat KGB bernomor?`);
    expect(await dialog.innerText()).toContain('Nomor surat tidak dapat ditarik kembali.');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    expect((await apiGet<DaftarKgb>(page, `/api/layanan/kgb?bulan=${bulan}`)).ringkasan.terbit).toBe(awal.ringkasan.terbit);
    await page.getByRole('button', { name: `Konfirmasi dan terbitkan surat KGB (${due.length})` }).click();
    await dialog.getByRole('button', { name: `Terbitkan ${due.length} surat` }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'surat KGB terbit' }).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('kgb-jatuh-tempo').innerText(), { timeout: 10_000 }).toBe('0');
    expect(await page.getByTestId('kgb-terbit').innerText()).toBe(String(awal.ringkasan.terbit + due.length));

    const sesudah = await apiGet<DaftarKgb>(page, `/api/layanan/kgb?bulan=${bulan}`);
    const satu = sesudah.items.find((b) => b.nip === due[0]!.nip)!;
    expect(satu.status).toBe('terbit');
    // The letter, through the link in the row: a PDF with the number and both amounts.
    const href = await tabel.locator(`tr[data-nip="${satu.nip}"]`).getByRole('link', { name: 'Surat (PDF)' }).getAttribute('href');
    const r = await page.request.get(href!);
    expect(r.headers()['content-type']).toBe('application/pdf');
    const pdf = await bacaPdf(Buffer.from(await r.body()));
    const teks = pdf.halaman.join('\n');
    expect(teks).toContain(satu.nomorSurat!);
    expect(teks).toContain(formatRupiah(Number(satu.gajiPokokLama)));
    expect(teks).toContain(formatRupiah(Number(satu.gajiPokokBaru)));
    const xlsx = await page.request.get(`/api/layanan/kgb/ekspor.xlsx?bulan=${bulan}`);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    // The new gaji pokok on the employee's profile, read-only, with its letter.
    await page.goto(`/pegawai/${satu.nip}?tab=gaji`);
    const gaji = page.locator('table[data-riwayat="gaji"] tbody tr').filter({ hasText: satu.nomorSurat! });
    await expect.poll(() => gaji.count(), { timeout: 10_000 }).toBe(1);
    expect(await gaji.innerText()).toContain(formatRupiah(Number(satu.gajiPokokBaru)));
    expect(await gaji.getByRole('link', { name: 'Surat KGB (PDF)' }).getAttribute('href')).toBe(`/api/layanan/kgb/surat/${satu.riwayatGajiId}?format=pdf`);
    await keluar(page);

    // The employee: the bell says so, and Layanan Saya shows the request with its timeline.
    await masuk(page, satu.nip);
    await expect.poll(() => page.getByTestId('jumlah-lonceng').count(), { timeout: 10_000 }).toBe(1);
    await page.goto('/layanan-saya');
    const kartu = page.getByTestId('kartu-layanan').filter({ hasText: satu.nomorSurat! });
    await expect.poll(() => kartu.count(), { timeout: 10_000 }).toBe(1);
    const jejak = await kartu.getByTestId('jejak-layanan').innerText();
    expect(jejak).toContain('Diajukan');
    expect(jejak).toContain('Disetujui');
    expect(jejak).toContain(`Surat KGB nomor ${satu.nomorSurat}`);
    expect(await kartu.getByRole('link', { name: 'Surat KGB (PDF)' }).count()).toBe(1);
    // And in Data Saya, the same row.
    await page.goto('/saya?tab=gaji');
    await expect.poll(() => page.locator('table[data-riwayat="gaji"]').innerText(), { timeout: 10_000 }).toContain(satu.nomorSurat!);
  });
});
