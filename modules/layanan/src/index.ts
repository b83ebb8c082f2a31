// Workflow engine shared by every personnel service (alur/).
export * from './alur/definisi.ts';
export { dataLangkah, JENIS_ISIAN, type IsianLangkah, type JenisIsian } from './alur/isian-langkah.ts';
export { jalankanLangkah, GagalSaga, type LangkahSaga } from './alur/saga.ts';
export { bacaUsulan, catatJejak, bolehBertindak, definisiUsulan } from './alur/usulan.ts';
export { ajukanUsulanLayanan, skemaAjukanUsulanLayanan } from './alur/ajukan-usulan-layanan.ts';
export { prosesUsulanLayanan, skemaProsesUsulanLayanan, skemaIdUsulanLayanan } from './alur/proses-usulan-layanan.ts';
export { lampirkanDokumenUsulan, skemaKodeDokumenUsulan, skemaPakaiArsip, type LampiranDokumen } from './alur/lampirkan-dokumen-usulan.ts';
export { ambilUsulanLayanan, jejakUsulan, type JejakUsulan } from './alur/ambil-usulan-layanan.ts';
export { daftarUsulanLayanan, skemaDaftarUsulanLayanan, layananPegawai, skemaLayananPegawai } from './alur/daftar-usulan-layanan.ts';
export { daftarPeriksaDokumen, dokumenKurang } from './alur/dokumen.ts';
// Notifications (notifikasi/).
export { beriNotifikasi, beriNotifikasiBanyak, akunBerperan, akunPegawai, type Pemberitahuan, type PemberitahuanUntuk } from './notifikasi/beri-notifikasi.ts';
export { konfigurasiSmtp, buatTransport, type KonfigurasiSmtp } from './notifikasi/smtp.ts';
// Kenaikan pangkat / E-Pangkat (kenaikan-pangkat/): registers the service on import.
export { LAYANAN_KENAIKAN_PANGKAT, JENIS_KP_LAYANAN, skemaAjukanKp } from './kenaikan-pangkat/layanan-kp.ts';
export { DOKUMEN_KP, DOKUMEN_PER_JENIS_KP } from './kenaikan-pangkat/dokumen-kp.ts';
export { daftarKenaikanPangkat, skemaDaftarKenaikanPangkat, type BarisDaftarKp } from './kenaikan-pangkat/daftar-kenaikan-pangkat.ts';
export { ajukanKenaikanPangkat, skemaAjukanKenaikanPangkat } from './kenaikan-pangkat/ajukan-kenaikan-pangkat.ts';
export { unduhSkKenaikanPangkat } from './kenaikan-pangkat/unduh-sk-kenaikan-pangkat.ts';
export type { DataUsulanKp } from './kenaikan-pangkat/efek-kp.ts';
// Pensiun / SIMANTUN TANDUK (pensiun/) and the population-data adapter (kependudukan/).
export { LAYANAN_PENSIUN, JENIS_PENSIUN_LAYANAN } from './pensiun/layanan-pensiun.ts';
export { DOKUMEN_PENSIUN } from './pensiun/dokumen-pensiun.ts';
export { daftarPensiun, skemaDaftarPensiun } from './pensiun/daftar-pensiun.ts';
export { periksaKeluargaPensiun } from './pensiun/periksa-keluarga-pensiun.ts';
export type { DataUsulanPensiun } from './pensiun/efek-pensiun.ts';
export type { AdapterKependudukan } from './kependudukan/adapter.ts';
export { GalatKependudukan } from './kependudukan/adapter.ts';
export { AdapterKependudukanLokal } from './kependudukan/lokal.ts';
export { AdapterDukcapilHttp, konfigurasiDukcapil, petaPenduduk, type KonfigurasiDukcapil } from './kependudukan/dukcapil.ts';
export { pilihAdapterKependudukan } from './kependudukan/pilih-adapter.ts';
export { periksaKeluarga, type HasilPeriksaKeluarga } from './kependudukan/periksa-keluarga.ts';
// The daily TMT job (KP riwayat golongan, pension kedudukan).
export { jalankanTmtLayanan, type HasilJalankanTmt } from './tmt/jalankan-tmt.ts';
// KGB / E-Berkala (kgb/), letter numbers (surat/).
export { LAYANAN_KGB, LANGKAH_PENETAPAN_KGB } from './kgb/definisi-kgb.ts';
export { daftarKgbBulanan, skemaBulanKgb, bacaDasarKgb, susunKgbBulanan } from './kgb/daftar-kgb-bulanan.ts';
export { hitungBarisKgb, LABEL_STATUS_KGB, type BarisKgb, type DasarKgb, type StatusKgb } from './kgb/hitung-baris-kgb.ts';
export { konfirmasiKgb, skemaKonfirmasiKgb } from './kgb/konfirmasi-kgb.ts';
export { ambilNomorSurat, tulisNomorSurat } from './surat/nomor-surat.ts';
export { suratKgb, skemaSuratKgb, dokumenSuratKgb } from './kgb/surat-kgb.ts';
export { eksporKgbBkad } from './kgb/ekspor-kgb-bkad.ts';
export { daftarRiwayatGaji, skemaRiwayatGaji, type BarisRiwayatGaji, type SuratGaji } from './kgb/daftar-riwayat-gaji.ts';
export { daftarNotifikasi, skemaDaftarNotifikasi, tandaiNotifikasiDibaca, skemaTandaiDibaca } from './notifikasi/daftar-notifikasi.ts';
export { kirimEmailAntri, BATAS_PERCOBAAN_EMAIL } from './notifikasi/kirim-email.ts';
export { kirimDigestVerifikator, JUDUL_DIGEST } from './notifikasi/digest.ts';
export { jalankanDigestHarian, mulaiPenjadwalNotifikasi } from './notifikasi/penjadwal.ts';
export { jalankanTmtHarian, mulaiPenjadwalTmt } from './tmt/penjadwal-tmt.ts';
