import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { formatTanggal } from '@simasn/domain';
import { formatJamSetempat, hariSetempat } from '../format.ts';
import { daftarAntrian, type PresensiAntre } from '../presensi/antrian.ts';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useSesi } from '../sesi.tsx';
import { Memuat } from './Status.tsx';

/**
 * Pages behind the login: without a session, go to /masuk and come back afterwards. An account
 * whose password an admin set (created or reset) sees only the change-password page until it is
 * replaced: the API refuses everything else anyway (403 `wajib_ganti_sandi`).
 */
export function WajibMasuk({ children }: { children: ReactNode }) {
  const { memuat, sesi, luring } = useSesi();
  const lokasi = useLocation();
  if (memuat) return <Memuat teks="Memeriksa sesi…" />;
  // Opened without signal and without a session (a cold start): the cached shell says so and
  // shows what waits on this phone; nothing is lost, it is sent after logging in.
  if (!sesi && luring) return <LuringTanpaSesi />;
  if (!sesi) return <Navigate to="/masuk" replace state={{ dari: lokasi.pathname + lokasi.search }} />;
  if (sesi.harusGantiSandi && lokasi.pathname !== JALUR_GANTI_SANDI) return <Navigate to={JALUR_GANTI_SANDI} replace state={{ wajibGanti: true }} />;
  return <>{children}</>;
}

export const JALUR_GANTI_SANDI = '/ganti-sandi';

/**
 * No connection and no session: a clear message and the check-ins queued on this phone (kept,
 * marked as made offline with the time of the tap); when the signal returns the session is asked
 * again, and the login leads to the attendance page, which sends them.
 */
function LuringTanpaSesi() {
  const { muatUlang } = useSesi();
  const navigasi = useNavigate();
  const [antre, setAntre] = useState<PresensiAntre[] | null>(null);
  const ada = (antre?.length ?? 0) > 0;
  const cobaLagi = useCallback(async () => {
    // With check-ins waiting, the login leads to the attendance page, which sends them.
    if (ada) navigasi('/presensi', { replace: true });
    await muatUlang();
  }, [ada, muatUlang, navigasi]);
  useEffect(() => {
    void daftarAntrian().then(setAntre, () => setAntre([]));
  }, []);
  useEffect(() => {
    const naik = () => void cobaLagi();
    window.addEventListener('online', naik);
    return () => window.removeEventListener('online', naik);
  }, [cobaLagi]);
  return (
    <main id="isi" className="isi halaman-luring" data-testid="luring-tanpa-sesi">
      <h1>Tidak ada sinyal</h1>
      <p className="pesan" role="status">
        Anda belum masuk dan perangkat ini sedang tidak tersambung ke internet. Masuk memerlukan sinyal; begitu tersambung, halaman ini memeriksa lagi dengan sendirinya.
      </p>
      {antre && antre.length > 0 && (
        <>
          <h2>Presensi yang menunggu dikirim</h2>
          <ul className="daftar-sederhana" data-testid="antrian-luring">
            {antre.map((p) => (
              <li key={p.kunci}>
                Presensi {p.jenis} pukul {formatJamSetempat(new Date(p.waktuPerangkat))}, {formatTanggal(hariSetempat(p.waktuPerangkat))} (dibuat tanpa sinyal
                {p.namaPemilik ? ` oleh ${p.namaPemilik}` : ''})
              </li>
            ))}
          </ul>
          <p>
            Tersimpan di perangkat ini dan tidak hilang. Setelah pemiliknya masuk kembali saat ada sinyal, presensi ini dikirim dengan waktu saat tombolnya ditekan; presensi tidak
            pernah dikirim atas nama akun lain.
          </p>
        </>
      )}
      {antre && antre.length === 0 && <p>Tidak ada presensi yang menunggu dikirim di perangkat ini.</p>}
      <button type="button" className="tombol utama" onClick={() => void cobaLagi()}>Coba lagi</button>
    </main>
  );
}

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
