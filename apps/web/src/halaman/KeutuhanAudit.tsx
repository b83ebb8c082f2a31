import { useState } from 'react';
import { Link } from 'react-router';
import { formatAngka } from '@simasn/domain';
import { KONTRAK_AUDIT, type HasilPeriksaRantai } from '@simasn/platform/kontrak';
import { panggil } from '../api.ts';
import { formatWaktu } from '../format.ts';
import { useKirim } from '../kait.ts';
import { Memuat, PesanGalat } from '../komponen/Status.tsx';

/**
 * The audit log's hash chain checked on demand (the same check as `simasn audit periksa`): sound
 * with the number of entries and the last hash to write down, or the first broken entry named.
 */
export function KeutuhanAudit() {
  const [hasil, setHasil] = useState<HasilPeriksaRantai | null>(null);
  const kirim = useKirim();

  const periksa = () => kirim.jalankan(async () => setHasil(await panggil(KONTRAK_AUDIT.periksa)));

  return (
    <section>
      <div className="judul-halaman">
        <h1>Keutuhan Jejak Audit</h1>
        <Link className="tombol sekunder" to="/audit">
          Kembali ke Jejak Audit
        </Link>
      </div>
      <div className="kartu">
        <p>
          Setiap entri jejak audit dicatat dengan waktu dari jam basis data dan disambung ke entri sebelumnya dengan hash SHA-256. Pemeriksaan ini menghitung ulang seluruh rantai:
          entri yang diubah, dihapus atau disisipkan di luar aplikasi akan disebut, mulai dari yang pertama.
        </p>
        <button type="button" className="tombol utama" onClick={() => void periksa()} disabled={kirim.mengirim}>
          {hasil ? 'Periksa lagi' : 'Periksa sekarang'}
        </button>
      </div>
      {kirim.mengirim && <Memuat teks="Memeriksa rantai jejak audit…" />}
      <PesanGalat galat={kirim.galat} />
      {hasil && !kirim.mengirim && (hasil.utuh ?
        (
          <div className="pesan pesan-berhasil hasil-rantai" role="status" data-testid="hasil-periksa">
            <strong>Rantai jejak audit utuh.</strong>
            <span>
              {formatAngka(hasil.jumlah)} entri diperiksa{hasil.waktuTerakhir ? `; entri terakhir ${formatWaktu(String(hasil.waktuTerakhir))}` : ''}.
            </span>
            {hasil.hashTerakhir && (
              <span>
                Hash terakhir: <code className="hash">{hasil.hashTerakhir}</code>
                <br />
                Catat hash ini di berita acara pemeriksaan: bila seluruh rantai ditulis ulang, hash terakhirnya berbeda dari catatan itu.
              </span>
            )}
          </div>
        ) :
        (
          <div className="pesan pesan-galat hasil-rantai" role="alert" data-testid="hasil-periksa">
            <strong>Rantai jejak audit rusak.</strong>
            <span>
              Entri rusak pertama: {hasil.rusak?.urutan != null ? `nomor urut ${formatAngka(hasil.rusak.urutan)}` : 'entri tanpa nomor urut'}
              {hasil.rusak?.id != null && ` (id ${hasil.rusak.id})`}
              {hasil.rusak?.waktu ? `, waktu ${formatWaktu(String(hasil.rusak.waktu))}` : ''}.
            </span>
            <span>Masalah: {hasil.rusak?.masalah}.</span>
            <span>{formatAngka(hasil.jumlah)} entri sebelumnya utuh.</span>
          </div>
        ))}
      {hasil?.catatan && <p className="sub">{hasil.catatan}</p>}
    </section>
  );
}
