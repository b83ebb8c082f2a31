import { describe, expect, it } from 'vitest';
import { aturanCuti, efekHari, hariKerjaPerTahun, hitungHariKerja, hitungSaldoCuti, jumlahHariKalender, kalenderSeninJumat, type AturanCuti } from '../src/index.ts';

const aturan: AturanCuti = { ...aturanCuti(), tahunAwalPencatatan: 2020 };
const peta = (o: Record<number, number>) => new Map(Object.entries(o).map(([k, v]) => [Number(k), v]));
const saldo = (tmtCpns: string | null, sampaiTahun: number, terpakai: Record<number, number> = {}, diproses: Record<number, number> = {}) =>
  hitungSaldoCuti(aturan, { tmtCpns, sampaiTahun, terpakai: peta(terpakai), diproses: peta(diproses) });

describe('working days', () => {
  const kal = kalenderSeninJumat(new Map([['2026-12-25', 'Hari Raya Natal']]));
  it('Monday to Friday; weekends and holidays do not count', () => {
    expect(hitungHariKerja(kal, '2026-11-16', '2026-11-22')).toBe(5);
    expect(hitungHariKerja(kal, '2026-11-21', '2026-11-22')).toBe(0);
    expect(hitungHariKerja(kal, '2026-12-21', '2026-12-27')).toBe(4);
    expect(kal.alasanLibur?.('2026-12-25')).toBe('Hari Raya Natal');
    expect(kal.alasanLibur?.('2026-11-22')).toBe('Minggu');
    expect(hitungHariKerja(kal, '2026-11-20', '2026-11-16')).toBe(0);
  });
  it('splits a request across the new year; counts calendar days including both ends', () => {
    expect([...hariKerjaPerTahun(kal, '2026-12-28', '2027-01-05')]).toEqual([[2026, 4], [2027, 3]]);
    expect(jumlahHariKalender('2026-02-27', '2026-03-02')).toBe(4);
    expect(jumlahHariKalender('2024-02-28', '2024-03-01')).toBe(3);
  });
});

describe('cuti tahunan balance (PP 11/2017: 12 days, carry to 18, 24 after two unused years)', () => {
  it('no right before one year of service', () => {
    const s = saldo('2025-03-01', 2026);
    expect(s.map((x) => [x.tahun, x.hak, x.total])).toEqual([[2026, 12, 12]]);
    expect(saldo('2026-03-01', 2026)).toMatchObject([{ tahun: 2026, hak: 0, total: 0, sisa: 0 }]);
    expect(saldo(null, 2026)).toEqual([]);
  });
  it('unused days carry over to at most 18 in total', () => {
    const s = saldo('2015-01-01', 2022, { 2020: 2, 2021: 3 });
    expect(s.map((x) => [x.tahun, x.bawaan, x.total, x.terpakai, x.sisa])).toEqual([[2020, 0, 12, 2, 10], [2021, 6, 18, 3, 15], [2022, 6, 18, 0, 18]]);
    expect(s[1]!.penjelasan).toContain('sisa tahun 2020 6 hari (dari 10 hari');
  });
  it('two wholly unused years carry up to 24; using one day drops back to 18', () => {
    const s = saldo('2015-01-01', 2024, { 2023: 1 });
    expect(s.map((x) => x.total)).toEqual([12, 18, 24, 24, 18]);
    expect(s[2]!.penjelasan).toContain('2020 dan 2021 tidak dipakai sama sekali');
  });
  it('a small remainder carries as it is; waiting requests reserve days', () => {
    const s = saldo('2015-01-01', 2021, { 2020: 10 }, { 2021: 4 });
    expect(s[1]).toMatchObject({ bawaan: 2, total: 14, diproses: 4, sisa: 10 });
    const habis = saldo('2015-01-01', 2021, { 2020: 12 });
    expect(habis[1]).toMatchObject({ bawaan: 0, total: 12 });
    expect(habis[1]!.penjelasan).toContain('sisa tahun 2020 tidak ada');
  });
});

describe('what an approved request does to its days', () => {
  const j = aturanCuti().jenis;
  it('leave and sickness excuse check-in and the log; dinas luar checks in elsewhere; dispensasi by scope', () => {
    expect(efekHari(j.cuti_tahunan, null)).toEqual({ status: 'cuti', bebasPresensi: true, bebasAktivitas: true });
    expect(efekHari(j.sakit, null)).toEqual({ status: 'sakit', bebasPresensi: true, bebasAktivitas: true });
    expect(efekHari(j.dinas_luar, null)).toEqual({ status: 'dinas_luar', bebasPresensi: false, bebasAktivitas: false });
    expect(efekHari(j.kerja_fleksibel, null)).toEqual({ status: 'hadir', bebasPresensi: false, bebasAktivitas: false });
    expect(efekHari(j.dispensasi, 'presensi')).toEqual({ status: 'hadir', bebasPresensi: true, bebasAktivitas: false });
    expect(efekHari(j.dispensasi, 'aktivitas')).toEqual({ status: null, bebasPresensi: false, bebasAktivitas: true });
    expect(efekHari(j.dispensasi, 'keduanya')).toEqual({ status: 'hadir', bebasPresensi: true, bebasAktivitas: true });
  });
  it('BKD approves the kinds whose rule says so', () => {
    expect(Object.values(j).filter((a) => a.perluBkd).map((a) => a.kode)).toEqual(['cuti_besar', 'cuti_sakit', 'cuti_melahirkan', 'cuti_luar_tanggungan', 'tugas_belajar']);
  });
});
