import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * One import panel: a page that imports a sheet all or nothing (kelas jabatan, standar kompetensi,
 * daftar libur, Renstra) sends it through `kirimBerkasImpor` of komponen/PanelImpor.tsx, which
 * reads a refused import's problem list; no page keeps its own copy of that reader or of the
 * panel (picker, problem table, "nothing was saved" message).
 */
const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const PANEL = join('komponen', 'PanelImpor.tsx');

const berkas = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((n) => /\.tsx?$/.test(n)).map((n) => ({ nama: relative(SRC, join(SRC, n)),
  isi: readFileSync(join(SRC, n), 'utf8') })
);

describe('satu panel impor', () => {
  it('reads a refused import (422 with its problems) in one place only', () => {
    const salinan = berkas.filter((f) => f.nama !== PANEL && /status === 422 && Array\.isArray\(\w+\.masalah\)/.test(f.isi)).map((f) => f.nama);
    expect(salinan).toEqual([]);
  });

  it('says "nothing was saved" for a refused sheet in one place only', () => {
    const salinan = berkas.filter((f) => f.nama !== PANEL && f.isi.includes('Berkas belum benar; tidak ada yang disimpan.')).map((f) => f.nama);
    expect(salinan).toEqual([]);
  });

  it('the list pages with an import use the panel', () => {
    for (const halaman of ['KelasJabatan.tsx', 'StandarKompetensi.tsx', 'KalenderKerja.tsx']) {
      expect(readFileSync(join(SRC, 'halaman', halaman), 'utf8'), halaman).toMatch(/<PanelImpor</);
    }
  });
});
