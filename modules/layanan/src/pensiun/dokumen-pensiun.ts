import type { ItemDokumen } from '@simasn/platform/alur';

export const JENIS_PENSIUN_LAYANAN = 'pensiun';

/**
 * The pension file (pensiun BUP), uploaded once: what is already in the archive (SK pangkat
 * terakhir, SKP, SK jabatan) is attached from it when the request is created; the rest is
 * uploaded to the request and stays in the archive. The SK pensiun from BKN is attached at the
 * SK step (checked there).
 */
export const DOKUMEN_PENSIUN: readonly ItemDokumen[] = [
  { kode: 'sk_cpns_pns', label: 'SK CPNS dan SK PNS', wajib: true },
  { kode: 'sk_pangkat_terakhir', label: 'SK pangkat terakhir', wajib: true, arsip: { riwayatJenis: 'pangkat' } },
  { kode: 'skp', label: 'SKP satu tahun terakhir', wajib: true, arsip: { riwayatJenis: 'skp' } },
  { kode: 'sk_jabatan', label: 'SK jabatan terakhir', wajib: false, arsip: { riwayatJenis: 'jabatan' } },
  { kode: 'dpcp', label: 'Data perorangan calon penerima pensiun (DPCP)', wajib: true },
  { kode: 'kartu_keluarga', label: 'Kartu keluarga', wajib: true, arsip: { riwayatJenis: 'keluarga' } },
  { kode: 'akta_nikah', label: 'Surat nikah / akta perkawinan', wajib: false },
  { kode: 'akta_anak', label: 'Akta kelahiran anak tertanggung', wajib: false },
  { kode: 'pas_foto', label: 'Pas foto', wajib: true },
  { kode: 'sk_pensiun', label: 'SK pensiun dari BKN', wajib: false },
];
