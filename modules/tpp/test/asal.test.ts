import { describe, expect, it } from 'vitest';
import { TPP_PERBUP_SUKAMAJU_2026, TPP_PERBUP_SUKAMAJU_2027_SKP } from '@simasn/domain';
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
  it('daftar gaji yang diimpor: kembali utuh dan kalimatnya menyebut bulan, berkas dan tunjangan; gaji pokok saja menyebut tunjangan tidak termasuk', () => {
    const gaji: AsalTpp = { daftarGaji: { jumlahKotor: 10_776_680, gajiPokok: 5_800_000, namaBerkas: 'gaji-juni.xlsx', diimpor: '2026-06-25' } };
    const simpan = JSON.parse(JSON.stringify(ringkasAsal(gaji)));
    expect(simpan).toEqual({ d: [10_776_680, 5_800_000, 'gaji-juni.xlsx', '2026-06-25'] });
    expect(bukaAsal(simpan)).toEqual(gaji);
    expect(teksAsalTpp(TPP_PERBUP_SUKAMAJU_2026, '2026-06', simpan)).toEqual([
      'Gaji dan tunjangan Rp 10.776.680,00 dari daftar gaji Juni 2026 (impor gaji-juni.xlsx, 25 Juni 2026): gaji pokok Rp 5.800.000,00 dan tunjangan Rp 4.976.680,00 (dasar batas iuran BPJS).',
    ]);
    expect(teksAsalTpp(TPP_PERBUP_SUKAMAJU_2026, '2026-11', asal)[0]).toBe(
      'Gaji pokok Rp 3.250.000,00 dari riwayat gaji TMT 1 Januari 2026 (dasar batas iuran BPJS); tunjangan tidak termasuk karena daftar gaji November 2026 belum diimpor.',
    );
  });
  it('kurang dari separuh byte bentuk bernama', () => {
    const bernama = JSON.stringify(asal).length;
    const ringkas = JSON.stringify(ringkasAsal(asal)).length;
    expect(ringkas / bernama).toBeLessThan(0.5);
  });
  it('menyimpan asal capaian dari realisasi SKP dan menjelaskannya per RHK', () => {
    const skp: AsalTpp = {
      skp: { capaian: 60, skpId: 41, nomorVersi: 2, periode: 'b05', rhk: [[8, 120, 'dokumen', 80], [7, 64, 'laporan', 100], [null, 85, '%', 0], [null, null, null, null]] },
    };
    const simpan = JSON.parse(JSON.stringify(ringkasAsal(skp)));
    expect(bukaAsal(simpan)).toEqual(skp);
    expect(teksAsalTpp(TPP_PERBUP_SUKAMAJU_2027_SKP, '2027-05', simpan)).toEqual([
      'Capaian kinerja 60% dari realisasi SKP tahun 2027 (versi 2) periode Mei 2027: rata-rata 3 RHK utama yang diukur. '
      + 'RHK 1 realisasi 8 dokumen dari target Mei 2027 10 dokumen (1/12 dari target setahun 120 dokumen) = 80%; '
      + 'RHK 2 realisasi 7 laporan dari target Mei 2027 5,3333 laporan (1/12 dari target setahun 64 laporan) = 131,25%, dibatasi 100%; '
      + 'RHK 3 belum ada angka realisasi Mei 2027 dari target Mei 2027 85% (target setahun): dihitung 0%; '
      + 'RHK 4 tidak diukur (tidak punya indikator kuantitatif).',
    ]);
  });
});
