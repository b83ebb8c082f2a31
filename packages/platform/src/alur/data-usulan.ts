import { bukaDataPribadi, kunciData, sandikanDataPribadi, type KolomTerenkripsi } from '../kripto/index.ts';

/**
 * A request's `data` is free-form (each service keeps what it needs: a pension request keeps the
 * family check with the family's NIKs, names and birth dates). Its personal values, found by the
 * one rule of personal data (packages/domain data-pribadi.ts), are encrypted at rest like the
 * pegawai's NIK: each value on its own, AES-256-GCM under the installed key. The engine encrypts
 * every write of `data` (`sandikanDataLayanan`) and opens every read (`bukaDataLayanan`), so
 * services and their effects see plain values, and the answers are masked for the caller on the
 * way out as before. The start-up check, the migration of rows stored in clear and `simasn kunci
 * putar` cover it through this declaration. Keys read by SQL (`periode`, `tmt`, `skBerkasId`)
 * are not personal and stay in clear.
 */
export const KOLOM_TERENKRIPSI_ALUR: readonly KolomTerenkripsi[] = [{ tabel: 'usulan_layanan', kolom: 'data', pribadi: true }];

const KOLOM_DATA = KOLOM_TERENKRIPSI_ALUR[0]!;

/** Request data (from input or computed) as it is stored: its personal values encrypted. */
export function sandikanDataLayanan<T>(data: T): T {
  return sandikanDataPribadi(KOLOM_DATA, data, kunciData(), { baru: true });
}

/** Stored request data in clear. */
export function bukaDataLayanan<T>(data: T): T {
  return bukaDataPribadi(KOLOM_DATA, data, kunciData());
}

/** A request row read from the table, its data in clear. */
export function bukaUsulan<T extends { data: Record<string, unknown> }>(u: T): T {
  const data = bukaDataLayanan(u.data);
  return data === u.data ? u : { ...u, data };
}
