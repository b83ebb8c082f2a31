import type { SumberOtomatis } from '@simasn/sakip';
import { TAHUN_INI } from './karier.ts';

/**
 * The BKPSDM's Renstra for the demo, modelled on the Lumajang and Lamongan LKjIP seeds: tujuan,
 * sasaran, indicators with baselines and yearly targets, the programs, kegiatan and sub kegiatan
 * with pagu, and the jabatan that sign PKs. Fixed values.
 */

export const AWAL = TAHUN_INI - 5;
export const TAHUN = Array.from({ length: 6 }, (_, i) => AWAL + i);
/** Last year: the complete cycle (its LKjIP is the demo's full-year report). */
export const LALU = TAHUN_INI - 1;

export interface IndikatorDemo {
  kode: string;
  uraian: string;
  satuan: string;
  agregasi: 'kumulatif' | 'snapshot' | 'rata_rata';
  polaritas?: 'positif' | 'negatif';
  otomatis?: SumberOtomatis;
  formula?: string;
  sumberData: string;
  baseline: number;
  /** Targets for the six years. */
  target: number[];
  nasional?: number;
  /** Manual indicators: the yearly realisasi (the four tribulan are derived from it). */
  realisasi?: number[];
  /** Codes of the programs/kegiatan serving it. */
  program?: string[];
}

export const IK_TUJUAN: IndikatorDemo[] = [
  { kode: 'IT.1', uraian: 'Indeks Profesionalitas ASN', satuan: 'indeks', agregasi: 'snapshot', otomatis: 'ip_asn', baseline: 22.5, target: [24, 48, 51, 53, 56.35, 62],
    nasional: 57.2, formula: 'Rata-rata nilai kualifikasi, kompetensi, kinerja dan disiplin seluruh PNS (Peraturan BKN 8/2019)',
    sumberData: 'SIMASN (riwayat pendidikan, diklat, SKP, hukuman disiplin)', program: ['5.03.02'] },
];

export const IK_SASARAN: Record<string, IndikatorDemo[]> = { 'S.1.1': [
  { kode: 'IKU.1', uraian: 'Indeks Sistem Merit', satuan: 'nilai', agregasi: 'snapshot', otomatis: 'sistem_merit', baseline: 215, target: [230, 245, 260, 270, 275, 280],
    formula: 'Jumlah nilai 8 aspek penilaian mandiri Sistem Merit (maksimal 400)', sumberData: 'Penilaian mandiri Sistem Merit (SIMASN)',
    program: ['5.03.02.2.02', '5.03.02.2.03'] },
  { kode: 'IKU.2', uraian: 'Indeks Implementasi NSPK Manajemen ASN', satuan: 'indeks', agregasi: 'snapshot', otomatis: 'nspk', baseline: 70, target: [72, 74, 76, 78, 80, 82],
    sumberData: 'Penilaian NSPK BKN (SIMASN)', program: ['5.03.02.2.01'] },
], 'S.1.2': [
  { kode: 'IKU.3', uraian: 'Indeks Kepuasan Masyarakat layanan kepegawaian', satuan: 'indeks', agregasi: 'rata_rata', otomatis: 'ikm', baseline: 78.5,
    target: [80, 81, 82, 83, 84, 85], formula: 'IKM = rata-rata tertimbang 9 unsur x 25 (PermenPAN-RB 14/2017)', sumberData: 'Survei Kepuasan Masyarakat (SIMASN)',
    program: ['5.03.02.2.01'] },
  { kode: 'IKU.4', uraian: 'Persentase layanan kepegawaian yang selesai tepat waktu', satuan: '%', agregasi: 'rata_rata', baseline: 82, target: [84, 86, 88, 90, 92, 95],
    realisasi: [83.5, 86.2, 89.1, 91.4, 92.8, 93.6], formula: 'Layanan selesai dalam standar waktu / seluruh layanan x 100', sumberData: 'Register layanan BKPSDM',
    program: ['5.03.02'] },
] };

