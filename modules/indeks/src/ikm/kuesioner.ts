import { UNSUR_IKM } from '@simasn/domain';
import { PENDIDIKAN_RESPONDEN, PEKERJAAN_RESPONDEN } from './survei.types.ts';

export { PENDIDIKAN_RESPONDEN, PEKERJAAN_RESPONDEN };

/**
 * The SKM questionnaire as the public form shows it: one question per unsur, in the order of
 * UNSUR_IKM (RULES.md section 4), with the four answers worded per unsur as the sample
 * questionnaire of PermenPAN-RB 14/2017 words them (value 1 = worst ... 4 = best). The answers'
 * values, not their words, are what the IKM reads.
 */
export interface PertanyaanIkm {
  nomor: number;
  unsur: string;
  pertanyaan: string;
  /** Labels of the answers 1, 2, 3, 4. */
  pilihan: readonly [string, string, string, string];
}

const TEKS: readonly [string, readonly [string, string, string, string]][] = [
  ['Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?', ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai']],
  ['Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?', ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah']],
  ['Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?', ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat']],
  ['Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?', ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis']],
  ['Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?', [
    'Tidak sesuai',
    'Kurang sesuai',
    'Sesuai',
    'Sangat sesuai',
  ]],
  ['Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?', ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten']],
  ['Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?', [
    'Tidak sopan dan ramah',
    'Kurang sopan dan ramah',
    'Sopan dan ramah',
    'Sangat sopan dan ramah',
  ]],
  ['Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?', ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik']],
  ['Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?', ['Buruk', 'Cukup', 'Baik', 'Sangat baik']],
];

export const PERTANYAAN_IKM: readonly PertanyaanIkm[] = UNSUR_IKM.map((unsur, i) => ({ nomor: i + 1, unsur, pertanyaan: TEKS[i]![0], pilihan: TEKS[i]![1] }));

export const LABEL_PENDIDIKAN_RESPONDEN: Record<(typeof PENDIDIKAN_RESPONDEN)[number], string> = { SD: 'SD ke bawah', SMP: 'SMP/sederajat', SMA: 'SMA/sederajat',
  'D1-D3': 'D1, D2 atau D3', 'D4-S1': 'D4 atau S1', S2: 'S2', S3: 'S3' };
export const LABEL_PEKERJAAN_RESPONDEN: Record<(typeof PEKERJAAN_RESPONDEN)[number], string> = { PNS: 'PNS/ASN', TNI: 'TNI', POLRI: 'POLRI', SWASTA: 'Pegawai swasta',
  WIRAUSAHA: 'Wirausaha', PELAJAR: 'Pelajar/mahasiswa', LAINNYA: 'Lainnya' };
export const LABEL_JENIS_KELAMIN_RESPONDEN = { L: 'Laki-laki', P: 'Perempuan' } as const;

/** The answer columns of respon_survei, u1..u9 in unsur order (constants: safe for `raw`). */
export const KOLOM_JAWABAN = PERTANYAAN_IKM.map((p) => `u${p.nomor}`);
