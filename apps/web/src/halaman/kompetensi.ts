import { formatAngka, formatTanggal } from '@simasn/domain';

/** Labels shared by the Kompetensi pages. */
export const LABEL_KELOMPOK: Record<string, string> = { manajerial: 'Manajerial', sosial_kultural: 'Sosial Kultural', teknis: 'Teknis' };
import { LABEL_STATUS_ASESMEN as STATUS, LABEL_SUMBER as SUMBER } from '@simasn/kompetensi/kontrak';

export const LABEL_SUMBER: Record<string, string> = SUMBER;
export const LABEL_STATUS_ASESMEN: Record<string, string> = STATUS;

/** A level against the standard in words: "Sesuai", "Kurang 2 level", "Lebih 1 level". */
export function teksSelisih(selisih: number | null): string {
  if (selisih === null) return 'Belum dinilai';
  if (selisih === 0) return 'Sesuai';
  return `${selisih < 0 ? 'Kurang' : 'Lebih'} ${Math.abs(selisih)} level`;
}

export const teksDinilai = (tanggal: string | null, sumber: string | null) => (tanggal ? `${formatTanggal(tanggal)} (${LABEL_SUMBER[sumber ?? ''] ?? '-'})` : 'belum');

/** The bands in words: "Optimal ≥ 90%, Cukup Optimal ≥ 78%, Kurang Optimal < 78%". */
export function teksKategori(k: { min: number, label: string }[]): string {
  return k.map((x, i) => (x.min > 0 ? `${x.label} ≥ ${formatAngka(x.min)}%` : `${x.label} < ${formatAngka(k[i - 1]?.min ?? 0)}%`)).join(', ');
}