export interface ProgramDemo {
  kode: string;
  nama: string;
  /** Jabatan (unit code) answering for it in the PK. */
  unit: string;
  indikator?: IndikatorDemo[];
  kegiatan: { kode: string, nama: string, unit: string, indikator?: IndikatorDemo[], sub: [string, string, number][] }[];
}

export const PROGRAM: ProgramDemo[] = [
  { kode: '5.03.01', nama: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', unit: 'BKPSDM.01',
    indikator: [{ kode: 'IKP.1', uraian: 'Nilai SAKIP BKPSDM', satuan: 'nilai', agregasi: 'snapshot', baseline: 66.2, target: [68, 70, 72, 74, 76, 78],
      realisasi: [68.4, 70.9, 72.6, 74.1, 75.3, 77.2], sumberData: 'LHE SAKIP Inspektorat' }], kegiatan: [
      { kode: '5.03.01.1.01', nama: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', unit: 'BKPSDM.01.02',
        indikator: [{ kode: 'IKK.1', uraian: 'Persentase dokumen perencanaan dan pelaporan kinerja yang tepat waktu', satuan: '%', agregasi: 'snapshot', baseline: 80,
          target: [85, 90, 95, 100, 100, 100], realisasi: [85, 90, 100, 100, 100, 100], sumberData: 'Sub Bagian Perencanaan dan Keuangan' }],
        sub: [['5.03.01.1.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 48_500_000], ['5.03.01.1.01.0007', 'Evaluasi Kinerja Perangkat Daerah', 36_250_000]] },
      { kode: '5.03.01.1.02', nama: 'Administrasi Keuangan dan Umum Perangkat Daerah', unit: 'BKPSDM.01.01',
        indikator: [{ kode: 'IKK.2', uraian: 'Persentase layanan administrasi umum dan kepegawaian yang terpenuhi', satuan: '%', agregasi: 'rata_rata', baseline: 90,
          target: [92, 94, 95, 96, 98, 100], realisasi: [93, 94.5, 96, 97, 98, 98.5], sumberData: 'Sub Bagian Umum dan Kepegawaian' }],
        sub: [['5.03.01.1.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', 5_412_876_000], [
          '5.03.01.1.02.0006',
          'Penyediaan Jasa Surat Menyurat dan Administrasi Umum',
          224_663_601,
        ]] },
    ] },
  { kode: '5.03.02', nama: 'Program Kepegawaian Daerah', unit: 'BKPSDM', kegiatan: [
    { kode: '5.03.02.2.01', nama: 'Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN', unit: 'BKPSDM.02',
      indikator: [{ kode: 'IKK.3', uraian: 'Persentase data ASN yang mutakhir di SIMASN', satuan: '%', agregasi: 'snapshot', baseline: 78, target: [82, 86, 90, 93, 96, 98],
        realisasi: [83.1, 86.9, 91.2, 94, 96.4, 97.1], sumberData: 'SIMASN' }],
      sub: [['5.03.02.2.01.0001', 'Pengelolaan Data dan Sistem Informasi ASN', 412_500_000], ['5.03.02.2.01.0003', 'Pengadaan dan Pemberhentian ASN', 356_800_000]] },
    { kode: '5.03.02.2.02', nama: 'Mutasi dan Promosi ASN', unit: 'BKPSDM.03', indikator: [
      { kode: 'IKK.4', uraian: 'Jumlah SK kenaikan pangkat yang diterbitkan', satuan: 'SK', agregasi: 'kumulatif', otomatis: 'jumlah_sk_pangkat', baseline: 0, target: [],
        sumberData: 'Riwayat pangkat SIMASN' },
      { kode: 'IKK.5', uraian: 'Jumlah SK mutasi, promosi dan penempatan jabatan', satuan: 'SK', agregasi: 'kumulatif', otomatis: 'jumlah_sk_jabatan', baseline: 0, target: [],
        sumberData: 'Riwayat jabatan SIMASN' },
    ], sub: [['5.03.02.2.02.0001', 'Pengelolaan Kenaikan Pangkat ASN', 298_400_000], ['5.03.02.2.02.0002', 'Pengelolaan Mutasi dan Promosi ASN', 412_300_000]] },
    { kode: '5.03.02.2.03', nama: 'Pengembangan Kompetensi ASN', unit: 'BKPSDM.04', indikator: [
      { kode: 'IKK.6', uraian: 'Nilai dimensi kompetensi IP ASN', satuan: 'nilai', agregasi: 'snapshot', otomatis: 'ip_asn:kompetensi', baseline: 6.5,
        target: [7, 8, 9, 10, 12, 20], sumberData: 'SIMASN (riwayat diklat)' },
      { kode: 'IKK.7', uraian: 'Jumlah pengembangan kompetensi ASN yang diselesaikan', satuan: 'diklat', agregasi: 'kumulatif', otomatis: 'jumlah_diklat', baseline: 0, target: [],
        sumberData: 'Riwayat diklat SIMASN' },
    ], sub: [['5.03.02.2.03.0001', 'Pengembangan Kompetensi Teknis dan Fungsional', 612_850_000], ['5.03.02.2.03.0003', 'Uji Kompetensi dan Sertifikasi ASN', 143_950_000]] },
    { kode: '5.03.02.2.04', nama: 'Penilaian Kinerja dan Pemberian Penghargaan ASN', unit: 'BKPSDM.05', indikator: [
      { kode: 'IKK.8', uraian: 'Nilai dimensi kinerja IP ASN', satuan: 'nilai', agregasi: 'snapshot', otomatis: 'ip_asn:kinerja', baseline: 22.5,
        target: [23, 23.5, 24, 24.5, 25, 25.5], sumberData: 'SIMASN (riwayat SKP)' },
      { kode: 'IKK.9', uraian: 'Persentase pelanggaran disiplin ASN', satuan: '%', agregasi: 'snapshot', polaritas: 'negatif', baseline: 1.2, target: [1.1, 1, 0.9, 0.8, 0.7, 0.6],
        realisasi: [1.05, 0.98, 0.92, 0.74, 0.69, 0.64], sumberData: 'Register hukuman disiplin' },
      { kode: 'IKK.10', uraian: 'Indeks Disiplin ASN (persentase ASN tanpa hukuman disiplin)', satuan: '%', agregasi: 'snapshot', otomatis: 'indeks_disiplin', baseline: 98.8,
        target: [98.9, 99, 99.1, 99.2, 99.3, 99.4], sumberData: 'SIMASN (riwayat hukuman disiplin, pelacak PP 94/2021)' },
    ], sub: [['5.03.02.2.04.0001', 'Penilaian Kinerja ASN', 187_200_000], ['5.03.02.2.04.0002', 'Pemberian Penghargaan ASN', 212_374_000]] },
  ] },
];

/** The jabatan whose holders sign, by unit code: the parent's holder is pihak kedua. */
export const CASCADE: [string, string | null][] = [
  ['BKPSDM', null],
  ['BKPSDM.01', 'BKPSDM'],
  ['BKPSDM.02', 'BKPSDM'],
  ['BKPSDM.03', 'BKPSDM'],
  ['BKPSDM.04', 'BKPSDM'],
  ['BKPSDM.05', 'BKPSDM'],
  ['BKPSDM.01.01', 'BKPSDM.01'],
  ['BKPSDM.01.02', 'BKPSDM.01'],
  ['BKPSDM.03.01', 'BKPSDM.03'],
];

/** Share of a year's realisasi per tribulan (cumulative indicators and budget). */
/** Share of a year's realisasi per tribulan (cumulative indicators and budget). */
export const BAGIAN = [0.18, 0.24, 0.27, 0.31];

export const bulat2 = (x: number) => Math.round(x * 100) / 100;

/** Last year's P-APBD (September): these sub kegiatan got a pagu perubahan (factor of the pagu murni). */
export const PERUBAHAN_PAGU: Record<string, number> = { '5.03.02.2.03.0001': 1.08, '5.03.01.1.02.0001': 0.97 };
export const ALASAN_PAPBD = 'pagu sub kegiatan pengembangan kompetensi naik 8%, gaji dan tunjangan turun 3%';
