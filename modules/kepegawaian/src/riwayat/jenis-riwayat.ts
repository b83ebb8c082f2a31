import { z, zTanggal, zTeksOpsional } from '@simasn/kontrak';
import { DEKLARASI_RIWAYAT, JENIS_RIWAYAT, type JenisRiwayat, type IsianRiwayat } from './definisi-riwayat.ts';

/**
 * The server side of the riwayat kinds declared in definisi-riwayat.ts: the input schema of each
 * (what a form, an import row or a change proposal must supply), its table and columns, the
 * natural key an import upserts on, and whether it feeds the derived current state. All derived
 * from the declaration; nothing about a kind's shape is written here.
 */
export { JENIS_RIWAYAT, type JenisRiwayat };

/** The zod schema of one field, from its declaration. */
function skemaSatuIsian(m: IsianRiwayat): z.ZodType {
  const kosongJadiNull = <T extends z.ZodType>(s: T) => s.nullish().transform((v) => v ?? null);
  const opsional = <T extends z.ZodType>(s: T) => m.wajib ? s : m.bawaan !== undefined ? s.default(m.bawaan as never) : kosongJadiNull(s);
  switch (m.tipe) {
    case 'pilihan': {
      const nilai = m.pilihan!.map((p) => p.nilai) as [string, ...string[]];
      return opsional(m.pesanPilihan ? z.enum(nilai, { message: m.pesanPilihan }) : z.enum(nilai));
    }
    case 'tanggal':
      return opsional(zTanggal);
    case 'angka':
      return opsional(z.coerce.number().int().min(m.min!).max(m.maks!));
    case 'desimal':
      return opsional(z.coerce.number().min(m.min!).max(m.maks!));
    case 'jabatan':
    case 'unit':
      return z.coerce.number().int().positive();
    case 'centang':
      return z.coerce.boolean().default((m.bawaan as boolean | undefined) ?? false);
    case 'teks':
    case 'teks-panjang':
      if (m.wajib) return z.string().trim().min(1, m.pesanWajib).max(m.panjang ?? 500);
      if (m.pola) return kosongJadiNull(z.string().regex(new RegExp(`^(?:${m.pola.regex})$`), m.pola.pesan));
      return zTeksOpsional;
  }
}

function skemaJenis(jenis: JenisRiwayat): z.ZodType<Record<string, unknown>> {
  const d = DEKLARASI_RIWAYAT[jenis];
  let skema: z.ZodType<Record<string, unknown>> = z.object(Object.fromEntries(d.isian.map((m) => [m.nama, skemaSatuIsian(m)])));
  for (const m of d.isian) {
    if (!m.tidakSebelum) continue;
    const awal = d.isian.find((x) => x.nama === m.tidakSebelum)!;
    skema = skema.refine((v) => (v[m.nama] as string) >= (v[awal.nama] as string), { message: `${m.label.toLowerCase()} sebelum ${awal.label.toLowerCase()}`, path: [m.nama] });
  }
  return skema;
}

export const SKEMA_RIWAYAT = Object.fromEntries(JENIS_RIWAYAT.map((j) => [j, skemaJenis(j)])) as Record<JenisRiwayat, z.ZodType<Record<string, unknown>>>;

export type DataRiwayat = Record<string, unknown>;

export interface DefinisiRiwayat {
  label: string;
  tabel: string;
  /** Input field -> column. */
  kolom: Record<string, string>;
  /** Natural key (columns) an import upserts on; null when rows have none (keluarga). */
  kunciAlami: string[] | null;
  urutan: string;
  /** Changes the derived current state (golongan, jabatan, unit, pendidikan terakhir). */
  memengaruhiTerkini: boolean;
  /** Columns derived from the input, never typed (hukdis tingkat from its jenis). */
  turunan?: (d: Record<string, unknown>) => Record<string, unknown>;
}

function definisi(jenis: JenisRiwayat): DefinisiRiwayat {
  const d = DEKLARASI_RIWAYAT[jenis];
  const kolom = Object.fromEntries(d.isian.map((m) => [m.nama, m.kolom]));
  return { label: d.label, tabel: d.tabel, urutan: d.urutan, memengaruhiTerkini: d.memengaruhiTerkini, kolom, kunciAlami: d.kunciAlami ? d.kunciAlami.map((f) => kolom[f]!) : null,
    ...(d.turunan ? { turunan: d.turunan.hitung } : {}) };
}

export const DEFINISI_RIWAYAT = Object.fromEntries(JENIS_RIWAYAT.map((j) => [j, definisi(j)])) as Record<JenisRiwayat, DefinisiRiwayat>;

export function jenisRiwayatSah(s: string): s is JenisRiwayat {
  return (JENIS_RIWAYAT as readonly string[]).includes(s);
}
