import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { ujiKalkulator } from './kalkulator-uji.ts';
import { KALKULATOR } from '../src/hitung/index.ts';
import { jalankanKalkulator } from '../src/hitung/kalkulator.ts';
import { TPP } from '../src/hitung/tpp.ts';

/**
 * `simasn hitung tpp` as a user runs it: a separate process, a file in, one JSON object on stdout
 * and exit 0, or every problem on stderr (row, column, reason in Indonesian) and exit 2 with
 * nothing on stdout. Every expected figure is worked out by hand from RULES.md section 10 in the
 * comment beside it.
 */
vi.setConfig({ testTimeout: 30_000 });

const { folder, simasn, tulis, berhasil, ditolak } = ujiKalkulator('tpp');

const JUDUL = 'nip,golongan,status_pegawai,besaran_tpp,capaian_kinerja,potongan_disiplin_persen,hukdis,gaji_dan_tunjangan';
const KUNCI = ['tpp_kinerja', 'tpp_disiplin', 'potongan_hukdis', 'bruto', 'iuran_bpjs_pegawai', 'iuran_bpjs_pemda', 'pph21', 'netto'];
const NIP = ['196607101992031007', '197805122005012003', '199001012020121001', '198503152010011002', '199507202023212011'];
const baris = (nip: string, angka: number[]) => ({ nip, ...Object.fromEntries(KUNCI.map((k, i) => [k, angka[i]])) });

