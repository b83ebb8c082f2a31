import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LABEL_AKSI_AUDIT, LABEL_ENTITAS_AUDIT, labelAksiAudit, labelEntitasAudit, type EntriAudit } from '../src/index.ts';

const AKAR = fileURLToPath(new URL('../../../', import.meta.url));

function sumber(folder: string): string[] {
  return readdirSync(folder).flatMap((n) => {
    const j = join(folder, n);
    if (n === 'node_modules' || n === 'test' || n === 'dist') return [];
    if (statSync(j).isDirectory()) return sumber(j);
    return /\.tsx?$/.test(n) ? [j] : [];
  });
}

const BERKAS = ['modules', 'packages', 'apps'].flatMap((f) => sumber(join(AKAR, f)));

/** Every action code the sources write to the audit log: literal ones, and the workflow engine's transitions. */
function kodeTertulis(): Map<string, string> {
  const kode = new Map<string, string>();
  for (const f of BERKAS) {
    const isi = readFileSync(f, 'utf8');
    if (!/catatAudit|auditTransisi/.test(isi)) continue;
    for (const m of isi.matchAll(/aksi: (?:f\.setuju \? )?'([a-z_]+\.[a-z_]+)'(?: : '([a-z_]+\.[a-z_]+)')?/g)) {
      for (const k of [m[1], m[2]]) if (k) kode.set(k, f);
    }
    for (const m of isi.matchAll(/auditTransisi\([^,]+, [^,]+, '([a-z_]+)'/g)) kode.set(`layanan.${m[1]}`, f);
  }
  return kode;
}

describe('audit action labels', () => {
  it('has an Indonesian label for every action code written anywhere', () => {
    const kode = kodeTertulis();
    expect(kode.size).toBeGreaterThan(50);
    const tanpa = [...kode].filter(([k]) => !(k in LABEL_AKSI_AUDIT)).map(([k, f]) => `${k} (${f.slice(AKAR.length)})`);
    expect(tanpa).toEqual([]);
  });

  it('labels read as words: no code, no underscore, capitalised', () => {
    for (const [k, l] of Object.entries({ ...LABEL_AKSI_AUDIT, ...LABEL_ENTITAS_AUDIT })) {
      expect(l, k).toMatch(/^[A-Z][^_]*$/);
      if (/[._]/.test(k)) expect(l, k).not.toContain(k);
    }
  });

  it('shows a code unknown to this version in words, never raw', () => {
    expect(labelAksiAudit('pegawai.baca_data_pribadi')).toBe('Membuka data pribadi pegawai');
    expect(labelAksiAudit('sarana_prasarana.hapus')).toBe('Menghapus: sarana dan prasarana');
    expect(labelAksiAudit('lama.entah_apa')).toBe('Entah apa: lama');
    expect(labelEntitasAudit('tabel_baru')).toBe('Tabel baru');
  });

  it('refuses, at compile time, an action without a label', () => {
    const cek = (e: EntriAudit) => e;
    // @ts-expect-error an action code must be one of LABEL_AKSI_AUDIT's keys
    expect(cek({ aksi: 'pegawai.tanpa_label', entitas: 'pegawai' }).aksi).toBe('pegawai.tanpa_label');
  });
});
