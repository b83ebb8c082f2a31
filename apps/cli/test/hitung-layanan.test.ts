import { writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ujiKalkulator } from './kalkulator-uji.ts';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import seed from '../../../../shared/domain/seed-cases.json' with { type: 'json' };

/**
 * `simasn hitung kgb | pensiun | capaian` as a user runs them: a separate process, a file in, one
 * JSON object on stdout and exit 0, or every problem on stderr and exit 2 with nothing on stdout.
 * (No database: the calculators work on the file alone.)
 */
// Each spawn takes about a second; leave room when the whole suite runs in parallel.
vi.setConfig({ testTimeout: 30_000 });

const { folder, simasn, tulis, berhasil, ditolak } = ujiKalkulator('hitung');

describe('simasn hitung kgb', () => {
  it('computes the next KGB: semicolons, day-first dates, any case; grid switch, top of grid, low predikat', () => {
    const p = tulis('kgb.csv', [
      'NIP;Golongan;TMT KGB Terakhir;MKG Tahun;MKG Bulan;Predikat Kinerja',
      '19660710 199203 1 007;III/a;2022-04-01;2;0;baik',
      '196610191987031008;iii/B;01/01/2022;6;0;SANGAT_BAIK',
      '197807152003122007;III/b;01-12-2021;6;0;Baik',
      '196610191987031008; IV/e ;2024-05-01;32;3;baik',
      '197807152003122007;II/a;2024-03-01;0;0;Butuh Perbaikan',
    ].join('\n'));
    const o = berhasil(simasn('hitung', 'kgb', '--input', p, '--pada', '2025-01-01'));
    expect(o.pegawai).toEqual([
      { nip: '196607101992031007', tmt_kgb_berikutnya: '2024-04-01', mkg_tahun: 4, mkg_bulan: 0, gaji_pokok_lama: 2873500, gaji_pokok_baru: 2964000, memenuhi_syarat: true,
        alasan: null },
      { nip: '196610191987031008', tmt_kgb_berikutnya: '2024-01-01', mkg_tahun: 8, mkg_bulan: 0, gaji_pokok_lama: 3186600, gaji_pokok_baru: 3287000, memenuhi_syarat: true,
        alasan: null },
      { nip: '197807152003122007', tmt_kgb_berikutnya: '2023-12-01', mkg_tahun: 8, mkg_bulan: 0, gaji_pokok_lama: 2950600, gaji_pokok_baru: 3043600, memenuhi_syarat: true,
        alasan: null },
      { nip: '196610191987031008', tmt_kgb_berikutnya: null, mkg_tahun: 32, mkg_bulan: 3, gaji_pokok_lama: 6373200, gaji_pokok_baru: null, memenuhi_syarat: false,
        alasan: 'golongan IV/e sudah pada langkah tertinggi tabel gaji pokok (masa kerja 32 tahun); tidak ada KGB berikutnya dalam golongan ini' },
      { nip: '197807152003122007', tmt_kgb_berikutnya: '2025-03-01', mkg_tahun: 1, mkg_bulan: 0, gaji_pokok_lama: 2184000, gaji_pokok_baru: 2218400, memenuhi_syarat: false,
        alasan: 'predikat kinerja terakhir Butuh Perbaikan di bawah Baik; KGB mensyaratkan predikat paling rendah Baik' },
    ]);
    expect(Object.keys(o)).toEqual(['pegawai']);
  });

  it('refuses invalid cells naming row, column and reason', () => {
    const p = tulis('kgb-salah.csv', [
      'nip,golongan,tmt_kgb_terakhir,mkg_tahun,mkg_bulan,predikat_kinerja',
      '1996610191987031008,III/a,2022-04-01,2,0,baik',
      '196607101992031007,III/e,2022-04-01,2,0,baik',
      '196607101992031007,III/a,30-02-2022,2,0,baik',
      '196607101992031007,III/a,2022-04-01,2,12,baik',
      '196607101992031007,III/a,2022-04-01,2,0,luar biasa',
      '196607101992031007,III/a,2022-04-01,,0,baik',
    ].join('\n'));
    const err = ditolak(simasn('hitung', 'kgb', '--input', p));
    expect(err).toContain('Masukan tidak sah (6 masalah)');
    expect(err).toContain('baris 2 (data ke-1), kolom nip: "1996610191987031008": NIP harus 18 digit, ditemukan 19 digit');
    expect(err).toContain('baris 3 (data ke-2), kolom golongan: "III/e": golongan "III/e" tidak ada');
    expect(err).toContain('baris 4 (data ke-3), kolom tmt_kgb_terakhir: "30-02-2022": tanggal "30-02-2022" tidak ada di kalender');
    expect(err).toContain('baris 5 (data ke-4), kolom mkg_bulan: "12": harus 0 sampai 11 bulan');
    expect(err).toContain('baris 6 (data ke-5), kolom predikat_kinerja: "luar biasa": predikat kinerja tidak dikenal');
    expect(err).toContain('baris 7 (data ke-6), kolom mkg_tahun: wajib diisi');
  });

  it('refuses rows the grid cannot answer, and a missing column', () => {
    const p = tulis('kgb-grid.csv', [
      'nip,golongan,tmt_kgb_terakhir,mkg_tahun,mkg_bulan,predikat_kinerja',
      '196607101992031007,I/b,2022-04-01,1,0,baik',
      '196607101992031007,III/a,2015-04-01,10,0,baik',
    ].join('\n'));
    const err = ditolak(simasn('hitung', 'kgb', '--input', p));
    expect(err).toContain('baris 2 (data ke-1), kolom mkg_tahun: golongan I/b tidak mempunyai langkah gaji pada masa kerja 1 tahun (langkah pertama 3 tahun)');
    expect(err).toContain('baris 3 (data ke-2), kolom tmt_kgb_terakhir: TMT KGB berikutnya 1 April 2017: tidak ada tabel gaji pokok yang berlaku pada 1 April 2017');
    const q = tulis('kgb-kolom.csv', 'nip,golongan,tmt_kgb_terakhir,mkg_tahun\n196607101992031007,III/a,2022-04-01,2\n');
    const err2 = ditolak(simasn('hitung', 'kgb', '--input', q));
    expect(err2).toContain('baris 1, kolom mkg_bulan: kolom "mkg_bulan" tidak ada pada baris judul');
    expect(err2).toContain('baris 1, kolom predikat_kinerja: kolom "predikat_kinerja" tidak ada pada baris judul');
  });
});

