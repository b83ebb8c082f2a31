import type { ReactNode } from 'react';
<<<<<<< HEAD
import type { Izin } from '@simasn/kontrak';
import { Navigate, useLocation } from 'react-router';
=======
import { Link, Navigate, useLocation } from 'react-router';
>>>>>>> menu
import { useSesi } from '../sesi.tsx';
import { Memuat } from './Status.tsx';

/** Pages behind the login: without a session, go to /masuk and come back afterwards. */
export function WajibMasuk({ children }: { children: ReactNode }) {
  const { memuat, sesi } = useSesi();
  const lokasi = useLocation();
  if (memuat) return <Memuat teks="Memeriksa sesi…" />;
  if (!sesi) return <Navigate to="/masuk" replace state={{ dari: lokasi.pathname + lokasi.search }} />;
  return <>{children}</>;
}

<<<<<<< HEAD
/** A page for holders of a permission; others see a plain refusal. */
export function WajibIzin({ izin, children }: { izin: Izin | boolean; children: ReactNode }) {
  const { boleh } = useSesi();
  const ok = typeof izin === 'boolean' ? izin : boleh(izin);
  if (!ok) {
    return (
      <section>
        <h1>Tidak berwenang</h1>
        <p className="pesan pesan-galat" role="alert">
          Anda tidak berwenang membuka halaman ini.
        </p>
      </section>
    );
  }
  return <>{children}</>;
=======
/** A page the caller's roles may not open: a plain refusal naming the page and the roles, never a blank page. */
export function TidakBerwenang({ judul }: { judul?: string | undefined }) {
  const { sesi } = useSesi();
  const peran = sesi?.peran.map((p) => p.label).join(', ');
  return (
    <section>
      <h1>Tidak berwenang</h1>
      <p className="pesan pesan-galat" role="alert">
        Anda tidak berwenang membuka halaman {judul ? <strong>{judul}</strong> : 'ini'}
        {peran ? ` dengan peran ${peran}` : ''}.
      </p>
      <p>
        Pilih halaman lain dari menu, atau <Link to="/">kembali ke beranda</Link>. Bila Anda memerlukan akses ini, hubungi
        admin BKD.
      </p>
    </section>
  );
>>>>>>> menu
}
