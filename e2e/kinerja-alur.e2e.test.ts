import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sql } from '@simasn/db';
import { axe, halamanMasuk, lingkunganBerkas, nilaiIpAsn } from './harness.ts';

/**
 * Issue 12 "done when", end to end in Chromium: the demo ASN (on a phone) plans the SKP of the
 * year under an RHK of the atasan that comes down from the Kepala's Perjanjian Kinerja, signs it;
 * the atasan (desktop) agrees and records a dialog kinerja; the ASN reads the dialog and records
 * a realisasi; the atasan rates the year and makes it final; the ASN's riwayat SKP shows the
 * predikat and the ASN's IP ASN (as the BKD reads it) moves by exactly the kinerja points the new
 * predikat gives. Axe on every page; screenshots with SIMASN_SHOTS=<folder>.
 */
const env = lingkunganBerkas();
const PONSEL = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };
/** Kinerja points of the default IP ASN rule set (RULES.md section 2). */
const POIN: Record<string, number> = { sangat_baik: 30, baik: 25 };

async function periksa(page: Page) {
  const hasil = await axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).options({ resultTypes: ['violations'] }).analyze();
  const berat = hasil.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
  expect(berat).toEqual([]);
  const teks = await page.locator('main').innerText();
  expect(teks).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b|undefined|null|NaN/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
}

async function foto(page: Page, nama: string) {
  const folder = process.env.SIMASN_SHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: `${folder}/${nama}-${page.viewportSize()?.width ?? 0}.png`, fullPage: true });
}

const ipAsn = (page: Page, unitId: number, tahun: number, nip: string) => nilaiIpAsn(page, unitId, tahun, nip, 'Kinerja');

