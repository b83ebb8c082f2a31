import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The web's forms speak Indonesian: the browser's own checks and controls ("Please fill out this
 * field", "Please select an item in the list.", "Choose File", mm/dd/yyyy) never appear. Every form
 * is the shared `Formulir` (noValidate), validation comes from the contract's schemas
 * (`periksaIsian`) shown beside each field, dates are `IsianTanggal` and files `PilihBerkas`.
 * This reads every source file of apps/web/src; the e2e walk (e2e/jelajah-halaman.ts) looks
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

  it('a time field reads as people write a time: IsianJam with "contoh 07.30", never a JJ:MM code', () => {
    expect(temuan(/JJ[:.]MM|HH:MM/)).toEqual([]);
    // A field named jam*/waktu typed as a bare input is a time field without the shared parsing.
    expect(temuan(/<input [^>]*value=\{[^}]*\b[jJ]am[A-Z]?\w*\}/)).toEqual([]);
  });

  it('a sort on a date or a number names its direction in those terms (Terbaru dulu, Terbesar dulu), not "A-Z"', () => {
    // A sort key of a list (SaringDaftar's `urut`) labelled as a date or a count must say so in its third element.
    expect(temuan(/const URUT\b.*\[['"]\w+['"], ['"](?:Tanggal|Waktu|TMT|Tenggat|Jumlah)[^'"]*['"]\]/)).toEqual([]);
    expect(temuan(/terlama dulu'\], \['turun'|A-Z \/ terlama/)).toEqual([]);
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

/** A control tag that can show its own error: `aria-invalid` on it, or the attributes `IsianForm`/`SalahDiSamping` hand it (`{...a}`); or one with nothing to refuse. */
const bolehTanpaPesan = (tag: string) => /aria-invalid|\{\.\.\.\w+\}/.test(tag) || /type="(?:checkbox|radio|hidden|search)"|tabIndex=\{-1\}/.test(tag);

/**
 * The controls that could not show their own error, by line. Inside a `<Formulir>`: every control
 * (a search form, `role="search"`, a list's filters with nothing to refuse, is exempt). Outside one
 * (a cell of a table, a file sent as soon as it is chosen, a filter's date): every control that
 * takes typed text or a file (input, textarea, IsianTanggal, PilihBerkas); a list to choose from
 * outside a form (a year, a unit, a month) has nothing to refuse.
 */
function kendaliTanpaPesan(isi: string): number[] {
  const s = tanpaKomentar(isi);
  const hasil = new Set<number>();
  const baris = (i: number) => s.slice(0, i).split('\n').length;
  const dalamForm: [number, number][] = [];
  for (const f of s.matchAll(/<Formulir\b/g)) {
    const tutup = s.indexOf('</Formulir>', f.index);
    dalamForm.push([f.index, tutup < 0 ? s.length : tutup]);
    if (/role="search"/.test(tagDari(s, f.index))) continue;
    const blok = s.slice(f.index, tutup < 0 ? undefined : tutup);
    for (const k of blok.matchAll(/<(input|select|textarea|IsianTanggal|PilihBerkas|PilihBulan|PilihUnit|PilihJabatan)\b/g)) {
      if (!bolehTanpaPesan(tagDari(blok, k.index))) hasil.add(baris(f.index + k.index));
    }
  }
  for (const k of s.matchAll(/<(input|textarea|IsianTanggal|PilihBerkas)\b/g)) {
    if (dalamForm.some(([a, b]) => k.index > a && k.index < b)) continue;
    if (!bolehTanpaPesan(tagDari(s, k.index))) hasil.add(baris(k.index));
  }
  return [...hasil].sort((a, b) => a - b);
}

describe('errors beside their cause', () => {
  it('every field, in a form or in a table cell, shows its own error beside it (IsianForm, SalahDiSamping or aria-invalid with its message), not only at the top', () => {
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

  it('the check itself finds a bare field outside a form (a table cell, an upload sent at once, a filter date) and passes one wired beside its error', () => {
    const telanjang = `<td><input aria-label="Angka kredit" value={ak} onChange={(e) => setAk(e.target.value)} /></td>
      <PilihBerkas accept="application/pdf" label="Unggah SK" langsung ganti={(f) => f && unggah.mutate(f)} />
      <textarea id="catatan" value={c} onChange={(e) => setC(e.target.value)} />
      <IsianTanggal id="tgl" nilai={t} ganti={setT} />
      <select id="tahun" value={tahun} onChange={(e) => setTahun(e.target.value)}><option>2026</option></select>
      <input type="checkbox" checked={na} onChange={(e) => setNa(e.target.checked)} />`;
    expect(kendaliTanpaPesan(telanjang)).toEqual([1, 2, 3, 4]);
    const diSamping =
      `<SalahDiSamping id="ak" pesan={salahAk}>{(a) => <input {...a} aria-label="Angka kredit" value={ak} onChange={(e) => setAk(e.target.value)} />}</SalahDiSamping>
      <input aria-label="Realisasi" value={v} aria-invalid={salah ? true : undefined} aria-describedby={salah ? 'x-salah' : undefined} />`;
    expect(kendaliTanpaPesan(diSamping)).toEqual([]);
  });

  it('SalahDiSamping ties the control to its messages (aria-invalid, aria-describedby) and shows them beside it', async () => {
    const { createElement } = await import('react');
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { SalahDiSamping } = await import('../src/komponen/Formulir.tsx');
    const html = (pesan: string[]) =>
      renderToStaticMarkup(createElement(SalahDiSamping, { id: 'ak-1', pesan, dijelaskan: 'ak-1-petunjuk', children: (a) => createElement('input', { ...a, id: 'ak-1' }) }));
    expect(html(['angka kredit "12,5,1" bukan angka yang sah'])).toBe(
      '<input aria-invalid="true" aria-describedby="ak-1-petunjuk ak-1-salah" id="ak-1"/><small class="salah" id="ak-1-salah">angka kredit &quot;12,5,1&quot; bukan angka yang sah</small>',
    );
    expect(html([])).toBe('<input aria-describedby="ak-1-petunjuk" id="ak-1"/>');
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
