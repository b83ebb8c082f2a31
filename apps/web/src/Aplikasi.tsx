import { Suspense, useEffect } from 'react';
import { Link, Navigate, useRoutes, type RouteObject } from 'react-router';
import { TataLetak } from './komponen/TataLetak.tsx';
import { TidakBerwenang, WajibMasuk } from './komponen/Wajib.tsx';
import { Memuat } from './komponen/Status.tsx';
import { DAFTAR_HALAMAN, bolehBuka, menuUntuk, useAkses, type EntriHalaman } from './daftar-halaman.tsx';

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

/**
 * The routes, derived from the page table (daftar-halaman.tsx) once: written as <Route> children,
 * they were rebuilt from the elements on every render of the router (each change of the address).
 */
const RUTE: RouteObject[] = [
  ...DAFTAR_HALAMAN.filter((h) => h.tanpaKerangka).map((h): RouteObject => ({ path: h.jalur, element: <Halaman entri={h} /> })),
  { element: (
    <WajibMasuk>
      <TataLetak />
    </WajibMasuk>
  ), children: [
    { index: true, element: <Awal /> },
    ...DAFTAR_HALAMAN.filter((h) => !h.tanpaKerangka && h.jalur !== '/').map((h): RouteObject => ({ path: h.jalur.slice(1), element: <Halaman entri={h} /> })),
    { path: '*', element: <TidakAda /> },
  ] },
];

/** The router. */
export function Aplikasi() {
  return useRoutes(RUTE);
}
