import { ASPEK_INDIKATOR, PENILAIAN_SKP_PERMENPANRB_6_2022, PERIODE_PENILAIAN, type JenisPeriodePenilaian } from '@simasn/domain';

/**
 * The SKP vocabulary this module stores (pure: the web imports it through the contract). The
 * rules themselves (the BerAKHLAK values, the aspects, the periods, the predikat matrix) are
 * packages/domain's; here only what the tables and screens of the module name.
 */
export const STATUS_SKP = ['draf', 'diajukan', 'disetujui', 'diganti'] as const;
export type StatusSkp = (typeof STATUS_SKP)[number];
export const LABEL_STATUS_SKP: Record<StatusSkp, string> = { draf: 'Draf', diajukan: 'Menunggu persetujuan penilai', disetujui: 'Disepakati', diganti: 'Diganti revisi' };

export { JENIS_RHK, LABEL_JENIS_RHK, LABEL_PENDEKATAN_SKP as LABEL_PENDEKATAN, PENDEKATAN_SKP as PENDEKATAN } from '@simasn/domain';

/** The indicator aspects of packages/domain (ASPEK_INDIKATOR), as the tuple a zod enum takes, and their labels. */
export const ASPEK = ASPEK_INDIKATOR.map((a) => a.kode) as unknown as readonly ['kuantitas', 'kualitas', 'waktu', 'biaya'];
export const LABEL_ASPEK = Object.fromEntries(ASPEK_INDIKATOR.map((a) => [a.kode, a.label])) as Record<(typeof ASPEK)[number], string>;

/** Evaluation periods a realisasi or a feedback is recorded for: months, quarters, the year. */
export const PERIODE_SKP = ['b01', 'b02', 'b03', 'b04', 'b05', 'b06', 'b07', 'b08', 'b09', 'b10', 'b11', 'b12', 'tw1', 'tw2', 'tw3', 'tw4', 'tahunan'] as const;
export type PeriodeSkp = (typeof PERIODE_SKP)[number];
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
export function labelPeriode(p: string): string {
  if (p === 'tahunan') return 'Tahunan';
  if (p.startsWith('tw')) return `Triwulan ${['I', 'II', 'III', 'IV'][Number(p.slice(2)) - 1]}`;
  return BULAN[Number(p.slice(1)) - 1] ?? p;
}

/**
 * The instansi's evaluation rule (packages/domain: periodic evaluation monthly or quarterly, how
 * periodic ratings roll up into the annual proposal).
 */
export { PENILAIAN_SKP_PERMENPANRB_6_2022 as ATURAN_PENILAIAN_SKP } from '@simasn/domain';

/** The period codes of a kind: bulanan b01..b12, triwulanan tw1..tw4, tahunan. */
export function kodePeriode(jenis: JenisPeriodePenilaian): PeriodeSkp[] {
  const d = PERIODE_PENILAIAN[jenis];
  if (jenis === 'tahunan') return ['tahunan'];
  return Array.from({ length: d.jumlahSetahun }, (_, i) => (jenis === 'bulanan' ? `b${String(i + 1).padStart(2, '0')}` : `tw${i + 1}`) as PeriodeSkp);
}

/** The periodic evaluation periods of the rule in force (triwulanan: tw1..tw4). */
export const periodePeriodik = (aturan = PENILAIAN_SKP_PERMENPANRB_6_2022): PeriodeSkp[] => kodePeriode(aturan.periodik);

/** First and last month (1-12) a period code covers. */
export function bulanPeriode(p: string): { awal: number, akhir: number } {
  if (p === 'tahunan') return { awal: 1, akhir: 12 };
  if (p.startsWith('tw')) {
    const q = Number(p.slice(2));
    return { awal: q * 3 - 2, akhir: q * 3 };
  }
  const b = Number(p.slice(1));
  return { awal: b, akhir: b };
}

/** The first and last day (YYYY-MM-DD) of a period of a year. */
export function rentangPeriode(tahun: number, p: string): { mulai: string, selesai: string } {
  const { awal, akhir } = bulanPeriode(p);
  const hari = new Date(Date.UTC(tahun, akhir, 0)).getUTCDate();
  return { mulai: `${tahun}-${String(awal).padStart(2, '0')}-01`, selesai: `${tahun}-${String(akhir).padStart(2, '0')}-${String(hari).padStart(2, '0')}` };
}

/** The SAKIP tribulan a period's capaian is read up to (a month: its quarter). */
export const tribulanPeriode = (p: string): 1 | 2 | 3 | 4 => Math.ceil(bulanPeriode(p).akhir / 3) as 1 | 2 | 3 | 4;

/** The periods up to and including `p` (for "realisasi so far"): the months and quarters that ended by its end. */
export function periodeSampai(p: string): PeriodeSkp[] {
  const akhir = bulanPeriode(p).akhir;
  return PERIODE_SKP.filter((x) => x === p || (x !== 'tahunan' && bulanPeriode(x).akhir <= akhir));
}
