import { lazy, Suspense, useEffect } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { useSesi } from './sesi.tsx';
import { TataLetak } from './komponen/TataLetak.tsx';
import { WajibIzin, WajibMasuk } from './komponen/Wajib.tsx';
import { Memuat } from './komponen/Status.tsx';
import { Masuk } from './halaman/Masuk.tsx';
import { DaftarPegawai } from './halaman/DaftarPegawai.tsx';
import { ProfilPegawai } from './halaman/ProfilPegawai.tsx';
import { DataSaya } from './halaman/DataSaya.tsx';
import { UsulanSaya } from './halaman/UsulanSaya.tsx';
import { AntrianVerifikasi } from './halaman/AntrianVerifikasi.tsx';
import { DetailUsulan } from './halaman/DetailUsulan.tsx';
import { Impor } from './halaman/Impor.tsx';
import { JejakAudit } from './halaman/JejakAudit.tsx';
import { KelolaAkun } from './halaman/KelolaAkun.tsx';
import { GantiSandi } from './halaman/GantiSandi.tsx';
import { IsiSurvei } from './halaman/IsiSurvei.tsx';

// The dashboard carries Chart.js: loaded only when shown, so the login page stays light.
const Beranda = lazy(() => import('./halaman/Beranda.tsx').then((m) => ({ default: m.Beranda })));
const IndeksIpAsn = lazy(() => import('./halaman/IndeksIpAsn.tsx').then((m) => ({ default: m.IndeksIpAsn })));
const IndeksMerit = lazy(() => import('./halaman/IndeksMerit.tsx').then((m) => ({ default: m.IndeksMerit })));
const InstrumenMerit = lazy(() => import('./halaman/InstrumenMerit.tsx').then((m) => ({ default: m.InstrumenMerit })));
const IndeksNspk = lazy(() => import('./halaman/IndeksNspk.tsx').then((m) => ({ default: m.IndeksNspk })));
const HasilSurvei = lazy(() => import('./halaman/HasilSurvei.tsx').then((m) => ({ default: m.HasilSurvei })));
const KgbBulanan = lazy(() => import('./halaman/KgbBulanan.tsx').then((m) => ({ default: m.KgbBulanan })));
const LayananSaya = lazy(() => import('./halaman/LayananSaya.tsx').then((m) => ({ default: m.LayananSaya })));
const DetailLayanan = lazy(() => import('./halaman/DetailLayanan.tsx').then((m) => ({ default: m.DetailLayanan })));
const AntrianLayanan = lazy(() => import('./halaman/AntrianLayanan.tsx').then((m) => ({ default: m.AntrianLayanan })));
const EPangkat = lazy(() => import('./halaman/EPangkat.tsx').then((m) => ({ default: m.EPangkat })));
const SimantunTanduk = lazy(() => import('./halaman/SimantunTanduk.tsx').then((m) => ({ default: m.SimantunTanduk })));
const SakipRenstra = lazy(() => import('./halaman/SakipRenstra.tsx').then((m) => ({ default: m.SakipRenstra })));
const DaftarPk = lazy(() => import('./halaman/SakipPk.tsx').then((m) => ({ default: m.DaftarPk })));
const DetailPk = lazy(() => import('./halaman/SakipPk.tsx').then((m) => ({ default: m.DetailPk })));
const SakipRealisasi = lazy(() => import('./halaman/SakipRealisasi.tsx').then((m) => ({ default: m.SakipRealisasi })));
const LaporanLkjip = lazy(() => import('./halaman/LaporanLkjip.tsx').then((m) => ({ default: m.LaporanLkjip })));

const JUDUL: [RegExp, string][] = [
  [/^\/masuk/, 'Masuk'], [/^\/pegawai\/./, 'Profil Pegawai'], [/^\/pegawai/, 'Pegawai'], [/^\/saya/, 'Data Saya'],
  [/^\/usulan-saya/, 'Usulan Saya'], [/^\/verifikasi/, 'Verifikasi'], [/^\/impor/, 'Impor'], [/^\/audit/, 'Jejak Audit'],
  [/^\/akun/, 'Akun'], [/^\/indeks\/ip-asn/, 'IP ASN'], [/^\/indeks\/merit\/instrumen/, 'Instrumen Sistem Merit'], [/^\/indeks\/merit/, 'Sistem Merit'], [/^\/indeks\/nspk/, 'NSPK'], [/^\/e-pangkat/, 'E-Pangkat'], [/^\/simantun-tanduk/, 'SIMANTUN TANDUK'], [/^\/sakip\/renstra/, 'Renstra'], [/^\/sakip\/pk/, 'Perjanjian Kinerja'], [/^\/sakip\/realisasi/, 'Realisasi Kinerja'], [/^\/layanan\/kgb/, 'KGB Bulanan'], [/^\/layanan\/antrian/, 'Antrian Layanan'], [/^\/layanan\/usulan/, 'Usulan Layanan'], [/^\/layanan-saya/, 'Layanan Saya'], [/^\/lkjip/, 'Laporan LKjIP'], [/^\/ganti-sandi/, 'Ganti Sandi'], [/^\/$/, 'Beranda'],
];

function JudulDokumen() {
  const { pathname } = useLocation();
  useEffect(() => {
    const j = JUDUL.find(([r]) => r.test(pathname))?.[1];
    document.title = j ? `${j} · SIMASN` : 'SIMASN';
  }, [pathname]);
  return null;
}