describe('simasn hitung pensiun', () => {
  it('reproduces the seed cases from an XLSX with date cells, fungsional jenjang and bup_khusus', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('pensiun');
    ws.addRow(['nip', 'tanggal_lahir', 'jenis_jabatan', 'jenjang', 'bup_khusus']);
    ws.addRow(['196610191987031008', new Date(Date.UTC(1966, 9, 19)), 'JPT', null, null]);
    ws.addRow(['19660710 199203 1 007', '10-07-1966', 'jpt', 'ahli_utama', null]);
    ws.addRow(['196505031990031002', '1965-05-03', 'Fungsional', 'Ahli Muda', null]);
    ws.addRow(['197001151995031001', '15/01/1970', 'fungsional', 'ahli_utama', null]);
    ws.addRow(['197001151995031001', '1970-01-15', 'pelaksana', 'tidak dibaca', null]);
    ws.addRow(['197001151995031001', '1970-01-15', 'fungsional', 'ahli_pertama', 60]);
    const p = join(folder, 'pensiun.xlsx');
    writeFileSync(p, Buffer.from(await wb.xlsx.writeBuffer()));
    const o = berhasil(simasn('hitung', 'pensiun', '--input', p));
    expect(o.pegawai).toEqual([
      { nip: '196610191987031008', bup: 60, tanggal_bup: '2026-10-19', tmt_pensiun: '2026-11-01' },
      { nip: '196607101992031007', bup: 60, tanggal_bup: '2026-07-10', tmt_pensiun: '2026-08-01' },
      { nip: '196505031990031002', bup: 58, tanggal_bup: '2023-05-03', tmt_pensiun: '2023-06-01' },
      { nip: '197001151995031001', bup: 65, tanggal_bup: '2035-01-15', tmt_pensiun: '2035-02-01' },
      { nip: '197001151995031001', bup: 58, tanggal_bup: '2028-01-15', tmt_pensiun: '2028-02-01' },
      { nip: '197001151995031001', bup: 60, tanggal_bup: '2030-01-15', tmt_pensiun: '2030-02-01' },
    ]);
    for (const k of seed.pensiun) expect(o.pegawai.some((x: { tmt_pensiun: string, bup: number }) => x.tmt_pensiun === k.tmt_pensiun && x.bup === k.bup)).toBe(true);
    expect(Object.keys(o)).toEqual(['pegawai']);
  });

  it('refuses invalid cells, and a fungsional row without a known jenjang', () => {
    const p = tulis('pensiun-salah.csv', [
      'nip,tanggal_lahir,jenis_jabatan,jenjang,bup_khusus',
      '196610191987031008,1966-10-19,bupati,,',
      '196610191987031008,19-10-66,jpt,,',
      '196610191987031008,1966-10-19,pelaksana,,99',
    ].join('\n'));
    const err = ditolak(simasn('hitung', 'pensiun', '--input', p));
    expect(err).toContain('baris 2 (data ke-1), kolom jenis_jabatan: "bupati": jenis jabatan tidak dikenal (jpt, administrator, pengawas, pelaksana, fungsional)');
    expect(err).toContain('baris 3 (data ke-2), kolom tanggal_lahir: "19-10-66": tahun pada "19-10-66" harus 4 digit');
    expect(err).toContain('baris 4 (data ke-3), kolom bup_khusus: "99": harus 50 sampai 70 tahun');
    const q = tulis('pensiun-jenjang.csv', [
      'nip;tanggal_lahir;jenis_jabatan;jenjang',
      '196610191987031008;1966-10-19;fungsional;',
      '196610191987031008;1966-10-19;fungsional;ahli sekali',
    ].join('\n'));
    const err2 = ditolak(simasn('hitung', 'pensiun', '--input', q));
    expect(err2).toContain('baris 2 (data ke-1), kolom jenjang: wajib diisi untuk jabatan fungsional');
    expect(err2).toContain('baris 3 (data ke-2), kolom jenjang: "ahli sekali": jenjang tidak dikenal');
  });
});

