import type { JenisUsulanKp } from '@simasn/domain';
import type { ItemDokumen } from '@simasn/platform/alur';

export const JENIS_KP_LAYANAN = 'kenaikan_pangkat';

/**
 * The documents of a KP usulan. The first two every type needs (the engine checks them); the
 * others are needed by one type or another (`DOKUMEN_PER_JENIS_KP`, checked when the OPD sends
 * the usulan on). Those marked `arsip` are attached from the employee's archive at creation.
 */
export const DOKUMEN_KP: readonly ItemDokumen[] = [
  { kode: 'sk_pangkat_terakhir', label: 'SK pangkat terakhir', wajib: true, arsip: { riwayatJenis: 'pangkat' } },
  { kode: 'skp', label: 'SKP dua tahun terakhir', wajib: true, arsip: { riwayatJenis: 'skp' } },
  { kode: 'sk_jabatan', label: 'SK jabatan dan berita acara pelantikan', wajib: false, arsip: { riwayatJenis: 'jabatan' } },
  { kode: 'pak', label: 'Penetapan Angka Kredit (PAK)', wajib: false },
  { kode: 'ijazah', label: 'Ijazah dan transkrip nilai', wajib: false, arsip: { riwayatJenis: 'pendidikan' } },
  { kode: 'upkp', label: 'Surat tanda lulus ujian penyesuaian kenaikan pangkat', wajib: false },
];

export const DOKUMEN_PER_JENIS_KP: Readonly<Record<JenisUsulanKp, readonly string[]>> = { reguler: [], pilihan_struktural: ['sk_jabatan'],
  pilihan_fungsional: ['sk_jabatan', 'pak'], penyesuaian_ijazah: ['ijazah', 'upkp'] };
