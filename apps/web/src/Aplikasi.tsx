import { Suspense, useEffect } from 'react';
import { Link, Navigate, useLocation, useRoutes, type RouteObject } from 'react-router';
import { TataLetak } from './komponen/TataLetak.tsx';
import { TidakBerwenang, WajibMasuk } from './komponen/Wajib.tsx';
import { Memuat } from './komponen/Status.tsx';
import { DAFTAR_HALAMAN, bolehBuka, cocokHalaman, menuUntuk, useAkses, type EntriHalaman } from './daftar-halaman.tsx';

/** Sets the document title. */
function useJudul(judul: string | undefined) {
  useEffect(() => {
    if (judul) document.title = `${judul} · SIMASN`;
  }, [judul]);
}

/** One entry of the page table: its title, the refusal for those who may not open it, else the page. */
function Halaman({ entri }: { entri: EntriHalaman }) {
  const akses = useAkses();
  useJudul(entri.judul);
  if (!bolehBuka(entri, akses)) return <TidakBerwenang judul={entri.judul} />;
  const Komponen = entri.komponen;
  return (
    <Suspense fallback={<Memuat />}>
      <Komponen />
    </Suspense>
  );
}

const BERANDA = DAFTAR_HALAMAN.find((h) => h.jalur === '/')!;

/** "/" is the dashboard for those who may read it; anyone else goes to the first page of their menu. */
function Awal() {
  const akses = useAkses();
  if (bolehBuka(BERANDA, akses)) return <Halaman entri={BERANDA} />;
  const pertama = akses ? menuUntuk(akses).find((k) => k.kelompok !== 'akun')?.item[0] : undefined;
  if (pertama) return <Navigate to={pertama.jalur} replace />;
  return (
    <section>
      <h1>Selamat datang</h1>
      <p>Pilih menu untuk mulai bekerja.</p>
    </section>
  );
}

function TidakAda() {
  useJudul('Halaman tidak ditemukan');
  return (
    <section>
      <h1>Halaman tidak ditemukan</h1>
      <p>
        Alamat ini tidak ada. <Link to="/">Kembali ke beranda</Link>.
      </p>
    </section>
  );
}

/** The frame around every page but the login and public ones: one element, so a change of page keeps it. */
const KERANGKA = (
  <WajibMasuk>
    <TataLetak />
  </WajibMasuk>
);

/** An entry's route inside the frame: "/" is the dashboard or the first page of the caller's menu. */
const dalamBingkai = (h: EntriHalaman): RouteObject => (h.jalur === '/' ? { index: true, element: <Awal /> } : { path: h.jalur.slice(1), element: <Halaman entri={h} /> });

/** The route of one entry of the page table, inside the frame unless it is outside it. */
function ruteEntri(h: EntriHalaman): RouteObject[] {
  if (h.tanpaKerangka) return [{ path: h.jalur, element: <Halaman entri={h} /> }];
  return [{ element: KERANGKA, children: [dalamBingkai(h)] }];
}

/**
 * The routes, derived from the page table (daftar-halaman.tsx) once: written as <Route> children,
 * they were rebuilt from the elements on every render of the router (each change of the address).
 */
const RUTE: RouteObject[] = [
  ...DAFTAR_HALAMAN.filter((h) => h.tanpaKerangka).flatMap(ruteEntri),
  { element: KERANGKA, children: [...DAFTAR_HALAMAN.filter((h) => !h.tanpaKerangka).map(dalamBingkai), { path: '*', element: <TidakAda /> }] },
];

/** Each entry's route alone, made on first use. */
const RUTE_ENTRI = new Map<EntriHalaman, RouteObject[]>();

/**
 * The router, given the route of the page the address opens (`cocokHalaman`: a map lookup and the
 * router's own `matchPath`) instead of the whole table, which it flattened and ranked on every load;
 * an address of no page gets the whole table, and so the "not found" page.
 */
export function Aplikasi() {
  const { pathname } = useLocation();
  const c = cocokHalaman(pathname);
  if (c && !RUTE_ENTRI.has(c.entri)) RUTE_ENTRI.set(c.entri, ruteEntri(c.entri));
  return useRoutes(c ? RUTE_ENTRI.get(c.entri)! : RUTE);
}