/** "/" is the dashboard for those who may read it; a plain ASN goes to their own data. */
function Awal() {
  const { boleh, sesi, bolehDaftarPegawai } = useSesi();
  if (boleh('dasbor:baca')) {
    return (
      <Suspense fallback={<Memuat />}>
        <Beranda />
      </Suspense>
    );
  }
  if (sesi?.pengguna.nip) return <Navigate to="/saya" replace />;
  if (boleh('usulan:verifikasi')) return <Navigate to="/verifikasi" replace />;
  if (bolehDaftarPegawai) return <Navigate to="/pegawai" replace />;
  return (
    <section>
      <h1>Selamat datang</h1>
      <p>Pilih menu di atas untuk mulai bekerja.</p>
    </section>
  );
}

function TidakAda() {
  return (
    <section>
      <h1>Halaman tidak ditemukan</h1>
      <p>
        Alamat ini tidak ada. <Link to="/">Kembali ke beranda</Link>.
      </p>
    </section>
  );
}

export function Aplikasi() {
  const { bolehDaftarPegawai } = useSesi();
  return (
    <>
      <JudulDokumen />
      <Routes>
        <Route path="/masuk" element={<Masuk />} />
        <Route path="/survei/:token" element={<IsiSurvei />} />
        <Route
          element={
            <WajibMasuk>
              <TataLetak />
            </WajibMasuk>
          }
        >
          <Route index element={<Awal />} />
          <Route path="pegawai" element={<WajibIzin izin={bolehDaftarPegawai}><DaftarPegawai /></WajibIzin>} />
          <Route path="pegawai/:nip" element={<WajibIzin izin="pegawai:baca"><ProfilPegawai /></WajibIzin>} />
          <Route path="saya" element={<DataSaya />} />
          <Route path="usulan-saya" element={<WajibIzin izin="usulan:ajukan"><UsulanSaya /></WajibIzin>} />
          <Route path="usulan-saya/:id" element={<WajibIzin izin="usulan:baca"><DetailUsulan kembali="/usulan-saya" /></WajibIzin>} />
          <Route path="verifikasi" element={<WajibIzin izin="usulan:verifikasi"><AntrianVerifikasi /></WajibIzin>} />
          <Route path="verifikasi/:id" element={<WajibIzin izin="usulan:baca"><DetailUsulan kembali="/verifikasi" /></WajibIzin>} />
          <Route path="impor" element={<WajibIzin izin="pegawai:impor"><Impor /></WajibIzin>} />
          <Route path="audit" element={<WajibIzin izin="audit:baca"><JejakAudit /></WajibIzin>} />
          <Route path="akun" element={<WajibIzin izin="akun:kelola"><KelolaAkun /></WajibIzin>} />
          <Route path="indeks/ip-asn" element={<WajibIzin izin="indeks:baca"><Suspense fallback={<Memuat />}><IndeksIpAsn /></Suspense></WajibIzin>} />
          <Route path="indeks/merit" element={<WajibIzin izin="indeks:baca"><Suspense fallback={<Memuat />}><IndeksMerit /></Suspense></WajibIzin>} />
          <Route path="indeks/merit/instrumen" element={<WajibIzin izin="indeks:baca"><Suspense fallback={<Memuat />}><InstrumenMerit /></Suspense></WajibIzin>} />
          <Route path="indeks/nspk" element={<WajibIzin izin="indeks:baca"><Suspense fallback={<Memuat />}><IndeksNspk /></Suspense></WajibIzin>} />
          <Route path="survei" element={<WajibIzin izin="survei:baca"><Suspense fallback={<Memuat />}><HasilSurvei /></Suspense></WajibIzin>} />
          <Route path="layanan/kgb" element={<WajibIzin izin="layanan:baca"><Suspense fallback={<Memuat />}><KgbBulanan /></Suspense></WajibIzin>} />
          <Route path="layanan/antrian" element={<WajibIzin izin="layanan:baca"><Suspense fallback={<Memuat />}><AntrianLayanan /></Suspense></WajibIzin>} />
          <Route path="layanan/usulan/:id" element={<WajibIzin izin="layanan:baca"><Suspense fallback={<Memuat />}><DetailLayanan /></Suspense></WajibIzin>} />
          <Route path="layanan-saya" element={<WajibIzin izin="layanan:baca"><Suspense fallback={<Memuat />}><LayananSaya /></Suspense></WajibIzin>} />
          <Route path="e-pangkat" element={<WajibIzin izin="layanan:baca"><Suspense fallback={<Memuat />}><EPangkat /></Suspense></WajibIzin>} />
          <Route path="simantun-tanduk" element={<WajibIzin izin="layanan:baca"><Suspense fallback={<Memuat />}><SimantunTanduk /></Suspense></WajibIzin>} />
          <Route path="lkjip" element={<WajibIzin izin="sakip:baca"><Suspense fallback={<Memuat />}><LaporanLkjip /></Suspense></WajibIzin>} />
          <Route path="sakip/renstra" element={<WajibIzin izin="sakip:baca"><Suspense fallback={<Memuat />}><SakipRenstra /></Suspense></WajibIzin>} />
          <Route path="sakip/pk" element={<WajibIzin izin="sakip:baca"><Suspense fallback={<Memuat />}><DaftarPk /></Suspense></WajibIzin>} />
          <Route path="sakip/pk/:id" element={<WajibIzin izin="sakip:baca"><Suspense fallback={<Memuat />}><DetailPk /></Suspense></WajibIzin>} />
          <Route path="sakip/realisasi" element={<WajibIzin izin="sakip:baca"><Suspense fallback={<Memuat />}><SakipRealisasi /></Suspense></WajibIzin>} />
          <Route path="ganti-sandi" element={<GantiSandi />} />
          <Route path="*" element={<TidakAda />} />
        </Route>
      </Routes>
    </>
  );
}
