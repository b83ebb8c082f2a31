import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { formatAngka, JENIS_DIKLAT_SIASN, KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL, LABEL_JENIS_DIKLAT } from '@simasn/domain';
import type { MasukanTitik, z } from '@simasn/kontrak';
import { JENIS_IPASN, JENIS_MODUL, KONTRAK_PEMBELAJARAN, LABEL_JENIS_MODUL, LABEL_SASARAN_KURSUS, LABEL_STATUS_KURSUS, SASARAN_KURSUS, type skemaResponsVerifikasi,
  type skemaSimpanKursus } from '@simasn/pembelajaran/kontrak';
import { alamatTitik, GalatApi, kunciJalur, panggil, periksaIsian, unggahTitik } from '../api.ts';
import { tahunIniSetempat } from '../format.ts';
import { useDaftarBerhalaman, useHalamanApi, useKirim, useKueriApi } from '../kait.ts';
import { Formulir, IsianForm, masalahIsian, PilihBerkas, SalahDiSamping } from '../komponen/Formulir.tsx';
import { GrafikDonat } from '../komponen/Grafik.tsx';
import { KartuAngka } from '../komponen/KartuAngka.tsx';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { PilihUnit } from '../komponen/PilihUnit.tsx';
import { SaringDaftar } from '../komponen/SaringDaftar.tsx';
import { Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { SelPegawai, Tabel } from '../komponen/Tabel.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/pembelajaran/kontrak');

/**
 * BKD's side of e-learning and the 20 JP: the course list, the course editor (modules, quiz items,
 * prerequisites, audience, JP and SIASN kind, competencies, publishing), and the JP of every ASN
 * in the reach (who is below 20 JP: search, unit, paging, XLSX, the spread).
 */
const BATAS = 25;

