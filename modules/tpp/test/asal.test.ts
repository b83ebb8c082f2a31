import { describe, expect, it } from 'vitest';
import { TPP_PERBUP_SUKAMAJU_2026 } from '@simasn/domain';
import { type AsalTpp, bukaAsal, ringkasAsal, teksAsalTpp } from '../src/hitung/susun-tpp.ts';

const asal: AsalTpp = { gaji: { gajiPokok: 3_250_000, tmt: '2026-01-01' },
  rekap: { hariKerja: 21, hadir: 19, dinasLuar: 1, cuti: 1, sakit: 0, izin: 0, alpa: 0, potongan: 1.5, menungguTinjau: 2 }, aktivitas: { capaian: 80, menit: 7200, hariTarget: 20 },
  hukdis: { tingkat: 'sedang', jenis: 'potong_tukin_6', nomorSk: '800/12/2026', tmt: '2026-03-01', masaBulan: 6 } };

describe('asal masukan TPP tersimpan', () => {
  it('kembali utuh dari bentuk ringkas, dan kalimatnya sama dengan bentuk bernama', () => {
    const simpan = JSON.parse(JSON.stringify(ringkasAsal(asal)));
    expect(bukaAsal(simpan)).toEqual(asal);
    expect(teksAsalTpp(TPP_PERBUP_SUKAMAJU_2026, '2026-11', simpan)).toEqual(teksAsalTpp(TPP_PERBUP_SUKAMAJU_2026, '2026-11', asal));
    expect(teksAsalTpp(TPP_PERBUP_SUKAMAJU_2026, '2026-11', simpan).join(' ')).toContain('aktivitas harian disetujui 7.200 menit dari target 9.000 menit');
  });
  it('baris lama (bentuk bernama, atau kalimat) tetap terbaca', () => {
    expect(bukaAsal(asal)).toBe(asal);
    expect(teksAsalTpp(TPP_PERBUP_SUKAMAJU_2026, '2026-11', ['Kalimat lama.'])).toEqual(['Kalimat lama.']);
    expect(bukaAsal({})).toEqual({});
  });
  it('kurang dari separuh byte bentuk bernama', () => {
    const bernama = JSON.stringify(asal).length;
    const ringkas = JSON.stringify(ringkasAsal(asal)).length;
    expect(ringkas / bernama).toBeLessThan(0.5);
  });
});
