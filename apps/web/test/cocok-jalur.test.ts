import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchRoutes } from 'react-router';
import { buatPencocok } from '../src/cocok-jalur.ts';

/** Every pattern of the page table (daftar-halaman.tsx), in its order. */
const POLA = [...readFileSync(new URL('../src/daftar-halaman.tsx', import.meta.url), 'utf8').matchAll(/\{ jalur: '([^']+)'/g)].map((m) => m[1]!);

/** What react-router itself picks for an address from the same table: the pattern, or null. */
function pilihanRouter(pola: readonly string[], alamat: string): string | null {
  const cocok = matchRoutes(pola.map((jalur) => ({ path: jalur, jalur })), alamat);
  return (cocok?.at(-1)?.route as { jalur: string } | undefined)?.jalur ?? null;
}

describe('cocokHalaman: the page an address opens', () => {
  it('reads the whole page table', () => {
    expect(POLA.length).toBeGreaterThan(70);
    expect(POLA).toContain('/pegawai/:nip');
    expect(POLA).toContain('/ujian/tes/:id/kerjakan');
  });

  it("picks what react-router picks, for each pattern's own addresses and for addresses of no page", () => {
    const pilih = buatPencocok(POLA.map((jalur) => ({ jalur })));
    const alamat = POLA.flatMap((p) => {
      const isi = p.replace(/:[^/]+/g, '198106082014032006');
      return [isi, `${isi}/`, isi.toUpperCase(), p.replace(/:[^/]+/g, 'a%20b')];
    });
    alamat.push('/tidak-ada', '/pegawai/1/2', '/ujian/tes/5', '/ujian/tes/5/kerjakan/lagi', '/layanan/usulan', '/', '//', '/sakip/pk/1/');
    const beda = alamat.map((a) => [a, pilih(a)?.jalur ?? null, pilihanRouter(POLA, a)]).filter(([, kami, router]) => kami !== router);
    expect(beda).toEqual([]);
  });

  it('puts a fixed segment before a parameter, whatever the order of the table', () => {
    const pilih = buatPencocok([{ jalur: '/a/:id' }, { jalur: '/a/baru' }, { jalur: '/a/:id/b' }, { jalur: '/:x/c/:y' }, { jalur: '/a/c/:y' }, { jalur: '/a/c/:y' }]);
    expect(['/a/baru', '/a/7', '/A/Baru/', '/a/7/b', '/a/c/9', '/z/c/9'].map((a) => pilih(a)?.jalur ?? null)).toEqual([
      '/a/baru',
      '/a/:id',
      '/a/baru',
      '/a/:id/b',
      '/a/c/:y',
      '/:x/c/:y',
    ]);
  });
});
