/**
 * Where an assessment result comes from and where its verification stands, with their labels: pure
 * (no schema), so the web's Kompetensi pages show them without loading the contract's schemas.
 */
export const SUMBER_ASESMEN = ['assessment_center', 'ujian'] as const;
export type SumberAsesmen = (typeof SUMBER_ASESMEN)[number];
export const STATUS_ASESMEN = ['menunggu', 'terverifikasi', 'ditolak'] as const;
export type StatusAsesmen = (typeof STATUS_ASESMEN)[number];

export const LABEL_SUMBER: Record<SumberAsesmen, string> = { assessment_center: 'Assessment center', ujian: 'Tes SIMASN' };
export const LABEL_STATUS_ASESMEN: Record<StatusAsesmen, string> = { menunggu: 'Menunggu verifikasi', terverifikasi: 'Terverifikasi', ditolak: 'Ditolak' };
