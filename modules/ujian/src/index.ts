// Uji kompetensi (issue 13 items 1-2, 5): question banks with versioned, reviewed items; CAT tests
// and attempts (seeded draw, server timer, answers saved as given, resume, auto-submit); proctoring.
export * from './ujian.types.ts';
export { ambilBank, daftarBank, tambahBank } from './bank/bank-soal.ts';
export { ambilButir, daftarButir, simpanButir, ubahStatusButir } from './bank/butir.ts';
export { ambilGambarButir, unggahGambarButir } from './bank/gambar-butir.ts';
export { eksporBank, imporBank } from './bank/impor-bank.ts';
export { eksporBankQti, imporBankQti } from './bank/impor-qti.ts';
export { KATEGORI_SELEKSI, namaKategori } from './bank/aturan-butir.ts';
export { daftarTes, tambahTes } from './tes/tes.ts';
export { tesSaya } from './tes/tes-saya.ts';
export { ambilGambarPercobaan, ambilPercobaan, mulaiPercobaan, selesaikanPercobaan, tutupPercobaanKedaluwarsa, tutupSemuaPercobaanKedaluwarsa } from './percobaan/percobaan.ts';
export { simpanJawaban } from './percobaan/jawaban.ts';
export { statistikPenulisJawaban } from './percobaan/tulis-jawaban.ts';
export { catatSinyal } from './percobaan/sinyal.ts';
export { hasilPercobaan } from './percobaan/hasil.ts';
export { pantauTes } from './pantau/pantau-tes.ts';
export { analisisTes, eksporAnalisis } from './pantau/analisis-tes.ts';
export { mulaiPenjadwalUjian } from './penjadwal.ts';