describe('SKP dari Perjanjian Kinerja sampai riwayat SKP dan IP ASN', () => {
  test('ASN dan atasannya menempuh SKP sampai predikat final; riwayat SKP dan IP ASN mengikutinya', async () => {
    const asnNip = env.akun.find((a) => /^\d{18}$/.test(a.namaPengguna) && !a.peran.includes('atasan'))!.namaPengguna;
    const atasanNip = env.akun.find((a) => /^\d{18}$/.test(a.namaPengguna) && a.peran.includes('atasan'))!.namaPengguna;
    const tahun = Number(new Date(env.sekarang()).toISOString().slice(0, 4));
    const asnDb = await env.db.one<{ id: number, unitId: number, nama: string }>(sql`select id::int as id, unit_id::int as "unitId", nama from pegawai where nip = ${asnNip}`);
    // The predikat the IP ASN reads now (the latest riwayat SKP); the rating below gives the other one.
    const lama = await env.db.maybeOne<{ predikat: string }>(sql`
      select predikat from riwayat_skp where pegawai_id = ${asnDb.id} and tahun < ${tahun} order by tahun desc limit 1`);
    const naik = lama?.predikat !== 'sangat_baik';
    const baru = naik ? 'sangat_baik' : 'baik';

    // 0. The BKD's IP ASN of the ASN before.
    const bkd = await halamanMasuk(env, 'admin.bkd', DESKTOP);
    const [kinerjaSebelum, totalSebelum] = await ipAsn(bkd, asnDb.unitId, tahun, asnNip);
    expect(kinerjaSebelum).toBe(POIN[lama?.predikat ?? ''] ?? kinerjaSebelum);
    await periksa(bkd);
    await foto(bkd, 'alur-ip-asn-sebelum');

    // 1. The ASN plans the SKP on a phone under an RHK of the atasan, which comes down from the Kepala's PK.
    const asn = await halamanMasuk(env, asnNip, PONSEL);
    await asn.goto('/kinerja');
    await asn.getByRole('button', { name: `Susun SKP ${tahun}` }).click();
    const form = asn.getByRole('form', { name: 'Tambah rencana hasil kerja' });
    const pilihAtasan = form.getByLabel('RHK atasan yang diintervensi');
    await expect.poll(() => pilihAtasan.locator('option').count()).toBeGreaterThan(1);
    await pilihAtasan.selectOption({ index: 1 });
    const akarAtasan = Number(await pilihAtasan.inputValue());
    const rantai = await env.db.one<{ pk: number | null, kepala: string }>(sql`
      select k.pk_id::int as pk, jk.kode as kepala from skp_rhk a join skp_rhk k on k.akar_id = a.rhk_atasan_akar_id join skp sk on sk.id = k.skp_id
        join pegawai pk on pk.id = sk.pegawai_id join jabatan jk on jk.id = pk.jabatan_id
       where a.akar_id = ${akarAtasan} limit 1`);
    expect(rantai.pk).not.toBeNull();
    expect(rantai.kepala).toBe('JS.BKPSDM');
    await form.getByLabel('Rencana hasil kerja').fill('Tersusunnya rekomendasi mutasi pegawai yang tepat waktu');
    await form.getByRole('textbox', { name: 'Indikator', exact: true }).fill('Jumlah rekomendasi mutasi yang disusun');
    await form.getByRole('textbox', { name: 'Target', exact: true }).fill('8');
    await form.getByLabel('Satuan').fill('rekomendasi');
    await form.getByRole('button', { name: 'Simpan RHK' }).click();
    await asn.getByText('RHK ditambahkan.').waitFor();
    const rhk = asn.getByTestId('daftar-rhk').locator('li').filter({ hasText: 'Tersusunnya rekomendasi mutasi pegawai' });
    await expect.poll(() => rhk.innerText()).toContain('Mengintervensi RHK atasan');
    await periksa(asn);
    await foto(asn, 'alur-draf');
    await asn.getByRole('button', { name: 'Tandatangani dan ajukan ke penilai' }).click();
    await asn.getByText('SKP ditandatangani dan diajukan kepada pejabat penilai.').waitFor();

    // 2. The atasan agrees and records a dialog kinerja.
    const atasan = await halamanMasuk(env, atasanNip, DESKTOP);
    await atasan.goto(`/kinerja/tim?tahun=${tahun}`);
    const baris = atasan.locator('tr').filter({ hasText: 'Menunggu persetujuan Anda' }).filter({ hasText: asnDb.nama });
    await baris.getByRole('link', { name: 'Periksa' }).click();
    await atasan.getByRole('button', { name: 'Setujui SKP' }).click();
    await atasan.getByText('SKP disetujui: rencana kinerja ini disepakati.').waitFor();
    const dialog = atasan.getByRole('form', { name: 'Catat dialog kinerja' });
    await dialog.getByLabel('Tanggal').fill(`02/10/${tahun}`);
    await dialog.getByLabel('Catatan dialog').fill('Rekomendasi mutasi triwulan III terlambat karena data formasi belum lengkap.');
    await dialog.getByLabel('Tindak lanjut yang disepakati').fill('Data formasi diminta ke Bidang Pengadaan setiap awal bulan.');
    await dialog.getByRole('button', { name: 'Simpan dialog' }).click();
    await atasan.getByText('Dialog kinerja dicatat.').waitFor();
    await periksa(atasan);
    await foto(atasan, 'alur-dialog');

    // 3. The ASN reads the dialog and records the realisasi of the year.
    await asn.reload();
    await expect.poll(() => asn.getByTestId('dialog-kinerja').innerText()).toContain('Data formasi diminta ke Bidang Pengadaan');
    await rhk.getByRole('button', { name: 'Catat realisasi' }).click();
    const real = asn.getByRole('form', { name: 'Realisasi Tersusunnya rekomendasi mutasi pegawai yang tepat waktu' });
    await real.getByLabel('Periode').selectOption('tahunan');
    await real.getByRole('textbox', { name: 'Realisasi', exact: true }).fill('10 rekomendasi mutasi disusun, semua tepat waktu');
    await real.getByRole('button', { name: 'Simpan realisasi' }).click();
    await asn.getByText('Realisasi Tahunan disimpan.').waitFor();
    await periksa(asn);
    await foto(asn, 'alur-realisasi');

    // 4. The atasan rates the year and makes it final (past the distribution warning when there is one).
    await atasan.reload();
    const nilai = atasan.getByRole('form', { name: 'Nilai SKP' });
    await nilai.getByLabel('Rating hasil kerja', { exact: true }).selectOption(naik ? 'di_atas' : 'sesuai');
    await nilai.getByLabel('Alasan rating hasil kerja').fill('Realisasi 10 dari target 8 rekomendasi, seluruhnya tepat waktu');
    await nilai.getByLabel('Rating perilaku kerja', { exact: true }).selectOption(naik ? 'di_atas' : 'sesuai');
    await nilai.getByLabel('Alasan rating perilaku kerja').fill('Menindaklanjuti hasil dialog kinerja dengan cepat');
    await nilai.getByRole('button', { name: 'Simpan penilaian' }).click();
    const label = naik ? 'Sangat Baik' : 'Baik';
    await atasan.getByText(`Penilaian disimpan sebagai draf: predikat ${label}.`).waitFor();
    await nilai.getByRole('button', { name: /finalkan/i }).click();
    await atasan.getByText(`Penilaian Tahunan final: ${label}.`).waitFor();
    await periksa(atasan);
    await foto(atasan, 'alur-final');

    // 5. The ASN's riwayat SKP shows the year's predikat from the SKP.
    await asn.goto('/saya');
    await asn.getByRole('tab', { name: 'SKP' }).click();
    const riwayat = asn.locator('main').locator('tr, li').filter({ hasText: String(tahun) }).filter({ hasText: label });
    await riwayat.first().waitFor();
    await periksa(asn);
    await foto(asn, 'alur-riwayat-skp');
    expect(await env.db.one(sql`select predikat, sumber from riwayat_skp where pegawai_id = ${asnDb.id} and tahun = ${tahun}`)).toEqual({ predikat: baru, sumber: 'skp' });

    // 6. The IP ASN follows: the kinerja dimension is the new predikat's points, the total moves by the same.
    const [kinerjaSesudah, totalSesudah] = await ipAsn(bkd, asnDb.unitId, tahun, asnNip);
    expect(kinerjaSesudah).toBe(POIN[baru]);
    expect(+(totalSesudah - totalSebelum).toFixed(2)).toBe(POIN[baru]! - kinerjaSebelum);
    expect(kinerjaSesudah).not.toBe(kinerjaSebelum);
    await periksa(bkd);
    await foto(bkd, 'alur-ip-asn-sesudah');
  });
});
