import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { ujiKalkulator } from './kalkulator-uji.ts';

/**
 * `simasn hitung presensi` as a user runs it: a separate process, a file in, one JSON object on
 * stdout and exit 0, or every problem on stderr (row, column, reason in Indonesian) and exit 2
 * with nothing on stdout. The expected values are worked out by hand from RULES.md section 8.
 */
vi.setConfig({ testTimeout: 30_000 });

const SEED = fileURLToPath(new URL('./presensi-seed/', import.meta.url));
const { folder, simasn, tulis, berhasil, ditolak } = ujiKalkulator('presensi');

const NIP = '196607101992031007';
const hari = (tanggal: string, kode_masuk: string | null = null, terlambat_menit = 0, kode_pulang: string | null = null, pulang_cepat_menit = 0, potongan_persen = 0) => ({
  nip: NIP,
  tanggal,
  kode_masuk,
  terlambat_menit,
  kode_pulang,
  pulang_cepat_menit,
  potongan_persen,
});

describe('simasn hitung presensi', () => {
  it('agrees with the hand-worked seed-like cases (Ramadan start, make-up time, Friday, a 10-day alpa run over a weekend, every status)', () => {
    const o = berhasil(simasn('hitung', 'presensi', '--input', join(SEED, 'presensi-sukamaju-2026.csv')));
    expect(o).toEqual(JSON.parse(readFileSync(join(SEED, 'presensi-sukamaju-2026.harapan.json'), 'utf8')));
    expect(Object.keys(o)).toEqual(['aturan', 'hari', 'pegawai']);
    expect(Object.keys(o.hari[0])).toEqual(['nip', 'tanggal', 'kode_masuk', 'terlambat_menit', 'kode_pulang', 'pulang_cepat_menit', 'potongan_persen']);
    expect(Object.keys(o.pegawai[0])).toEqual(['nip', 'hari_kerja', 'hadir', 'alpa', 'alpa_berturut_maks', 'tl', 'psw', 'potongan_disiplin_persen', 'usulan_hukdis']);
  });

  it('judges every band boundary of TL and PSW (0/1/30/31/60/61/90/91 minutes) on Mondays and Fridays', () => {
    const menit = [0, 1, 30, 31, 60, 61, 90, 91];
    const senin = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02', '2026-02-09', '2026-04-06', '2026-04-13'];
    const jumat = ['2026-01-09', '2026-01-16', '2026-01-23', '2026-01-30', '2026-02-06', '2026-02-13', '2026-04-10', '2026-04-17'];
    const jam = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const p = tulis('pita.csv', [
      'nip,tanggal,status,jam_masuk,jam_pulang',
      ...menit.map((m, i) => `${NIP},${senin[i]},hadir,${jam(450 + m)},16:00`),
      ...menit.map((m, i) => `${NIP},${jumat[i]},hadir,07:30,${jam(990 - m)}`),
    ]);
    const o = berhasil(simasn('hitung', 'presensi', '--input', p));
    const kode = ['tepat', '1', '1', '2', '2', '3', '3', '4'];
    const potongan = [0, 0.5, 0.5, 1, 1, 1.25, 1.25, 1.5];
    expect(o.hari).toEqual([
      ...menit.map((m, i) => hari(senin[i]!, i ? `TL${kode[i]}` : 'tepat', m, 'tepat', 0, potongan[i])),
      ...menit.map((m, i) => hari(jumat[i]!, 'tepat', 0, i ? `PSW${kode[i]}` : 'tepat', m, potongan[i])),
    ]);
    expect(o.pegawai[0]).toMatchObject({ hari_kerja: 16, hadir: 16, tl: { TL1: 2, TL2: 2, TL3: 2, TL4: 1 }, psw: { PSW1: 2, PSW2: 2, PSW3: 2, PSW4: 1 },
      potongan_disiplin_persen: 2 * (0.5 * 2 + 1 * 2 + 1.25 * 2 + 1.5) });
  });

  it('make-up time: forgiven at 30 late with 30 after, not at 30 late with 29 after, never above 30; none under the national rule', () => {
    const p = tulis('ganti.csv', [
      'nip,tanggal,status,jam_masuk,jam_pulang',
      `${NIP},2026-01-05,hadir,08:00,16:30`,
      `${NIP},2026-01-06,hadir,08:00,16:29`,
      `${NIP},2026-01-07,hadir,08:01,18:00`,
      `${NIP},2026-01-09,hadir,07:40,16:40`,
    ]);
    expect(berhasil(simasn('hitung', 'presensi', '--input', p)).hari).toEqual([
      hari('2026-01-05', 'tepat', 30, 'tepat', 0, 0),
      hari('2026-01-06', 'TL1', 30, 'tepat', 0, 0.5),
      hari('2026-01-07', 'TL2', 31, 'tepat', 0, 1),
      hari('2026-01-09', 'tepat', 10, 'tepat', 0, 0),
    ]);
    const n = berhasil(simasn('hitung', 'presensi', '--input', p, '--aturan', 'perpres-21-2023'));
    expect(n.aturan).toBe('perpres-21-2023');
    expect(n.hari[0]).toEqual(hari('2026-01-05', 'TL1', 30, 'tepat', 0, 0.5));
  });

  it('caps the cut at 100 and proposes by the year count when no run reaches 10 days', () => {
    // 4 alpa then 1 hadir, repeated: 24 alpa days in 2026, never 10 in a row
    const baris: string[] = [];
    let d = new Date(Date.UTC(2026, 0, 5));
    let n = 0;
    while (baris.length < 30) {
      if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) baris.push(`${NIP},${d.toISOString().slice(0, 10)},${n++ % 5 === 4 ? 'hadir,07:30,16:30' : 'alpa,,'}`);
      d = new Date(d.getTime() + 86400000);
    }
    const o = berhasil(simasn('hitung', 'presensi', '--input', tulis('cap.csv', ['nip,tanggal,status,jam_masuk,jam_pulang', ...baris])));
    expect(o.pegawai).toEqual([{ nip: NIP, hari_kerja: 30, hadir: 6, alpa: 24, alpa_berturut_maks: 4, tl: { TL1: 0, TL2: 0, TL3: 0, TL4: 0 },
      psw: { PSW1: 0, PSW2: 0, PSW3: 0, PSW4: 0 }, potongan_disiplin_persen: 100, usulan_hukdis: 'penurunan_jabatan' }]);
  });

  it('reads XLSX with time cells, date cells and text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('presensi');
    ws.addRow(['NIP', 'Tanggal', 'Status', 'Jam Masuk', 'Jam Pulang']);
    ws.addRow([NIP, new Date(Date.UTC(2026, 0, 5)), 'Hadir', new Date(Date.UTC(1899, 11, 30, 7, 45)), new Date(Date.UTC(1899, 11, 30, 16, 0))]);
    ws.addRow([NIP, '06-01-2026', 'hadir', 0.3125, '15.29']);
    ws.addRow([NIP, '7 Januari 2026', 'dinas luar', null, null]);
    const p = join(folder, 'presensi.xlsx');
    writeFileSync(p, Buffer.from(await wb.xlsx.writeBuffer()));
    const o = berhasil(simasn('hitung', 'presensi', '--input', p));
    expect(o.hari).toEqual([hari('2026-01-05', 'TL1', 15, 'tepat', 0, 0.5), hari('2026-01-06', 'tepat', 0, 'PSW2', 31, 1), hari('2026-01-07')]);
  });

  it('refuses invalid cells naming row, column and reason, and computes nothing', () => {
    const p = tulis('salah.csv', [
      'nip,tanggal,status,jam_masuk,jam_pulang',
      `${NIP},2026-01-05,hadir,07:75,16:00`,
      `${NIP},2026-02-30,hadir,07:30,16:00`,
      `${NIP},2026-01-06,masuk,07:30,16:00`,
      '1996610191987031008,2026-01-08,hadir,07:30,16:00',
      `${NIP},,hadir,07:30,16:00`,
      `${NIP},2026-01-09,hadir,7,24:10`,
    ]);
    const err = ditolak(simasn('hitung', 'presensi', '--input', p));
    expect(err).toContain('Masukan tidak sah (7 masalah); tidak ada yang dihitung');
    expect(err).toContain('baris 2 (data ke-1), kolom jam_masuk: "07:75": menit dan detik harus 00 sampai 59');
    expect(err).toContain('baris 3 (data ke-2), kolom tanggal: "2026-02-30": tanggal "2026-02-30" tidak ada di kalender');
    expect(err).toContain('baris 4 (data ke-3), kolom status: "masuk": status tidak dikenal; pilihan: hadir, dinas_luar, cuti, tugas_belajar, diklat, sakit, izin, alpa, libur');
    expect(err).toContain('baris 5 (data ke-4), kolom nip: "1996610191987031008": NIP harus 18 digit, ditemukan 19 digit');
    expect(err).toContain('baris 6 (data ke-5), kolom tanggal: wajib diisi');
    expect(err).toContain('baris 7 (data ke-6), kolom jam_masuk: "7": jam belum benar: tulis jam dan menit, contoh 07.30');
    expect(err).toContain('baris 7 (data ke-6), kolom jam_pulang: "24:10": jam harus 00:00 sampai 23:59');
  });

  it("refuses a pegawai's day given twice and a check-out before the check-in", () => {
    const p = tulis('baris.csv', [
      'nip;tanggal;status;jam_masuk;jam_pulang',
      `${NIP};2026-01-05;hadir;07:30;16:00`,
      `${NIP};05-01-2026;alpa;;`,
      `${NIP};2026-01-07;hadir;16:00;07:30`,
      `196610191987031008;2026-01-05;alpa;;`,
    ]);
    const err = ditolak(simasn('hitung', 'presensi', '--input', p));
    expect(err).toContain('Masukan tidak sah (2 masalah)');
    expect(err).toContain('baris 3 (data ke-2), kolom tanggal: NIP 196607101992031007 tanggal 2026-01-05 sudah ada pada baris 2; satu baris per pegawai per hari');
    expect(err).toContain('baris 4 (data ke-3), kolom jam_pulang: jam pulang 07:30 lebih awal dari jam masuk 16:00');
  });

  it('refuses a missing column and a missing --input with exit 2', () => {
    expect(ditolak(simasn('hitung', 'presensi', '--input', tulis('kolom.csv', ['nip,tanggal,jam_masuk', `${NIP},2026-01-05,07:30`])))).toContain(
      'baris 1, kolom status: kolom "status" tidak ada pada baris judul',
    );
    expect(ditolak(simasn('hitung', 'presensi'))).toContain('Opsi --input FILE wajib');
  });

  it('refuses an unknown rule set; a hadir day without scans is TL4 and PSW4', () => {
    const p = tulis('baik.csv', ['nip,tanggal,status', `${NIP},2026-01-05,hadir`]);
    expect(ditolak(simasn('hitung', 'presensi', '--input', p, '--aturan', 'perbup-lain'))).toContain(
      'kolom --aturan: aturan presensi "perbup-lain" tidak dikenal; pilihan: perbup-sukamaju-2026, perpres-21-2023',
    );
    expect(berhasil(simasn('hitung', 'presensi', '--input', p)).hari).toEqual([hari('2026-01-05', 'TL4', 0, 'PSW4', 0, 3)]);
  });
});
