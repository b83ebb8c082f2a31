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

/** The opening tag starting at `i` (braces balanced: `=>` inside an attribute does not end it). */
function tagDari(s: string, i: number): string {
  let d = 0;
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (c === '{') d++;
    else if (c === '}') d--;
    else if (c === '>' && d === 0) return s.slice(i, j + 1);
  }
  return s.slice(i);
}

/**
 * The controls inside a `<Formulir>` that could not show their own error: neither `aria-invalid`
 * on the tag nor the attributes `IsianForm` hands its child (`{...a}`). A search form
 * (`role="search"`: a list's filters, nothing to refuse) and a hidden trap field are exempt.
 */
function kendaliTanpaPesan(isi: string): number[] {
  const s = tanpaKomentar(isi);
  const hasil: number[] = [];
  for (const f of s.matchAll(/<Formulir\b/g)) {
    const buka = tagDari(s, f.index);
    if (/role="search"/.test(buka)) continue;
    const tutup = s.indexOf('</Formulir>', f.index);
    const blok = s.slice(f.index, tutup < 0 ? undefined : tutup);
    for (const k of blok.matchAll(/<(input|select|textarea|IsianTanggal|PilihBerkas|PilihBulan|PilihUnit|PilihJabatan)\b/g)) {
      const tag = tagDari(blok, k.index);
      if (/aria-invalid|\{\.\.\.\w+\}/.test(tag) || /type="(?:checkbox|radio|hidden|search)"|tabIndex=\{-1\}/.test(tag)) continue;
      hasil.push(s.slice(0, f.index + k.index).split('\n').length);
    }
  }
  return hasil;
}

describe('errors beside their cause', () => {
  it('every field of a form shows its own error beside it (IsianForm or aria-invalid with its message), not only at the top', () => {
    const tanpa = sumber().filter((f) => f.nama !== LAPISAN_FORM).flatMap((f) => kendaliTanpaPesan(f.isi).map((baris) => `${f.nama}:${baris}`));
    expect(tanpa).toEqual([]);
  });

  it('the check itself finds a form that shows errors only at the top', () => {
    const hanyaAtas = `<Formulir onSubmit={kirim}>
      <PesanGalat galat={galat} />
      <div className="isian"><label htmlFor="x">Nama</label><input id="x" value={v} onChange={(e) => setV(e.target.value)} /></div>
    </Formulir>`;
    expect(kendaliTanpaPesan(hanyaAtas)).toEqual([3]);
    const diSamping = `<Formulir onSubmit={kirim}>
      <IsianForm id="x" label="Nama" galat={galat} nama="nama">{(a) => <input {...a} value={v} onChange={(e) => setV(e.target.value)} />}</IsianForm>
    </Formulir>`;
    expect(kendaliTanpaPesan(diSamping)).toEqual([]);
    expect(kendaliTanpaPesan('<Formulir role="search"><input id="q" value={q} /></Formulir>')).toEqual([]);
  });

  it('a problem found before sending names its field like a 422 does, so it is shown beside that field', async () => {
    const { masalahIsian, salahIsian } = await import('../src/komponen/Formulir.tsx');
    const g = salahIsian('berkasId', 'lampirkan dokumen pendukung (PDF)');
    expect(masalahIsian(g, 'berkasId')).toEqual(['lampirkan dokumen pendukung (PDF)']);
    expect(masalahIsian(g, 'alasan')).toEqual([]);
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
