import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useSesi } from '../sesi.tsx';
import { Lonceng } from './Lonceng.tsx';
import { menuUntuk, useAkses } from '../daftar-halaman.tsx';

/**
 * The header's height places the sidebar and the phone menu just below it (it wraps on phones):
 * measured from the moment the header is there (after sign-in) and whenever it changes size. Read
 * from the ResizeObserver's entries, which come after the browser's own layout: reading offsetHeight
 * while React inserts the page forced a layout of the whole new page there and then, and the property
 * set on the document's root made the browser recalculate every element's style again (together
 * 40-80 ms of a page load's main thread). It is set on the menu, the only element that reads it.
 */
function amatiTinggiKepala(kepala: HTMLElement, menu: HTMLElement) {
  let tercatat = '';
  const amati = new ResizeObserver((entri) => {
    const kotak = entri[0]?.borderBoxSize?.[0];
    const tinggi = `${Math.round(kotak ? kotak.blockSize : kepala.offsetHeight)}px`;
    if (tinggi === tercatat) return;
    tercatat = tinggi;
    menu.style.setProperty('--tinggi-kepala', tinggi);
  });
  amati.observe(kepala);
  return () => amati.disconnect();
}

/**
 * Whether a menu item is the page shown, as NavLink decides it: its path, or (unless `tepat`) a page
 * under it. The menu's links, and the brand's, are plain anchors with one click handler: a NavLink each
 * (about 50 for an admin) ran router hooks per link, 5-10 ms of every page load's first render.
 */
function menuAktif(jalur: string, tepat: boolean | undefined, lokasi: string): boolean {
  const a = lokasi.toLowerCase();
  const j = jalur.toLowerCase();
  if (a === j || a === `${j}/`) return true;
  return !tepat && j !== '/' && a.startsWith(`${j}/`);
}

/**
 * Header, the menu grouped by area (from the page table: only what the caller may open) and the
 * page. Screens from 1200 px show the menu as a sidebar; narrower ones put it behind a menu button.
 */
export function TataLetak() {
  const { sesi, keluar } = useSesi();
  const akses = useAkses();
  const [terbuka, setTerbuka] = useState(false);
  const lokasi = useLocation();
  const navigasi = useNavigate();
  const tombolMenu = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);
  const kepala = useRef<HTMLElement>(null);

  // Leaving a page closes the phone menu; if it was open, focus moves to the new page's content.
  const tutupMenu = useEffectEvent(() => {
    if (!terbuka) return;
    setTerbuka(false);
    document.getElementById('isi')?.focus();
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is what triggers it (another page), not a value it reads
  useEffect(() => {
    tutupMenu();
  }, [lokasi.pathname]);

  // Opened: focus goes to the current page's link (or the first one); Escape closes and returns to the button.
  useEffect(() => {
    if (!terbuka) return undefined;
    const daftar = nav.current;
    (daftar?.querySelector<HTMLElement>('a[aria-current="page"]') ?? daftar?.querySelector<HTMLElement>('a, button'))?.focus();
    const tombol = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setTerbuka(false);
        tombolMenu.current?.focus();
      }
    };
    document.addEventListener('keydown', tombol);
    return () => document.removeEventListener('keydown', tombol);
  }, [terbuka]);

  // The header and the menu are rendered together (both absent without a session); observed before the first paint.
  const adaKerangka = !!sesi && !!akses;
  useLayoutEffect(() => (adaKerangka && kepala.current && nav.current ? amatiTinggiKepala(kepala.current, nav.current) : undefined), [adaKerangka]);

  if (!sesi || !akses) return null;
  // Until an admin-set password is replaced, only the account's own menu (change password, logout).
  const menu = menuUntuk(akses).filter((k) => !sesi.harusGantiSandi || k.kelompok === 'akun');
  const diBeranda = menuAktif('/', true, lokasi.pathname);

  // A plain left click opens the page in the app; with a modifier key (new tab, new window) the browser does it.
  function bukaDariMenu(e: MouseEvent<HTMLAnchorElement>, jalur: string) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.altKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    navigasi(jalur, { replace: `${lokasi.pathname}${lokasi.search}${lokasi.hash}` === jalur });
  }

  async function klikKeluar() {
    await keluar();
    navigasi('/masuk', { replace: true });
  }

  return (
    <div className={`kerangka${terbuka ? ' menu-terbuka' : ''}`}>
      <a className="lompat" href="#isi">
        Langsung ke isi
      </a>
      <header className="kepala" ref={kepala}>
        <div className="kepala-dalam">
          <a href="/" className={diBeranda ? 'merek active' : 'merek'} aria-current={diBeranda ? 'page' : undefined} aria-label="SIMASN, ke beranda"
            onClick={(e) => bukaDariMenu(e, '/')}
          >
            <span className="logo" aria-hidden="true">
              S
            </span>
            <span>SIMASN</span>
          </a>
          <div className="pengguna">
            <span className="nama-pengguna">{sesi.pengguna.namaTampilan}</span>
            <span className="peran-pengguna">{sesi.peran.map((p) => p.label).join(', ')}</span>
          </div>
          {!sesi.harusGantiSandi && <Lonceng />}
          <button type="button" className="tombol keluar" onClick={klikKeluar}>
            Keluar
          </button>
          <button type="button" ref={tombolMenu} className="tombol-menu" aria-expanded={terbuka} aria-controls="navigasi-utama" onClick={() => setTerbuka((t) => !t)}>
            <span aria-hidden="true">{terbuka ? '✕' : '☰'}</span> Menu
          </button>
        </div>
      </header>
      <div className="badan">
        <nav id="navigasi-utama" ref={nav} className={`navigasi${terbuka ? ' terbuka' : ''}`} aria-label="Navigasi utama">
          {menu.map((k) => {
            const daftar = (
              <ul>
                {k.item.map((m) => {
                  const aktif = menuAktif(m.jalur, m.tepat, lokasi.pathname);
                  return (
                    <li key={m.jalur}>
                      <a href={m.jalur} className={aktif ? 'active' : undefined} aria-current={aktif ? 'page' : undefined} onClick={(e) => bukaDariMenu(e, m.jalur)}>
                        {m.label}
                      </a>
                    </li>
                  );
                })}
                {k.kelompok === 'akun' && (
                  <li className="keluar-menu">
                    <button type="button" onClick={klikKeluar}>
                      Keluar
                    </button>
                  </li>
                )}
              </ul>
            );
            if (k.kelompok === 'utama' || k.kelompok === 'akun') {
              return (
                <div key={k.kelompok} className={`kelompok-menu kelompok-${k.kelompok}`}>
                  {daftar}
                </div>
              );
            }
            const id = `menu-${k.kelompok.toLowerCase()}`;
            return (
              // biome-ignore lint/a11y/useSemanticElements: a labelled group of navigation links; fieldset is for form controls
              <div key={k.kelompok} className="kelompok-menu" role="group" aria-labelledby={id} data-kelompok={k.kelompok}>
                <div className="judul-kelompok" id={id}>
                  {k.kelompok}
                </div>
                {daftar}
              </div>
            );
          })}
        </nav>
        <main id="isi" className="isi" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <footer className="kaki">SIMASN · Sistem Informasi Manajemen ASN</footer>
    </div>
  );
}
