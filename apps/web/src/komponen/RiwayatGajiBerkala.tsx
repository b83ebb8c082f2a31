import { formatRupiah, formatTanggal, labelGolongan } from '@simasn/domain';
import { KONTRAK_KENAIKAN_PANGKAT, KONTRAK_LAYANAN, type BarisRiwayatGaji, type SuratGaji } from '@simasn/layanan/kontrak';
import { alamatTitik } from '../api.ts';
import { useKueriApi } from '../kait.ts';
import { tautanSuratKgb } from './JejakLayanan.tsx';
import { Kosong, Memuat, PesanGalat } from './Status.tsx';
import { Tabel } from './Tabel.tsx';

const LABEL_JENIS: Record<BarisRiwayatGaji['jenis'], string> = { kgb: 'Kenaikan gaji berkala', kenaikan_pangkat: 'Kenaikan pangkat', lainnya: 'Lainnya' };

function TautanSurat({ s }: { s: SuratGaji }) {
  const href = s.jenis === 'kgb' ? tautanSuratKgb(s.id) : alamatTitik(KONTRAK_KENAIKAN_PANGKAT.sk, { params: { id: s.usulanId, format: 'pdf' } });
  return <a href={href} target="_blank" rel="noreferrer">{s.jenis === 'kgb' ? 'Surat KGB (PDF)' : 'SK kenaikan pangkat (PDF)'}</a>;
}

/**
 * The employee's gaji pokok history as the KGB and the kenaikan pangkat wrote it: read-only here
 * (it changes only through those services), newest first, with the letter when the viewer may open it.
 */
export function RiwayatGajiBerkala({ nip }: { nip: string }) {
  const q = useKueriApi(KONTRAK_LAYANAN.riwayatGaji, { params: { nip } });
  return (
    <div>
      <div className="judul-bagian">
        <h3>Riwayat Gaji Berkala</h3>
      </div>
      <p className="sub">Dicatat oleh layanan KGB dan kenaikan pangkat; tidak diubah di sini.</p>
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {q.data && (q.data.length === 0 ? <Kosong>Belum ada riwayat gaji berkala.</Kosong> : (
        <Tabel data-riwayat="gaji" baris={q.data} kunci={(r) => r.id} kolom={[
          { judul: 'TMT', kelas: 'nowrap', isi: (r) => (
            <>
              {formatTanggal(r.tmt)}
              <small className="sub">{LABEL_JENIS[r.jenis]}</small>
            </>
          ) },
          { judul: 'Golongan', isi: (r) => labelGolongan(r.golongan) },
          { judul: 'Masa kerja', isi: (r) => `${r.mkTahun} tahun ${r.mkBulan} bulan` },
          { judul: 'Gaji pokok', kelas: 'nowrap', isi: (r) => formatRupiah(r.gajiPokok) },
          { judul: 'Surat', isi: (r) => (
            <>
              {r.nomorSurat ?? '–'}
              {r.tanggalSurat && <small className="sub">{formatTanggal(r.tanggalSurat)}</small>}
              {r.surat && (
                <small className="sub">
                  <TautanSurat s={r.surat} />
                </small>
              )}
            </>
          ) },
        ]} />
      ))}
    </div>
  );
}
