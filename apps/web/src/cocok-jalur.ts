/**
 * Which entry of a route table an address opens, as react-router would pick it (a path without
 * parameters before one with them, case ignored, a trailing slash allowed).
 * The router matched the whole table on every load (flattening and ranking some 80 routes, and
 * `matchPath` compiling a pattern per entry twice more in main.tsx): about 10 ms of each page load's
 * main thread. Here the paths without parameters are one map lookup, and the dozen with parameters
 * are compiled once; the router is then given the matching route alone (Aplikasi.tsx), checked by
 * its own `matchPath`, which also gives the parameters (daftar-halaman.tsx `cocokHalaman`).
 * test/cocok-jalur.test.ts checks every pattern of the page table against react-router's own pick.
 */
const tanpaGaringAkhir = (jalur: string) => (jalur.length > 1 && jalur.endsWith('/') ? jalur.slice(0, -1) : jalur);

/** The table's entry an address opens, or null. The caller takes its parameters from react-router's `matchPath`. */
export function buatPencocok<T extends { jalur: string }>(daftar: readonly T[]): (alamat: string) => T | null {
  const tetap = new Map<string, T>();
  const berparameter: { pola: RegExp, entri: T, tetapSegmen: number, urutan: number }[] = [];
  daftar.forEach((entri, urutan) => {
    const segmen = entri.jalur.split('/').filter(Boolean);
    const parameter = segmen.filter((s) => s.startsWith(':')).length;
    if (!parameter) {
      const k = tanpaGaringAkhir(entri.jalur.toLowerCase());
      if (!tetap.has(k)) tetap.set(k, entri);
      return;
    }
    const sumber = segmen.map((s) => (s.startsWith(':') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
    berparameter.push({ pola: new RegExp(`^/${sumber}/?$`, 'i'), entri, tetapSegmen: segmen.length - parameter, urutan });
  });
  // Between two patterns with parameters, the one with more fixed segments first (react-router's rank).
  berparameter.sort((a, b) => b.tetapSegmen - a.tetapSegmen || a.urutan - b.urutan);
  return (alamat) => tetap.get(tanpaGaringAkhir(alamat.toLowerCase())) ?? berparameter.find((p) => p.pola.test(alamat))?.entri ?? null;
}
