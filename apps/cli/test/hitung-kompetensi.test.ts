import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { ujiKalkulator } from './kalkulator-uji.ts';
import { KALKULATOR } from '../src/hitung/index.ts';

/**
 * `simasn hitung jp` and `simasn hitung analisis-butir` as a user runs them (RULES.md section 11):
 * a file in, one JSON object on stdout and exit 0, or every problem on stderr (row, column,
 * reason in Indonesian) and exit 2 with nothing on stdout. Expected figures are worked out by hand
 * in the comment beside them.
 */
vi.setConfig({ testTimeout: 30_000 });

const { folder, simasn, tulis, berhasil, ditolak } = ujiKalkulator('kompetensi');

const NIP = ['199001012020121001', '198503152010011002', '197805122005012003'];
const JUDUL_JP = 'nip,jenis_diklat,tanggal_selesai,jp,menit,nomor_sertifikat';
const baris = (nip: string, tahun: number, jp: number, kl: number, nk: number, memenuhi: boolean) => ({ nip, tahun, jp, jp_klasikal: kl, jp_nonklasikal: nk,
  memenuhi_20_jp: memenuhi });

describe('simasn hitung jp', () => {
  it('counts each year by end date, minutes / 45, one certificate once at its largest JP', () => {
    const p = tulis('jp.csv', [
      JUDUL_JP,
      // NIP 0, 2026: Diklat Teknis 12 JP (certificate 123/BKD/2026), e-learning 100 minutes = 2,2222 JP, and the same certificate again with 14 JP:
      // the certificate counts once, 14 JP (classical). Total 16,2222 -> 16,22; classical 14, non-classical 2,22.
      `${NIP[0]},3,2026-03-10,12,,123/BKD/2026`,
      `${NIP[0]},16,2026-04-01,,100,`,
      `${NIP[0]},3,2026-05-10,14,,123/bkd/2026`,
      // NIP 0, 2025 (the last day of the year): coaching 900 minutes = 20 JP exactly: met.
      `${NIP[0]},14,2025-12-31,,900,`,
      // NIP 1: the same certificate number as NIP 0 counts for them; 19 JP + 44,8 minutes = 19,9956 JP prints 20,00 but is below 20.
      `${NIP[1]},8,2026-01-01,19,,123/BKD/2026`,
      `${NIP[1]},22,2026-06-30,,"44,8",`,
      // NIP 2: both filled and agreeing (2 JP = 90 minutes) is accepted.
      `${NIP[2]},9,2026-02-02,2,90,S-9`,
    ]);
    const o = berhasil(simasn('hitung', 'jp', '--input', p));
    expect(o).toEqual({
      pegawai: [baris(NIP[0]!, 2025, 20, 0, 20, true), baris(NIP[0]!, 2026, 16.22, 14, 2.22, false), baris(NIP[1]!, 2026, 20, 19, 1, false), baris(NIP[2]!, 2026, 2, 2, 0, false)],
    });
    expect(Object.keys(o.pegawai[0])).toEqual(['nip', 'tahun', 'jp', 'jp_klasikal', 'jp_nonklasikal', 'memenuhi_20_jp']);
  });

  it('reads a file with only a jp column, a semicolon CSV with decimal commas, and XLSX date and number cells', async () => {
    const hanyaJp = tulis('hanya-jp.csv', ['nip,jenis_diklat,tanggal_selesai,jp', `${NIP[0]},1,31-12-2026,"20,5"`]);
    expect(berhasil(simasn('hitung', 'jp', '--input', hanyaJp)).pegawai).toEqual([baris(NIP[0]!, 2026, 20.5, 20.5, 0, true)]);
    const titikKoma = tulis('titik-koma.csv', ['nip;jenis_diklat;tanggal_selesai;menit', `${NIP[1]};25;2026-07-01;67,5`]);
    // 67,5 minutes = 1,5 JP.
    expect(berhasil(simasn('hitung', 'jp', '--input', titikKoma)).pegawai).toEqual([baris(NIP[1]!, 2026, 1.5, 0, 1.5, false)]);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('jp');
    ws.addRow(['NIP', 'Jenis Diklat', 'Tanggal Selesai', 'JP', 'Menit', 'Nomor Sertifikat']);
    ws.addRow([NIP[2], 16, new Date(Date.UTC(2026, 0, 1)), null, 45, null]);
    ws.addRow([NIP[2], 3, new Date(Date.UTC(2025, 11, 31)), 7.25, null, 'X/1']);
    const x = join(folder, 'jp.xlsx');
    writeFileSync(x, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(berhasil(simasn('hitung', 'jp', '--input', x)).pegawai).toEqual([baris(NIP[2]!, 2025, 7.25, 7.25, 0, false), baris(NIP[2]!, 2026, 1, 0, 1, false)]);
  });

  it('refuses invalid cells, then invalid activities, naming row, column and reason, and computes nothing', () => {
    const p = tulis('jp-salah.csv', [
      JUDUL_JP,
      `${NIP[0]},26,2026-03-10,12,,`,
      `${NIP[0]},3,2026-02-30,12,,`,
      `${NIP[0]},3,2026-03-10,-1,,`,
      `123,3,2026-03-10,1,,`,
      `${NIP[0]},3,2026-03-10,"1,23456",,`,
    ]);
    const err = ditolak(simasn('hitung', 'jp', '--input', p));
    expect(err).toContain('Masukan tidak sah (5 masalah); tidak ada yang dihitung');
    for (const pesan of [
      'baris 2 (data ke-1), kolom jenis_diklat: "26": jenis diklat harus kode SIASN 1 sampai 25 (1-13 klasikal, 14-25 nonklasikal)',
      'baris 3 (data ke-2), kolom tanggal_selesai: "2026-02-30": tanggal "2026-02-30" tidak ada di kalender',
      'baris 4 (data ke-3), kolom jp: "-1": tidak boleh negatif',
      'baris 5 (data ke-4), kolom nip: "123": NIP harus 18 digit, ditemukan 3 digit',
      'baris 6 (data ke-5), kolom jp: "1,23456": paling banyak 4 angka di belakang koma',
    ]) {
      expect(err).toContain(pesan);
    }
    const q = tulis('jp-salah2.csv', [JUDUL_JP, `${NIP[0]},3,2026-03-10,,,`, `${NIP[0]},3,2026-03-10,2,91,`, `${NIP[0]},3,2026-03-10,2001,,`, `${NIP[0]},3,2026-03-10,1,,`]);
    const err2 = ditolak(simasn('hitung', 'jp', '--input', q));
    expect(err2).toContain('Masukan tidak sah (3 masalah); tidak ada yang dihitung');
    for (const pesan of [
      'baris 2 (data ke-1), kolom jp/menit: isi jp atau menit (salah satu)',
      'baris 3 (data ke-2), kolom menit: jp 2 dan menit 91 tidak sama (1 JP = 45 menit); isi salah satu saja',
      'baris 4 (data ke-3), kolom jp: jp lebih dari 2000 JP untuk satu kegiatan; periksa angkanya',
    ]) {
      expect(err2).toContain(pesan);
    }
  });

  it('refuses a file without jp and menit, a missing column and an unknown rule set', () => {
    expect(ditolak(simasn('hitung', 'jp', '--input', tulis('tanpa-durasi.csv', ['nip,jenis_diklat,tanggal_selesai', `${NIP[0]},3,2026-01-01`])))).toContain(
      'baris 1, kolom jp: kolom "jp" atau "menit" tidak ada atau kosong pada semua baris; isi salah satu per baris',
    );
    expect(ditolak(simasn('hitung', 'jp', '--input', tulis('tanpa-jenis.csv', ['nip,tanggal_selesai,jp', `${NIP[0]},2026-01-01,1`])))).toContain(
      'baris 1, kolom jenis_diklat: kolom "jenis_diklat" tidak ada pada baris judul',
    );
    const baik = tulis('jp-baik.csv', [JUDUL_JP, `${NIP[0]},3,2026-03-10,12,,`]);
    expect(ditolak(simasn('hitung', 'jp', '--input', baik, '--aturan', 'lain'))).toContain('kolom --aturan: aturan JP "lain" tidak dikenal; pilihan: pp-17-2020');
    expect(KALKULATOR['hitung jp']!.ringkas).toContain('jenis_diklat (kode SIASN 1-25)');
  });
});

const JUDUL_BUTIR = 'peserta,butir,skor,skor_maks';
const baris4x3 = (urutan: string[]) => {
  const skor: Record<string, number[]> = { A: [1, 1, 1], B: [1, 1, 0], C: [1, 0, 0], D: [0, 0, 0] };
  return urutan.flatMap((p) => skor[p]!.map((s, i) => `${p},B${i + 1},${s},1`));
};

describe('simasn hitung analisis-butir', () => {
  it('computes p, d, corrected r, alpha, mean and SD (divisor N) of a hand-worked test, whatever the row order', () => {
    // T = 3, 2, 1, 0; g = round(0,27 x 4) = 1; p = 0,75 / 0,5 / 0,25; d = 1; r = sqrt(3/11) = 0,5222, sqrt(1/2) = 0,7071, 0,5222;
    // var T = 5/4, sum of item variances 5/8: alpha = 3/2 x 1/2 = 0,75; SD = sqrt(5/4) = 1,1180.
    const diharapkan = { peserta: 4, butir_jumlah: 3, alpha: 0.75, rata_rata: 1.5, simpangan_baku: 1.118, butir: [
      { butir: 'B1', p: 0.75, d: 1, r: 0.5222, perlu_revisi: false },
      { butir: 'B2', p: 0.5, d: 1, r: Math.round(Math.SQRT1_2 * 10_000) / 10_000, perlu_revisi: false },
      { butir: 'B3', p: 0.25, d: 1, r: 0.5222, perlu_revisi: false },
    ] };
    const o = berhasil(simasn('hitung', 'analisis-butir', '--input', tulis('butir.csv', [JUDUL_BUTIR, ...baris4x3(['A', 'B', 'C', 'D'])])));
    expect(o).toEqual(diharapkan);
    expect(Object.keys(o)).toEqual(['peserta', 'butir_jumlah', 'alpha', 'rata_rata', 'simpangan_baku', 'butir']);
    const acak = baris4x3(['C', 'A', 'D', 'B']).reverse().map((_b, i, s) => s[(i * 5) % s.length]!);
    expect(berhasil(simasn('hitung', 'analisis-butir', '--input', tulis('butir-acak.csv', [JUDUL_BUTIR, ...acak]))).butir.map((b: { p: number }) => b.p).sort()).toEqual([
      0.25,
      0.5,
      0.75,
    ]);
  });

  it('breaks ties at the group boundary by participant id ascending (2 before 10), and flags items to revise', () => {
    // Participants 1, 2, 10 all total 1; g = 1: upper "1" (1,0), lower "10" (0,1): d = 1 and -1 (plain text order would put "2" last: d = 0, 0).
    // Item 1: x = 1,1,0 and rest = 0,0,1: r = -1; item 2 mirrors it. p = 0,6667 and 0,3333; both flagged for r < 0,20.
    // var T = 0: alpha cannot be measured: 0; SD 0.
    const p = tulis('seri.csv', [JUDUL_BUTIR, '10,X,0,1', '10,Y,1,1', '2,X,1,1', '2,Y,0,1', '1,X,1,1', '1,Y,0,1']);
    expect(berhasil(simasn('hitung', 'analisis-butir', '--input', p))).toEqual({ peserta: 3, butir_jumlah: 2, alpha: 0, rata_rata: 1, simpangan_baku: 0,
      butir: [{ butir: 'X', p: 0.6667, d: 1, r: -1, perlu_revisi: true }, { butir: 'Y', p: 0.3333, d: -1, r: -1, perlu_revisi: true }] });
  });

  it('handles TKP-style weights, decimal scores, one participant and an easy item', async () => {
    // One participant: no groups (d = 0), no variance (r = 0 -> revise), alpha 0; p = 4/5 = 0,8 and 0,5/1.
    expect(berhasil(simasn('hitung', 'analisis-butir', '--input', tulis('satu.csv', [JUDUL_BUTIR, 'P1,TKP1,4,5', 'P1,TWK1,"0,5",1'])))).toEqual({ peserta: 1, butir_jumlah: 2,
      alpha: 0, rata_rata: 4.5, simpangan_baku: 0, butir: [{ butir: 'TKP1', p: 0.8, d: 0, r: 0, perlu_revisi: true }, { butir: 'TWK1', p: 0.5, d: 0, r: 0, perlu_revisi: true }] });
    // XLSX with number cells: 10 participants, item E right for all but one (p = 0,9: not above 0,90), item H right for 1 (p = 0,1: too hard).
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('skor');
    ws.addRow(['Peserta', 'Butir', 'Skor', 'Skor Maks']);
    for (let j = 1; j <= 10; j++) {
      ws.addRow([j, 'E', j <= 9 ? 1 : 0, 1]);
      ws.addRow([j, 'H', j === 1 ? 1 : 0, 1]);
      ws.addRow([j, 'K', j % 5, 5]);
    }
    const x = join(folder, 'butir.xlsx');
    writeFileSync(x, Buffer.from(await wb.xlsx.writeBuffer()));
    const o = berhasil(simasn('hitung', 'analisis-butir', '--input', x));
    expect(o.peserta).toBe(10);
    expect(o.butir.map((b: { butir: string, p: number }) => [b.butir, b.p])).toEqual([['E', 0.9], ['H', 0.1], ['K', 0.4]]);
    expect(o.butir[1].perlu_revisi).toBe(true);
  });

  it('refuses duplicates, missing pairs, a changing maximum and scores out of range, naming the rows', () => {
    const p = tulis('butir-salah.csv', [JUDUL_BUTIR, 'A,1,1,1', 'A,2,3,2', 'B,1,1,2', 'B,1,0,1', 'C,1,x,1', 'C,2,1,0']);
    const err = ditolak(simasn('hitung', 'analisis-butir', '--input', p));
    expect(err).toContain('baris 6 (data ke-5), kolom skor: "x": "x" bukan angka');
    const q = tulis('butir-salah2.csv', [JUDUL_BUTIR, 'A,1,1,1', 'A,2,3,2', 'B,1,1,2', 'B,1,0,1', 'C,2,1,0']);
    const err2 = ditolak(simasn('hitung', 'analisis-butir', '--input', q));
    for (const pesan of [
      'baris 3 (data ke-2), kolom skor: skor harus 0 sampai skor maksimum 2',
      'baris 4 (data ke-3), kolom skor_maks: skor maksimum butir 1 adalah 1 pada baris data ke-1, di sini 2',
      'baris 5 (data ke-4), kolom butir: peserta B butir 1 sudah ada pada baris data ke-3; satu baris per peserta per butir',
      'baris 6 (data ke-5), kolom skor_maks: skor maksimum butir 2 adalah 2 pada baris data ke-2, di sini 0',
      'kolom butir: peserta B tidak punya baris untuk butir 2; setiap peserta perlu satu baris per butir',
      'kolom butir: peserta C tidak punya baris untuk butir 1; setiap peserta perlu satu baris per butir',
    ]) {
      expect(err2).toContain(pesan);
    }
    expect(ditolak(simasn('hitung', 'analisis-butir', '--input', tulis('tanpa-maks.csv', ['peserta,butir,skor', 'A,1,1'])))).toContain(
      'baris 1, kolom skor_maks: kolom "skor_maks" tidak ada pada baris judul',
    );
    expect(ditolak(simasn('hitung', 'analisis-butir', '--input', tulis('baik.csv', [JUDUL_BUTIR, 'A,1,1,1']), '--aturan', 'x'))).toContain(
      'kolom --aturan: aturan analisis butir "x" tidak dikenal; pilihan: simasn-2026',
    );
  });

  it('analyses 2.100 participants x 50 items (105.000 rows, past the 100.000-row upload limit) as the domain computes it', async () => {
    const { analisisButir, ANALISIS_BUTIR_SIMASN_2026, bulatkan } = await import('@simasn/domain');
    const n = 2_100;
    const k = 50;
    const skor = new Float64Array(n * k);
    const baris: string[] = [JUDUL_BUTIR];
    let s = 7;
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < k; i++) {
        s = (Math.imul(s, 1103515245) + 12345) >>> 0;
        // Ability j, difficulty i: a realistic spread of p.
        const benar = ((s >>> 8) % 1000) / 1000 < 0.15 + 0.7 * (j / n) * (1 - i / (2 * k)) ? 1 : 0;
        skor[j * k + i] = benar;
        baris.push(`P${j},Q${i},${benar},1`);
      }
    }
    expect(baris.length - 1).toBeGreaterThan(100_000);
    const o = berhasil(simasn('hitung', 'analisis-butir', '--input', tulis('besar.csv', baris)));
    const h = analisisButir(ANALISIS_BUTIR_SIMASN_2026, { peserta: Array.from({ length: n }, (_, j) => `P${j}`), butir: Array.from({ length: k }, (_, i) => `Q${i}`),
      skorMaks: new Float64Array(k).fill(1), skor });
    if (!h.ok) throw new Error(h.alasan);
    expect(o.alpha).toBe(bulatkan(h.nilai.alpha, 4));
    expect(o.alpha).toBeGreaterThan(0.5);
    expect(o.butir).toEqual(h.nilai.butir.map((b) => ({ butir: b.butir, p: bulatkan(b.p, 4), d: bulatkan(b.d, 4), r: bulatkan(b.r, 4), perlu_revisi: b.perluRevisi })));
  });
});
