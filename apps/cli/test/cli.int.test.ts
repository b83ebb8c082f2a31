import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { bukaPglite, sql } from '@simasn/db';
import { cliUji } from './cli-uji.ts';

/**
 * The `simasn` command as a user runs it: a separate process on a data folder, real files in and
 * out, exit codes. (Embedded database only: the CLI under test opens the folder itself.)
 */
const { folder, dataDir, simasn } = cliUji('cli');

async function tulisXlsx(nama: string, rows: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('pegawai');
  ws.addRows(rows);
  const p = join(folder, nama);
  writeFileSync(p, Buffer.from(await wb.xlsx.writeBuffer()));
  return p;
}

describe('simasn CLI', () => {
  it('applies migrations idempotently', () => {
    const r = simasn('db', 'migrate');
    expect(r.kode).toBe(0);
    expect(r.out).toContain('Skema sudah mutakhir.');
  });

  it('refuses an import with a malformed NIP: exit 2, the row named, a report file, nothing written', async () => {
    const p = await tulisXlsx('salah.xlsx', [
      ['nip', 'nama', 'tanggal_lahir', 'jenis_kelamin', 'status_kepegawaian'],
      ['199203152015032001', 'Fitri', '15-03-1992', 'P', 'PNS'],
      ['1996610191987031008', 'Salah', '19-10-1966', 'L', 'PNS'],
    ]);
    const laporan = join(folder, 'laporan.csv');
    const r = simasn('impor', 'pegawai', '--input', p, '--laporan', laporan);
    expect(r.kode).toBe(2);
    expect(r.err).toContain('lembar pegawai, baris 3, kolom nip ("1996610191987031008"): NIP harus 18 digit, ditemukan 19 digit');
    expect(r.err).toContain('tidak ada data yang disimpan');
    expect(readFileSync(laporan, 'utf8')).toContain('"pegawai";"3";"nip";"1996610191987031008";"NIP harus 18 digit, ditemukan 19 digit"');
    const db = await bukaPglite(dataDir);
    expect((await db.one<{ n: number }>(sql`select count(*)::int as n from pegawai`)).n).toBe(3);
    await db.close();
  });

  it('validates with --dry-run, then imports, then exports to XLSX', async () => {
    const p = await tulisXlsx('benar.xlsx', [
      ['nip', 'nama', 'tanggal_lahir', 'jenis_kelamin', 'status_kepegawaian'],
      ['199203152015032001', 'Fitri Handayani', '15 Maret 1992', 'P', 'PNS'],
    ]);
    const kering = simasn('impor', 'pegawai', '--input', p, '--dry-run');
    expect(kering.kode).toBe(0);
    expect(JSON.parse(kering.out)).toMatchObject({ ok: true, dryRun: true, ditulis: null });
    const r = simasn('impor', 'pegawai', '--input', p);
    expect(r.kode).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ ok: true, ditulis: { pegawaiBaru: 1 } });
    const keluar = join(folder, 'pegawai.xlsx');
    const e = simasn('ekspor', 'pegawai', '--output', keluar);
    expect(e.kode).toBe(0);
    expect(e.out).toContain('4 pegawai diekspor');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(keluar) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Pegawai')!.rowCount).toBe(8);
  });

  it('creates accounts and refuses bad options with exit 2', () => {
    expect(simasn('pengguna', 'buat', '--nama', 'admin.opd.baru', '--sandi', 'sandi-yang-panjang', '--peran', 'admin_opd', '--unit', 'DINKES').kode).toBe(0);
    const dup = simasn('pengguna', 'buat', '--nama', 'admin.opd.baru', '--sandi', 'sandi-yang-panjang', '--peran', 'admin_opd', '--unit', 'DINKES');
    expect(dup.kode).toBe(2);
    expect(dup.err).toContain('sudah ada');
    expect(simasn('pengguna', 'buat', '--nama', 'x', '--peran', 'raja').kode).toBe(2);
    const reset = simasn('pengguna', 'reset-sandi', '--nama', 'admin.opd.baru');
    expect(reset.kode).toBe(0);
    expect(reset.out).toMatch(/^Kata sandi sementara admin\.opd\.baru: [a-z2-9]{4}(-[a-z2-9]{4}){3}\n/);
    expect(simasn('impor', 'pegawai').kode).toBe(2);
    expect(simasn('impor', 'pegawai', '--tidak-ada').kode).toBe(2);
    expect(simasn('perintah-aneh').kode).toBe(1);
  });
});
