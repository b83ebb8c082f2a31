/**
 * The question bank's kinds, statuses and filters with their labels: pure (no schema), so the web's
 * Bank Soal page shows them without loading the contract's schemas (ujian.types.ts builds on them).
 */
export const KELOMPOK_BANK = ['seleksi', 'manajerial', 'sosial_kultural', 'teknis'] as const;
export const LABEL_KELOMPOK_BANK: Record<(typeof KELOMPOK_BANK)[number], string> = { seleksi: 'Seleksi (TWK/TIU/TKP)', manajerial: 'Manajerial', sosial_kultural: 'Sosial Kultural',
  teknis: 'Teknis' };
export const STATUS_BUTIR = ['draf', 'ditinjau', 'aktif', 'nonaktif'] as const;
export type StatusButir = (typeof STATUS_BUTIR)[number];
export const LABEL_STATUS_BUTIR: Record<StatusButir, string> = { draf: 'Draf', ditinjau: 'Menunggu tinjauan', aktif: 'Aktif', nonaktif: 'Nonaktif' };
export const JENIS_BUTIR = ['tunggal', 'ganda'] as const;
export const LABEL_JENIS_BUTIR: Record<(typeof JENIS_BUTIR)[number], string> = { tunggal: 'Satu jawaban', ganda: 'Beberapa jawaban' };

/** The question bank's filter on the item analysis: the items it flags for revision (current version). */
export const SARING_ANALISIS = ['perlu_revisi'] as const;
export const LABEL_SARING_ANALISIS: Record<(typeof SARING_ANALISIS)[number], string> = { perlu_revisi: 'Perlu revisi' };
