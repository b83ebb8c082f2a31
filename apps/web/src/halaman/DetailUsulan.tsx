import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { formatNip } from '@simasn/domain';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_BERKAS, KONTRAK_USULAN } from '@simasn/kepegawaian/kontrak';
import { alamatTitik, GalatApi, kunciJalur, panggil, periksaIsian } from '../api.ts';
import { useKueriApi } from '../kait.ts';
import { formatUkuran, formatWaktu, labelJenisRiwayat, tampilNilai } from '../format.ts';
import { useSesi } from '../sesi.tsx';
import { LencanaStatus } from '../komponen/Lencana.tsx';
import { Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Rinci } from '../komponen/Rinci.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { Formulir, IsianForm } from '../komponen/Formulir.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/kepegawaian/kontrak');

type BarisPerbandingan = ResponsTitik<typeof KONTRAK_USULAN.ambil>['perbandingan'][number];

function nilai(jenisUsulan: string, b: BarisPerbandingan, v: unknown): string {
  const riwayat = jenisUsulan.replace(/^(tambah|ubah)_/, '');
  if (b.isian === 'jenis' && v != null) return labelJenisRiwayat(riwayat, v);
  if (b.isian === 'tingkat' && riwayat === 'diklat') return v == null || v === '' ? '–' : String(v);
  return tampilNilai(b.isian, v);
}

