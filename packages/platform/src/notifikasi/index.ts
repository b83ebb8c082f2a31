// Notifications (`@simasn/platform/notifikasi`): in-app notifications and the e-mail outbox
// (written in the caller's transaction, sent after commit), the daily digest of the engine's
// queues and the scheduler. Owns notifikasi and email_keluar.
export { beriNotifikasi, beriNotifikasiBanyak, akunBerperan, akunPegawai, type Pemberitahuan, type PemberitahuanUntuk } from './beri-notifikasi.ts';
export { konfigurasiSmtp, buatTransport, type KonfigurasiSmtp } from './smtp.ts';
export { daftarNotifikasi, skemaDaftarNotifikasi, tandaiNotifikasiDibaca, skemaTandaiDibaca } from './daftar-notifikasi.ts';
export { kirimEmailAntri, BATAS_PERCOBAAN_EMAIL } from './kirim-email.ts';
export { kirimDigestVerifikator, JUDUL_DIGEST } from './digest.ts';
export { jalankanDigestHarian, mulaiPenjadwalNotifikasi } from './penjadwal.ts';
