/**
 * The SKP vocabulary this module stores (pure: the web imports it through the contract). The
 * rules themselves (the BerAKHLAK values, the aspects, the periods, the predikat matrix) are
 * packages/domain's; here only what the tables and screens of the module name.
 */
export const STATUS_SKP = ['draf', 'diajukan', 'disetujui', 'diganti'] as const;
export type StatusSkp = (typeof STATUS_SKP)[number];
export const LABEL_STATUS_SKP: Record<StatusSkp, string> = { draf: 'Draf', diajukan: 'Menunggu persetujuan penilai', disetujui: 'Disepakati', diganti: 'Diganti revisi' };

export { JENIS_RHK, LABEL_JENIS_RHK, LABEL_PENDEKATAN_SKP as LABEL_PENDEKATAN, PENDEKATAN_SKP as PENDEKATAN } from '@simasn/domain';

/** Evaluation periods a realisasi or a feedback is recorded for: months, quarters, the year. */
export const PERIODE_SKP = ['b01', 'b02', 'b03', 'b04', 'b05', 'b06', 'b07', 'b08', 'b09', 'b10', 'b11', 'b12', 'tw1', 'tw2', 'tw3', 'tw4', 'tahunan'] as const;
export type PeriodeSkp = (typeof PERIODE_SKP)[number];
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
export function labelPeriode(p: string): string {
  if (p === 'tahunan') return 'Tahunan';
  if (p.startsWith('tw')) return `Triwulan ${['I', 'II', 'III', 'IV'][Number(p.slice(2)) - 1]}`;
  return BULAN[Number(p.slice(1)) - 1] ?? p;
}
