/**
 * Attendance kinds, fraud signals and review and device statuses, with their labels: pure (no
 * schema), so the web's attendance pages show them without loading the contract's schemas (the
 * *.types.ts schemas build on them).
 */

export const JENIS_PRESENSI = ['masuk', 'pulang'] as const;
export type JenisPresensi = (typeof JENIS_PRESENSI)[number];
export const LABEL_JENIS_PRESENSI: Record<JenisPresensi, string> = { masuk: 'Masuk', pulang: 'Pulang' };

export const JENIS_SINYAL = ['akurasi_rendah', 'lokasi_palsu', 'perangkat_lain', 'koordinat_sama', 'kecepatan_mustahil', 'selisih_waktu'] as const;
export type JenisSinyal = (typeof JENIS_SINYAL)[number];
export const LABEL_SINYAL: Record<JenisSinyal, string> = { akurasi_rendah: 'Akurasi lokasi rendah', lokasi_palsu: 'Lokasi palsu (mock location)',
  perangkat_lain: 'Perangkat belum terikat ke akun', koordinat_sama: 'Koordinat sama dipakai banyak orang', kecepatan_mustahil: 'Perpindahan terlalu cepat',
  selisih_waktu: 'Selisih waktu luring tidak wajar' };

export const STATUS_PERANGKAT = ['aktif', 'menunggu', 'ditolak', 'dicabut'] as const;
export type StatusPerangkat = (typeof STATUS_PERANGKAT)[number];
export const LABEL_STATUS_PERANGKAT: Record<StatusPerangkat, string> = { aktif: 'Terikat', menunggu: 'Menunggu persetujuan', ditolak: 'Ditolak', dicabut: 'Dicabut' };

export const STATUS_SINYAL = ['baru', 'valid', 'pelanggaran'] as const;
export type StatusSinyal = (typeof STATUS_SINYAL)[number];
export const LABEL_STATUS_SINYAL: Record<StatusSinyal, string> = { baru: 'Menunggu tinjauan', valid: 'Valid (bukan pelanggaran)', pelanggaran: 'Pelanggaran' };
