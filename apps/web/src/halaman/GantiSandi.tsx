import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { KONTRAK_AUTH } from '@simasn/akun/kontrak';
import { GalatApi, panggil } from '../api.ts';
import { useKirim } from '../kait.ts';
import { useSesi } from '../sesi.tsx';
import { PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Formulir } from '../komponen/Formulir.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/akun/kontrak');

/** The problem the server (or the same rules here) found with one isian, to show beside it. */
function pesanIsian(galat: unknown, kolom: string): string | undefined {
  return galat instanceof GalatApi ? galat.masalah.find((m) => m.kolom === kolom)?.pesan : undefined;
}

/**
 * Change one's own password. Also the forced page after an admin created or reset the account:
 * the API answers nothing else until the password is replaced, and the menu shows nothing else.
 */
export function GantiSandi() {
  const lokasi = useLocation();
  const navigasi = useNavigate();
  const { sesi, muatUlang } = useSesi();
  const wajib = !!sesi?.harusGantiSandi || !!(lokasi.state as { wajibGanti?: boolean } | null)?.wajibGanti;
  const [lama, setLama] = useState('');
  const [baru, setBaru] = useState('');
  const [ulang, setUlang] = useState('');
  const [berhasil, setBerhasil] = useState(false);
  const { galat, setGalat, mengirim, jalankan } = useKirim();

  async function kirim(e: FormEvent) {
    e.preventDefault();
    setGalat(null);
    setBerhasil(false);
    const tidakValid = (kolom: string, pesan: string) => setGalat(new GalatApi(422, 'tidak_valid', 'Kata sandi baru belum memenuhi syarat.', [{ kolom, pesan }]));
    if (!lama) return setGalat(new GalatApi(422, 'tidak_valid', 'Isian belum lengkap.', [{ kolom: 'sandiLama', pesan: 'kata sandi lama wajib diisi' }]));
    // The server's own rules (periksaSandiBaru), shown the way its 422 is; the list of common
    // passwords is checked by the server.
    const { periksaSandiBaru } = await muatSkema();
    const alasan = sesi ? periksaSandiBaru(baru, { namaPengguna: sesi.pengguna.namaPengguna, namaTampilan: sesi.pengguna.namaTampilan, nip: sesi.pengguna.nip }) : null;
    if (alasan) return tidakValid('sandiBaru', alasan);
    if (baru !== ulang) return tidakValid('sandiUlang', 'ulangan kata sandi baru tidak sama');
    await jalankan(async () => {
      await panggil(KONTRAK_AUTH.gantiSandi, { body: { sandiLama: lama, sandiBaru: baru } });
      setBerhasil(true);
      setLama('');
      setBaru('');
      setUlang('');
      if (sesi?.harusGantiSandi) {
        await muatUlang();
        navigasi('/', { replace: true, state: { sandiDiganti: true } });
      }
    });
  }

  const isian = (id: string, kolom: string, label: string, nilai: string, ubah: (s: string) => void, lengkapOtomatis: string, petunjuk?: string) => {
    const pesan = pesanIsian(galat, kolom);
    const keterangan = [petunjuk ? `${id}-petunjuk` : '', pesan ? `${id}-galat` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div className="isian">
        <label htmlFor={id}>{label}</label>
        <input id={id} type="password" autoComplete={lengkapOtomatis} value={nilai} onChange={(e) => ubah(e.target.value)} aria-invalid={pesan ? true : undefined}
          aria-describedby={keterangan} />
        {petunjuk && (
          <small id={`${id}-petunjuk`} className="petunjuk">
            {petunjuk}
          </small>
        )}
        {pesan && (
          <small id={`${id}-galat`} className="galat-isian">
            {pesan[0]!.toUpperCase() + pesan.slice(1)}.
          </small>
        )}
      </div>
    );
  };

  return (
    <section className="sempit">
      <h1>Ganti Kata Sandi</h1>
      {wajib && !berhasil && (
        <p className="pesan pesan-peringatan" role="note">
          Kata sandi Anda dibuat atau diatur ulang oleh admin. Demi keamanan, ganti dengan kata sandi Anda sendiri sebelum melanjutkan.
        </p>
      )}
      {berhasil && <PesanBerhasil>Kata sandi berhasil diganti. Sesi Anda di perangkat lain telah diakhiri.</PesanBerhasil>}
      <PesanGalat galat={galat} />
      <Formulir className="kartu" onSubmit={kirim}>
        {isian('sandi-lama', 'sandiLama', wajib ? 'Kata sandi lama (dari admin)' : 'Kata sandi lama', lama, setLama, 'current-password')}
        {isian('sandi-baru', 'sandiBaru', 'Kata sandi baru', baru, setBaru, 'new-password',
          'Minimal 8 karakter; bukan kata sandi yang umum dipakai, bukan dari nama Anda, NIP atau nama instansi. Frasa panjang (tiga kata atau lebih) lebih aman daripada simbol acak.')}
        {isian('sandi-ulang', 'sandiUlang', 'Ulangi kata sandi baru', ulang, setUlang, 'new-password')}
        <button type="submit" className="tombol utama" disabled={mengirim}>
          {mengirim ? 'Menyimpan…' : 'Ganti kata sandi'}
        </button>
      </Formulir>
    </section>
  );
}
