import { bacaAngkaIsian } from '@simasn/domain';
import { z, zTanggal } from '@simasn/platform';
import { JENIS_ISIAN } from './usulan-layanan.types.ts';

export { JENIS_ISIAN };
export type JenisIsian = (typeof JENIS_ISIAN)[number];

/** One field a step asks for, as a form shows it (served with the request). */
export interface IsianLangkah {
  kunci: string;
  label: string;
  jenis: JenisIsian;
  wajib: boolean;
}

const MAKS_TEKS = 200;

/** The zod schema of one field: empty optional fields become null; 422 names the field by its label. */
function skemaIsian(i: IsianLangkah): z.ZodType {
  const kosong = `${i.label} wajib diisi`;
  const kosongJadiNull = (v: unknown) => (v === '' || v === undefined ? null : typeof v === 'string' ? v.trim() || null : v);
  const dasar = i.jenis === 'teks' ?
    z.string({ message: kosong }).max(MAKS_TEKS, `${i.label} paling panjang ${MAKS_TEKS} karakter`)
    : i.jenis === 'tanggal' ?
    zTanggal
    : z.union([z.string(), z.number()]).transform((v, c) => {
      const h = bacaAngkaIsian(v);
      if (h.ok) return h.nilai;
      c.addIssue({ code: 'custom', message: `${i.label}: ${h.alasan}` });
      return z.NEVER;
    });
  return z.preprocess(kosongJadiNull, i.wajib ? z.unknown().refine((v) => v !== null, kosong).pipe(dasar) : dasar.nullable());
}

/**
 * The data a step asks for, declared once as field descriptions (label, jenis teks|tanggal|angka,
 * wajib): the engine validates with the zod schema built from them and serves the same list to
 * the web, so every page renders the step's form without knowing the service. Spread the result
 * into the step: `{ kode: 'sk', ..., ...dataLangkah([{ kunci: 'nomorSk', label: 'Nomor SK', jenis: 'teks' }]) }`.
 */
export function dataLangkah(isian: readonly (Omit<IsianLangkah, 'wajib'> & { wajib?: boolean })[]) {
  const lengkap: IsianLangkah[] = isian.map((i) => ({ ...i, wajib: i.wajib ?? true }));
  const skemaData = z.object(Object.fromEntries(lengkap.map((i) => [i.kunci, skemaIsian(i)]))) as unknown as z.ZodType<Record<string, unknown>>;
  return { isian: lengkap, skemaData };
}

/** A step whose data schema is an object must describe exactly its fields (checked on registration). */
export function periksaIsianLangkah(jenis: string, langkah: { kode: string, skemaData?: z.ZodType, isian?: readonly IsianLangkah[] }): void {
  if (!langkah.skemaData) return;
  if (!langkah.isian) throw new Error(`layanan ${jenis}, langkah ${langkah.kode}: skemaData tanpa isian (pakai dataLangkah)`);
  const bentuk = langkah.skemaData instanceof z.ZodObject ? Object.keys(langkah.skemaData.shape).sort() : null;
  const kunci = langkah.isian.map((i) => i.kunci).sort();
  if (bentuk && bentuk.join() !== kunci.join()) {
    throw new Error(`layanan ${jenis}, langkah ${langkah.kode}: isian (${kunci.join(', ')}) tidak sama dengan skemaData (${bentuk.join(', ')})`);
  }
}
