import { LABEL_STATUS_HARI, type StatusHari } from '@simasn/domain';

/** The short mark of a day on the month grid and the printed rekap (H, TL2, PSW1, C, DL, A, L...). */
export const SINGKATAN_STATUS: Record<StatusHari, string> = { hadir: 'H', dinas_luar: 'DL', cuti: 'C', tugas_belajar: 'TB', diklat: 'DK', sakit: 'S', izin: 'I', alpa: 'A',
  libur: 'L' };

export function tandaHari(h: { status: StatusHari | null, kodeMasuk: string | null, kodePulang: string | null }): string {
  if (!h.status) return '-';
  if (h.status !== 'hadir') return SINGKATAN_STATUS[h.status];
  const kode = [h.kodeMasuk, h.kodePulang].filter((k) => k && k !== 'tepat');
  return kode.length ? kode.join('/') : 'H';
}

export const labelStatus = (s: StatusHari | null): string => (s ? LABEL_STATUS_HARI[s] : 'Belum ada');