describe('simasn hitung capaian', () => {
  it('reproduces every seed capaian case, uncapped', () => {
    const p = tulis('capaian.csv',
      ['kode,target,realisasi,polaritas', ...seed.capaian.map((k) => `${k.id},${k.target},${k.realisasi},${k.polarity === 'positive' ? 'positif' : 'negatif'}`)].join('\n'));
    const o = berhasil(simasn('hitung', 'capaian', '--input', p));
    expect(o.indikator).toEqual(seed.capaian.map((k) => ({ kode: k.id, capaian: k.expected })));
    expect(Object.keys(o)).toEqual(['indikator']);
  });

  it('reads semicolons and decimal commas, N/A, negative polarity, and caps only with --batas', () => {
    const p = tulis('capaian-id.csv', [
      'Kode;Target;Realisasi;Polaritas',
      'IP-ASN;56,35;57,12;Positif',
      'POLA;1;4;positif',
      'ANGKA-KEMATIAN;10;8;NEGATIF',
      'PENGADUAN;10;25;negatif',
      'TW4;1.000,5;N/A;positif',
    ].join('\n'));
    const o = berhasil(simasn('hitung', 'capaian', '--input', p, '--batas', '100'));
    expect(o.indikator).toEqual([
      { kode: 'IP-ASN', capaian: 100 },
      { kode: 'POLA', capaian: 100 },
      { kode: 'ANGKA-KEMATIAN', capaian: 100 },
      { kode: 'PENGADUAN', capaian: 0 },
      { kode: 'TW4', capaian: null },
    ]);
    const tanpa = berhasil(simasn('hitung', 'capaian', '--input', p));
    expect(tanpa.indikator.map((x: { capaian: number | null }) => x.capaian)).toEqual([101.37, 400, 120, 0, null]);
  });

  it('refuses target 0, ambiguous numbers, unknown polaritas and a bad --batas', () => {
    const p = tulis('capaian-nol.csv', 'kode,target,realisasi,polaritas\nA,0,5,positif\nB,10,5,positif\n');
    expect(ditolak(simasn('hitung', 'capaian', '--input', p))).toContain('baris 2 (data ke-1), kolom target: target 0: capaian tidak dapat dihitung (pembagian dengan nol)');
    const q = tulis('capaian-salah.csv', 'kode;target;realisasi;polaritas\nA;1.000;5;positif\nB;10;lima;positif\nC;10;5;netral\n');
    const err = ditolak(simasn('hitung', 'capaian', '--input', q, '--batas', '120'));
    expect(err).toContain('baris 2 (data ke-1), kolom target: "1.000": "1.000" bermakna ganda');
    expect(err).toContain('baris 3 (data ke-2), kolom realisasi: "lima": "lima" bukan angka');
    expect(err).toContain('baris 4 (data ke-3), kolom polaritas: "netral": polaritas tidak dikenal (positif, negatif)');
    const b = tulis('capaian-baik.csv', 'kode,target,realisasi,polaritas\nA,10,5,positif\n');
    expect(ditolak(simasn('hitung', 'capaian', '--input', b, '--batas', 'nol'))).toContain('kolom --batas: "nol": batas capaian harus angka lebih dari 0');
  });

  it('refuses an unreadable or empty input with exit 2', () => {
    expect(ditolak(simasn('hitung', 'capaian', '--input', join(folder, 'tidak-ada.csv')))).toContain('tidak dapat dibaca');
    expect(ditolak(simasn('hitung', 'capaian', '--input', tulis('kosong.csv', 'kode,target,realisasi,polaritas\n')))).toContain('berkas tidak berisi baris data');
  });
});

