import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useSesi } from '../sesi.tsx';
import { PesanGalat } from '../komponen/Status.tsx';
import { Formulir, IsianForm } from '../komponen/Formulir.tsx';

export function Masuk() {
  const { sesi, memuat, masuk } = useSesi();
  const navigasi = useNavigate();
  const lokasi = useLocation();
  const dari = (lokasi.state as { dari?: string } | null)?.dari;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [galat, setGalat] = useState<unknown>(null);
  const [mengirim, setMengirim] = useState(false);

  if (!memuat && sesi && !mengirim) return <Navigate to={dari && dari !== '/masuk' ? dari : '/'} replace />;

  async function kirim(e: FormEvent) {
    e.preventDefault();
    setGalat(null);
    setMengirim(true);
    try {
      const h = await masuk(username, password);
      navigasi(h.harusGantiSandi ? '/ganti-sandi' : dari && dari !== '/masuk' ? dari : '/', { replace: true, state: h.harusGantiSandi ? { wajibGanti: true } : undefined });
    } catch (err) {
      setGalat(err);
      setPassword('');
      setMengirim(false);
    }
    // On success `mengirim` stays true: this page is leaving, and must not redirect a second time.
  }

  return (
    <main className="halaman-masuk" id="isi">
      <Formulir className="kartu kartu-masuk" onSubmit={kirim}>
        <div className="merek-masuk">
          <span className="logo" aria-hidden="true">
            S
          </span>
          <div>
            <h1>SIMASN</h1>
            <p>Sistem Informasi Manajemen ASN</p>
          </div>
        </div>
        <PesanGalat galat={galat} />
        <IsianForm id="masuk-username" label="NIP atau nama pengguna" galat={galat} nama="username">
          {(a) => <input {...a} name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} value={username} onChange={(e) => setUsername(e.target.value)} />}
        </IsianForm>
        <IsianForm id="masuk-password" label="Kata sandi" galat={galat} nama="password">
          {(a) => <input {...a} name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </IsianForm>
        <button type="submit" className="tombol utama lebar" disabled={mengirim || !username || !password}>
          {mengirim ? 'Memeriksa…' : 'Masuk'}
        </button>
        <p className="catatan-kecil">
          Gunakan NIP (18 digit) untuk akun ASN. Lupa kata sandi? Minta admin BKD mengatur ulang kata sandi Anda: Anda menerima kata sandi sementara yang wajib diganti saat masuk.
        </p>
      </Formulir>
    </main>
  );
}
