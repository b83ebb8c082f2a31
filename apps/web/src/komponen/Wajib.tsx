import type { ReactNode } from 'react';
import type { Izin } from '@simasn/kontrak';
import { Navigate, useLocation } from 'react-router';
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
}
