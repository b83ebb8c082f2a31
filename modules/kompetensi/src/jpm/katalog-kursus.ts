import type { Konteks } from '@simasn/platform';

/** A course that develops a competency, as the catalogue names it. */
export interface KursusPengembangan {
  id: string;
  judul: string;
  /** The JP it credits, when the catalogue knows. */
  jp: number | null;
  /** Where the ASN opens it in SIMASN (a web path), when there is a page. */
  alamat: string | null;
}

/**
 * The course catalogue a development suggestion draws from: for each competency code, the courses
 * that develop it. modules/kompetensi does not import the module that holds courses; the server
 * wires an implementation (apps/server/src/rute/kompetensi.ts): `modules/pembelajaran`'s courses
 * with their competency codes once that module is there, until then `KATALOG_TANPA_KURSUS`.
 */
export interface KatalogKursus {
  kursusUntuk(ctx: Konteks, kodeKompetensi: readonly string[]): Promise<Map<string, KursusPengembangan[]>>;
}

/** The catalogue of an instansi with no course yet: every suggestion says no course is available. */
export const KATALOG_TANPA_KURSUS: KatalogKursus = { kursusUntuk: () => Promise.resolve(new Map()) };
