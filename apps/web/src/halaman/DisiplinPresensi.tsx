import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { formatAngka, formatPersen, formatTanggal, JENIS_HUKDIS } from '@simasn/domain';
import type { MasukanTitik, ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_REKAP } from '@simasn/rekap/kontrak';
import { kunciJalur, panggil } from '../api.ts';
import { formatWaktu, hariIniSetempat } from '../format.ts';
import { useDaftarBerhalaman, useHalamanApi, useKirim } from '../kait.ts';
import { Formulir, IsianForm, IsianTanggal } from '../komponen/Formulir.tsx';
import { KartuAngka } from '../komponen/KartuAngka.tsx';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { Pilih } from '../komponen/PilihSaring.tsx';
import { SaringDaftar } from '../komponen/SaringDaftar.tsx';
import { PesanGalat } from '../komponen/Status.tsx';
import { SelPegawai, Tabel } from '../komponen/Tabel.tsx';
import { useSesi } from '../sesi.tsx';

type Filter = NonNullable<MasukanTitik<typeof KONTRAK_REKAP.disiplin>['query']>;
type Usulan = ResponsTitik<typeof KONTRAK_REKAP.disiplin>['items'][number];
const BATAS = 25;
const FILTER = ['q', 'urut', 'arah', 'tahun', 'status'] as const;
const URUT = [['dibuat', 'Tanggal usulan', 'tanggal'], ['nama', 'Nama'], ['alpa', 'Jumlah alpa', 'angka']] as const;
const STATUS = [['menunggu', 'Menunggu keputusan'], ['diputuskan', 'Sudah ditetapkan'], ['dikesampingkan', 'Dikesampingkan'], ['semua', 'Semua']] as const;
const LABEL_STATUS = { menunggu: 'Menunggu keputusan', diputuskan: 'Ditetapkan', dikesampingkan: 'Dikesampingkan' } as const;
/** The riwayat kind a proposal maps to (domain JENIS_HUKDIS_USULAN, on the web through its labels). */
const JENIS_DARI_USULAN: Record<string, string> = { potongan_tpp_25_6_bulan: 'potong_tukin_6', potongan_tpp_25_9_bulan: 'potong_tukin_9',
  potongan_tpp_25_12_bulan: 'potong_tukin_12' };

/**
 * The PP 94/2021 tracker: the hukuman disiplin the system proposes from each pegawai's alpa days
 * of the year (or a run of 10), for the atasan, admin OPD and BKD to see, and for the authorised
 * official to decide with the SK (it becomes the riwayat hukuman disiplin) or to set aside with a
 * reason; the year's Indeks Disiplin above.
 */
export function DisiplinPresensi() {
  const sesi = useSesi();
  const bolehPutuskan = sesi.boleh('disiplin:putuskan');
  const d = useDaftarBerhalaman(FILTER, BATAS, 'q');
  const tahun = d.filter.tahun || hariIniSetempat().slice(0, 4);
  const status = d.filter.status || 'menunggu';
  const kueri = { ...d.filter, tahun, status, urut: d.filter.urut || undefined } as unknown as Filter;
  const q = useHalamanApi(KONTRAK_REKAP.disiplin, { query: { ...kueri, page: d.halaman, limit: BATAS } });
  const [dipilih, setDipilih] = useState<Usulan | null>(null);
  const tahunIni = Number(hariIniSetempat().slice(0, 4));
  return (
    <section>
      <div className="judul-halaman">
        <h1>Disiplin Kehadiran</h1>
      </div>
      <p className="petunjuk">
        Usulan hukuman disiplin menurut PP 94/2021 dari jumlah hari alpa dalam setahun (atau 10 hari kerja berturut-turut). Sistem hanya mengusulkan; pejabat yang berwenang
        memutuskan setelah pemeriksaan.
      </p>
      {q.data && (
        <div className="kartu-angka">
          <KartuAngka label={`Indeks Disiplin ${q.data.tahun}`} nilai={formatPersen(q.data.indeksDisiplin.nilai)} idNilai="indeks-disiplin"
            sub={`${formatAngka(q.data.indeksDisiplin.pegawaiDihukum)} dari ${formatAngka(q.data.indeksDisiplin.jumlahPegawai)} ASN dijatuhi hukuman disiplin`} />
          <KartuAngka label="Usulan ditampilkan" nilai={formatAngka(q.data.total)} />
        </div>
      )}
      <SaringDaftar id="disiplin" daftar={d} labelCari="Cari nama atau NIP" urut={URUT} arahBawaan="turun">
        <Pilih id="disiplin-tahun" label="Tahun" nilai={tahun} ganti={(v) => d.ubah({ tahun: v === String(tahunIni) ? '' : v })}
          pilihan={[tahunIni, tahunIni - 1, tahunIni - 2].map((t) => [String(t), String(t)] as const)} />
        <Pilih id="disiplin-status" label="Status" nilai={status} ganti={(v) => d.ubah({ status: v === 'menunggu' ? '' : v })} pilihan={STATUS} />
      </SaringDaftar>
      {dipilih && <PutuskanUsulan usulan={dipilih} tutup={() => setDipilih(null)} />}
      <DaftarBerhalaman kueri={q} halaman={d.halaman} batas={BATAS} ganti={(h) => d.ubah({}, h)} kosong="Tidak ada usulan hukuman disiplin."
        ringkasan={(total) => <p className="ringkasan-hasil" aria-live="polite">{formatAngka(total)} usulan</p>}
      >
        {(items) => (
          <Tabel data-testid="tabel-disiplin" sibuk={q.isFetching} baris={items} kunci={(u) => u.id} kolom={[
            { judul: 'Pegawai', isi: (u) => <SelPegawai nama={u.nama} nip={u.nip} unit={u.unit} /> },
            { judul: 'Alpa', kelas: 'angka', isi: (u) => `${formatAngka(u.alpaSetahun)} hari${u.alpaBerturutMaks > 1 ? ` (${formatAngka(u.alpaBerturutMaks)} berturut)` : ''}` },
            { judul: 'Usulan sistem', isi: (u) => u.labelUsulan },
            { judul: 'Status', isi: (u) => (
              <>
                {LABEL_STATUS[u.status]}
                {u.status === 'diputuskan' && u.nomorSk && <span className="sub-angka">SK {u.nomorSk}, {formatTanggal(u.tanggalSk)}</span>}
                {u.catatan && <span className="sub-angka">{u.catatan}</span>}
              </>
            ) },
            { judul: 'Diusulkan', kelas: 'nowrap', isi: (u) => formatWaktu(String(u.dibuatPada)) },
          ]} aksi={bolehPutuskan
            ? (u) => (u.status === 'menunggu' ? <button type="button" className="tombol kecil" onClick={() => setDipilih(u)}>Putuskan</button> : null)
            : undefined} />
        )}
      </DaftarBerhalaman>
    </section>
  );
}

