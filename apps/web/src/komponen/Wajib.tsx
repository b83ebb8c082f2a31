import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { useSesi } from '../sesi.tsx';
import { Memuat } from './Status.tsx';

/**
 * Pages behind the login: without a session, go to /masuk and come back afterwards. An account
 * whose password an admin set (created or reset) sees only the change-password page until it is
 * replaced: the API refuses everything else anyway (403 `wajib_ganti_sandi`).
 */
export function WajibMasuk({ children }: { children: ReactNode }) {
  const { memuat, sesi } = useSesi();
  const lokasi = useLocation();
  if (memuat) return <Memuat teks="Memeriksa sesi…" />;
  if (!sesi) return <Navigate to="/masuk" replace state={{ dari: lokasi.pathname + lokasi.search }} />;
  if (sesi.harusGantiSandi && lokasi.pathname !== JALUR_GANTI_SANDI) return <Navigate to={JALUR_GANTI_SANDI} replace state={{ wajibGanti: true }} />;
  return <>{children}</>;
}

export const JALUR_GANTI_SANDI = '/ganti-sandi';

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
        Pilih halaman lain dari menu, atau <Link to="/">kembali ke beranda</Link>. Bila Anda memerlukan akses ini, hubungi admin BKD.
      </p>
    </section>
  );
}
