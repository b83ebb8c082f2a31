import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { sql } from '@simasn/db';
import { hariIniIso, KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL, ZONA_BAWAAN } from '@simasn/domain';
import { foto, halamanMasuk, lingkunganBerkas, pdfSementara } from './harness.ts';

/**
 * Issue 13 item 6 in the browser, at the smallest demo size: BKD imports the standar kompetensi of
 * the demo ASN's jabatan (XLSX), records an assessment-centre result with its report, a second
 * person (the verifikator) verifies it, and the ASN on a phone reads their own JPM, band and
 * development suggestion (no course in the catalogue yet: the page says so).
 */
const env = lingkunganBerkas();

describe('kompetensi dan JPM', () => {
  test('BKD imports the standard and records an assessment; after verification the ASN sees their JPM and suggestion on a phone', async () => {
    const asn = env.akun.find((a) => a.peran.length === 1 && a.peran[0] === 'asn')!;
    const j = await env.db.one<{ kode: string, nama: string }>(sql`
      select j.kode, j.nama from pegawai p join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id where p.nip = ${asn.namaPengguna}`);
    // The standard: the 9 of PermenPAN-RB 38/2017 at level 2 and one technical competency at 3 (sum 21).
    const kode = [...KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL.map((k) => k.kode), 'teknologi_informasi'];
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Standar').addRows([['Kode jabatan', 'Kode kompetensi', 'Level'], ...kode.map((k) => [j.kode, k, k === 'teknologi_informasi' ? 3 : 2])]);
    const folder = mkdtempSync(join(tmpdir(), 'simasn-e2e-'));
    const berkas = join(folder, 'standar.xlsx');
    writeFileSync(berkas, Buffer.from(await wb.xlsx.writeBuffer()));

    const bkd = await halamanMasuk(env, 'admin.bkd');
    await bkd.goto('/kompetensi/standar');
    await bkd.getByLabel('Berkas XLSX atau CSV').setInputFiles(berkas);
    await bkd.getByRole('button', { name: 'Impor', exact: true }).click();
    await expect.poll(() => bkd.getByText('Impor selesai: 10 baris diperiksa, standar 1 jabatan diperbarui.').count()).toBe(1);
    await bkd.getByLabel('Cari nama atau kode jabatan').fill(j.kode);
    await expect.poll(() => bkd.getByTestId('tabel-standar').innerText()).toContain('Teknologi Informasi 3');
    await foto(bkd, 'kompetensi-standar');

    // The assessment: level 1 in Kerja Sama, Komunikasi and Mengelola Perubahan, 2 elsewhere, 2 in the technical one -> 17/21 = 80,95%.
    await bkd.goto('/kompetensi/asesmen');
    await bkd.getByLabel('NIP pegawai').fill(asn.namaPengguna);
    await bkd.getByLabel('Teknologi Informasi (standar 3)').waitFor();
    const [t, b, h] = hariIniIso(env.sekarang(), ZONA_BAWAAN).split('-');
    await bkd.getByLabel('Tanggal asesmen').fill(`${h}/${b}/${t}`);
    await bkd.getByLabel('Lembaga / assessment center').fill('UPT Penilaian Kompetensi BKD Provinsi Jawa Timur');
    await bkd.getByLabel('Asesor', { exact: true }).fill('Dra. Sri Wahyuni, M.Psi.');
    for (const k of KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL) {
      const l = ['kerja_sama', 'komunikasi', 'mengelola_perubahan'].includes(k.kode) ? '1' : '2';
      await bkd.getByLabel(`${k.nama} (standar 2)`).selectOption(l);
    }
    await bkd.getByLabel('Teknologi Informasi (standar 3)').selectOption('2');
    await bkd.getByLabel('Laporan asesmen (PDF, paling besar 5 MB)').setInputFiles(pdfSementara('laporan-asesmen.pdf'));
    await bkd.getByRole('button', { name: 'Simpan hasil asesmen' }).click();
    await expect.poll(() => bkd.getByText(/tercatat dan menunggu verifikasi orang kedua/).count()).toBe(1);
    // The one who recorded it cannot verify it.
    expect(await bkd.getByRole('button', { name: /^Verifikasi hasil asesmen/ }).count()).toBe(0);
    await foto(bkd, 'kompetensi-asesmen');

    const ver = await halamanMasuk(env, 'verifikator');
    await ver.goto('/kompetensi/asesmen?status=menunggu');
    await ver.getByLabel('Cari nama, NIP atau lembaga').fill(asn.namaPengguna);
    const tombol = ver.getByRole('button', { name: /^Verifikasi hasil asesmen/ });
    await expect.poll(() => tombol.count()).toBe(1);
    // The list's export carries its search and filters: this one waiting result, nobody else's.
    await ver.waitForURL((u) => u.searchParams.get('q') === asn.namaPengguna);
    const [unduhan] = await Promise.all([ver.waitForEvent('download'), ver.getByRole('link', { name: 'Ekspor XLSX' }).click()]);
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.load(readFileSync((await unduhan.path())!) as unknown as ArrayBuffer);
    const ws = buku.worksheets[0]!;
    expect(String(ws.getCell('A1').value)).toBe('Hasil asesmen kompetensi');
    expect(String(ws.getCell('A2').value)).toContain(`1 hasil asesmen (pencarian "${asn.namaPengguna}", status Menunggu verifikasi)`);
    expect((ws.getRow(5).values as unknown[]).slice(1, 3).map(String)).toEqual([asn.namaPengguna, expect.any(String)]);
    expect(ws.rowCount).toBe(5);
    await tombol.click();
    await expect.poll(() => ver.getByText(/terverifikasi dan kini dihitung dalam JPM/).count()).toBe(1);
    // The sort's direction is named by what it sorts: a date newest first by default, a name A-Z.
    const arah = ver.getByLabel('Urutan', { exact: true });
    expect(await arah.locator('option:checked').innerText()).toBe('Terbaru dulu');
    expect(await arah.locator('option').allInnerTexts()).toEqual(['Terlama dulu', 'Terbaru dulu']);
    await ver.getByLabel('Urutkan menurut').selectOption('nama');
    await expect.poll(() => arah.locator('option').allInnerTexts()).toEqual(['A-Z', 'Z-A']);
    await foto(ver, 'asesmen-urut-ekspor');

    const hp = await halamanMasuk(env, asn.namaPengguna, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await hp.goto('/kompetensi/saya');
    await expect.poll(() => hp.getByTestId('jpm-nilai').innerText()).toBe('80,95%');
    expect(await hp.getByTestId('jpm-kategori').innerText()).toBe('Cukup Optimal');
    const saran = hp.getByTestId('saran');
    expect(await saran.locator('li').allInnerTexts()).toEqual([
      expect.stringContaining('Kembangkan Kerja Sama dari level 1 ke level 2.'),
      expect.stringContaining('Kembangkan Komunikasi dari level 1 ke level 2.'),
      expect.stringContaining('Kembangkan Mengelola Perubahan dari level 1 ke level 2.'),
    ]);
    expect(await saran.innerText()).toContain('Belum ada kursus di SIMASN untuk kompetensi ini');
    expect(await hp.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await foto(hp, 'kompetensi-asn');
    // BKD's JPM page: the distribution over the bands of the demo's assessed ASN, the list, the person's profile.
    await bkd.goto('/kompetensi/jpm?kategori=Cukup+Optimal');
    await expect.poll(() => bkd.getByTestId('tabel-sebaran').innerText()).toContain('Kurang Optimal');
    await foto(bkd, 'kompetensi-jpm');
    await bkd.getByTestId('tabel-jpm').getByRole('link').first().click();
    await bkd.getByRole('heading', { name: 'Profil Kompetensi Pegawai' }).waitFor();
    await expect.poll(() => bkd.getByTestId('jpm-kategori').innerText()).toBe('Cukup Optimal');
    await foto(bkd, 'kompetensi-profil');
  });
});