function PutuskanUsulan({ usulan, tutup }: { usulan: Usulan, tutup: () => void }) {
  const qc = useQueryClient();
  const k = useKirim();
  const [keputusan, setKeputusan] = useState<'tetapkan' | 'kesampingkan'>('tetapkan');
  const [jenis, setJenis] = useState(JENIS_DARI_USULAN[usulan.usulan] ?? usulan.usulan);
  const [nomorSk, setNomorSk] = useState('');
  const [tanggalSk, setTanggalSk] = useState(hariIniSetempat());
  const [tmt, setTmt] = useState(hariIniSetempat());
  const [catatan, setCatatan] = useState('');
  return (
    <div className="kartu" role="dialog" aria-modal="false" aria-labelledby="judul-putuskan-hukdis">
      <h2 id="judul-putuskan-hukdis">Putuskan: {usulan.nama}</h2>
      <p>
        Alpa {formatAngka(usulan.alpaSetahun)} hari kerja pada tahun {usulan.tahun}. Usulan sistem: {usulan.labelUsulan}.
      </p>
      <Formulir onSubmit={(e) => {
        e.preventDefault();
        void k.jalankan(async () => {
          await panggil(KONTRAK_REKAP.putuskanDisiplin, { params: { id: usulan.id }, body: keputusan === 'tetapkan'
            ? { keputusan, jenis: jenis as 'teguran_lisan', nomorSk, tanggalSk, tmt, catatan: catatan || null, versi: usulan.versi }
            : { keputusan, catatan, versi: usulan.versi } });
          await qc.invalidateQueries({ queryKey: kunciJalur('rekap-presensi') });
          tutup();
        });
      }}>
        <Pilih id="keputusan-hukdis" label="Keputusan" nilai={keputusan} ganti={(v) => setKeputusan(v as 'tetapkan')}
          pilihan={[['tetapkan', 'Tetapkan hukuman (dengan SK)'], ['kesampingkan', 'Kesampingkan usulan']]} />
        {keputusan === 'tetapkan' && (
          <>
            <Pilih id="jenis-hukdis" label="Jenis hukuman" nilai={jenis} ganti={setJenis} pilihan={Object.entries(JENIS_HUKDIS).map(([nilai, j]) => [nilai, j.label] as const)} />
            <IsianForm id="nomor-sk-hukdis" label="Nomor SK" wajib galat={k.galat} nama="nomorSk">
              {(a) => (
                <input {...a} value={nomorSk} onChange={(e) => setNomorSk(e.target.value)} />
              )}
            </IsianForm>
            <IsianForm id="tanggal-sk-hukdis" label="Tanggal SK" wajib galat={k.galat} nama="tanggalSk">
              {(a) => <IsianTanggal {...a} nilai={tanggalSk} ganti={setTanggalSk} />}
            </IsianForm>
            <IsianForm id="tmt-hukdis" label="TMT" wajib galat={k.galat} nama="tmt">
              {(a) => <IsianTanggal {...a} nilai={tmt} ganti={setTmt} />}
            </IsianForm>
          </>
        )}
        <IsianForm id="catatan-hukdis" label={keputusan === 'tetapkan' ? 'Catatan' : 'Alasan'} wajib={keputusan === 'kesampingkan'} galat={k.galat} nama="catatan" lebar
          petunjuk={keputusan === 'tetapkan' ? 'Hasil pemeriksaan (tidak wajib).' : 'Mengapa usulan ini tidak diteruskan.'}
        >
          {(a) => <textarea {...a} rows={3} value={catatan} onChange={(e) => setCatatan(e.target.value)} />}
        </IsianForm>
        <div className="tombol-baris">
          <button type="submit" className="tombol utama" disabled={k.mengirim}>{k.mengirim ? 'Menyimpan…' : 'Simpan keputusan'}</button>
          <button type="button" className="tombol sekunder" onClick={tutup}>Batal</button>
        </div>
      </Formulir>
      <PesanGalat galat={k.galat} />
    </div>
  );
}
