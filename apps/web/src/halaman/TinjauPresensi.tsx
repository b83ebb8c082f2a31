import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { formatAngka, formatTanggal } from '@simasn/domain';
import { JENIS_SINYAL, KONTRAK_PRESENSI as K, LABEL_SINYAL, LABEL_STATUS_PERANGKAT, LABEL_STATUS_SINYAL, type SinyalPresensi } from '@simasn/presensi/kontrak';
import { alamatTitik, kunciJalur, panggil } from '../api.ts';
import { formatWaktu } from '../format.ts';
import { useDaftarBerhalaman, useHalamanApi } from '../kait.ts';
import { Formulir, IsianForm } from '../komponen/Formulir.tsx';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { Pilih, PilihSaring } from '../komponen/PilihSaring.tsx';
import { PilihUnit } from '../komponen/PilihUnit.tsx';
import { SaringDaftar } from '../komponen/SaringDaftar.tsx';
import { PesanGalat } from '../komponen/Status.tsx';
import { SelPegawai, Tabel } from '../komponen/Tabel.tsx';

const BATAS = 20;
const FILTER = ['q', 'urut', 'arah', 'status', 'jenis', 'unitId'] as const;
const URUT = [['waktu', 'Waktu presensi', 'tanggal'], ['nama', 'Nama pegawai'], ['jenis', 'Jenis sinyal']] as const;

/**
 * The review queue of fraud signals (admin OPD: its units; admin BKD: all): each with its evidence,
 * searched, filtered, paged and exported on the server; a person decides valid or pelanggaran with a
 * note. Nothing is deducted from a signal. Device binding requests are decided here too.
 */
export function TinjauPresensi() {
  const d = useDaftarBerhalaman(FILTER, BATAS, 'q');
  const status = (d.filter.status || 'baru') as 'baru' | 'valid' | 'pelanggaran' | 'semua';
  const kueri = { q: d.filter.q || undefined, urut: (d.filter.urut || undefined) as 'waktu' | undefined, arah: (d.filter.arah || undefined) as 'naik' | undefined, status,
    jenis: (d.filter.jenis || undefined) as (typeof JENIS_SINYAL)[number] | undefined, unitId: d.filter.unitId ? Number(d.filter.unitId) : undefined };
  const q = useHalamanApi(K.daftarSinyal, { query: { ...kueri, page: d.halaman, limit: BATAS } });
  const [dipilih, setDipilih] = useState<SinyalPresensi | null>(null);
  return (
    <section>
      <div className="judul-halaman">
        <h1>Tinjauan Presensi</h1>
        <Pilih sebaris id="saring-status-sinyal" label="Status" nilai={status} ganti={(v) => d.ubah({ status: v === 'baru' ? '' : v })}
          pilihan={[...Object.entries(LABEL_STATUS_SINYAL), ['semua', 'Semua']]} />
      </div>
      <p className="sub">
        Sinyal hanya menandai presensi untuk diperiksa. Tidak ada potongan otomatis: peninjau memutuskan valid atau pelanggaran setelah klarifikasi.
      </p>
      <SaringDaftar id="sinyal" daftar={d} labelCari="Cari nama atau NIP" urut={URUT} arahBawaan={!d.filter.urut || d.filter.urut === 'waktu' ? 'turun' : 'naik'}
        ekspor={alamatTitik(K.eksporSinyal, { query: kueri })}
      >
        <PilihSaring id="sinyal-jenis" label="Jenis sinyal" semua="Semua jenis" nilai={d.filter.jenis} ganti={(v) => d.ubah({ jenis: v })}
          pilihan={JENIS_SINYAL.map((j) => [j, LABEL_SINYAL[j]] as const)} />
        <div className="isian">
          <label htmlFor="sinyal-unit">Unit</label>
          <PilihUnit id="sinyal-unit" nilai={d.filter.unitId} ganti={(v) => d.ubah({ unitId: v })} />
        </div>
      </SaringDaftar>
      <DaftarBerhalaman kueri={q} halaman={d.halaman} batas={BATAS} ganti={(h) => d.ubah({}, h)} kosong="Tidak ada sinyal dengan saringan ini."
        ringkasan={(total) => <p className="ringkasan-hasil" aria-live="polite">{formatAngka(total)} sinyal</p>}
      >
        {(items) => (
          <Tabel data-testid="antrian-sinyal" sibuk={q.isFetching} baris={items} kunci={(s) => s.id} kolom={[
            { judul: 'Presensi', isi: (s) => (
              <>
                {formatWaktu(s.presensi.waktu as string)}
                <small className="sub">{s.presensi.jenis === 'masuk' ? 'Masuk' : 'Pulang'}{s.presensi.luring ? ', dibuat tanpa sinyal' : ''}</small>
              </>
            ) },
            { judul: 'Pegawai', isi: (s) => <SelPegawai nama={s.pegawai.nama} nip={s.pegawai.nip} unit={s.pegawai.unit} /> },
            { judul: 'Sinyal', isi: (s) => <strong>{s.label}</strong> },
            { judul: 'Bukti', kelas: 'bukti-sinyal', isi: (s) => (
              <>
                {s.uraian}
                {s.pegawaiLain.length > 0 && <small className="sub">Juga dipakai: {s.pegawaiLain.map((p) => p.nama).join(', ')}</small>}
                {s.presensi.lat !== null && (
                  <small className="sub">
                    Lokasi {formatAngka(s.presensi.lat, 6)}, {formatAngka(s.presensi.lon, 6)}
                    {s.presensi.akurasiMeter !== null ? ` (akurasi ${formatAngka(s.presensi.akurasiMeter)} m)` : ''}
                    {s.presensi.diDalam ? ', dalam radius' : `, di luar radius ${formatAngka(s.presensi.jarakMeter ?? 0)} m`}
                  </small>
                )}
                {s.presensi.adaSwafoto && <a className="sub" href={alamatTitik(K.swafoto, { params: { id: s.presensi.id } })} target="_blank" rel="noreferrer">Lihat swafoto</a>}
              </>
            ) },
            { judul: 'Status', isi: (s) => (
              <>
                <span className={`lencana ${s.status === 'pelanggaran' ? 'lencana-ditolak' : s.status === 'valid' ? 'lencana-disetujui' : 'lencana-diajukan'}`}>
                  {LABEL_STATUS_SINYAL[s.status]}
                </span>
                {s.catatan && <small className="sub">{s.catatan}</small>}
              </>
            ) },
          ]} aksi={(s) => (
            <button type="button" className="tombol kecil utama" onClick={() => setDipilih(s)} aria-label={`Putuskan sinyal ${s.label} untuk ${s.pegawai.nama}`}>
              Putuskan
            </button>
          )} />
        )}
      </DaftarBerhalaman>
      {dipilih && <PutuskanSinyal sinyal={dipilih} tutup={() => setDipilih(null)} />}
      <PermintaanPerangkat />
    </section>
  );
}

