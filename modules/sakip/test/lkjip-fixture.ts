import { NA } from '@simasn/domain';
import type { IndikatorLkjip, LaporanLkjip } from '../src/lkjip/model.ts';

/**
 * A report model with the figures of the Lumajang seed (LKj BKD Tribulan II 2024): IP ASN target
 * 56,35 realised 57,12; Sistem Merit 0,70 / 0,72; pagu Rp 8.328.663.601; realisasi to June
 * Rp 2.084.365.342 (25,03%). For renderer tests without a database.
 */
function indikator(x: Partial<IndikatorLkjip> & Pick<IndikatorLkjip, 'kode' | 'uraian' | 'level' | 'pemilik'>): IndikatorLkjip {
  return { satuan: 'Indeks', polaritas: 'positif', agregasi: 'snapshot', target: null, realisasi: null, capaian: null, tribulan: [null, null, null, null], tahunLalu: [],
    targetAkhir: null, capaianTerhadapTargetAkhir: null, angkaNasional: null, pagu: null, realisasiAnggaran: null, penyerapan: null, efisiensi: null, biayaPerOutcome: null,
    program: [], otomatis: false, sumberOtomatis: null, ...x };
}

export function laporanContoh(): LaporanLkjip {
  return { instansi: { nama: 'Kabupaten Lumajang', ibuKota: 'Lumajang' }, unit: { id: 1, kode: 'BKD', nama: 'Badan Kepegawaian Daerah' }, tahun: 2024, tribulan: 2,
    tanggal: '2024-07-15',
    kepala: { nama: 'AKHMAD TAUFIK HIDAYAT, S.H., M.Hum.', nip: '19660710 199203 1 007', pangkat: 'Pembina Utama Muda', jabatan: 'Kepala Badan Kepegawaian Daerah' },
    narasi: {
      ikhtisar_eksekutif: { isi: 'Laporan ini memuat capaian **Tribulan II**.\n\n- Capaian IP ASN melampaui target\n- Penyerapan anggaran masih rendah', dariPeriode: null },
      analisis_capaian: { isi: 'Faktor keberhasilan: penilaian IP ASN oleh BKN.', dariPeriode: { tahun: 2024, periode: 1 } },
      strategi: { isi: '1. Meningkatkan pembinaan aparatur\n2. Meningkatkan kualifikasi aparatur', dariPeriode: null },
    }, struktur: [
      { nama: 'Badan Kepegawaian Daerah', tingkat: 0 },
      { nama: 'Sekretariat', tingkat: 1 },
      { nama: 'Bidang Mutasi dan Promosi', tingkat: 1 },
    ],
    personil: { jabatan: [{ label: 'Struktural', l: 6, p: 2 }, { label: 'Fungsional', l: 7, p: 7 }, { label: 'Pelaksana', l: 15, p: 5 }],
      golongan: [{ label: 'IV', l: 3, p: 1 }, { label: 'III', l: 15, p: 12 }, { label: 'II', l: 10, p: 1 }],
      pendidikan: [{ label: 'S2', l: 5, p: 1 }, { label: 'S1/D4', l: 12, p: 13 }, { label: 'SMA', l: 11, p: 0 }] },
    sarana: [{ uraian: 'Kendaraan roda empat', jumlah: 31, satuan: 'Unit', kondisi: 'Baik', keterangan: null }],
    renstra: { nama: 'Renstra BKD 2021-2026', tahunAwal: 2021, tahunAkhir: 2026,
      tujuan: [{ kode: 'T1', uraian: 'Optimalnya Penyelenggaraan Reformasi Birokrasi',
        indikator: [{ kode: 'T1.1', uraian: 'Indeks Sistem Merit', satuan: 'Indeks', formula: null, baseline: 0.65, target: [{ tahun: 2024, target: 0.7 }], targetAkhir: 0.81 }],
        sasaran: [{ kode: 'S1', uraian: 'Meningkatnya Profesionalitas ASN',
          indikator: [{ kode: 'S1.1', uraian: 'Indeks Profesionalitas ASN', satuan: 'Indeks', formula: 'IP1+IP2+IP3+IP4', baseline: 55.13, target: [{ tahun: 2024, target: 56.35 }],
            targetAkhir: 57.06 }] }] }] },
    pk: { tanggal: '2024-09-25', tanggalAwal: '2024-01-10', nomorPerubahan: 1, alasanPerubahan: 'P-APBD',
      pihakPertama: { nama: 'AKHMAD TAUFIK HIDAYAT, S.H., M.Hum.', nip: '19660710 199203 1 007', pangkat: null, jabatan: 'Kepala Badan Kepegawaian Daerah' },
      pihakKedua: { nama: 'INDAH WAHYUNI, S.H., M.Si.', nip: null, pangkat: null, jabatan: 'Pj. Bupati Lumajang' },
      indikator: [{ sasaran: 'Meningkatnya Profesionalitas ASN', uraian: 'Indeks Profesionalitas ASN', satuan: 'Indeks', target: 56.35 }], anggaran: [
        { kode: '5.04.02', nama: 'PROGRAM KEPEGAWAIAN DAERAH', anggaran: 637_100_900 },
        { kode: '5.04.03', nama: 'PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA', anggaran: 1_081_745_950 },
        { kode: '5.04.01', nama: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', anggaran: 6_609_816_751 },
      ], jumlahAnggaran: 8_328_663_601 }, kebijakanCapaian: 'Capaian tidak dibatasi.', batasCapaian: null, indikator: [
      indikator({ kode: 'T1.1', uraian: 'Indeks Sistem Merit', level: 'tujuan', pemilik: 'Optimalnya Penyelenggaraan Reformasi Birokrasi', target: 0.7, realisasi: 0.72,
        capaian: 102.86, tribulan: [0.72, 0.72, null, null], targetAkhir: 0.81, capaianTerhadapTargetAkhir: 88.89, otomatis: true,
        tahunLalu: [{ tahun: 2022, target: 0.6, realisasi: 0.65, capaian: 108.33 }, { tahun: 2023, target: 0.68, realisasi: 0.72, capaian: 105.88 }] }),
      indikator({ kode: 'S1.1', uraian: 'Indeks Profesionalitas ASN', level: 'sasaran', pemilik: 'Meningkatnya Profesionalitas ASN', target: 56.35, realisasi: 57.12,
        capaian: 101.37, tribulan: [51.48, 57.12, null, null], targetAkhir: 57.06, capaianTerhadapTargetAkhir: 100.11, angkaNasional: 76.18, pagu: 8_328_663_601,
        realisasiAnggaran: 2_084_365_342, penyerapan: 25.03, efisiensi: 76.34, biayaPerOutcome: 100, program: ['PROGRAM KEPEGAWAIAN DAERAH'], otomatis: true,
        tahunLalu: [{ tahun: 2022, target: 55, realisasi: 55.13, capaian: 100.24 }, { tahun: 2023, target: 66.75, realisasi: 66.9, capaian: 100.22 }] }),
      indikator({ kode: 'P1.1', uraian: 'Persentase Pengembangan SDM', satuan: '%', agregasi: 'kumulatif', level: 'program', pemilik: 'Pengembangan Sumber Daya Manusia',
        target: 50, realisasi: 19, capaian: 38, tribulan: [NA, 19, null, null] }),
    ], ringkasan: { rataRataCapaian: 101.37, penyerapan: 25.03, efisiensi: 76.34 },
    anggaran: { total: { pagu: 8_328_663_601, realisasi: 2_084_365_342, sisa: 6_244_298_259, penyerapan: 25.03 }, baris: [
      { kode: '5.04.02', nama: 'PROGRAM KEPEGAWAIAN DAERAH', tingkat: 'program', pagu: 637_100_900, realisasi: 212_302_500, sisa: 424_798_400, penyerapan: 33.32 },
      { kode: '5.04.02.2.01', nama: 'Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN', tingkat: 'kegiatan', pagu: 637_100_900, realisasi: 212_302_500, sisa: 424_798_400,
        penyerapan: 33.32 },
      { kode: '5.04.02.2.01.0001', nama: 'Penyusunan Rencana Kebutuhan ASN', tingkat: 'sub_kegiatan', pagu: 637_100_900, realisasi: 212_302_500, sisa: 424_798_400,
        penyerapan: 33.32 },
      { kode: '5.04.03', nama: 'PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA', tingkat: 'program', pagu: 1_081_745_950, realisasi: 61_356_000, sisa: 1_020_389_950, penyerapan: 5.67 },
      { kode: '5.04.01', nama: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', tingkat: 'program', pagu: 6_609_816_751, realisasi: 1_810_706_842,
        sisa: 4_799_109_909, penyerapan: 27.39 },
    ] }, ipAsn: { tanggal: '30 Juni 2024', nilai: 57.12, dimensi: [
      { nama: 'Kualifikasi', nilai: 12.89, maksimum: 25 },
      { nama: 'Kompetensi', nilai: 13.61, maksimum: 40 },
      { nama: 'Kinerja', nilai: 25.63, maksimum: 30 },
      { nama: 'Disiplin', nilai: 4.99, maksimum: 5 },
    ] }, merit: { tahun: 2024, indeks: 0.72, kategori: 'III (Baik)', final: true, aspek: [
      'Perencanaan Kebutuhan',
      'Pengadaan',
      'Pengembangan Karier',
      'Promosi dan Mutasi',
      'Manajemen Kinerja',
      'Penggajian, Penghargaan dan Disiplin',
      'Perlindungan dan Pelayanan',
      'Sistem Informasi',
    ].map((nama, i) => ({ nama, nilai: [37.5, 38, 55, 22.5, 62.5, 37.5, 16, 19][i]!, maksimum: [40, 40, 80, 40, 80, 40, 40, 40][i]! })) }, temuan: [] };
}
