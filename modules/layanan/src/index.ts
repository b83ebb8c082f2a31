// The services of this module, registered with the workflow engine (one explicit list).
export { LAYANAN } from './daftar-layanan.ts';
// The workflow engine and notifications live in @simasn/platform (alur/, notifikasi/); re-exported
// here so that the server and tests reach the personnel services' whole API in one place.
export * from '@simasn/platform/alur';
export * from '@simasn/platform/notifikasi';
export { lampirkanDokumenUsulan, type LampiranDokumen } from './dokumen/lampirkan-dokumen-usulan.ts';
// Kenaikan pangkat / E-Pangkat (kenaikan-pangkat/).
export { LAYANAN_KENAIKAN_PANGKAT, JENIS_KP_LAYANAN, skemaAjukanKp } from './kenaikan-pangkat/layanan-kp.ts';
export { DOKUMEN_KP, DOKUMEN_PER_JENIS_KP } from './kenaikan-pangkat/dokumen-kp.ts';
export { daftarKenaikanPangkat, skemaDaftarKenaikanPangkat, type BarisDaftarKp } from './kenaikan-pangkat/daftar-kenaikan-pangkat.ts';
export { ajukanKenaikanPangkat, skemaAjukanKenaikanPangkat } from './kenaikan-pangkat/ajukan-kenaikan-pangkat.ts';
export { unduhSkKenaikanPangkat } from './kenaikan-pangkat/unduh-sk-kenaikan-pangkat.ts';
export { eksporKenaikanPangkat } from './kenaikan-pangkat/ekspor-kenaikan-pangkat.ts';
export type { DataUsulanKp } from './kenaikan-pangkat/efek-kp.ts';
// Pensiun / SIMANTUN TANDUK (pensiun/) and the population-data adapter (kependudukan/).
export { LAYANAN_PENSIUN, JENIS_PENSIUN_LAYANAN } from './pensiun/layanan-pensiun.ts';
export { DOKUMEN_PENSIUN } from './pensiun/dokumen-pensiun.ts';
export { daftarPensiun, skemaDaftarPensiun } from './pensiun/daftar-pensiun.ts';
export { eksporPensiun } from './pensiun/ekspor-pensiun.ts';
export { periksaKeluargaPensiun } from './pensiun/periksa-keluarga-pensiun.ts';
export type { DataUsulanPensiun } from './pensiun/efek-pensiun.ts';
export type { AdapterKependudukan } from './kependudukan/adapter.ts';
export { GalatKependudukan } from './kependudukan/adapter.ts';
export { AdapterKependudukanLokal, KOLOM_TERENKRIPSI_LAYANAN, simpanPendudukLokal } from './kependudukan/lokal.ts';
export { AdapterDukcapilHttp, konfigurasiDukcapil, petaPenduduk, type KonfigurasiDukcapil } from './kependudukan/dukcapil.ts';
export { pilihAdapterKependudukan } from './kependudukan/pilih-adapter.ts';
export { periksaKeluarga, type HasilPeriksaKeluarga } from './kependudukan/periksa-keluarga.ts';
// The daily TMT job (KP riwayat golongan, pension kedudukan).
export { jalankanTmtLayanan, type HasilJalankanTmt } from './tmt/jalankan-tmt.ts';
// KGB / E-Berkala (kgb/), letter numbers (surat/).
export { LAYANAN_KGB } from './kgb/definisi-kgb.ts';
export { daftarKgbBulanan, skemaBulanKgb, bacaDasarKgb, susunKgbBulanan } from './kgb/daftar-kgb-bulanan.ts';
export { hitungBarisKgb, LABEL_STATUS_KGB, type BarisKgb, type DasarKgb, type StatusKgb } from './kgb/hitung-baris-kgb.ts';
export { konfirmasiKgb, skemaKonfirmasiKgb } from './kgb/konfirmasi-kgb.ts';
export { ambilNomorSurat, tulisNomorSurat } from './surat/nomor-surat.ts';
export { suratKgb, skemaSuratKgb, dokumenSuratKgb } from './kgb/surat-kgb.ts';
export { eksporKgbBkad } from './kgb/ekspor-kgb-bkad.ts';
export { daftarRiwayatGaji, skemaRiwayatGaji, type BarisRiwayatGaji, type SuratGaji } from './kgb/daftar-riwayat-gaji.ts';
export { jalankanTmtHarian, mulaiPenjadwalTmt } from './tmt/penjadwal-tmt.ts';
export { gajiPokokPada } from './gaji/gaji-bulan.ts';
