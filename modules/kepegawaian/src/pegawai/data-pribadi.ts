import { aadKolom, bukaJson, dekripsiNilai, enkripsiNilai, indeksButa, indeksButaCari, kunciData, sandikanJson, type KolomTerenkripsi } from '@simasn/platform';

/**
 * Kepegawaian's personal data kept encrypted at rest (UU 27/2022): the NIK (with a blind index for
 * an exact search), the home address and the phone number of pegawai, and the NIK of family
 * members. E-mail stays in clear: it is a work contact the notification outbox selects by SQL
 * (`p.email like '%@%'`), and it is masked on the way out like the rest.
 *
 * This file is the one place kepegawaian turns column values into stored values and back: every
 * write of these columns goes through `sandikanBaris`, every read through `bukaBaris`, so the
 * module's actions and the other modules (through kepegawaian's actions) see plain values.
 */
export const KOLOM_TERENKRIPSI_KEPEGAWAIAN: readonly KolomTerenkripsi[] = [
  { tabel: 'pegawai', kolom: 'nik', indeks: { kolom: 'nik_indeks', ranah: 'nik' } },
  { tabel: 'pegawai', kolom: 'alamat' },
  { tabel: 'pegawai', kolom: 'telepon' },
  // The bank account the TPP is transferred to (modules/tpp's bank file).
  { tabel: 'pegawai', kolom: 'nomor_rekening' },
  { tabel: 'keluarga', kolom: 'nik', indeks: { kolom: 'nik_indeks', ranah: 'nik' } },
  // A change proposal keeps the values as proposed and as they were: the same personal isian
  // (identity nik/alamat/telepon, keluarga nik) are encrypted inside its data.
  { tabel: 'usulan_perubahan', kolom: 'data_lama', json: ['nik', 'alamat', 'telepon'] },
  { tabel: 'usulan_perubahan', kolom: 'data_baru', json: ['nik', 'alamat', 'telepon'] },
];

const kolomUsulan = (kolom: 'data_lama' | 'data_baru') => KOLOM_TERENKRIPSI_KEPEGAWAIAN.find((k) => k.tabel === 'usulan_perubahan' && k.kolom === kolom)!;

/** A proposal's data as stored: its personal isian encrypted. */
export function sandikanDataUsulan(kolom: 'data_lama' | 'data_baru', data: Record<string, unknown> | null): Record<string, unknown> | null {
  return sandikanJson(kolomUsulan(kolom), data, kunciData());
}

/** A proposal's stored data in clear. */
export function bukaDataUsulan(kolom: 'data_lama' | 'data_baru', data: Record<string, unknown> | null): Record<string, unknown> | null {
  return bukaJson(kolomUsulan(kolom), data, kunciData());
}

const perTabel = (tabel: string) => KOLOM_TERENKRIPSI_KEPEGAWAIAN.filter((k) => k.tabel === tabel && !k.json);

/** Whether a column of the table is stored encrypted. */
export function kolomTerenkripsi(tabel: string, kolom: string): KolomTerenkripsi | undefined {
  return KOLOM_TERENKRIPSI_KEPEGAWAIAN.find((k) => k.tabel === tabel && k.kolom === kolom);
}

/**
 * Column values (by column name) as they are stored: the encrypted columns present in `baris`
 * as ciphertext, with their blind index beside them. Other columns pass unchanged.
 */
export function sandikanBaris<T extends object>(tabel: string, masukan: T): T {
  const baris = masukan as Record<string, unknown>;
  const hasil: Record<string, unknown> = { ...baris };
  for (const k of perTabel(tabel)) {
    if (!(k.kolom in baris)) continue;
    const v = baris[k.kolom] as string | null | undefined;
    hasil[k.kolom] = enkripsiNilai(v ?? null, aadKolom(k));
    if (k.indeks) hasil[k.indeks.kolom] = indeksButa(k.indeks.ranah, v ?? null);
  }
  return hasil as T;
}

/** Stored values (by column name) back in clear; the blind-index columns are dropped. */
export function bukaBaris<T extends object>(tabel: string, masukan: T): T {
  const baris = masukan as Record<string, unknown>;
  const hasil: Record<string, unknown> = { ...baris };
  for (const k of perTabel(tabel)) {
    if (k.kolom in baris) hasil[k.kolom] = dekripsiNilai(baris[k.kolom] as string | null, aadKolom(k));
    if (k.indeks) delete hasil[k.indeks.kolom];
  }
  return hasil as T;
}

/** One stored value in clear. */
export function bukaNilai(tabel: string, kolom: string, nilai: string | null | undefined): string | null {
  const k = kolomTerenkripsi(tabel, kolom);
  if (!k) return nilai ?? null;
  return dekripsiNilai(nilai ?? null, aadKolom(k));
}

/** The blind indexes an exact NIK search looks for (one per key in use: rows not yet rotated match too). */
export function indeksCariNik(nik: string): string[] {
  return indeksButaCari('nik', nik.replace(/\s/g, ''));
}
