import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sql } from '@simasn/db';
import { bacaPdf } from '@simasn/platform/dokumen/baca';
import { halamanMasuk, lingkunganBerkas } from './harness.ts';

/**
 * Issue 11 item 6 in the browser: an ASN of the demo BKPSDM (whose last weeks of check-ins the
 * demo closed into stored days) opens their month on a phone and reads every day's mark with its
 * reason; the admin OPD finds them in the month's rekap, exports the unit's rekap as XLSX and
 * prints it as PDF, both opened and read.
 */
const env = lingkunganBerkas();

async function unduh(page: Page, href: string | null) {
  expect(href).toBeTruthy();
  const r = await page.request.get(href!);
  expect(r.status(), href!).toBe(200);
  return { jenis: r.headers()['content-type'] ?? '', isi: await r.body() };
}

describe('rekap presensi', () => {
  test('the ASN sees their own month on a phone, each day with its mark and reason', async () => {
    const asn = env.akun.find((a) => a.peran.length === 1 && a.peran[0] === 'asn')!;
    const h = await env.db.one<{ tanggal: string, keterangan: string, status: string, n: number }>(sql`
      select h.tanggal::text as tanggal, h.keterangan, h.status,
             (select count(*)::int from hari_presensi x where x.pegawai_id = h.pegawai_id and date_trunc('month', x.tanggal) = date_trunc('month', h.tanggal)
                and x.hari_kerja and x.status = 'hadir') as n
        from hari_presensi h join pegawai p on p.instansi_id = h.instansi_id and p.id = h.pegawai_id
       where p.nip = ${asn.namaPengguna} and h.hari_kerja order by h.tanggal desc limit 1`);
    const bulan = h.tanggal.slice(0, 7);
    const page = await halamanMasuk(env, asn.namaPengguna, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto('/presensi');
    // On a phone the menu sits behind its button.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Presensi Bulanan' }).click();
    await expect.poll(() => page.url()).toContain('/presensi/bulan');
    await page.getByLabel('Bulan').selectOption(bulan);
    const baris = page.locator(`[data-testid="hari-presensi"] tr[data-tanggal="${h.tanggal}"]`);
    await baris.waitFor();
    expect(await baris.textContent()).toContain(h.keterangan.slice(0, 40));
    // The stored days, and the days not yet closed computed live on top.
    expect(Number(await page.getByTestId('jumlah-hadir').textContent())).toBeGreaterThanOrEqual(h.n);
    expect(await page.getByTestId('disiplin-tahun').textContent()).toMatch(/Alpa tahun \d{4}: \d+ hari kerja/);
    // Nothing raw: no ISO dates, no codes of statuses in the table.
    const teks = (await page.getByTestId('hari-presensi').textContent()) ?? '';
    expect(teks).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(teks).not.toMatch(/\b(null|undefined|dinas_luar|tugas_belajar)\b/);
    // The rule and calendar in words, not their version ids (perbup-sukamaju-2026, kalender-2/libur-2026-v2).
    expect(teks).toContain('Dasar: ');
    expect(teks).not.toMatch(/perbup-|perpres-|kalender-(?:\d|bawaan)|libur-\d{4}-v\d/);
    await page.screenshot({ path: '/work/wt/_shots/rekap/bulan-saya-390.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: '/work/wt/_shots/rekap/bulan-saya-1280.png', fullPage: true });
    await page.context().close();
  });

  test('the admin OPD finds the month in the rekap and exports the unit rekap as XLSX and PDF', async () => {
    const asn = env.akun.find((a) => a.peran.length === 1 && a.peran[0] === 'asn')!;
    const p = await env.db.one<{ nama: string, tanggal: string }>(sql`
      select p.nama, max(h.tanggal)::text as tanggal from pegawai p join hari_presensi h on h.instansi_id = p.instansi_id and h.pegawai_id = p.id
       where p.nip = ${asn.namaPengguna} group by p.nama`);
    const bulan = p.tanggal.slice(0, 7);
    const page = await halamanMasuk(env, 'admin.bkpsdm', { viewport: { width: 1280, height: 900 } });
    await page.goto(`/presensi/rekap?bulan=${bulan}`);
    await page.getByTestId('tabel-rekap').waitFor();
    await page.getByLabel('Cari nama atau NIP').fill(asn.namaPengguna);
    await expect.poll(() => page.getByTestId('tabel-rekap').textContent(), { timeout: 15_000 }).toContain(p.nama);
    await page.screenshot({ path: '/work/wt/_shots/rekap/rekap-1280.png', fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: '/work/wt/_shots/rekap/rekap-390.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    // The pegawai's days from the rekap.
    await page.getByRole('link', { name: 'Lihat hari' }).first().click();
    await page.getByTestId('hari-presensi').waitFor().catch(async (e) => {
      await page.screenshot({ path: '/work/wt/_shots/rekap/gagal-lihat-hari.png' });
      throw e;
    });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Presensi Bulanan Pegawai');
    await page.goBack();
    await page.getByLabel('Cari nama atau NIP').fill('');
    await page.getByTestId('tabel-rekap').waitFor();

    const x = await unduh(page, await page.getByRole('link', { name: 'Ekspor XLSX' }).getAttribute('href'));
    expect(x.jenis).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.isi as unknown as ArrayBuffer);
    const isi = JSON.stringify(wb.worksheets[0]!.getSheetValues());
    expect(isi).toContain('Rekap presensi');
    expect(isi).toContain(p.nama);
    // Only the admin's own perangkat daerah.
    const lain = await env.db.one<{ nama: string }>(sql`
      select p.nama from pegawai p join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = split_part(p.jalur_unit, '/', 2)::bigint
       where u.kode <> 'BKPSDM' and p.kedudukan = 'aktif' order by p.id limit 1`);
    expect(isi).not.toContain(lain.nama);

    const f = await unduh(page, await page.getByTestId('cetak-rekap').getAttribute('href'));
    expect(f.jenis).toContain('application/pdf');
    const teks = (await bacaPdf(f.isi)).halaman.join('\n');
    expect(teks).toContain('REKAPITULASI KEHADIRAN PEGAWAI BULAN');
    expect(teks).toContain('Mengetahui,');
    expect(teks).toContain(p.nama);
    await page.context().close();
  });

  test("the BKD sees the discipline tracker with the year's Indeks Disiplin", async () => {
    const page = await halamanMasuk(env, 'admin.bkd', { viewport: { width: 1280, height: 900 } });
    await page.goto('/presensi/disiplin?status=semua');
    await expect.poll(() => page.getByTestId('indeks-disiplin').textContent(), { timeout: 20_000 }).toMatch(/^\d{1,3}(,\d{1,2})?%$/);
    await page.screenshot({ path: '/work/wt/_shots/rekap/disiplin-1280.png', fullPage: true });
    await page.context().close();
  });
});