describe('simasn periksa lkjip', () => {
  it('flags every seed figure a table can express, Indonesian CSV, and nothing on consistent rows', () => {
    const kasubbag = seed.anggaran.find((a) => a.id === 'lamongan-kasubbag-umum-pk')!;
    const rp = (x: number) => x.toLocaleString('de-DE');
    const p = tulis('lkjip.csv', [
      'No;Uraian;Target;Realisasi;Capaian (%);Pagu (Rp);Realisasi Anggaran (Rp);% Realisasi Anggaran;Efisiensi',
      '1;Pola karier;1;4;100;;;;',
      '2;SK kenaikan pangkat;1.000;1.246;124,60;;;;',
      '3;Penghargaan;;;;Rp 20.000.000;1.992.096.000;99,60 %;',
      '4;Program kepegawaian;;;;1.672.255.000;1.155.135.117;69,08;',
      '5;IP ASN TW II;56,35;57,12;101,37;8.328.663.601;2.084.365.342;25,03;76,34',
      '6;IP ASN;65;63,26;97,26;-;-;-;-',
    ].join('\n'));
    const o = berhasil(simasn('periksa', 'lkjip', '--input', p));
    expect(o.temuan.map((t: { baris: number, kolom: string, tercetak: number, seharusnya: number }) => [t.baris, t.kolom, t.tercetak, t.seharusnya])).toEqual([
      [2, 'capaian', 100, 400],
      [4, 'persen_anggaran', 99.6, 9960.48],
      [7, 'capaian', 97.26, 97.32],
    ]);
    expect(o.temuan[1].keterangan).toContain('19.920.960 (1/100 dari yang tercetak)');

    const q = tulis('rincian.csv', ['Uraian,Jumlah (Rp)', ...kasubbag.lines!.map((x, i) => `Belanja ${i + 1},"${rp(x)}"`), `JUMLAH,"${rp(kasubbag.printed_sum!)}"`].join('\n'));
    const r = berhasil(simasn('periksa', 'lkjip', '--input', q));
    expect(r.temuan).toEqual([{ baris: 16, kolom: 'nilai', tercetak: 779405000, seharusnya: 824405000,
      keterangan: 'baris jumlah tercetak 779.405.000, sedangkan jumlah 14 rincian di atasnya = 824.405.000' }]);
  });

  it('reads XLSX numbers: IKM total 10878 for 10888, NRR sarana, merit index 0,68 for 278/400', async () => {
    const ikm = seed.ikm[0]!;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('lkjip');
    ws.addRow(['Unsur', 'Jumlah Nilai', 'Responden', 'NRR', 'Nilai Maksimum', 'Indeks']);
    ws.addRows(ikm.unsur_totals.map((n, i) => [`U${i + 1}`, n, ikm.respondents, i === 8 ? 3.7 : ikm.expected.nrr[i], null, null]));
    ws.addRow(['Jumlah', ikm.printed.total, null, null, null, null]);
    ws.addRow(['Total indeks sistem merit', 278, null, null, 400, 0.68]);
    const p = join(folder, 'lkjip.xlsx');
    writeFileSync(p, Buffer.from(await wb.xlsx.writeBuffer()));
    const o = berhasil(simasn('periksa', 'lkjip', '--input', p));
    expect(o.temuan.map((t: { baris: number, kolom: string, tercetak: number, seharusnya: number }) => [t.baris, t.kolom, t.tercetak, t.seharusnya])).toEqual([
      [10, 'nrr', 3.7, 3.73],
      [11, 'nilai', 10878, 10888],
      [12, 'indeks', 0.68, 0.695],
    ]);
  });

  it('on tables transcribed from both seed reports: every real inconsistency, no false flag (issue 10 item 22)', () => {
    // Transcribed from ../shared/seeds/ (tabs -> semicolons; the two "Realisasi" and "% Capaian" headers
    // named apart; "Rp 90.953.750.00", unreadable as printed, written 90.953.750,00). Most PK indicators
    // read "Jumlah dokumen ...": they are line items, and "101%", "101.4 %", "102.7%" are judged at
    // their printed precision.
    const seedBerkas = (nama: string) => fileURLToPath(new URL(`./lkjip-seed/${nama}.csv`, import.meta.url));
    const temuan = (nama: string) =>
      berhasil(simasn('periksa', 'lkjip', '--input', seedBerkas(nama))).temuan.map((t: { baris: number, kolom: string, tercetak: number, seharusnya: number }) => [
        t.baris,
        t.kolom,
        t.tercetak,
        t.seharusnya,
      ]);
    // Lamongan 2022, Tabel 3.18: pola karier 4 of 1 printed 100%; penghargaan 1.992.096.000 of 20.000.000;
    // kompetensi dasar realisasi over the measurement table's pagu (the PK says 1.964.107.200); and
    // four figures the report prints beside their own inputs.
    expect(temuan('lamongan-2022-tabel-3-18')).toEqual([
      [4, 'capaian', 90.25, 90.39],
      [11, 'persen_anggaran', 98.16, 98.18],
      [54, 'capaian', 100, 400],
      [56, 'persen_anggaran', 99.34, 99.21],
      [60, 'persen_anggaran', 99.6, 9960.48],
      [67, 'persen_anggaran', 99.97, 100.89],
      [71, 'capaian', 102.69, 102.03],
    ]);
    // Its lampiran for the Kasubbag Umum: 21 indicators, almost all "Jumlah ...", each with its own budget.
    expect(temuan('lamongan-2022-capaian-kasubbag-umum')).toEqual([]);
    // Seven PK budget tables with their JUMLAH rows: only the Perubahan PK's 779.405.000 for 824.405.000.
    expect(temuan('lamongan-2022-pk-anggaran')).toEqual([[99, 'pagu', 779405000, 824405000]]);
    // Lumajang 2024: merit 0.72 of 0.70 printed 100% (an unstated cap); "101%" for 101,37 holds at its precision.
    expect(temuan('lumajang-2024-tabel-a')).toEqual([[3, 'capaian', 100, 102.86]]);
    // Against the Renstra's end target the IP ASN capaian printed is the annual one (101,37 for 100,11),
    // and 22 of 60 printed 31,67%; "102.7%" and "88.95%" hold.
    expect(temuan('lumajang-2024-tabel-c')).toEqual([[5, 'capaian', 101.37, 100.11], [11, 'capaian', 31.67, 36.67]]);
    // Efisiensi: "101.4 %", "25.03 %", "76.34%" all consistent.
    expect(temuan('lumajang-2024-tabel-f')).toEqual([]);
  }, 180_000);

  it('exits 2 on what it cannot read: an ambiguous number, text in a figure, nothing checkable', () => {
    const p = tulis('lkjip-salah.csv', 'uraian,target,realisasi,capaian\nA,1.000,900,90\nB,10,lima,50\n');
    const err = ditolak(simasn('periksa', 'lkjip', '--input', p));
    expect(err).toContain('baris 2 (data ke-1), kolom target: "1.000": bermakna ganda (ribuan atau desimal?)');
    expect(err).toContain('baris 3 (data ke-2), kolom realisasi: "lima": bukan angka');
    expect(ditolak(simasn('periksa', 'lkjip', '--input', tulis('lkjip-kosong.csv', 'uraian,catatan\nA,baik\n')))).toContain('tidak ada angka tercetak yang dapat diperiksa');
  });
});
