import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useSesi } from '../sesi.tsx';
import { pramuat, TampilanProfil } from './ProfilPegawai.tsx';

export function DataSaya() {
  const { sesi } = useSesi();
  const nip = sesi?.pengguna.nip;
  const qc = useQueryClient();
  const [cari] = useSearchParams();
  // The NIP comes with the session: the profile and its open tab are asked together, not the tab after the profile's answer.
  useEffect(() => {
    if (nip) pramuat.ProfilPegawai?.({ qc, params: { nip }, cari });
  }, [qc, nip, cari]);
  if (!nip) {
    return (
      <section>
        <h1>Data Saya</h1>
        <p className="pesan pesan-galat" role="alert">
          Akun ini tidak terhubung dengan data pegawai.
        </p>
      </section>
    );
  }
  return <TampilanProfil nip={nip} sendiri />;
}
