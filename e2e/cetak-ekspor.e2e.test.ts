import { describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { sql } from '@simasn/db';
import { bukaNilai } from '@simasn/kepegawaian';
import { bacaPdf } from '@simasn/platform/dokumen/baca';
import { halamanMasuk, lingkunganBerkas } from './harness.ts';

/**
 * Issue 10 item 19: print and export where people expect them. Every role that may read a
 * Perjanjian Kinerja has its print button; every reader of a profile can download the DRH, with
 * personal data masked for those without pegawai:data_pribadi; IP ASN, Merit, NSPK and Realisasi
 * export XLSX. Each download is fetched as the browser would (the page's session) and opened.
 */

const env = lingkunganBerkas();

async function unduh(page: Page, href: string | null) {
  expect(href).toBeTruthy();
  const r = await page.request.get(href!);
  expect(r.status(), href!).toBe(200);
  return { jenis: r.headers()['content-type'] ?? '', isi: await r.body() };
}

async function tautan(page: Page, alamat: string, nama: RegExp | string) {
  await page.goto(alamat);
  const a = page.getByRole('link', { name: nama });
  await expect.poll(() => a.count(), { timeout: 20_000 }).toBeGreaterThan(0);
  return a.first().getAttribute('href');
}

describe('cetak dan ekspor', () => {
  test('Perjanjian Kinerja: tombol cetak bagi setiap peran yang dapat membacanya, dan PDF-nya terbuka', async () => {
    const pk = await env.db.one<{ id: number, nama: string }>(sql`
      select pk.id, p.nama from perjanjian_kinerja pk join pegawai p on p.instansi_id = pk.instansi_id and p.id = pk.pegawai_id
        join unit_organisasi u on u.instansi_id = pk.instansi_id and u.id = pk.unit_id
       where pk.status = 'disetujui' and u.kode = 'BKPSDM' order by pk.id limit 1`);
    for (const peran of ['perencana', 'pimpinan', 'inspektorat', 'admin.bkpsdm']) {
      const page = await halamanMasuk(env, peran);
      const href = await tautan(page, `/sakip/pk/${pk.id}`, 'Cetak PDF');
      const f = await unduh(page, href);
      expect(f.jenis, peran).toContain('application/pdf');
      const teks = (await bacaPdf(f.isi)).halaman.join('\n');
      expect(teks, peran).toContain('PERJANJIAN KINERJA TAHUN');
      expect(await page.getByRole('link', { name: 'Unduh DOCX' }).count(), peran).toBe(1);
      await page.context().close();
    }
  });

  test('Daftar Riwayat Hidup: diunduh dari profil; NIK lengkap hanya bagi pemegang izin data pribadi', async () => {
    const p = await env.db.one<{ nip: string, nik: string }>(sql`
      select p.nip, p.nik from pegawai p join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
       where p.nik is not null and p.kedudukan = 'aktif' order by p.id limit 1`);
    // Stored encrypted (issue 10 item 2): the NIK as the owner module reads it.
    p.nik = bukaNilai('pegawai', 'nik', p.nik) ?? '';
    for (const [peran, pribadi] of [['admin.bkd', true], ['pimpinan', false], ['perencana', false], ['inspektorat', true]] as const) {
      const page = await halamanMasuk(env, peran);
      const href = await tautan(page, `/pegawai/${p.nip}`, 'Daftar Riwayat Hidup (PDF)');
      const f = await unduh(page, href);
      expect(f.jenis, peran).toContain('application/pdf');
      const teks = (await bacaPdf(f.isi)).halaman.join('\n');
      expect(teks, peran).toContain('DAFTAR RIWAYAT HIDUP');
      expect(teks, peran).toContain('II. RIWAYAT PANGKAT/GOLONGAN');
      if (pribadi) expect(teks, peran).toContain(p.nik);
      else {
        expect(teks, peran).not.toContain(p.nik);
        expect(teks, peran).toContain('tidak ditampilkan (data pribadi)');
      }
      await page.context().close();
    }
  });

  test('IP ASN, Sistem Merit, NSPK dan Realisasi Kinerja: ekspor XLSX dari halamannya', async () => {
    const page = await halamanMasuk(env, 'perencana');
    for (const [alamat, judul, nama] of [
      ['/indeks/ip-asn', 'Indeks Profesionalitas ASN', 'Ekspor per unit (XLSX)'],
      ['/indeks/merit', 'Penilaian Mandiri Sistem Merit', 'Ekspor XLSX'],
      ['/indeks/nspk', 'Indeks Implementasi NSPK', 'Ekspor XLSX'],
      ['/sakip/realisasi?tribulan=1', 'Realisasi Kinerja', 'Ekspor XLSX'],
    ] as const) {
      const f = await unduh(page, await tautan(page, alamat, nama));
      expect(f.jenis, alamat).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(f.isi as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      expect(String(ws.getCell('A1').value), alamat).toContain(judul);
      expect(ws.rowCount, alamat).toBeGreaterThan(5);
    }
  });
});
