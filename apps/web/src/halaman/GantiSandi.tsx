import { useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import { KONTRAK_AUTH, periksaSandiBaru } from '@simasn/akun/kontrak';
import { GalatApi, panggil } from '../api.ts';
import { useKirim } from '../kait.ts';
import { useSesi } from '../sesi.tsx';
import { PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Formulir } from '../komponen/Formulir.tsx';

export function GantiSandi() {
  const lokasi = useLocation();
  const { sesi } = useSesi();
  const wajib = (lokasi.state as { wajibGanti?: boolean } | null)?.wajibGanti;
  const [lama, setLama] = useState('');
  const [baru, setBaru] = useState('');
  const [ulang, setUlang] = useState('');
  const [berhasil, setBerhasil] = useState(false);
  const { galat, setGalat, mengirim, jalankan } = useKirim();

  async function kirim(e: FormEvent) {
    e.preventDefault();
    setGalat(null);
    setBerhasil(false);
    // The server's own password rules (periksaSandiBaru), shown the way its 422 is.
    const alasan = sesi ? periksaSandiBaru(baru, sesi.pengguna.namaPengguna) : null;
    if (alasan) return setGalat(new GalatApi(422, 'tidak_valid', 'Kata sandi baru belum memenuhi syarat.', [{ kolom: 'sandiBaru', pesan: alasan }]));
    if (baru !== ulang) return setGalat(new Error('Ulangan kata sandi baru tidak sama.'));
    await jalankan(async () => {
      await panggil(KONTRAK_AUTH.gantiSandi, { body: { sandiLama: lama, sandiBaru: baru } });
      setBerhasil(true);
      setLama('');
      setBaru('');
      setUlang('');
    });
  }

  return (
    <section className="sempit">
      <h1>Ganti Kata Sandi</h1>
      {wajib && !berhasil && (
        <p className="pesan pesan-peringatan" role="note">
          Demi keamanan, ganti kata sandi awal Anda sebelum melanjutkan.
        </p>
      )}
      {berhasil && <PesanBerhasil>Kata sandi berhasil diganti. Sesi Anda di perangkat lain telah diakhiri.</PesanBerhasil>}
      <PesanGalat galat={galat} />
      <Formulir className="kartu" onSubmit={kirim}>
        <div className="isian">
          <label htmlFor="sandi-lama">Kata sandi lama</label>
          <input id="sandi-lama" type="password" autoComplete="current-password" value={lama} onChange={(e) => setLama(e.target.value)} />
        </div>
        <div className="isian">
          <label htmlFor="sandi-baru">Kata sandi baru</label>
          <input id="sandi-baru" type="password" autoComplete="new-password" minLength={8} value={baru} onChange={(e) => setBaru(e.target.value)} />
          <small className="petunjuk">Minimal 8 karakter, tidak memuat nama pengguna/NIP. Frasa panjang lebih aman daripada simbol acak.</small>
        </div>
        <div className="isian">
          <label htmlFor="sandi-ulang">Ulangi kata sandi baru</label>
          <input id="sandi-ulang" type="password" autoComplete="new-password" value={ulang} onChange={(e) => setUlang(e.target.value)} />
        </div>
        <button type="submit" className="tombol utama" disabled={mengirim}>
          {mengirim ? 'Menyimpan…' : 'Ganti kata sandi'}
        </button>
      </Formulir>
    </section>
  );
}
