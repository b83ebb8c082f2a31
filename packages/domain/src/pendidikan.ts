import { berhasil, gagal, type Hasil } from './hasil.ts';

/** Jenjang pendidikan, highest first (RULES.md section 2 uses them for the kualifikasi dimension). */
export const TINGKAT_PENDIDIKAN = [
  { kode: 'S3', label: 'Strata 3 (S3)' },
  { kode: 'S2', label: 'Strata 2 (S2)' },
  { kode: 'S1', label: 'Strata 1 (S1)' },
  { kode: 'D4', label: 'Diploma 4 (D4)' },
  { kode: 'D3', label: 'Diploma 3 (D3)' },
  { kode: 'D2', label: 'Diploma 2 (D2)' },
  { kode: 'D1', label: 'Diploma 1 (D1)' },
  { kode: 'SMA', label: 'SMA/SMK/sederajat' },
  { kode: 'SMP', label: 'SMP/sederajat' },
  { kode: 'SD', label: 'SD/sederajat' },
] as const;

export type TingkatPendidikan = (typeof TINGKAT_PENDIDIKAN)[number]['kode'];
export const KODE_PENDIDIKAN = TINGKAT_PENDIDIKAN.map((t) => t.kode) as TingkatPendidikan[];

/** Jenjang lowest first: the 1-based position is `peringkatPendidikan` (SQL: `array_position($1::text[], tingkat)`). */
export const URUTAN_PENDIDIKAN: readonly TingkatPendidikan[] = [...KODE_PENDIDIKAN].reverse();

/** Higher is more: SD = 1 ... S3 = 10. */
export function peringkatPendidikan(kode: string): number {
  const i = KODE_PENDIDIKAN.indexOf(kode as TingkatPendidikan);
  return i < 0 ? 0 : KODE_PENDIDIKAN.length - i;
}

const SINONIM: Record<string, TingkatPendidikan> = { S3: 'S3', STRATA3: 'S3', DOKTOR: 'S3', S2: 'S2', STRATA2: 'S2', MAGISTER: 'S2', S1: 'S1', STRATA1: 'S1', SARJANA: 'S1',
  D4: 'D4', DIV: 'D4', DIPLOMA4: 'D4', DIPLOMAIV: 'D4', D3: 'D3', DIII: 'D3', DIPLOMA3: 'D3', DIPLOMAIII: 'D3', D2: 'D2', DII: 'D2', DIPLOMA2: 'D2', DIPLOMAII: 'D2', D1: 'D1',
  DI: 'D1', DIPLOMA1: 'D1', DIPLOMAI: 'D1', SMA: 'SMA', SMK: 'SMA', SLTA: 'SMA', MA: 'SMA', SMU: 'SMA', STM: 'SMA', SMEA: 'SMA', SMASMK: 'SMA', SMP: 'SMP', SLTP: 'SMP', MTS: 'SMP',
  SD: 'SD', MI: 'SD', SR: 'SD' };

/** Accepts the spellings found in the seeds and in SIASN exports (`S-1`, `D-III`, `SMA/SMK`, `SLTP`). */
export function parsePendidikan(teks: string): Hasil<TingkatPendidikan> {
  const kunci = String(teks ?? '').toUpperCase().replace(/[\s\-./()]/g, '');
  const kode = SINONIM[kunci];
  if (!kode) return gagal(`jenjang pendidikan "${teks}" tidak dikenal (S3, S2, S1, D4, D3, D2, D1, SMA, SMP, SD)`);
  return berhasil(kode);
}

export function labelPendidikan(kode: string | null | undefined): string {
  if (!kode) return '-';
  return TINGKAT_PENDIDIKAN.find((t) => t.kode === kode)?.label ?? kode;
}
