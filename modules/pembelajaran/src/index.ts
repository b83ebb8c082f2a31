// E-learning and the 20 JP (issue 13 items 3 and 4, RULES.md section 11): courses of modules
// (text, PDF, video link, quiz) with prerequisites and an audience, enrolment and progress,
// completion writing the riwayat diklat and issuing a certificate with a public check, and the
// yearly JP per ASN and within a reach, read from riwayat diklat.
export * from './aturan.ts';
export { simpanKursus, ubahStatusKursus, unggahPdfModul } from './kursus/kelola-kursus.ts';
export { ambilKursusAdmin, daftarKursus } from './kursus/baca-kursus.ts';
export { kursusPengembangan } from './kursus/kursus-pengembangan.ts';
export { bukaKursus, ikutiKursus, katalogKursus, kirimKuis, selesaiModul, unduhPdfModul } from './belajar/belajar.ts';
export { alamatVerifikasi, cetakSertifikat, samarkanNip, verifikasiSertifikat } from './sertifikat/sertifikat.ts';
export { cabutSertifikat } from './sertifikat/cabut-sertifikat.ts';
export { daftarJp, eksporJp, jpPegawai } from './jp/jp.ts';
export { LAYANAN_DIKLAT_EKSTERNAL, skemaDiklatEksternal } from './diklat-eksternal/layanan-diklat-eksternal.ts';