export function DaftarKursusKelola() {
  const d = useDaftarBerhalaman(['q', 'urut', 'arah', 'status'] as const, BATAS, 'q');
  const kueri = { ...d.filter, status: d.filter.status || undefined } as unknown as NonNullable<MasukanTitik<typeof KONTRAK_PEMBELAJARAN.daftarKursus>['query']>;
  const q = useHalamanApi(KONTRAK_PEMBELAJARAN.daftarKursus, { query: { ...kueri, page: d.halaman, limit: BATAS } });
  return (
    <section>
      <div className="judul-halaman">
        <h1>Kelola Kursus</h1>
        <Link className="tombol utama" to="/pembelajaran/kelola/baru">Kursus baru</Link>
      </div>
      <SaringDaftar id="kursus" daftar={d} labelCari="Cari judul atau kode" urut={[['judul', 'Judul'], ['kode', 'Kode'], ['jp', 'JP'], ['peserta', 'Peserta']]}>
        <div className="isian">
          <label htmlFor="kursus-status">Status</label>
          <select id="kursus-status" value={d.filter.status} onChange={(e) => d.ubah({ status: e.target.value })}>
            <option value="">Semua</option>
            {Object.entries(LABEL_STATUS_KURSUS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </select>
        </div>
      </SaringDaftar>
      <DaftarBerhalaman kueri={q} halaman={d.halaman} batas={BATAS} ganti={(h) => d.ubah({}, h)} kosong="Belum ada kursus."
        ringkasan={(total) => <p className="ringkasan-hasil">{formatAngka(total)} kursus</p>}
      >
        {(items) => (
          <Tabel data-testid="tabel-kursus" baris={items} kunci={(b) => b.id} kolom={[
            { judul: 'Kursus', isi: (b) => (
              <>
                <Link to={`/pembelajaran/kelola/${b.id}`}>{b.judul}</Link>
                <small className="sub">{b.kode}</small>
              </>
            ) },
            { judul: 'Status', isi: (b) => LABEL_STATUS_KURSUS[b.status] },
            { judul: 'Sasaran', isi: (b) => LABEL_SASARAN_KURSUS[b.sasaran] },
            { judul: 'JP', isi: (b) => formatAngka(b.jp), kelas: 'angka', kelasJudul: 'angka' },
            { judul: 'Modul', isi: (b) => formatAngka(b.modul), kelas: 'angka', kelasJudul: 'angka' },
            { judul: 'Peserta / lulus', isi: (b) => `${formatAngka(b.peserta)} / ${formatAngka(b.lulus)}`, kelas: 'angka', kelasJudul: 'angka' },
          ]} />
        )}
      </DaftarBerhalaman>
      <CabutSertifikat />
    </section>
  );
}

type Verifikasi = z.output<typeof skemaResponsVerifikasi>;

/**
 * Revoking a course certificate: the code (printed on it) and the reason; the certificate is shown
 * with what will happen (the public page says dicabut, its riwayat diklat and JP are removed) and
 * revoked only on confirmation.
 */
function CabutSertifikat() {
  const [kode, setKode] = useState('');
  const [alasan, setAlasan] = useState('');
  const [calon, setCalon] = useState<Verifikasi | null>(null);
  const [pesan, setPesan] = useState<string | null>(null);
  const periksa = useKirim();
  const cabut = useKirim();
  return (
    <Formulir className="kartu form-panel" aria-label="Cabut sertifikat" onSubmit={(e) => {
      e.preventDefault();
      setPesan(null);
      void periksa.jalankan(async () => {
        const { skemaCabutSertifikat, skemaKodeSertifikat } = await muatSkema();
        periksaIsian(skemaKodeSertifikat.extend(skemaCabutSertifikat.shape), { kode, alasan }, 'Pencabutan belum benar.');
        const v = await panggil(KONTRAK_PEMBELAJARAN.verifikasi, { params: { kode: kode.trim().toUpperCase() } });
        if (v.dicabut) throw new GalatApi(409, 'konflik', `Sertifikat ${v.nomor} sudah dicabut pada ${v.dicabutPada ?? ''}.`);
        setCalon(v);
      });
    }}>
      <h2 className="judul-bagian">Cabut sertifikat</h2>
      <p className="petunjuk">Sertifikat yang dicabut tampil sebagai dicabut pada halaman verifikasi; riwayat diklat yang ditulisnya dihapus dan JP-nya tidak lagi dihitung.</p>
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      <PesanGalat galat={periksa.galat} />
      <div className="kisi-isian">
        <IsianForm id="cabut-kode" label="Kode verifikasi sertifikat" wajib galat={periksa.galat} nama="kode" petunjuk="12 huruf/angka yang tercetak di sertifikat.">
          {(a) => (
            <input {...a} value={kode} autoComplete="off" onChange={(e) => {
              setKode(e.target.value);
              setCalon(null);
            }} />
          )}
        </IsianForm>
        <IsianForm id="cabut-alasan" label="Alasan pencabutan" wajib galat={periksa.galat} nama="alasan" petunjuk="Tercatat di log audit; tidak tampil di halaman verifikasi.">
          {(a) => (
            <textarea {...a} rows={2} value={alasan} onChange={(e) => {
              setAlasan(e.target.value);
              setCalon(null);
            }} />
          )}
        </IsianForm>
      </div>
      <button type="submit" className="tombol" disabled={periksa.mengirim}>Periksa sertifikat</button>
      {calon && (
        <div className="kartu konfirmasi-tes" role="alertdialog" aria-labelledby="judul-cabut" data-testid="konfirmasi-cabut">
          <h3 id="judul-cabut">Cabut sertifikat {calon.nomor}?</h3>
          <p>
            Sertifikat {calon.judulKursus} ({formatAngka(calon.jp)} JP) atas nama {calon.nama} (NIP{' '}
            {calon.nip}) akan dicabut: halaman verifikasi menampilkannya sebagai dicabut dan riwayat diklat {formatAngka(calon.jp)}{' '}
            JP pegawai itu dihapus. Tindakan ini tidak dapat dibatalkan.
          </p>
          <PesanGalat galat={cabut.galat} />
          <div className="baris-tombol">
            <button type="button" className="tombol bahaya" disabled={cabut.mengirim} onClick={() =>
              cabut.jalankan(async () => {
                const r = await panggil(KONTRAK_PEMBELAJARAN.cabutSertifikat, { params: { kode: kode.trim().toUpperCase() }, body: { alasan } });
                setPesan(`Sertifikat ${r.nomor} atas nama ${r.nama} dicabut pada ${r.dicabutPada}${r.riwayatDihapus ? `; riwayat diklat ${formatAngka(r.jp)} JP dihapus` : ''}.`);
                setCalon(null);
                setKode('');
                setAlasan('');
              })}
            >
              Cabut sertifikat
            </button>
            <button type="button" className="tombol" onClick={() => setCalon(null)}>Batal</button>
          </div>
        </div>
      )}
    </Formulir>
  );
}

type Isi = z.input<typeof skemaSimpanKursus>;
type ModulIsi = NonNullable<Isi['modul']>[number];
const KOSONG: Isi = { kode: '', judul: '', deskripsi: '', penyelenggara: 'BKPSDM', jenisDiklat: 16, jenisIpAsn: 'teknis', jp: 2, kompetensi: [], sasaran: 'semua', sasaranId: [],
  prasyarat: [], modul: [] };
const modulBaru = (jenis: ModulIsi['jenis']): ModulIsi => ({ judul: '', jenis, isi: '', nilaiLulus: jenis === 'kuis' ? 70 : null,
  soal: jenis === 'kuis' ? [{ pertanyaan: '', pilihan: ['', ''], kunci: [0], pembahasan: '' }] : [] });

export function SuntingKursus() {
  const { id = 'baru' } = useParams();
  const baru = id === 'baru';
  const nav = useNavigate();
  const qc = useQueryClient();
  const q = useKueriApi(KONTRAK_PEMBELAJARAN.ambilKursus, { params: { id: baru ? 0 : Number(id) } }, { enabled: !baru });
  const semua = useKueriApi(KONTRAK_PEMBELAJARAN.daftarKursus, { query: { limit: 200, page: 1 } });
  const [isi, setIsi] = useState<Isi>(KOSONG);
  const [pesan, setPesan] = useState<string | null>(null);
  const kirim = useKirim();
  const status = useKirim();
  /** The module whose PDF was sent last: an upload's refusal is shown beside that module's picker. */
  const [modulUnggah, setModulUnggah] = useState<number | null>(null);
  useEffect(() => {
    if (q.data) {
      const { id: _, status: _s, peserta: _p, lulus: _l, modul, ...k } = q.data;
      setIsi({ ...k, modul: modul.map((m) => ({ id: m.id, judul: m.judul, jenis: m.jenis, isi: m.isi, nilaiLulus: m.nilaiLulus, soal: m.soal })) });
    }
  }, [q.data]);
  const ubah = (x: Partial<Isi>) => setIsi((s) => ({ ...s, ...x }));
  const modul = isi.modul ?? [];
  const ubahModul = (i: number, x: Partial<ModulIsi>) => ubah({ modul: modul.map((m, j) => (j === i ? { ...m, ...x } : m)) });
  const simpan = () =>
    kirim.jalankan(async () => {
      const body = { ...isi, kode: isi.kode.toUpperCase() };
      const r = baru ? await panggil(KONTRAK_PEMBELAJARAN.buatKursus, { body }) : await panggil(KONTRAK_PEMBELAJARAN.ubahKursus, { params: { id: Number(id) }, body });
      await qc.invalidateQueries({ queryKey: kunciJalur('pembelajaran') });
      setPesan('Kursus disimpan.');
      if (baru) await nav(`/pembelajaran/kelola/${r.id}`, { replace: true });
    });
  const ganti = (s: 'draf' | 'terbit' | 'arsip') =>
    status.jalankan(async () => {
      await panggil(KONTRAK_PEMBELAJARAN.statusKursus, { params: { id: Number(id) }, body: { status: s } });
      await qc.invalidateQueries({ queryKey: kunciJalur('pembelajaran') });
      setPesan(s === 'terbit' ? 'Kursus diterbitkan: ASN sasaran kini dapat mengikutinya.' : s === 'arsip' ? 'Kursus diarsipkan.' : 'Kursus dikembalikan ke draf.');
    });
  const unggah = (modulId: number, berkas: File) =>
    status.jalankan(async () => {
      setModulUnggah(modulId);
      const f = new FormData();
      f.append('file', berkas);
      await unggahTitik(KONTRAK_PEMBELAJARAN.unggahPdf, f, { params: { id: Number(id), modulId } });
      await qc.invalidateQueries({ queryKey: kunciJalur('pembelajaran') });
      setPesan(`Berkas ${berkas.name} diunggah.`);
    });
  if (!baru && q.isPending) return <Memuat />;
  const tersimpan = q.data?.modul ?? [];
  return (
    <section>
      <div className="judul-halaman">
        <h1>{baru ? 'Kursus Baru' : isi.judul || 'Kursus'}</h1>
        {!baru && q.data && <span className="lencana lencana-netral">{LABEL_STATUS_KURSUS[q.data.status]}</span>}
      </div>
      <PesanGalat galat={q.error} />
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      <PesanGalat galat={status.galat} />
      {!baru && q.data && (
        <div className="baris-tombol">
          {q.data.status !== 'terbit' && <button type="button" className="tombol utama" onClick={() => void ganti('terbit')} disabled={status.mengirim}>Terbitkan</button>}
          {q.data.status === 'terbit' && <button type="button" className="tombol sekunder" onClick={() => void ganti('arsip')} disabled={status.mengirim}>Arsipkan</button>}
          {q.data.status !== 'draf' && q.data.peserta === 0 && (
            <button type="button" className="tombol sekunder" onClick={() => void ganti('draf')} disabled={status.mengirim}>Kembalikan ke draf</button>
          )}
          <span className="sub">{formatAngka(q.data.peserta)} peserta, {formatAngka(q.data.lulus)} lulus</span>
        </div>
      )}
      <Formulir onSubmit={(e) => {
        e.preventDefault();
        void simpan();
      }}>
        <PesanGalat galat={kirim.galat} />
        <div className="kisi-isian">
          <IsianForm id="k-kode" label="Kode" wajib galat={kirim.galat} nama="kode">
            {(a) => <input {...a} value={isi.kode} onChange={(e) => ubah({ kode: e.target.value.toUpperCase() })} placeholder="ETIKA-01" />}
          </IsianForm>
          <IsianForm id="k-judul" label="Judul" wajib galat={kirim.galat} nama="judul">
            {(a) => <input {...a} value={isi.judul} onChange={(e) => ubah({ judul: e.target.value })} />}
          </IsianForm>
          <IsianForm id="k-penyelenggara" label="Penyelenggara" wajib galat={kirim.galat} nama="penyelenggara">
            {(a) => <input {...a} value={isi.penyelenggara} onChange={(e) => ubah({ penyelenggara: e.target.value })} />}
          </IsianForm>
          <IsianForm id="k-jp" label="Jumlah JP" wajib galat={kirim.galat} nama="jp" petunjuk="1 JP = 45 menit">
            {(a) => <input {...a} type="number" min={1} max={2000} value={isi.jp} onChange={(e) => ubah({ jp: Number(e.target.value) })} />}
          </IsianForm>
          <IsianForm id="k-jenis" label="Jenis diklat SIASN" wajib galat={kirim.galat} nama="jenisDiklat">
            {(a) => (
              <select {...a} value={isi.jenisDiklat} onChange={(e) => ubah({ jenisDiklat: Number(e.target.value) })}>
                {JENIS_DIKLAT_SIASN.map((j) => <option key={j.kode} value={j.kode}>{j.kode}. {j.nama} ({j.bentuk === 'klasikal' ? 'klasikal' : 'nonklasikal'})</option>)}
              </select>
            )}
          </IsianForm>
          <IsianForm id="k-ipasn" label="Dihitung IP ASN sebagai" wajib galat={kirim.galat} nama="jenisIpAsn">
            {(a) => (
              <select {...a} value={isi.jenisIpAsn} onChange={(e) => ubah({ jenisIpAsn: e.target.value as Isi['jenisIpAsn'] })}>
                {JENIS_IPASN.map((j) => <option key={j} value={j}>{LABEL_JENIS_DIKLAT[j]}</option>)}
              </select>
            )}
          </IsianForm>
        </div>
        <IsianForm id="k-deskripsi" label="Deskripsi" galat={kirim.galat} nama="deskripsi">
          {(a) => <textarea {...a} rows={3} value={isi.deskripsi} onChange={(e) => ubah({ deskripsi: e.target.value })} />}
        </IsianForm>
        <fieldset className="kelompok-isian">
          <legend>Kompetensi yang dikembangkan</legend>
          {KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL.map((k) => (
            <label key={k.kode} className="centang">
              <input type="checkbox" checked={(isi.kompetensi ?? []).includes(k.kode)}
                onChange={(e) => ubah({ kompetensi: e.target.checked ? [...(isi.kompetensi ?? []), k.kode] : (isi.kompetensi ?? []).filter((x) => x !== k.kode) })} />{' '}
              {k.nama}
            </label>
          ))}
        </fieldset>
        <div className="kisi-isian">
          <IsianForm id="k-sasaran" label="Yang boleh mengikuti" galat={kirim.galat} nama="sasaran">
            {(a) => (
              <select {...a} value={isi.sasaran} onChange={(e) => ubah({ sasaran: e.target.value as Isi['sasaran'], sasaranId: [] })}>
                {SASARAN_KURSUS.filter((s) => s !== 'jabatan' || isi.sasaran === 'jabatan').map((s) => <option key={s} value={s}>{LABEL_SASARAN_KURSUS[s]}</option>)}
              </select>
            )}
          </IsianForm>
          {isi.sasaran === 'unit' && (
            <div className="isian">
              <label htmlFor="k-unit">Tambah unit</label>
              <SalahDiSamping id="k-unit" pesan={masalahIsian(kirim.galat, 'sasaranId')}>
                {(a) => (
                  <PilihUnit {...a} id="k-unit" nilai="" labelKosong="Pilih unit" ganti={(v) => v && ubah({ sasaranId: [...new Set([...(isi.sasaranId ?? []), Number(v)])] })} />
                )}
              </SalahDiSamping>
              <small className="sub">
                {formatAngka(isi.sasaranId?.length ?? 0)} unit dipilih (beserta sub-unitnya){' '}
                {(isi.sasaranId?.length ?? 0) > 0 && <button type="button" className="tautan" onClick={() => ubah({ sasaranId: [] })}>kosongkan</button>}
              </small>
            </div>
          )}
          <IsianForm id="k-prasyarat" label="Prasyarat (kursus yang harus selesai dulu)" galat={kirim.galat} nama="prasyarat">
            {(a) => (
              <select {...a} multiple value={(isi.prasyarat ?? []).map(String)} onChange={(e) => ubah({ prasyarat: [...e.target.selectedOptions].map((o) => Number(o.value)) })}>
                {semua.data?.items.filter((k) =>
                  String(k.id) !== id
                ).map((k) => <option key={k.id} value={k.id}>{k.judul}</option>)}
              </select>
            )}
          </IsianForm>
        </div>
        <h2 className="judul-bagian">Modul</h2>
        {modul.map((m, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows without an id until saved; their position is their identity
          <fieldset key={i} className="kartu modul-sunting" data-testid="modul-sunting">
            <legend>Modul {i + 1}: {LABEL_JENIS_MODUL[m.jenis]}</legend>
            <IsianForm id={`m-${i}-judul`} label="Judul modul" wajib galat={kirim.galat} nama={`modul.${i}.judul`}>
              {(a) => <input {...a} value={m.judul} onChange={(e) => ubahModul(i, { judul: e.target.value })} />}
            </IsianForm>
            <IsianForm id={`m-${i}-isi`} label={m.jenis === 'video' ? 'Tautan video (YouTube, Vimeo, Google Drive)' : m.jenis === 'teks' ? 'Isi bacaan' : 'Pengantar'}
              wajib={m.jenis === 'teks' || m.jenis === 'video'} galat={kirim.galat} nama={`modul.${i}.isi`}
            >
              {(a) =>
                m.jenis === 'video' ?
                  <input {...a} type="url" value={m.isi} onChange={(e) => ubahModul(i, { isi: e.target.value })} /> :
                  <textarea {...a} rows={m.jenis === 'teks' ? 8 : 2} value={m.isi} onChange={(e) => ubahModul(i, { isi: e.target.value })} />}
            </IsianForm>
            {m.jenis === 'pdf' && (m.id ?
              (
                <div className="isian">
                  <label htmlFor={`m-${i}-pdf`}>Berkas PDF (paling besar 10 MB)</label>
                  {tersimpan.find((t) => t.id === m.id)?.pdfNama && (
                    <a href={alamatTitik(KONTRAK_PEMBELAJARAN.unduhPdf, { params: { id: Number(id), modulId: m.id } })} target="_blank" rel="noreferrer">
                      {tersimpan.find((t) =>
                        t.id === m.id
                      )?.pdfNama}
                    </a>
                  )}
                  <SalahDiSamping id={`m-${i}-pdf`} umumkan
                    pesan={status.galat && modulUnggah === m.id ? [status.galat instanceof Error ? status.galat.message : String(status.galat)] : []}
                  >
                    {(a) => <PilihBerkas {...a} id={`m-${i}-pdf`} accept="application/pdf" teksTombol="Unggah PDF" langsung ganti={(f) => f && void unggah(m.id!, f)} />}
                  </SalahDiSamping>
                </div>
              ) :
              <p className="sub">Simpan kursus dulu, lalu unggah berkas PDF modul ini.</p>)}
            {m.jenis === 'kuis' && (
              <>
                <IsianForm id={`m-${i}-lulus`} label="Nilai lulus (persen soal benar)" wajib galat={kirim.galat} nama={`modul.${i}.nilaiLulus`}>
                  {(a) => <input {...a} type="number" min={1} max={100} value={m.nilaiLulus ?? ''} onChange={(e) => ubahModul(i, { nilaiLulus: Number(e.target.value) })} />}
                </IsianForm>
                {(m.soal ?? []).map((s, j) => {
                  const ubahSoal = (x: Partial<typeof s>) => ubahModul(i, { soal: (m.soal ?? []).map((t, k) => (k === j ? { ...t, ...x } : t)) });
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows without an id until saved; their position is their identity
                    <div key={j} className="soal-kuis">
                      <IsianForm id={`m-${i}-s-${j}`} label={`Soal ${j + 1}`} wajib galat={kirim.galat} nama={`modul.${i}.soal.${j}`}>
                        {(a) => <textarea {...a} rows={2} value={s.pertanyaan} onChange={(e) => ubahSoal({ pertanyaan: e.target.value })} />}
                      </IsianForm>
                      {s.pilihan.map((p, k) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: rows without an id until saved; their position is their identity
                        <div key={k} className="pilihan-kuis">
                          <input type="checkbox" aria-label={`Pilihan ${k + 1} benar`} checked={s.kunci.includes(k)} onChange={(e) =>
                            ubahSoal({ kunci: e.target.checked ? [...s.kunci, k] : s.kunci.filter((x) => x !== k) })} />
                          <SalahDiSamping id={`m-${i}-s-${j}-p-${k}`} pesan={masalahIsian(kirim.galat, `modul.${i}.soal.${j}.pilihan.${k}`, true)}>
                            {(a) => (
                              <input {...a} aria-label={`Pilihan ${k + 1}`} value={p} onChange={(e) =>
                                ubahSoal({ pilihan: s.pilihan.map((x, l) => (l === k ? e.target.value : x)) })} />
                            )}
                          </SalahDiSamping>
                          {s.pilihan.length > 2 && (
                            <button type="button" className="tautan" onClick={() =>
                              ubahSoal({ pilihan: s.pilihan.filter((_, l) => l !== k), kunci: s.kunci.filter((x) => x !== k).map((x) => (x > k ? x - 1 : x)) })}
                            >
                              hapus
                            </button>
                          )}
                        </div>
                      ))}
                      <div className="baris-tombol">
                        <button type="button" className="tombol sekunder" onClick={() => ubahSoal({ pilihan: [...s.pilihan, ''] })}>Tambah pilihan</button>
                        <button type="button" className="tombol sekunder" onClick={() => ubahModul(i, { soal: (m.soal ?? []).filter((_, k) => k !== j) })}>Hapus soal</button>
                      </div>
                      <IsianForm id={`m-${i}-p-${j}`} label="Pembahasan" galat={kirim.galat} nama={`modul.${i}.soal.${j}.pembahasan`}>
                        {(a) => <input {...a} value={s.pembahasan ?? ''} onChange={(e) => ubahSoal({ pembahasan: e.target.value })} />}
                      </IsianForm>
                    </div>
                  );
                })}
                <button type="button" className="tombol sekunder" onClick={() => ubahModul(i, { soal: [...(m.soal ?? []), ...modulBaru('kuis').soal!] })}>Tambah soal</button>
              </>
            )}
            <div className="baris-tombol">
              {i > 0 && (
                <button type="button" className="tombol sekunder" onClick={() => ubah({ modul: modul.map((x, k) => (k === i - 1 ? m : k === i ? modul[i - 1]! : x)) })}>
                  Naikkan
                </button>
              )}
              <button type="button" className="tombol sekunder" onClick={() => ubah({ modul: modul.filter((_, k) => k !== i) })}>Hapus modul</button>
            </div>
          </fieldset>
        ))}
        <div className="baris-tombol">
          {JENIS_MODUL.map((j) => (
            <button key={j} type="button" className="tombol sekunder" onClick={() => ubah({ modul: [...modul, modulBaru(j)] })}>
              Tambah {LABEL_JENIS_MODUL[j].toLowerCase()}
            </button>
          ))}
        </div>
        <div className="baris-tombol">
          <button type="submit" className="tombol utama" disabled={kirim.mengirim}>{kirim.mengirim ? 'Menyimpan…' : 'Simpan kursus'}</button>
          <Link to="/pembelajaran/kelola">Kembali ke daftar</Link>
        </div>
      </Formulir>
    </section>
  );
}

