import { KOLOM_GAJI, KOMPONEN_GAJI, type KunciGaji } from './komponen-gaji.ts';

/**
 * Reading the daftar gaji sheet (pure): which column is which, and a rupiah cell as a number.
 * The payroll application's export is typed numbers; a CSV or a hand-made sheet holds text such as
 * "3250000", "3.250.000", "Rp 3.250.000,00" or "3250000.00".
 */

/** A cell as the sheet reader gives it. */
export type SelGaji = string | number | boolean | Date | null | undefined;

export type KolomImporGaji = KunciGaji | keyof typeof KOLOM_GAJI;

const normal = (s: string) => s.trim().toLowerCase().replace(/^\uFEFF/, '').replace(/[^a-z]/g, '');

/** Header text (normalised: letters only) to column: the template's name and the label of each komponen. */
export const ALIAS_KOLOM_GAJI: ReadonlyMap<string, KolomImporGaji> = new Map<string, KolomImporGaji>([
  ...KOMPONEN_GAJI.flatMap((k) => [[normal(k.kolom), k.kunci], [normal(k.label), k.kunci]] as [string, KolomImporGaji][]),
  [normal(KOLOM_GAJI.nip), 'nip'],
  [normal(KOLOM_GAJI.nama), 'nama'],
  [normal(KOLOM_GAJI.jumlahKotor), 'jumlahKotor'],
  ['jumlahgajidantunjangan', 'jumlahKotor'],
  ['gajidantunjangan', 'jumlahKotor'],
]);

/** The column a header cell names, if any. */
export function kolomGaji(judul: SelGaji): KolomImporGaji | undefined {
  return typeof judul === 'string' ? ALIAS_KOLOM_GAJI.get(normal(judul)) : undefined;
}

export type HasilSelRupiah = { ok: true, nilai: number | null } | { ok: false, alasan: string };

const BUKAN_RUPIAH = 'bukan angka rupiah (contoh: 3250000 atau 3.250.000)';

/**
 * A rupiah cell: empty is `null`; a number as it is; text with dots as thousands separators and
 * an optional ",00" (Indonesian), or plain digits with an optional ".00". The range and "whole
 * rupiah" are the schema's (`skemaKomponenGaji`), so a fraction comes back as a fraction.
 */
export function bacaRupiahSel(v: SelGaji): HasilSelRupiah {
  if (v === null || v === undefined) return { ok: true, nilai: null };
  if (typeof v === 'number') return Number.isFinite(v) ? { ok: true, nilai: v } : { ok: false, alasan: BUKAN_RUPIAH };
  if (typeof v !== 'string') return { ok: false, alasan: BUKAN_RUPIAH };
  let t = v.trim().replace(/^rp\.?\s*/i, '').replace(/\s/g, '');
  if (!t) return { ok: true, nilai: null };
  const negatif = t.startsWith('-');
  if (negatif) t = t.slice(1).replace(/^rp\.?/i, '');
  let angka: number;
  if (/^\d+$/.test(t)) angka = Number(t);
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) || /^\d+,\d+$/.test(t)) angka = Number(t.replace(/\./g, '').replace(',', '.'));
  else if (/^\d+\.\d{1,2}$/.test(t)) angka = Number(t);
  else return { ok: false, alasan: BUKAN_RUPIAH };
  return { ok: true, nilai: negatif ? -angka : angka };
}