describe('simasn hitung tpp', () => {
  it('computes every row by RULES.md section 10 and sums them', () => {
    const p = tulis('tpp.csv', [
      JUDUL,
      // PNS III/b: 2.700.000 + 1.800.000 = 4.500.000; BPJS 45.000 / 180.000; PPh 5% 225.000; netto 4.230.000.
      `${NIP[0]},III/b,pns,4500000,100,0,tidak_ada,5000000`,
      // CPNS II/c: base 1.800.000; 972.000 + 648.000 = 1.620.000; BPJS 16.200 / 64.800; PPh 0; netto 1.603.800.
      `${NIP[1]},II/c,cpns,2250000,90,10,tidak_ada,3000000`,
      // PPPK XIII (like IV): 3.000.000 x 60% x 87,5% = 1.575.000; 3.000.000 x 40% x 98,75% = 1.185.000; sedang 25% of 2.760.000 = 690.000;
      // bruto 2.070.000; gaji 11.000.000: base 1.000.000, 10.000 / 40.000; PPh 15% 310.500; netto 1.749.500.
      `${NIP[2]},XIII,pppk,"3.000.000","87,5",1.25,sedang,11000000`,
      // PNS IV/a, hukdis berat: everything cut; nothing left to tax or insure.
      `${NIP[3]},IV/a,pns,Rp 9.200.000,100,0,berat,6000000`,
      // PNS I/d, gaji at the cap: 1.000.005 x 60% x 50% = 300.001,5 -> 300.002; x 40% x 87,5% = 350.001,75 -> 350.002; bruto 650.004; no BPJS; PPh 0.
      `${NIP[4]},1d,PNS,1000005,50,12.5,ringan,12000000`,
    ]);
    const o = berhasil(simasn('hitung', 'tpp', '--input', p, '--aturan', 'perbup-sukamaju-2026'));
    expect(Object.keys(o)).toEqual(['aturan', 'pegawai', 'jumlah']);
    expect(o.aturan).toBe('perbup-sukamaju-2026');
    expect(o.pegawai).toEqual([
      baris(NIP[0]!, [2_700_000, 1_800_000, 0, 4_500_000, 45_000, 180_000, 225_000, 4_230_000]),
      baris(NIP[1]!, [972_000, 648_000, 0, 1_620_000, 16_200, 64_800, 0, 1_603_800]),
      baris(NIP[2]!, [1_575_000, 1_185_000, 690_000, 2_070_000, 10_000, 40_000, 310_500, 1_749_500]),
      baris(NIP[3]!, [5_520_000, 3_680_000, 9_200_000, 0, 0, 0, 0, 0]),
      baris(NIP[4]!, [300_002, 350_002, 0, 650_004, 0, 0, 0, 650_004]),
    ]);
    expect(Object.keys(o.pegawai[0])).toEqual(['nip', ...KUNCI]);
    expect(Object.keys(o.jumlah)).toEqual(KUNCI);
    for (const k of KUNCI) expect(o.jumlah[k], k).toBe(o.pegawai.reduce((s: number, x: Record<string, number>) => s + x[k]!, 0));
    expect(o.jumlah.netto).toBe(4_230_000 + 1_603_800 + 1_749_500 + 0 + 650_004);
    // The 2027 rule measures capaian from SKP realisasi; the calculator takes capaian as input, so the figures are the same.
    const skp = berhasil(simasn('hitung', 'tpp', '--input', p, '--aturan', 'perbup-sukamaju-2027-skp'));
    expect(skp).toEqual({ ...o, aturan: 'perbup-sukamaju-2027-skp' });
  });

  it('reads XLSX with number and text cells and a semicolon CSV with Indonesian decimals', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('tpp');
    ws.addRow(['NIP', 'Golongan', 'Status Pegawai', 'Besaran TPP', 'Capaian Kinerja', 'Potongan Disiplin Persen', 'Hukdis', 'Gaji dan Tunjangan']);
    ws.addRow([NIP[0], 'III/b', 'PNS', 4_500_000, 100, 0, 'tidak ada', 10_500_000]);
    ws.addRow([NIP[1], 'V', 'pppk', '3.902.500', 33.3, '33,3', 'tidak_ada', 1_000_000]);
    // A formula's result in a number cell: 0,1 + 0,2 = 0.30000000000000004 (x 100), read as 30 to 4 decimals.
    ws.addRow([NIP[2], 'III/a', 'pns', 1_000_000, (0.1 + 0.2) * 100, 0, 'tidak_ada', 1_000_000]);
    const p = join(folder, 'tpp.xlsx');
    writeFileSync(p, Buffer.from(await wb.xlsx.writeBuffer()));
    const o = berhasil(simasn('hitung', 'tpp', '--input', p));
    expect(o.pegawai).toEqual([
      // gaji 10.500.000 + 4.500.000 crosses the cap: base 1.500.000, 15.000 / 60.000; netto 4.500.000 - 15.000 - 225.000 = 4.260.000.
      baris(NIP[0]!, [2_700_000, 1_800_000, 0, 4_500_000, 15_000, 60_000, 225_000, 4_260_000]),
      // 3.902.500 x 60% x 33,3% = 779.719,5 -> 779.720 (floating point would give 779.719); x 40% x 66,7% = 1.041.187; bruto 1.820.907;
      // BPJS 18.209,07 -> 18.209 and 72.836,28 -> 72.836; PPPK V like III: 5% = 91.045,35 -> 91.045; netto 1.820.907 - 18.209 - 91.045 = 1.711.653.
      baris(NIP[1]!, [779_720, 1_041_187, 0, 1_820_907, 18_209, 72_836, 91_045, 1_711_653]),
      // 1.000.000 x 60% x 30% = 180.000; 400.000; bruto 580.000; BPJS 5.800 / 23.200; PPh 5% 29.000; netto 545.200.
      baris(NIP[2]!, [180_000, 400_000, 0, 580_000, 5_800, 23_200, 29_000, 545_200]),
    ]);
    const q = tulis('titik-koma.csv', [JUDUL.replaceAll(',', ';'), `${NIP[0]};III/b;pns;4.500.000;87,5;2,5;tidak_ada;5.000.000`]);
    // 4.500.000 x 60% x 87,5% = 2.362.500; x 40% x 97,5% = 1.755.000; bruto 4.117.500; BPJS 41.175 / 164.700; PPh 205.875; netto 3.870.450.
    expect(berhasil(simasn('hitung', 'tpp', '--input', q)).pegawai).toEqual([baris(NIP[0]!, [2_362_500, 1_755_000, 0, 4_117_500, 41_175, 164_700, 205_875, 3_870_450])]);
  });

  it('delivers a result and a report larger than a pipe holds (64 KiB) whole before exiting', () => {
    // 3.000 distinct valid NIPs: birth dates 1 to 28 of each month of 1970-1978, TMT CPNS at 25.
    const nip = (i: number) =>
      `${1970 + Math.floor(i / 336)}${String((Math.floor(i / 28) % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}${1995 + Math.floor(i / 336)}011001`;
    const n = 3_000;
    const baik = tulis('besar.csv', [JUDUL, ...Array.from({ length: n }, (_, i) => `${nip(i)},III/a,pns,4500000,100,0,tidak_ada,5000000`)]);
    const o = berhasil(simasn('hitung', 'tpp', '--input', baik));
    expect(o.pegawai).toHaveLength(n);
    expect(o.jumlah.netto).toBe(n * 4_230_000);
    const salah = tulis('besar-salah.csv', [JUDUL, ...Array.from({ length: n }, (_, i) => `${nip(i)},III/a,pns,4500000,101,0,tidak_ada,5000000`)]);
    const err = ditolak(simasn('hitung', 'tpp', '--input', salah));
    expect(err.length).toBeGreaterThan(65_536);
    expect(err.trimEnd().split('\n')).toHaveLength(n + 1);
    expect(err.trimEnd().split('\n').at(-1)).toBe(`  baris ${n + 1} (data ke-${n}), kolom capaian_kinerja: "101": harus 0 sampai 100 (capaian di atas target ditulis 100)`);
  });

  it('refuses invalid cells naming row, column and reason, and computes nothing', () => {
    const p = tulis('salah.csv', [
      JUDUL,
      `${NIP[0]},III/e,pns,4500000,101,0,tidak_ada,5000000`,
      `${NIP[1]},II/c,honorer,2250000.50,90,-1,parah,3000000`,
      `123,III/a,pns,1000000,,0,tidak_ada,"Rp 1.000.000,50"`,
      `${NIP[2]},III/a,pppk,1000000,50,0,tidak_ada,1000000`,
      `${NIP[3]},IX,cpns,1000000,50,0,tidak_ada,1000000`,
      `${NIP[4]},2b,pns,1000000,50,"1.250",sedang,1000000`,
      `${NIP[4]},2b,pns,1000000,"87,12345",0,sedang,1000000`,
    ]);
    const err = ditolak(simasn('hitung', 'tpp', '--input', p));
    expect(err).toContain('Masukan tidak sah (');
    expect(err).toContain('tidak ada yang dihitung');
    for (const pesan of [
      'baris 2 (data ke-1), kolom golongan: "III/e": golongan tidak dikenal (PNS/CPNS: I/a sampai IV/e, mis. III/a; PPPK: I sampai XVII)',
      'baris 2 (data ke-1), kolom capaian_kinerja: "101": harus 0 sampai 100 (capaian di atas target ditulis 100)',
      'baris 3 (data ke-2), kolom status_pegawai: "honorer": tidak dikenal; pilihan: pns, cpns, pppk',
      'baris 3 (data ke-2), kolom besaran_tpp: "2250000.50": harus rupiah bulat (tanpa sen)',
      'baris 3 (data ke-2), kolom potongan_disiplin_persen: "-1": harus 0 sampai 100',
      'baris 3 (data ke-2), kolom hukdis: "parah": tidak dikenal; pilihan: tidak_ada, ringan, sedang, berat',
      'baris 4 (data ke-3), kolom nip: "123": NIP harus 18 digit, ditemukan 3 digit',
      'baris 4 (data ke-3), kolom capaian_kinerja: wajib diisi',
      'baris 4 (data ke-3), kolom gaji_dan_tunjangan: "Rp 1.000.000,50": harus rupiah bulat (tanpa sen)',
      'baris 7 (data ke-6), kolom potongan_disiplin_persen: "1.250":',
    ]) {
      expect(err).toContain(pesan);
    }
  });

  it('refuses a golongan that does not fit the status, and a NIP given twice', () => {
    const p = tulis('silang.csv', [
      JUDUL,
      `${NIP[2]},III/a,pppk,1000000,50,0,tidak_ada,1000000`,
      `${NIP[3]},IX,cpns,1000000,50,0,tidak_ada,1000000`,
      `${NIP[3]},III/a,pns,1000000,50,0,tidak_ada,1000000`,
    ]);
    const err = ditolak(simasn('hitung', 'tpp', '--input', p));
    expect(err).toContain('Masukan tidak sah (3 masalah)');
    expect(err).toContain('baris 2 (data ke-1), kolom golongan: golongan III/a adalah golongan PNS; PPPK bergolongan I sampai XVII');
    expect(err).toContain('baris 3 (data ke-2), kolom golongan: golongan IX adalah golongan PPPK; CPNS bergolongan I/a sampai IV/e');
    expect(err).toContain(`baris 4 (data ke-3), kolom nip: NIP ${NIP[3]} sudah ada pada baris 3; satu baris per pegawai`);
  });

  it('refuses a missing column, a missing --input or an unknown rule set, with exit 2', () => {
    expect(ditolak(simasn('hitung', 'tpp', '--input', tulis('kolom.csv', ['nip,golongan', `${NIP[0]},III/a`])))).toContain(
      'baris 1, kolom status_pegawai: kolom "status_pegawai" tidak ada pada baris judul',
    );
    expect(ditolak(simasn('hitung', 'tpp'))).toContain('Opsi --input FILE wajib');
    const p = tulis('baik.csv', [JUDUL, `${NIP[0]},III/b,pns,4500000,100,0,tidak_ada,5000000`]);
    expect(ditolak(simasn('hitung', 'tpp', '--input', p, '--aturan', 'perbup-lain'))).toContain(
      'kolom --aturan: aturan TPP "perbup-lain" tidak dikenal; pilihan: perbup-sukamaju-2026, perbup-sukamaju-2027-skp',
    );
  });

  it('refuses an empty file, an unreadable one and an unknown option (in process: the same harness as every calculator)', async () => {
    const pesan: string[] = [];
    const spion = vi.spyOn(console, 'error').mockImplementation((x: unknown) => void pesan.push(String(x)));
    const spionStderr = vi.spyOn(process.stderr, 'write').mockImplementation(((x: unknown, cb?: unknown) => {
      pesan.push(String(x));
      if (typeof cb === 'function') cb();
      return true;
    }) as typeof process.stderr.write);
    try {
      expect(await jalankanKalkulator(TPP, ['--input', tulis('kosong.csv', [JUDUL])], 'hitung tpp')).toBe(2);
      expect(await jalankanKalkulator(TPP, ['--input', join(folder, 'tidak-ada.csv')], 'hitung tpp')).toBe(2);
      expect(await jalankanKalkulator(TPP, ['--input', 'x.csv', '--bulan', '2026-03'], 'hitung tpp')).toBe(2);
    } finally {
      spion.mockRestore();
      spionStderr.mockRestore();
    }
    expect(pesan.join('\n')).toContain('berkas tidak berisi baris data');
    expect(pesan.join('\n')).toContain('tidak dapat dibaca');
    expect(pesan.join('\n')).toContain('Opsi tidak dikenal');
    expect(KALKULATOR['hitung tpp']!.ringkas).toContain('status_pegawai pns|cpns|pppk');
  });
});