type FilterJp = NonNullable<MasukanTitik<typeof KONTRAK_PEMBELAJARAN.daftarJp>['query']>;

/** The 20 JP of every ASN in the reach: who is below, searched, filtered by unit, paged, exported, with the spread. */
export function JpPegawai() {
  const d = useDaftarBerhalaman(['q', 'urut', 'arah', 'unitId', 'saring', 'tahun'] as const, BATAS, 'q');
  const tahun = Number(d.filter.tahun) || tahunIniSetempat();
  const kueri = { ...d.filter, tahun, unitId: d.filter.unitId || undefined, saring: d.filter.saring || undefined } as unknown as FilterJp;
  const q = useHalamanApi(KONTRAK_PEMBELAJARAN.daftarJp, { query: { ...kueri, page: d.halaman, limit: BATAS } });
  const r = q.data?.ringkasan;
  return (
    <section>
      <div className="judul-halaman">
        <h1>JP Pengembangan Kompetensi</h1>
      </div>
      {r && (
        <div className="kartu-angka">
          <KartuAngka label={`Memenuhi ${q.data!.target} JP`} nilai={`${formatAngka(r.memenuhi)} dari ${formatAngka(r.pegawai)}`} idNilai="jp-memenuhi"
            sub={r.pegawai ? `${formatAngka((r.memenuhi / r.pegawai) * 100, 2)}% pegawai` : ''} />
          <KartuAngka label="Di bawah target" nilai={formatAngka(r.pegawai - r.memenuhi)} kecil />
          <KartuAngka label="Rata-rata" nilai={`${formatAngka(r.rataRata, 2)} JP`} kecil />
        </div>
      )}
      {r && r.pegawai > 0 && <GrafikDonat judul={`Sebaran JP ${tahun}`} baris={r.sebaran} />}
      <SaringDaftar id="jp" daftar={d} labelCari="Cari nama, NIP atau unit" urut={[['nama', 'Nama'], ['nip', 'NIP'], ['jp', 'JP'], ['unit', 'Unit kerja']]}
        ekspor={alamatTitik(KONTRAK_PEMBELAJARAN.eksporJp, { query: kueri })}
      >
        <div className="isian">
          <label htmlFor="jp-tahun-daftar">Tahun</label>
          <select id="jp-tahun-daftar" value={tahun} onChange={(e) => d.ubah({ tahun: e.target.value === String(tahunIniSetempat()) ? '' : e.target.value })}>
            {[0, 1, 2, 3].map((i) => <option key={i} value={tahunIniSetempat() - i}>{tahunIniSetempat() - i}</option>)}
          </select>
        </div>
        <div className="isian">
          <label htmlFor="jp-saring">Tampilkan</label>
          <select id="jp-saring" value={d.filter.saring} onChange={(e) => d.ubah({ saring: e.target.value })}>
            <option value="">Semua pegawai</option>
            <option value="kurang">Di bawah 20 JP</option>
            <option value="memenuhi">Sudah memenuhi</option>
          </select>
        </div>
        <div className="isian">
          <label htmlFor="jp-unit">Unit kerja</label>
          <PilihUnit id="jp-unit" nilai={d.filter.unitId} ganti={(v) => d.ubah({ unitId: v })} />
        </div>
      </SaringDaftar>
      <DaftarBerhalaman kueri={q} halaman={d.halaman} batas={BATAS} ganti={(h) => d.ubah({}, h)} kosong="Tidak ada pegawai yang cocok."
        ringkasan={(total) => <p className="ringkasan-hasil" aria-live="polite">{formatAngka(total)} pegawai</p>}
      >
        {(items) => (
          <Tabel data-testid="tabel-jp" sibuk={q.isFetching} baris={items} kunci={(b) => b.pegawaiId} kolom={[
            { judul: 'Pegawai', isi: (b) => <SelPegawai nama={b.nama} nip={b.nip} unit={b.unit} /> },
            { judul: 'JP', isi: (b) => formatAngka(b.jp, 2), kelas: 'angka', kelasJudul: 'angka' },
            { judul: 'Klasikal', isi: (b) => formatAngka(b.jpKlasikal, 2), kelas: 'angka', kelasJudul: 'angka' },
            { judul: 'Nonklasikal', isi: (b) => formatAngka(b.jpNonklasikal, 2), kelas: 'angka', kelasJudul: 'angka' },
            { judul: 'Status', isi: (b) => (b.memenuhi ? <span className="lencana lencana-ok">Memenuhi</span> : <span className="lencana lencana-awas">Di bawah 20 JP</span>) },
          ]} />
        )}
      </DaftarBerhalaman>
    </section>
  );
}