/** One proposal: who, what, why, the document, and old / current / proposed values side by side. */
export function DetailUsulan({ kembali }: { kembali: string }) {
  const { id = '' } = useParams();
  const { boleh } = useSesi();
  const qc = useQueryClient();
  const [catatan, setCatatan] = useState('');
  const [alasanTolak, setAlasanTolak] = useState('');
  const [mengirim, setMengirim] = useState<'' | 'setujui' | 'tolak'>('');
  const [galat, setGalat] = useState<unknown>(null);
  const [konflik, setKonflik] = useState<string | null>(null);
  const [berhasil, setBerhasil] = useState<string | null>(null);
  const q = useKueriApi(KONTRAK_USULAN.ambil, { params: { id } });
  const u = q.data;
  const refKonflik = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The decision buttons are at the bottom, the message at the top: bring it into view.
    if (konflik) refKonflik.current?.scrollIntoView({ block: 'center' });
  }, [konflik]);

  async function putuskan(aksi: 'setujui' | 'tolak', e?: FormEvent) {
    e?.preventDefault();
    setGalat(null);
    setKonflik(null);
    setBerhasil(null);
    if (aksi === 'tolak') {
      // The server's own rule for a rejection reason (skemaTolak), before anything is sent.
      try {
        const { skemaTolak } = await muatSkema();
        periksaIsian(skemaTolak, { alasan: alasanTolak }, 'Tuliskan alasan penolakan.');
      } catch (err) {
        setGalat(err);
        return;
      }
    }
    setMengirim(aksi);
    try {
      if (aksi === 'setujui') await panggil(KONTRAK_USULAN.setujui, { params: { id }, body: catatan.trim() ? { catatan: catatan.trim() } : {} });
      else await panggil(KONTRAK_USULAN.tolak, { params: { id }, body: { alasan: alasanTolak.trim() } });
      setBerhasil(aksi === 'setujui' ? 'Usulan disetujui dan perubahan sudah diterapkan.' : 'Usulan ditolak.');
    } catch (err) {
      if (err instanceof GalatApi && err.status === 409) setKonflik(err.message);
      else setGalat(err);
    } finally {
      setMengirim('');
      await qc.invalidateQueries({ queryKey: kunciJalur('usulan') });
    }
  }

  if (q.isPending) return <Memuat />;
  if (q.error || !u) {
    return (
      <section>
        <p className="kembali">
          <Link to={kembali}>‹ Kembali</Link>
        </p>
        <h1>Usulan tidak dapat dibuka</h1>
        <PesanGalat galat={q.error} />
      </section>
    );
  }
  const menunggu = u.status === 'diajukan';
  // After a decision the record has moved on by design; the drift warning is for pending ones.
  const bergeser = menunggu && u.perbandingan.some((b) => b.berubahSejakDiajukan);
  const bolehPutus = u.status === 'diajukan' && boleh('usulan:verifikasi');

  return (
    <section className="detail-usulan">
      <p className="kembali">
        <Link to={kembali}>‹ {kembali === '/verifikasi' ? 'Antrian verifikasi' : 'Usulan Saya'}</Link>
      </p>
      <div className="judul-halaman">
        <h1>{u.labelJenis}</h1>
        <LencanaStatus status={u.status} />
      </div>
      {konflik && (
        <div className="pesan pesan-galat pesan-besar" role="alert" data-testid="pesan-konflik" ref={refKonflik}>
          <strong>Tidak dapat diputus.</strong> {konflik}
        </div>
      )}
      {berhasil && <PesanBerhasil>{berhasil}</PesanBerhasil>}

      <div className="kartu">
        <dl className="daftar-rinci">
          <Rinci label="Pegawai">
            {u.pegawai.nama}
            <small className="sub">
              NIP <span className="nip">{formatNip(u.pegawai.nip)}</span>
            </small>
            {u.pegawai.unit && <small className="sub">{u.pegawai.unit}</small>}
          </Rinci>
          <Rinci label="Diajukan">
            {formatWaktu(u.diajukanPada)}
            {u.diajukanOleh && <small className="sub">oleh {u.diajukanOleh}</small>}
          </Rinci>
          {u.diputusPada && (
            <Rinci label="Diputus">
              {formatWaktu(u.diputusPada)}
              {u.diputusOleh && <small className="sub">oleh {u.diputusOleh}</small>}
            </Rinci>
          )}
          <Rinci label="Alasan pengusul" lebar>{u.alasan}</Rinci>
          {u.catatanVerifikator && <Rinci label="Catatan verifikator" lebar>{u.catatanVerifikator}</Rinci>}
          <Rinci label="Dokumen pendukung" lebar>
            {u.berkas ?
              (
                <a className="tombol sekunder kecil" href={alamatTitik(KONTRAK_BERKAS.buka, { params: { nip: u.pegawai.nip, id: u.berkas.id } })} target="_blank"
                  rel="noopener noreferrer"
                >
                  Buka dokumen pendukung
                  <span className="sr">(tab baru)</span>
                </a>
              ) :
              ('–')}
            {u.berkas && (
              <small className="sub">
                {u.berkas.namaBerkas} ({formatUkuran(u.berkas.ukuran)})
              </small>
            )}
          </Rinci>
        </dl>
      </div>

      <section className="kartu" aria-labelledby="judul-perbandingan">
        <h2 id="judul-perbandingan">Perbandingan data</h2>
        {bergeser && (
          <p className="pesan pesan-peringatan" role="note">
            Sebagian data sudah berubah sejak usulan diajukan (baris bertanda ⚠). Periksa kolom "Saat ini" sebelum memutus.
          </p>
        )}
        <Tabel kelas="tabel-banding" data-testid="perbandingan" baris={u.perbandingan} kunci={(b) => b.isian}
          atributBaris={(b) => ({ className: `${menunggu && b.berubah ? 'berubah' : ''}${menunggu && b.berubahSejakDiajukan ? ' bergeser' : ''}`.trim() || undefined })}
          kolom={[{ judul: 'Isian', kepalaBaris: true, isi: (b) => (
            <>
              {b.label}
              {menunggu && b.berubah && <span className="sr">(berubah)</span>}
            </>
          ) }, { judul: 'Saat diusulkan', isi: (b) =>
            nilai(u.jenis, b, b.lama) }, { judul: 'Saat ini', isi: (b) => (
              <>
                {nilai(u.jenis, b, b.sekarang)}
                {menunggu && b.berubahSejakDiajukan && (
                  <span className="tanda-geser" title="Berubah sejak diajukan">
                    {' '}⚠ berubah sejak diajukan
                  </span>
                )}
              </>
            ) }, { judul: 'Diusulkan', kelas: 'nilai-baru', isi: (b) =>
              nilai(u.jenis, b, b.baru) }]} />
      </section>

      {bolehPutus && (
        <section className="kartu keputusan" aria-labelledby="judul-keputusan">
          <h2 id="judul-keputusan">Keputusan</h2>
          <PesanGalat galat={galat} />
          <div className="kisi-keputusan">
            <Formulir onSubmit={(e) => putuskan('setujui', e)} className="kotak-keputusan">
              <IsianForm id="catatan-setuju" label="Catatan persetujuan (opsional)" galat={galat} nama="catatan">
                {(a) => (
                  <textarea {...a} rows={3} value={catatan} onChange={(e) => setCatatan(e.target.value)} />
                )}
              </IsianForm>
              <button type="submit" className="tombol utama" disabled={mengirim !== ''}>
                {mengirim === 'setujui' ? 'Menyetujui…' : 'Setujui'}
              </button>
            </Formulir>
            <Formulir onSubmit={(e) => putuskan('tolak', e)} className="kotak-keputusan">
              <IsianForm id="alasan-tolak" label="Alasan penolakan" wajib galat={galat} nama="alasan">
                {(a) => <textarea {...a} rows={3} value={alasanTolak} onChange={(e) => setAlasanTolak(e.target.value)} />}
              </IsianForm>
              <button type="submit" className="tombol bahaya" disabled={mengirim !== ''}>
                {mengirim === 'tolak' ? 'Menolak…' : 'Tolak'}
              </button>
            </Formulir>
          </div>
        </section>
      )}
    </section>
  );
}
