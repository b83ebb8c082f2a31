import { describe, expect, it } from 'vitest';
import type { z } from '@simasn/platform';
import { DEFINISI_RIWAYAT, DEKLARASI_RIWAYAT, JENIS_RIWAYAT, kolomSql, LEMBAR_IMPOR, SKEMA_RIWAYAT } from '../src/index.ts';

/** The riwayat declaration is whole, and what is derived from it says the same. */
describe('riwayat declared once (definisi-riwayat.ts)', () => {
  it('every kind: unique field and column names, a natural key of its own fields, bounds where numbers are read', () => {
    for (const j of JENIS_RIWAYAT) {
      const d = DEKLARASI_RIWAYAT[j];
      const nama = d.isian.map((m) => m.nama);
      const kolom = kolomSql(j).map(([k]) => k);
      expect(new Set(nama).size, j).toBe(nama.length);
      expect(new Set(kolom).size, j).toBe(kolom.length);
      for (const k of d.kunciAlami ?? []) expect(nama, `${j}: kunci ${k}`).toContain(k);
      for (const m of d.isian) {
        if (m.tipe === 'angka' || m.tipe === 'desimal') expect(m.min !== undefined && m.maks !== undefined, `${j}.${m.nama}`).toBe(true);
        if (m.tipe === 'pilihan') expect(m.pilihan?.length, `${j}.${m.nama}`).toBeGreaterThan(0);
        if (m.tidakSebelum) expect(nama, `${j}.${m.nama}`).toContain(m.tidakSebelum);
      }
      if (d.urutanForm) expect([...d.urutanForm].sort()).toEqual([...nama].sort());
    }
  });

  it('the API schema, the column map and the import sheet are the declaration', () => {
    for (const j of JENIS_RIWAYAT) {
      const d = DEKLARASI_RIWAYAT[j];
      expect(Object.keys((SKEMA_RIWAYAT[j] as z.ZodObject).shape), j).toEqual(d.isian.map((m) => m.nama));
      expect(DEFINISI_RIWAYAT[j].kolom, j).toEqual(Object.fromEntries(d.isian.map((m) => [m.nama, m.kolom])));
      const lembar = LEMBAR_IMPOR[`riwayat_${j}` as keyof typeof LEMBAR_IMPOR];
      if (!d.impor) {
        expect(lembar, j).toBeUndefined();
        continue;
      }
      expect(lembar.kolom.map((k) => k.kunci), j).toEqual(['nip', ...d.isian.map((m) => m.impor?.kunci ?? m.kolom)]);
      expect(lembar.kolom.filter((k) => k.wajib).map((k) => k.kunci), j).toEqual(['nip', ...d.isian.filter((m) => m.wajib).map((m) => m.impor?.kunci ?? m.kolom)]);
    }
  });

  it('a declared rule reads the same through the schema: diklat may not end before it starts', () => {
    const h = SKEMA_RIWAYAT.diklat.safeParse({ jenis: 'teknis', nama: 'A', tanggalMulai: '2024-02-02', tanggalSelesai: '2024-02-01' });
    expect(h.success).toBe(false);
    expect(h.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['tanggalSelesai', 'tanggal selesai sebelum tanggal mulai']]);
  });
});