function PutuskanSinyal({ sinyal, tutup }: { sinyal: SinyalPresensi, tutup: () => void }) {
  const qc = useQueryClient();
  const [keputusan, setKeputusan] = useState<'valid' | 'pelanggaran'>('valid');
  const [catatan, setCatatan] = useState('');
  const [galat, setGalat] = useState<unknown>(null);
  const [mengirim, setMengirim] = useState(false);
  return (
    <div className="kartu" role="dialog" aria-modal="false" aria-labelledby="judul-putuskan">
      <h2 id="judul-putuskan">Putuskan: {sinyal.label} · {sinyal.pegawai.nama}</h2>
      <p>{sinyal.uraian}</p>
      <Formulir onSubmit={async (e) => {
        e.preventDefault();
        setGalat(null);
        setMengirim(true);
        try {
          await panggil(K.putuskanSinyal, { params: { id: sinyal.id }, body: { keputusan, catatan: catatan || undefined, versi: sinyal.versi } });
          await qc.invalidateQueries({ queryKey: kunciJalur('presensi') });
          tutup();
        } catch (err) {
          setGalat(err);
        } finally {
          setMengirim(false);
        }
      }}>
        <Pilih id="keputusan-sinyal" label="Keputusan" nilai={keputusan} ganti={(v) => setKeputusan(v as 'valid' | 'pelanggaran')}
          pilihan={[['valid', 'Valid (bukan pelanggaran)'], ['pelanggaran', 'Pelanggaran']]} />
        <IsianForm id="catatan-sinyal" label="Catatan" wajib={keputusan === 'pelanggaran'} galat={galat} nama="catatan" lebar
          petunjuk="Hasil klarifikasi; wajib untuk pelanggaran."
        >
          {(a) => <textarea {...a} rows={3} value={catatan} onChange={(e) => setCatatan(e.target.value)} />}
        </IsianForm>
        <div className="tombol-baris">
          <button type="submit" className="tombol utama" disabled={mengirim}>Simpan keputusan</button>
          <button type="button" className="tombol sekunder" onClick={tutup}>Batal</button>
        </div>
      </Formulir>
      <PesanGalat galat={galat} />
    </div>
  );
}

function PermintaanPerangkat() {
  const qc = useQueryClient();
  const q = useHalamanApi(K.daftarPerangkat, { query: { status: 'menunggu', page: 1, limit: 50 } });
  const [galat, setGalat] = useState<unknown>(null);
  const putuskan = async (id: number, versi: number, setuju: boolean) => {
    setGalat(null);
    try {
      await panggil(K.putuskanPerangkat, { params: { id }, body: { setuju, versi, ...(setuju ? {} : { catatan: 'Ditolak admin setelah klarifikasi' }) } });
      await qc.invalidateQueries({ queryKey: kunciJalur('presensi') });
    } catch (err) {
      setGalat(err);
    }
  };
  return (
    <div className="kartu">
      <h2>Permintaan perangkat</h2>
      <PesanGalat galat={galat} />
      {q.data && q.data.items.length === 0 && <p>Tidak ada permintaan perangkat yang menunggu.</p>}
      {q.data && q.data.items.length > 0 && (
        <Tabel data-testid="permintaan-perangkat" baris={q.data.items} kunci={(p) => p.id} kolom={[
          { judul: 'Diminta', isi: (p) => formatTanggal(String(p.dimintaPada).slice(0, 10)) },
          { judul: 'Pegawai', isi: (p) => <SelPegawai nama={p.pegawai.nama} nip={p.pegawai.nip} unit={p.pegawai.unit} /> },
          { judul: 'Perangkat', isi: (p) => p.keterangan ?? '-' },
          { judul: 'Alasan', isi: (p) => p.alasan ?? '-' },
          { judul: 'Status', isi: (p) => LABEL_STATUS_PERANGKAT[p.status] },
        ]} aksi={(p) => (
          <span className="tombol-baris">
            <button type="button" className="tombol kecil utama" onClick={() => void putuskan(p.id, p.versi, true)}>Setujui</button>
            <button type="button" className="tombol kecil sekunder" onClick={() => void putuskan(p.id, p.versi, false)}>Tolak</button>
          </span>
        )} />
      )}
    </div>
  );
}