/** The public check of a certificate (no login): opened from the QR code or the address printed on it. */
export function VerifikasiSertifikat() {
  const { kode = '' } = useParams();
  const q = useKueriApi(KONTRAK_PEMBELAJARAN.verifikasi, { params: { kode } }, { retry: false });
  const v = q.data;
  return (
    <main className="verifikasi-sertifikat">
      <h1>Verifikasi Sertifikat</h1>
      <PesanGalat galat={q.error} judul="Sertifikat tidak dapat diverifikasi" />
      {q.isPending && <Memuat />}
      {v && (
        <div className="kartu" data-testid="hasil-verifikasi">
          {v.sah ?
            <PesanBerhasil>Sertifikat ini sah dan terdaftar di SIMASN {v.instansi}.</PesanBerhasil> :
            <p className="pesan" data-testid="sertifikat-dicabut">Sertifikat ini sudah dicabut{v.dicabutPada ? ` pada ${v.dicabutPada}` : ''} dan tidak berlaku.</p>}
          <dl className="rinci">
            <dt>Nomor</dt>
            <dd>{v.nomor}</dd>
            <dt>Nama</dt>
            <dd>{v.nama}</dd>
            <dt>NIP</dt>
            <dd>{v.nip}</dd>
            <dt>Kursus</dt>
            <dd>{v.judulKursus}</dd>
            <dt>Penyelenggara</dt>
            <dd>{v.penyelenggara}</dd>
            <dt>Jumlah JP</dt>
            <dd>{formatAngka(v.jp)} JP</dd>
            <dt>Tanggal</dt>
            <dd>{v.tanggalMulai === v.tanggalSelesai ? v.tanggalSelesai : `${v.tanggalMulai} sampai ${v.tanggalSelesai}`}</dd>
          </dl>
        </div>
      )}
    </main>
  );
}
