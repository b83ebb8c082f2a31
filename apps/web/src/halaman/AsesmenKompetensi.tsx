import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatAngka, formatTanggal } from '@simasn/domain';
import { KONTRAK_KOMPETENSI } from '@simasn/kompetensi/kontrak';
import type { MasukanTitik } from '@simasn/kontrak';
import { alamatTitik, GalatApi, kunciJalur, panggil, periksaIsian, unggahTitik } from '../api.ts';
import { formatWaktu } from '../format.ts';
import { useDaftarBerhalaman, useHalamanApi, useKirim, useKueriApi, useTunda } from '../kait.ts';
import { Formulir, IsianForm, IsianTanggal, masalahIsian, PilihBerkas } from '../komponen/Formulir.tsx';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { Pilih } from '../komponen/PilihSaring.tsx';
import { SaringDaftar } from '../komponen/SaringDaftar.tsx';
import { PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { useSesi } from '../sesi.tsx';
import { LABEL_STATUS_ASESMEN, LABEL_SUMBER } from './kompetensi.ts';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/kompetensi/kontrak');

type Filter = NonNullable<MasukanTitik<typeof KONTRAK_KOMPETENSI.asesmen>['query']>;
const BATAS = 20;
const FILTER = ['q', 'urut', 'arah', 'status', 'sumber'] as const;
const URUT = [['dicatat', 'Waktu dicatat', 'tanggal'], ['tanggal', 'Tanggal asesmen', 'tanggal'], ['nama', 'Nama']] as const;
const STATUS = Object.entries(LABEL_STATUS_ASESMEN) as [string, string][];
const SUMBER = Object.entries(LABEL_SUMBER) as [string, string][];
const LEVEL = [1, 2, 3, 4, 5].map((l) => [String(l), `Level ${l}`] as const);

/**
 * Hasil Asesmen: BKD records an assessment-centre result (the person, date, assessor and lembaga,
 * a level per competency of the person's standard, the report PDF); a second person verifies or
 * rejects it (never the one who recorded it). Only verified results count toward the JPM.
 */
export function AsesmenKompetensi() {
  const { boleh } = useSesi();
  const [pesan, setPesan] = useState<string | null>(null);
  return (
    <section>
      <div className="judul-halaman">
        <h1>Hasil Asesmen Kompetensi</h1>
      </div>
      <p className="petunjuk">
        Hasil asesmen dari assessment center dihitung dalam JPM setelah diverifikasi orang kedua (bukan yang mencatatnya). Hasil tes SIMASN langsung terhitung.
      </p>
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      {boleh('kompetensi:catat') && <FormAsesmen selesai={setPesan} />}
      <DaftarAsesmen selesai={setPesan} />
    </section>
  );
}

function FormAsesmen({ selesai }: { selesai: (p: string) => void }) {
  const qc = useQueryClient();
  const [nip, setNip] = useState('');
  const [tanggal, setTanggal] = useState('');
  const [lembaga, setLembaga] = useState('');
  const [asesor, setAsesor] = useState('');
  const [level, setLevel] = useState<Record<string, string>>({});
  const [berkas, setBerkas] = useState<File | null>(null);
  const k = useKirim();
  const nipTunda = useTunda(nip.replace(/\D/g, ''), 300);
  const profil = useKueriApi(KONTRAK_KOMPETENSI.profil, { query: { nip: nipTunda } }, { enabled: nipTunda.length === 18, retry: false });
  const kamus = useKueriApi(KONTRAK_KOMPETENSI.kamus, { query: {} }, { staleTime: 60_000 });
  // The person's standard when their jabatan has one; otherwise every active competency.
  const daftar = profil.data?.rincian.length
    ? profil.data.rincian.map((r) => ({ kode: r.kode, nama: r.nama, standar: r.standar as number | null }))
    : (kamus.data?.items ?? []).filter((x) => x.aktif).map((x) => ({ kode: x.kode, nama: x.nama, standar: null as number | null }));
  return (
    <Formulir className="kartu form-panel" aria-label="Catat hasil asesmen" onSubmit={(e) => {
      e.preventDefault();
      void k.jalankan(async () => {
        const isian = { nip: nip.replace(/\D/g, ''), tanggal, lembaga, asesor: asesor || null,
          level: Object.entries(level).filter(([, v]) => v).map(([kode, v]) => ({ kode, level: Number(v) })) };
        const { skemaCatatAsesmen } = await muatSkema();
        periksaIsian(skemaCatatAsesmen, isian);
        if (!berkas) throw new GalatApi(422, 'tidak_valid', 'Laporan hasil asesmen wajib dilampirkan.', [{ kolom: 'file', pesan: 'pilih berkas PDF' }]);
        const form = new FormData();
        form.set('nip', isian.nip);
        form.set('tanggal', isian.tanggal);
        form.set('lembaga', isian.lembaga);
        if (isian.asesor) form.set('asesor', isian.asesor);
        form.set('level', JSON.stringify(isian.level));
        form.set('file', berkas);
        await unggahTitik(KONTRAK_KOMPETENSI.catatAsesmen, form);
        await qc.invalidateQueries({ queryKey: kunciJalur('kompetensi') });
        selesai(`Hasil asesmen ${profil.data?.pegawai.nama ?? isian.nip} tercatat dan menunggu verifikasi orang kedua.`);
        setNip('');
        setLevel({});
        setBerkas(null);
      });
    }}>
      <h2>Catat hasil asesmen</h2>
      <PesanGalat galat={k.galat} />
      <IsianForm id="asesmen-nip" label="NIP pegawai" wajib galat={k.galat} nama="nip"
        petunjuk={profil.data ? `${profil.data.pegawai.nama} · ${profil.data.pegawai.jabatan ?? 'tanpa jabatan'}` : profil.error ? 'Pegawai tidak ditemukan.' : '18 angka'}
      >
        {(a) => <input {...a} inputMode="numeric" autoComplete="off" value={nip} onChange={(e) => setNip(e.target.value)} />}
      </IsianForm>
      <IsianForm id="asesmen-tanggal" label="Tanggal asesmen" wajib galat={k.galat} nama="tanggal">
        {(a) => <IsianTanggal {...a} nilai={tanggal} ganti={setTanggal} />}
      </IsianForm>
      <IsianForm id="asesmen-lembaga" label="Lembaga / assessment center" wajib galat={k.galat} nama="lembaga">
        {(a) => <input {...a} value={lembaga} onChange={(e) => setLembaga(e.target.value)} />}
      </IsianForm>
      <IsianForm id="asesmen-asesor" label="Asesor" galat={k.galat} nama="asesor">
        {(a) => <input {...a} value={asesor} onChange={(e) => setAsesor(e.target.value)} />}
      </IsianForm>
      <fieldset className="isian-lebar">
        <legend>Level per kompetensi{profil.data?.rincian.length ? ' (standar jabatan pegawai)' : ''}</legend>
        {masalahIsian(k.galat, 'level').length > 0 && <p className="salah">{masalahIsian(k.galat, 'level').join(' ')}</p>}
        <div className="kisi-isian">
          {daftar.map((x) => (
            <Pilih key={x.kode} id={`asesmen-level-${x.kode}`} label={x.standar ? `${x.nama} (standar ${x.standar})` : x.nama} nilai={level[x.kode] ?? ''}
              ganti={(v) => setLevel({ ...level, [x.kode]: v })} kosong="Tidak dinilai" pilihan={LEVEL} />
          ))}
        </div>
      </fieldset>
      <IsianForm id="asesmen-berkas" label="Laporan asesmen (PDF, paling besar 5 MB)" wajib galat={k.galat} nama="file">
        {(a) => <PilihBerkas {...a} berkas={berkas} ganti={setBerkas} accept="application/pdf,.pdf" />}
      </IsianForm>
      <div className="baris-tombol">
        <button type="submit" className="tombol utama" disabled={k.mengirim}>{k.mengirim ? 'Menyimpan…' : 'Simpan hasil asesmen'}</button>
      </div>
    </Formulir>
  );
}

function DaftarAsesmen({ selesai }: { selesai: (p: string) => void }) {
  const d = useDaftarBerhalaman(FILTER, BATAS, 'q');
  const kueri = { ...d.filter, status: d.filter.status || undefined, sumber: d.filter.sumber || undefined } as unknown as Filter;
  const q = useHalamanApi(KONTRAK_KOMPETENSI.asesmen, { query: { ...kueri, page: d.halaman, limit: BATAS } });
  const qc = useQueryClient();
  const k = useKirim();
  const [tolak, setTolak] = useState<{ id: number, catatan: string } | null>(null);
  const putuskan = (id: number, nama: string, keputusan: 'setujui' | 'tolak', catatan?: string) =>
    void k.jalankan(async () => {
      const body = { keputusan, catatan: catatan || null };
      const { skemaVerifikasiAsesmen } = await muatSkema();
      periksaIsian(skemaVerifikasiAsesmen, body);
      await panggil(KONTRAK_KOMPETENSI.verifikasiAsesmen, { params: { id }, body });
      setTolak(null);
      await qc.invalidateQueries({ queryKey: kunciJalur('kompetensi') });
      selesai(keputusan === 'setujui' ? `Hasil asesmen ${nama} terverifikasi dan kini dihitung dalam JPM.` : `Hasil asesmen ${nama} ditolak.`);
    });
  return (
    <>
      <h2>Daftar hasil asesmen</h2>
      <PesanGalat galat={k.galat} />
      <SaringDaftar id="asesmen" daftar={d} labelCari="Cari nama, NIP atau lembaga" urut={URUT} arahBawaan="turun"
        ekspor={alamatTitik(KONTRAK_KOMPETENSI.eksporAsesmen, { query: kueri })}
      >
        <Pilih id="asesmen-status" label="Status" nilai={d.filter.status} ganti={(v) => d.ubah({ status: v })} kosong="Semua" pilihan={STATUS} />
        <Pilih id="asesmen-sumber" label="Sumber" nilai={d.filter.sumber} ganti={(v) => d.ubah({ sumber: v })} kosong="Semua" pilihan={SUMBER} />
      </SaringDaftar>
      <DaftarBerhalaman kueri={q} halaman={d.halaman} batas={BATAS} ganti={(h) => d.ubah({}, h)} kosong="Belum ada hasil asesmen."
        ringkasan={(total) => <p className="ringkasan-hasil" aria-live="polite">{formatAngka(total)} hasil asesmen</p>}
      >
        {(items) => (
          <Tabel data-testid="tabel-asesmen" sibuk={q.isFetching} baris={items} kunci={(a) => a.id} kolom={[
            { judul: 'Pegawai', kepalaBaris: true, isi: (a) => (
              <>
                <Link to={`/kompetensi/profil?nip=${a.nip}`}>{a.nama}</Link>
                <br />
                <small>NIP {a.nip}{a.unit ? ` · ${a.unit}` : ''}</small>
              </>
            ) },
            { judul: 'Asesmen', isi: (a) => (
              <>
                {formatTanggal(a.tanggal)} · {LABEL_SUMBER[a.sumber]}
                <br />
                <small>{a.lembaga}{a.asesor ? ` · ${a.asesor}` : ''}</small>
              </>
            ) },
            { judul: 'Level', isi: (a) => a.level.map((l) => `${l.nama} ${l.level}`).join(', ') },
            { judul: 'Status', isi: (a) => (
              <>
                {LABEL_STATUS_ASESMEN[a.status]}
                <br />
                <small>
                  {a.dicatatOleh ? `Dicatat ${a.dicatatOleh}, ${formatWaktu(String(a.dicatatPada))}` : `Dicatat ${formatWaktu(String(a.dicatatPada))}`}
                  {a.diverifikasiOleh ? `; diputuskan ${a.diverifikasiOleh}` : ''}
                  {a.catatan ? `; ${a.catatan}` : ''}
                </small>
              </>
            ) },
            { judul: 'Tindakan', isi: (a) =>
              a.bolehVerifikasi
                ? tolak?.id === a.id
                  ? (
                    <Formulir className="sebaris" onSubmit={(e) => {
                      e.preventDefault();
                      putuskan(a.id, a.nama, 'tolak', tolak.catatan);
                    }}>
                      <IsianForm id={`tolak-${a.id}`} label="Alasan penolakan" wajib galat={k.galat} nama="catatan">
                        {(x) => <input {...x} value={tolak.catatan} onChange={(e) => setTolak({ id: a.id, catatan: e.target.value })} />}
                      </IsianForm>
                      <button type="submit" className="tombol bahaya" disabled={k.mengirim}>Tolak</button>
                      <button type="button" className="tombol teks" onClick={() => setTolak(null)}>Batal</button>
                    </Formulir>
                  )
                  : (
                    <div className="baris-tombol">
                      <button type="button" className="tombol utama" disabled={k.mengirim} aria-label={`Verifikasi hasil asesmen ${a.nama}`}
                        onClick={() => putuskan(a.id, a.nama, 'setujui')}
                      >
                        Verifikasi
                      </button>
                      <button type="button" className="tombol sekunder" aria-label={`Tolak hasil asesmen ${a.nama}`} onClick={() => setTolak({ id: a.id, catatan: '' })}>
                        Tolak
                      </button>
                    </div>
                  )
                : a.status === 'menunggu'
                ? 'Menunggu orang kedua'
                : '-' },
          ]} />
        )}
      </DaftarBerhalaman>
    </>
  );
}
