import seed from '../../../../shared/domain/seed-cases.json' with { type: 'json' };

/**
 * One anggaran case of the seed (shared/domain/seed-cases.json). Each case carries only the
 * figures its check needs; a test names the case and reads those.
 */
export interface KasusAnggaran {
  id: string;
  pagu: number;
  pagu_printed: number;
  pagu_in_pk: number;
  realisasi: number;
  realisasi_printed: number;
  realisasi_table: number;
  realisasi_text: number;
  printed_pct: number;
  expected_pct: number;
  lines: number[];
  expected_sum: number;
  printed_sum: number;
  capaian_kinerja: number;
  penyerapan: number;
  expected_penyerapan: number;
  expected_efisiensi: number;
  flags: string[];
}

/**
 * The seed's anggaran cases by id. The JSON's own type is the union of the cases with every figure
 * a case lacks typed `undefined`, which no test reads: hence the conversion through unknown.
 */
export const ANGGARAN = Object.fromEntries(seed.anggaran.map((a) => [a.id, a])) as unknown as Record<string, KasusAnggaran>;
