import { useSesi } from '../sesi.tsx';
import { TampilanProfil } from './ProfilPegawai.tsx';

export function DataSaya() {
  const { sesi } = useSesi();
  const nip = sesi?.pengguna.nip;
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
