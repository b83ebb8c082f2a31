import { DEKLARASI_RIWAYAT, JENIS_RIWAYAT, type JenisRiwayat } from '../riwayat/definisi-riwayat.ts';

/**
 * What an ASN may propose about themselves:
 * - `identitas`: personal data (not birth date or sex, which the NIP fixes);
 * - `tambah_<riwayat>`: a missing entry (a diploma, a training, a family member...);
 * - `ubah_<riwayat>`: a correction to an existing entry.
 * Hukuman disiplin is never self-reported.
 * Pure (no schema): the web's proposal queue and form read it before any schema is loaded; the
 * schemas of each kind's data are in jenis-usulan.types.ts.
 */
export const RIWAYAT_BOLEH_DIUSULKAN = JENIS_RIWAYAT.filter((j) => j !== 'hukdis');

/** Every kind of proposal, in the order a filter lists them. */
export const KODE_JENIS_USULAN: readonly string[] = ['identitas', ...RIWAYAT_BOLEH_DIUSULKAN.flatMap((r) => [`tambah_${r}`, `ubah_${r}`])];

export type JenisUsulan = { macam: 'identitas' } | { macam: 'tambah' | 'ubah', riwayat: JenisRiwayat };

export function uraiJenisUsulan(s: string): JenisUsulan | null {
  if (s === 'identitas') return { macam: 'identitas' };
  const m = /^(tambah|ubah)_([a-z]+)$/.exec(s);
  if (m && (RIWAYAT_BOLEH_DIUSULKAN as readonly string[]).includes(m[2]!)) {
    return { macam: m[1] as 'tambah' | 'ubah', riwayat: m[2] as JenisRiwayat };
  }
  return null;
}

export function labelJenisUsulan(j: JenisUsulan): string {
  if (j.macam === 'identitas') return 'Perubahan data pribadi';
  const label = DEKLARASI_RIWAYAT[j.riwayat].label;
  return j.macam === 'tambah' ? `Penambahan ${label.toLowerCase()}` : `Perbaikan ${label.toLowerCase()}`;
}
