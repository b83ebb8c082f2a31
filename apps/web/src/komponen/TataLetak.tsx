import { useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useSesi } from '../sesi.tsx';
import { Lonceng } from './Lonceng.tsx';
import { bolehKelolaLayanan } from '../layanan.ts';

interface ItemMenu {
  ke: string;
  label: string;
  tampil: boolean;
  tepat?: boolean;
}

/** Header, navigation per permission (collapsing behind a menu button on phones) and the page. */
export function TataLetak() {
  const { sesi, boleh, bolehDaftarPegawai, keluar } = useSesi();
  const [terbuka, setTerbuka] = useState(false);
  const lokasi = useLocation();
  const navigasi = useNavigate();
  useEffect(() => setTerbuka(false), [lokasi.pathname]);
  if (!sesi) return null;

  const kelolaLayanan = bolehKelolaLayanan(boleh, sesi.pengguna.nip);
  const menu: ItemMenu[] = [
    { ke: '/', label: 'Beranda', tampil: boleh('dasbor:baca'), tepat: true },
    { ke: '/pegawai', label: 'Pegawai', tampil: bolehDaftarPegawai },
    { ke: '/saya', label: 'Data Saya', tampil: !!sesi.pengguna.nip },
    { ke: '/usulan-saya', label: 'Usulan Saya', tampil: boleh('usulan:ajukan') },
    { ke: '/verifikasi', label: 'Verifikasi', tampil: boleh('usulan:verifikasi') },
    { ke: '/indeks/ip-asn', label: 'IP ASN', tampil: boleh('indeks:baca') },
    { ke: '/indeks/merit', label: 'Sistem Merit', tampil: boleh('indeks:baca'), tepat: true },
    { ke: '/indeks/merit/instrumen', label: 'Instrumen Merit', tampil: boleh('indeks:baca') },
    { ke: '/indeks/nspk', label: 'NSPK', tampil: boleh('indeks:baca') },
    { ke: '/survei', label: 'Survei Kepuasan', tampil: boleh('survei:baca') },
    { ke: '/sakip/renstra', label: 'Renstra', tampil: boleh('sakip:baca') && !!sesi.peran.some((r) => r.peran !== 'asn') },
    { ke: '/sakip/pk', label: 'Perjanjian Kinerja', tampil: boleh('sakip:baca') },
    { ke: '/sakip/realisasi', label: 'Realisasi Kinerja', tampil: boleh('sakip:baca') && !!sesi.peran.some((r) => r.peran !== 'asn') },
    { ke: '/layanan-saya', label: 'Layanan Saya', tampil: !!sesi.pengguna.nip && boleh('layanan:baca') },
    { ke: '/layanan/kgb', label: 'KGB Bulanan', tampil: kelolaLayanan },
    { ke: '/layanan/antrian', label: 'Antrian Layanan', tampil: kelolaLayanan },
    { ke: '/e-pangkat', label: 'E-Pangkat', tampil: boleh('layanan:baca') && sesi.peran.some((r) => r.peran !== 'asn' && r.peran !== 'atasan') },
    { ke: '/simantun-tanduk', label: 'SIMANTUN TANDUK', tampil: boleh('layanan:baca') },
    { ke: '/lkjip', label: 'Laporan LKjIP', tampil: boleh('sakip:baca') && sesi.peran.some((r) => r.peran !== 'asn' && r.peran !== 'atasan') },
    { ke: '/impor', label: 'Impor', tampil: boleh('pegawai:impor') },
    { ke: '/audit', label: 'Jejak Audit', tampil: boleh('audit:baca') },
    { ke: '/akun', label: 'Akun', tampil: boleh('akun:kelola') },
    { ke: '/ganti-sandi', label: 'Ganti Sandi', tampil: true },
  ];

  async function klikKeluar() {
    await keluar();
    navigasi('/masuk', { replace: true });
  }

  return (
    <div className="kerangka">
      <a className="lompat" href="#isi">
        Langsung ke isi
      </a>
      <header className="kepala">
        <div className="kepala-dalam">
          <NavLink to="/" className="merek" aria-label="SIMASN, ke beranda">
            <span className="logo" aria-hidden="true">
              S
            </span>
            <span>SIMASN</span>
          </NavLink>
          <div className="pengguna">
            <span className="nama-pengguna">{sesi.pengguna.namaTampilan}</span>
            <span className="peran-pengguna">{sesi.peran.map((p) => p.label).join(', ')}</span>
          </div>
          <Lonceng />
          <button type="button" className="tombol keluar" onClick={klikKeluar}>
            Keluar
          </button>
          <button
            type="button"
            className="tombol-menu"
            aria-expanded={terbuka}
            aria-controls="navigasi-utama"
            onClick={() => setTerbuka((t) => !t)}
          >
            <span aria-hidden="true">☰</span> Menu
          </button>
        </div>
        <nav id="navigasi-utama" className={`navigasi${terbuka ? ' terbuka' : ''}`} aria-label="Navigasi utama">
          <ul>
            {menu.filter((m) => m.tampil).map((m) => (
              <li key={m.ke}>
                <NavLink to={m.ke} end={m.tepat}>
                  {m.label}
                </NavLink>
              </li>
            ))}
            <li className="keluar-menu">
              <button type="button" onClick={klikKeluar}>
                Keluar
              </button>
            </li>
          </ul>
        </nav>
      </header>
      <main id="isi" className="isi" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="kaki">SIMASN · Sistem Informasi Manajemen ASN</footer>
    </div>
  );
}
