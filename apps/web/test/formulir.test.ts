import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The web's forms speak Indonesian: the browser's own checks and controls ("Please fill out this
 * field", "Please select an item in the list.", "Choose File", mm/dd/yyyy) never appear. Every form
 * is the shared `Formulir` (noValidate), validation comes from the contract's schemas
 * (`periksaIsian`) shown beside each field, dates are `IsianTanggal` and files `PilihBerkas`.
 * This reads every source file of apps/web/src; the e2e walk (e2e/halaman.e2e.test.ts) looks
 * at what each page shows.
 */
const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const LAPISAN_FORM = 'komponen/Formulir.tsx';

function sumber(): { nama: string, isi: string }[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((n) => /\.tsx?$/.test(n)).map((n) => ({ nama: relative(SRC, join(SRC, n)),
    isi: readFileSync(join(SRC, n), 'utf8') })
  );
}

/** Source without comments, so that a comment naming a forbidden thing does not count. */
const tanpaKomentar = (s: string) => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

function temuan(pola: RegExp, kecuali: string[] = []): string[] {
  return sumber().filter((f) => !kecuali.includes(f.nama)).flatMap((f) =>
    tanpaKomentar(f.isi).split('\n').flatMap((baris, i) => (pola.test(baris) ? [`${f.nama}:${i + 1}: ${baris.trim()}`] : []))
  );
}

describe('forms use our own checks and controls', () => {
  it('every form is the shared Formulir (always noValidate), no bare <form>', () => {
    expect(temuan(/<form[\s>]/, [LAPISAN_FORM])).toEqual([]);
    expect(readFileSync(join(SRC, LAPISAN_FORM), 'utf8')).toMatch(/<form \{\.\.\.props\} noValidate \/>/);
  });

  it('no browser validation attribute (required): fields are checked against the schema', () => {
    expect(temuan(/\srequired(?:[\s=/>]|$)/)).toEqual([]);
  });

  it('no native date, month or file input (mm/dd/yyyy, "Choose File"): IsianTanggal and PilihBerkas', () => {
    expect(temuan(/type=["'{]+(?:date|datetime-local|month|week|time|file)\b/, [LAPISAN_FORM])).toEqual([]);
    expect(temuan(/type=\{[^}]*'(?:date|file)'/, [LAPISAN_FORM])).toEqual([]);
  });

  it('no English browser or placeholder text in the UI source', () => {
    expect(temuan(/Please (?:fill|select|enter|match)|Choose File|No file chosen|mm\/dd\/yyyy|dd\/mm\/yyyy/i)).toEqual([]);
  });

  it('comparisons shown to users use ≥ and ≤, not >= and <= in text', () => {
    // JSX text and string literals: `>= 20 JP` in a label, not code comparisons.
    expect(temuan(/(['"`>])[^'"`<>{}]*\s[<>]=\s?\d[^'"`<]*(['"`<])/)).toEqual([]);
  });
});

describe('field messages read as the form is typed', () => {
  it('a wrong date names the way the date field takes it, not the wire format', async () => {
    const { periksaIsian, GalatApi } = await import('../src/api.ts');
    const { zTanggal, z } = await import('@simasn/kontrak');
    let galat: unknown;
    try {
      periksaIsian(z.object({ tmt: zTanggal }), { tmt: '31/02/2022' });
    } catch (e) {
      galat = e;
    }
    expect(galat).toBeInstanceOf(GalatApi);
    expect((galat as InstanceType<typeof GalatApi>).masalah).toEqual([{ kolom: 'tmt', pesan: 'tanggal belum benar: tulis seperti 17/05/2022 atau 17 Mei 2022' }]);
  });
});
