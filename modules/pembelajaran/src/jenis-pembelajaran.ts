/**
 * The kinds, statuses and limits of e-learning courses and modules, with their labels: pure (no
 * schema), so the web's learning pages show them without loading the contract's schemas
 * (pembelajaran.types.ts builds on them).
 */

export const JENIS_MODUL = ['teks', 'pdf', 'video', 'kuis'] as const;
export type JenisModul = (typeof JENIS_MODUL)[number];
export const LABEL_JENIS_MODUL: Record<JenisModul, string> = { teks: 'Bacaan', pdf: 'Dokumen PDF', video: 'Video', kuis: 'Kuis' };

export const STATUS_KURSUS = ['draf', 'terbit', 'arsip'] as const;
export type StatusKursus = (typeof STATUS_KURSUS)[number];
export const LABEL_STATUS_KURSUS: Record<StatusKursus, string> = { draf: 'Draf', terbit: 'Terbit', arsip: 'Diarsipkan' };

export const SASARAN_KURSUS = ['semua', 'unit', 'jabatan'] as const;
export type SasaranKursus = (typeof SASARAN_KURSUS)[number];
export const LABEL_SASARAN_KURSUS: Record<SasaranKursus, string> = { semua: 'Semua ASN', unit: 'ASN unit tertentu', jabatan: 'ASN jabatan tertentu' };

export const JENIS_IPASN = ['kepemimpinan', 'fungsional', 'teknis', 'seminar'] as const;

/** A PDF module's file: at most this many bytes. */
export const UKURAN_MAKS_PDF_MODUL = 10 * 1024 * 1024;
/** A video link: only these hosts are embedded (others are refused). */
export const HOST_VIDEO = ['www.youtube.com', 'youtube.com', 'youtu.be', 'vimeo.com', 'player.vimeo.com', 'drive.google.com'] as const;
