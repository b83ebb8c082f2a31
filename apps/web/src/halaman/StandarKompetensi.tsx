import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatAngka } from '@simasn/domain';
import { KONTRAK_KOMPETENSI } from '@simasn/kompetensi/kontrak';
import type { MasukanTitik, ResponsTitik } from '@simasn/kontrak';
import { alamatTitik, kunciJalur, panggil, periksaIsian } from '../api.ts';
import { useDaftarBerhalaman, useHalamanApi, useKirim, useKueriApi } from '../kait.ts';
import { Formulir, IsianForm } from '../komponen/Formulir.tsx';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { PanelImpor } from '../komponen/PanelImpor.tsx';
import { Pilih } from '../komponen/PilihSaring.tsx';
import { SaringDaftar } from '../komponen/SaringDaftar.tsx';
import { PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { useSesi } from '../sesi.tsx';
import { LABEL_KELOMPOK } from './kompetensi.ts';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/kompetensi/kontrak');

type Filter = NonNullable<MasukanTitik<typeof KONTRAK_KOMPETENSI.standar>['query']>;
type Jabatan = ResponsTitik<typeof KONTRAK_KOMPETENSI.standar>['items'][number];
type HasilImpor = ResponsTitik<typeof KONTRAK_KOMPETENSI.imporStandar>;
const BATAS = 20;
const FILTER = ['q', 'urut', 'arah', 'jenis', 'status'] as const;
const URUT = [['nama', 'Nama jabatan'], ['kode', 'Kode'], ['pegawai', 'Pegawai', 'angka']] as const;
const JENIS = [['struktural', 'Struktural'], ['fungsional', 'Fungsional'], ['pelaksana', 'Pelaksana']] as const;
const STATUS = [['ada', 'Sudah punya standar'], ['belum', 'Belum punya standar']] as const;
const LEVEL = [1, 2, 3, 4, 5].map((l) => [String(l), `Level ${l}`] as const);
const LABEL_JENIS: Record<string, string> = { struktural: 'Struktural', fungsional: 'Fungsional', pelaksana: 'Pelaksana' };

/**
 * Standar Kompetensi: the level 1-5 each competency of a jabatan needs (PermenPAN-RB 38/2017),
 * listed with search, filters and pages, exported; BKD sets one jabatan's standard in place or
 * imports the sheet (all or nothing), and keeps the instansi's technical competencies.
 */
export function StandarKompetensi() {
  const d = useDaftarBerhalaman(FILTER, BATAS, 'q');
  const { boleh } = useSesi();
  const kelola = boleh('kompetensi:kelola');
  const kueri = { ...d.filter, jenis: d.filter.jenis || undefined, status: d.filter.status || undefined } as unknown as Filter;
  const q = useHalamanApi(KONTRAK_KOMPETENSI.standar, { query: { ...kueri, page: d.halaman, limit: BATAS } });
  const [ubah, setUbah] = useState<Jabatan | null>(null);
  const [pesan, setPesan] = useState<string | null>(null);
  return (
    <section>
      <div className="judul-halaman">
        <h1>Standar Kompetensi Jabatan</h1>
      </div>
      <p className="petunjuk">
        Level 1 sampai 5 yang dibutuhkan setiap jabatan untuk 8 kompetensi manajerial, 1 sosial kultural dan kompetensi teknis instansi.
        {q.data ? ` ${formatAngka(q.data.tanpaStandar)} jabatan belum punya standar; JPM pemegangnya belum dapat dihitung.` : ''}
      </p>
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      <SaringDaftar id="standar" daftar={d} labelCari="Cari nama atau kode jabatan" urut={URUT} ekspor={alamatTitik(KONTRAK_KOMPETENSI.eksporStandar, { query: kueri })}>
        <Pilih id="standar-jenis" label="Jenis" nilai={d.filter.jenis} ganti={(v) => d.ubah({ jenis: v })} kosong="Semua" pilihan={JENIS} />
        <Pilih id="standar-status" label="Standar" nilai={d.filter.status} ganti={(v) => d.ubah({ status: v })} kosong="Semua" pilihan={STATUS} />
      </SaringDaftar>
      {ubah && (
        <FormStandar jabatan={ubah} tutup={(p) => {
          setUbah(null);
          if (p) setPesan(p);
        }} />
      )}
      <DaftarBerhalaman kueri={q} halaman={d.halaman} batas={BATAS} ganti={(h) => d.ubah({}, h)} kosong="Tidak ada jabatan yang cocok."
        ringkasan={(total) => <p className="ringkasan-hasil" aria-live="polite">{formatAngka(total)} jabatan</p>}
      >
        {(items) => (
          <Tabel data-testid="tabel-standar" sibuk={q.isFetching} baris={items} kunci={(j) => j.id} kolom={[
            { judul: 'Jabatan', kepalaBaris: true, isi: (j) => (
              <>
                {j.nama}
                <br />
                <small>
                  {j.kode} · {LABEL_JENIS[j.jenis] ?? j.jenis}
                  {j.eselon ? ` · eselon ${j.eselon}` : ''}
                  {j.unit ? ` · ${j.unit}` : ''}
                </small>
              </>
            ) },
            { judul: 'Pegawai', kelas: 'angka', isi: (j) => formatAngka(j.pegawai) },
            { judul: 'Standar', isi: (j) => (j.standar.length ? j.standar.map((s) => `${s.nama} ${s.level}`).join(', ') : 'Belum ada') },
            kelola && { judul: 'Tindakan', isi: (j) => (
              <button type="button" className="tombol teks" aria-label={`Ubah standar ${j.nama}`} onClick={() => {
                setPesan(null);
                setUbah(j);
              }}>
                Ubah
              </button>
            ) },
          ]} />
        )}
      </DaftarBerhalaman>
      {kelola && <FormImpor selesai={setPesan} />}
      <KamusTeknis kelola={kelola} selesai={setPesan} />
    </section>
  );
}

function FormStandar({ jabatan, tutup }: { jabatan: Jabatan, tutup: (pesan?: string) => void }) {
  const qc = useQueryClient();
  const kamus = useKueriApi(KONTRAK_KOMPETENSI.kamus, { query: {} });
  const [level, setLevel] = useState<Record<string, string>>(Object.fromEntries(jabatan.standar.map((s) => [s.kode, String(s.level)])));
  const k = useKirim();
  return (
    <Formulir className="kartu form-panel" aria-label={`Standar kompetensi ${jabatan.nama}`} onSubmit={(e) => {
      e.preventDefault();
      void k.jalankan(async () => {
        const body = { level: Object.entries(level).filter(([, v]) => v).map(([kode, v]) => ({ kode, level: Number(v) })) };
        const { skemaSimpanStandar } = await muatSkema();
        periksaIsian(skemaSimpanStandar, body);
        const h = await panggil(KONTRAK_KOMPETENSI.simpanStandar, { params: { id: jabatan.id }, body });
        await qc.invalidateQueries({ queryKey: kunciJalur('kompetensi') });
        tutup(`Standar kompetensi ${h.nama} tersimpan: ${formatAngka(h.standar.length)} kompetensi.`);
      });
    }}>
      <h2>Standar kompetensi {jabatan.nama}</h2>
      <PesanGalat galat={k.galat} />
      <div className="kisi-isian">
        {(kamus.data?.items ?? []).filter((x) => x.aktif || level[x.kode]).map((x) => (
          <Pilih key={x.kode} id={`standar-${x.kode}`} label={`${x.nama} (${LABEL_KELOMPOK[x.kelompok]})`} nilai={level[x.kode] ?? ''}
            ganti={(v) => setLevel({ ...level, [x.kode]: v })} kosong="Tidak dibutuhkan" pilihan={LEVEL} />
        ))}
      </div>
      <div className="baris-tombol">
        <button type="submit" className="tombol utama" disabled={k.mengirim}>{k.mengirim ? 'Menyimpan…' : 'Simpan standar'}</button>
        <button type="button" className="tombol teks" onClick={() => tutup()}>Batal</button>
      </div>
    </Formulir>
  );
}

function FormImpor({ selesai }: { selesai: (p: string) => void }) {
  const qc = useQueryClient();
  return (
    <PanelImpor<HasilImpor> judul="Impor standar kompetensi" id="standar-berkas" jalur={alamatTitik(KONTRAK_KOMPETENSI.imporStandar)} data-testid="masalah-impor-standar"
      pesanKosong="Pilih berkas standar kompetensi." kabari={selesai} petunjuk={
      <>
        Satu baris per jabatan dan kompetensi: kolom "Kode jabatan", "Kode kompetensi" dan "Level" (1 sampai 5). Standar jabatan yang ada di berkas diganti seluruhnya; berkas hasil
        Ekspor dapat diubah lalu diimpor kembali. Semua baris diperiksa dulu; bila ada satu kesalahan tidak ada yang disimpan.
      </>
    } selesai={async (h) => {
      await qc.invalidateQueries({ queryKey: kunciJalur('kompetensi') });
      return `Impor selesai: ${formatAngka(h.baris)} baris diperiksa, standar ${formatAngka(h.jabatan)} jabatan diperbarui.`;
    }} />
  );
}

function KamusTeknis({ kelola, selesai }: { kelola: boolean, selesai: (p: string) => void }) {
  const qc = useQueryClient();
  const q = useKueriApi(KONTRAK_KOMPETENSI.kamus, { query: { kelompok: 'teknis' } });
  const [isi, setIsi] = useState({ kode: '', nama: '', deskripsi: '', aktif: true });
  const k = useKirim();
  return (
    <div className="kartu">
      <h2>Kompetensi teknis instansi</h2>
      {q.data && (q.data.items.length === 0 ?
        <p className="petunjuk">Belum ada kompetensi teknis.</p> :
        (
          <Tabel keterangan="Kompetensi teknis instansi" data-testid="tabel-teknis" baris={q.data.items} kunci={(x) => x.kode} kolom={[
            { judul: 'Kompetensi', kepalaBaris: true, isi: (x) => (
              <>
                {x.nama}
                <br />
                <small>{x.kode}{x.deskripsi ? ` · ${x.deskripsi}` : ''}</small>
              </>
            ) },
            { judul: 'Dipakai jabatan', kelas: 'angka', isi: (x) => formatAngka(x.jabatan) },
            { judul: 'Status', isi: (x) => (x.aktif ? 'Aktif' : 'Tidak aktif') },
            kelola && { judul: 'Tindakan', isi: (x) => (
              <button type="button" className="tombol teks" aria-label={`Ubah ${x.nama}`} onClick={() =>
                setIsi({ kode: x.kode, nama: x.nama, deskripsi: x.deskripsi ?? '', aktif: x.aktif })}
              >
                Ubah
              </button>
            ) },
          ]} />
        ))}
      {kelola && (
        <Formulir aria-label="Simpan kompetensi teknis" onSubmit={(e) => {
          e.preventDefault();
          void k.jalankan(async () => {
            const body = { kode: isi.kode, nama: isi.nama, deskripsi: isi.deskripsi || null, aktif: isi.aktif };
            const { skemaSimpanTeknis } = await muatSkema();
            periksaIsian(skemaSimpanTeknis, body);
            const h = await panggil(KONTRAK_KOMPETENSI.simpanTeknis, { body });
            await qc.invalidateQueries({ queryKey: kunciJalur('kompetensi') });
            setIsi({ kode: '', nama: '', deskripsi: '', aktif: true });
            selesai(`Kompetensi teknis ${h.nama} tersimpan.`);
          });
        }}>
          <h3>Tambah atau ubah kompetensi teknis</h3>
          <PesanGalat galat={k.galat} />
          <div className="kisi-isian">
            <IsianForm id="teknis-kode" label="Kode" wajib galat={k.galat} nama="kode" petunjuk="huruf kecil, angka, garis bawah (contoh: pengelolaan_keuangan)">
              {(a) => <input {...a} autoComplete="off" value={isi.kode} onChange={(e) => setIsi({ ...isi, kode: e.target.value })} />}
            </IsianForm>
            <IsianForm id="teknis-nama" label="Nama" wajib galat={k.galat} nama="nama">
              {(a) => <input {...a} value={isi.nama} onChange={(e) => setIsi({ ...isi, nama: e.target.value })} />}
            </IsianForm>
            <IsianForm id="teknis-deskripsi" label="Uraian" galat={k.galat} nama="deskripsi" lebar>
              {(a) => <input {...a} value={isi.deskripsi} onChange={(e) => setIsi({ ...isi, deskripsi: e.target.value })} />}
            </IsianForm>
            <Pilih id="teknis-aktif" label="Status" nilai={isi.aktif ? 'ya' : 'tidak'} ganti={(v) => setIsi({ ...isi, aktif: v === 'ya' })}
              pilihan={[['ya', 'Aktif'], ['tidak', 'Tidak aktif']]} />
          </div>
          <div className="baris-tombol">
            <button type="submit" className="tombol utama" disabled={k.mengirim}>Simpan kompetensi teknis</button>
          </div>
        </Formulir>
      )}
    </div>
  );
}
