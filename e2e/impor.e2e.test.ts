import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { sql } from '@simasn/db';
import { bukaMenu, halamanMasuk, lingkunganBerkas } from './harness.ts';

const env = lingkunganBerkas();
let folder: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'simasn-impor-'));
});

type Sel = string | number;

async function tulisXlsx(nama: string, lembar: Record<string, Sel[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [judul, baris] of Object.entries(lembar)) {
    const ws = wb.addWorksheet(judul);
    for (const b of baris) ws.addRow(b);
    // NIPs are text: format the whole sheet as text so nothing becomes a number.
    ws.eachRow((r) =>
      r.eachCell((c) => {
        c.numFmt = '@';
      })
    );
  }
  const jalur = join(folder, nama);
  await wb.xlsx.writeFile(jalur);
  return jalur;
}

const KEPALA = ['nip', 'nama', 'tempat_lahir', 'tanggal_lahir', 'jenis_kelamin', 'status_kepegawaian', 'tmt_cpns'];

/** A PNS NIP consistent with its birth date, TMT CPNS month and sex, not yet in the database. */
async function nipBaru(lahir: string, tmt: string, jk: 'L' | 'P'): Promise<string> {
  for (let urut = 901; urut < 999; urut++) {
    const nip = `${lahir.replace(/-/g, '')}${tmt.slice(0, 7).replace('-', '')}${jk === 'L' ? 1 : 2}${String(urut).padStart(3, '0')}`;
    const ada = await env.db.maybeOne(sql`select 1 from pegawai where nip = ${nip}`);
    if (!ada) return nip;
  }
  throw new Error('tidak ada NIP bebas');
}

describe('impor pegawai dari XLSX', () => {
  test('berkas bermasalah: tabel masalah, tidak ada yang disimpan; berkas benar: kemajuan sampai selesai, pegawai baru dapat dicari', async () => {
    const page = await halamanMasuk(env, 'admin.bkd', { acceptDownloads: true });
    await bukaMenu(page, 'Impor', '**/impor');

    // 1. A file with a 19-digit NIP on spreadsheet row 3.
    const salah = await tulisXlsx('salah.xlsx', { pegawai: [
      KEPALA,
      [await nipBaru('1994-03-12', '2019-03-01', 'L'), 'Rahmat Hidayat', 'Sukamaju', '12-03-1994', 'L', 'PNS', '01-03-2019'],
      ['1996610191987031008', 'Salah Digit', 'Sukamaju', '19-10-1966', 'L', 'PNS', '01-03-1987'],
      [await nipBaru('1995-08-21', '2020-01-01', 'P'), 'Nur Aisyah', 'Sukamaju', '21-08-1995', 'P', 'PNS', '01-01-2020'],
    ] });
    const jumlahSebelum = (await env.db.one<{ n: number }>(sql`select count(*)::int as n from pegawai`)).n;
    await page.getByLabel('Berkas (.xlsx atau .csv)').setInputFiles(salah);
    await page.getByRole('button', { name: 'Impor' }).click();
    const masalah = page.getByTestId('tabel-masalah');
    await masalah.waitFor();
    const baris = masalah.locator('tbody tr').filter({ hasText: 'NIP harus 18 digit, ditemukan 19 digit' });
    const sel = (await baris.locator('td').allInnerTexts()).map((s) => s.trim());
    expect(sel).toEqual(['pegawai', '3', 'nip', '1996610191987031008', 'NIP harus 18 digit, ditemukan 19 digit']);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Tidak ada data yang disimpan.' }).isVisible()).toBe(true);
    const [laporan] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh laporan (XLSX)' }).click()]);
    expect(laporan.suggestedFilename()).toMatch(/\.xlsx$/);
    expect((await env.db.one<{ n: number }>(sql`select count(*)::int as n from pegawai`)).n).toBe(jumlahSebelum);

    // 2. A valid file: two new employees placed in an existing unit.
    const jabatan = await env.db.one<{ kode: string }>(sql`select kode from jabatan where jenis = 'pelaksana' and unit_id is null order by id limit 1`);
    const unit = await env.db.one<{ kode: string, nama: string }>(sql`select kode, nama from unit_organisasi where induk_id is not null and aktif order by jalur limit 1`);
    const nip1 = await nipBaru('1994-03-12', '2019-03-01', 'L');
    const nip2 = await nipBaru('1995-08-21', '2020-01-01', 'P');
    const benar = await tulisXlsx('benar.xlsx', { pegawai: [
      KEPALA,
      [nip1, 'Rahmat Hidayatullah Impor', 'Sukamaju', '12-03-1994', 'L', 'PNS', '01-03-2019'],
      [nip2, 'Nur Aisyah Impor', 'Sukamaju', '21 Agustus 1995', 'P', 'PNS', '01-01-2020'],
    ], riwayat_jabatan: [
      ['nip', 'kode_jabatan', 'kode_unit', 'tmt'],
      [nip1, jabatan.kode, unit.kode, '01-03-2019'],
      [nip2, jabatan.kode, unit.kode, '01-01-2020'],
    ] });
    await page.getByLabel('Berkas (.xlsx atau .csv)').setInputFiles(benar);
    await page.getByRole('button', { name: 'Impor' }).click();
    const kemajuan = page.getByRole('progressbar');
    await kemajuan.waitFor();
    await expect.poll(() => kemajuan.getAttribute('aria-valuenow')).toBe('100');
    await expect.poll(() => kemajuan.getAttribute('aria-valuetext')).toContain('Selesai');
    const ringkasan = page.getByTestId('ringkasan-impor');
    await ringkasan.waitFor();
    expect(await ringkasan.innerText()).toMatch(/^2 pegawai baru, 0 pegawai diubah/);

    // 3. The new employee is found in Pegawai, in the unit of the import.
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pegawai', exact: true }).click();
    await page.getByLabel('Cari NIP atau nama').fill('Hidayatullah Impor');
    const tautan = page.getByTestId('tabel-pegawai').getByRole('link', { name: 'Rahmat Hidayatullah Impor' });
    await tautan.waitFor();
    await expect.poll(() => page.getByTestId('tabel-pegawai').locator('tbody tr').filter({ hasText: 'Rahmat Hidayatullah Impor' }).innerText()).toContain(unit.nama);
  });
});
