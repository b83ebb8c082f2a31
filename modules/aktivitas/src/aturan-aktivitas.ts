/**
 * The rules of the daily activity log (RULES.md section 9, "Daily activity log" [impl]) as
 * versioned data: how long after a day its activities may still be recorded and submitted, how
 * long the atasan langsung has to decide, and what happens when they are away. Pure: the web
 * imports it through `@simasn/aktivitas/kontrak`.
 */
export const STATUS_AKTIVITAS = ['konsep', 'diajukan', 'disetujui', 'ditolak'] as const;
export type StatusAktivitas = (typeof STATUS_AKTIVITAS)[number];
export const LABEL_STATUS_AKTIVITAS: Record<StatusAktivitas, string> = { konsep: 'Konsep', diajukan: 'Diajukan', disetujui: 'Disetujui', ditolak: 'Ditolak' };

export interface AturanAktivitas {
  id: string;
  dasarHukum: string;
  berlakuMulai: string;
  /** Activities of day D may be recorded and submitted until D + this many days (0: the same day only). */
  jendelaIsiHari: number;
  /**
   * Days the atasan langsung (the nearest atasan up the unit tree) has to decide a submitted
   * activity; after that the atasan above them may decide it too (deadline escalation).
   */
  tenggatPersetujuanHari: number;
  /**
   * When the atasan langsung is away (an approved leave, sick, izin or tugas belajar covering
   * today), the next atasan up decides in their place at once (acting as plt).
   */
  atasanBerikutnyaSaatTidakAda: boolean;
  /** Kinds of absence that make an atasan "away". */
  jenisTidakAda: readonly string[];
}

export const ATURAN_AKTIVITAS_SUKAMAJU_2026: AturanAktivitas = { id: 'perbup-sukamaju-2026', dasarHukum: 'PermenPAN-RB 6/2022 (pemantauan kinerja); Perbup Sukamaju (demo) 2026',
  berlakuMulai: '2026-01-01', jendelaIsiHari: 3, tenggatPersetujuanHari: 5, atasanBerikutnyaSaatTidakAda: true,
  jenisTidakAda: ['cuti_tahunan', 'cuti_besar', 'cuti_sakit', 'cuti_melahirkan', 'cuti_alasan_penting', 'cuti_luar_tanggungan', 'izin', 'sakit', 'tugas_belajar'] };

export const ATURAN_AKTIVITAS: Record<string, AturanAktivitas> = { [ATURAN_AKTIVITAS_SUKAMAJU_2026.id]: ATURAN_AKTIVITAS_SUKAMAJU_2026 };
export const aturanAktivitas = (id = ATURAN_AKTIVITAS_SUKAMAJU_2026.id): AturanAktivitas => ATURAN_AKTIVITAS[id] ?? ATURAN_AKTIVITAS_SUKAMAJU_2026;
