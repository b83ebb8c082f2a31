import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { formatAngka } from '@simasn/domain';
import { KONTRAK_KINERJA, labelPeriode, PERIODE_SKP } from '@simasn/kinerja/kontrak';
import type { ResponsTitik } from '@simasn/kontrak';
import { LABEL_PREDIKAT_ORGANISASI, LABEL_RATING, PREDIKAT_ORGANISASI } from '@simasn/domain';
import { GalatApi, kunciJalur, panggil, periksaIsian } from '../api.ts';
import { useKirim, useKueriApi, useUbahCari } from '../kait.ts';
import { tahunIniSetempat } from '../format.ts';
import { Formulir, IsianForm, IsianTanggal } from '../komponen/Formulir.tsx';
import { Pilih } from '../komponen/PilihSaring.tsx';
import { Kosong, Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { SelPegawai, Tabel } from '../komponen/Tabel.tsx';
import { DaftarPenilaian, DaftarPerilaku, DaftarRhk, KELAS_STATUS_SKP, KepalaSkp, UmpanBalikDialog, VersiSkp, type Skp } from '../komponen/kinerja/TampilSkp.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/kinerja/kontrak');

/**
 * The atasan's team: their direct reports with their SKP of the year, the agreements waiting for
 * them first, and who is behind (no agreed SKP, or RHK without realisasi for the last quarter).
 */
export function KinerjaTim() {
  const [cari, setCari] = useSearchParams();
  const tahun = Number(cari.get('tahun') ?? tahunIniSetempat());
  const q = useKueriApi(KONTRAK_KINERJA.tim, { query: { tahun } });
  const items = [...(q.data?.items ?? [])].sort((a, b) => Number(b.perluTindakan) - Number(a.perluTindakan));
  const menunggu = items.filter((x) => x.perluTindakan).length;
  const tertinggal = items.filter((x) => x.tertinggal).length;
  return (
    <section>
      <div className="judul-halaman">
        <h1>Kinerja Tim</h1>
        <Pilih sebaris id="tim-tahun" label="Tahun" nilai={String(tahun)} ganti={(t) => setCari({ tahun: t }, { replace: true })}
          pilihan={[tahunIniSetempat() + 1, tahunIniSetempat(), tahunIniSetempat() - 1].map((t) => [String(t), t] as const)} />
      </div>
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {q.data && (
        <p className="meta">
          {formatAngka(items.length)} bawahan langsung · {formatAngka(menunggu)} SKP menunggu persetujuan Anda · {formatAngka(tertinggal)} tertinggal
          {q.data.labelPeriode ? ` (realisasi dinilai sampai ${q.data.labelPeriode})` : ''}
        </p>
      )}
      {q.data && items.length === 0 && <Kosong>Tidak ada bawahan langsung pada struktur jabatan Anda.</Kosong>}
      {items.length > 0 && (
        <Tabel keterangan="Bawahan langsung" baris={items} kunci={(x) => x.pegawaiId} kolom={[
          { judul: 'Pegawai', kepalaBaris: true, isi: (x) => <SelPegawai nama={x.nama} nip={x.nip} /> },
          { judul: 'Jabatan', isi: (x) => x.jabatan },
          { judul: 'SKP', isi: (x) => <span className={`lencana lencana-${x.status ? KELAS_STATUS_SKP[x.status] : 'awas'}`}>{x.labelStatus}</span> },
          { judul: 'RHK', isi: (x) => formatAngka(x.jumlahRhk) },
          { judul: 'Keterangan', isi: (x) => x.keterangan },
        ]} aksi={(x) => (x.skpId ? <Link to={`/kinerja/skp/${x.skpId}`} className="tombol sekunder kecil">{x.perluTindakan ? 'Periksa' : 'Buka'}</Link> : null)} />
      )}
    </section>
  );
}

/**
 * One SKP as its pejabat penilai (or admin OPD/BKD) sees it: agree or return a signed one, set
 * the ekspektasi khusus, and through the year give feedback and record the dialog kinerja.
 */
export function DetailSkp() {
  const { id } = useParams();
  const [cari] = useSearchParams();
  const q = useKueriApi(KONTRAK_KINERJA.ambil, { params: { id: Number(id) } });
  const [pesan, setPesan] = useState<string | null>(null);
  return (
    <section>
      <div className="judul-halaman">
        <h1>SKP {q.data ? q.data.pegawai.nama : ''}</h1>
      </div>
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {q.data && (
        <>
          <KepalaSkp skp={q.data} />
          <VersiSkp skp={q.data} buka={(v) => `/kinerja/skp/${v}`} />
          <h2>Hasil kerja</h2>
          <DaftarRhk skp={q.data} />
          {q.data.boleh.setujui && <Keputusan skp={q.data} setPesan={setPesan} />}
          <h2>Perilaku kerja</h2>
          {q.data.boleh.ekspektasi ? <Ekspektasi skp={q.data} setPesan={setPesan} /> : <DaftarPerilaku skp={q.data} />}
          <UmpanBalikDialog skp={q.data} />
          {q.data.boleh.umpanBalik && <UmpanBalikBaru skp={q.data} setPesan={setPesan} />}
          <h2>Penilaian dan predikat</h2>
          <DaftarPenilaian skp={q.data} />
          {q.data.boleh.nilai && <FormPenilaian skp={q.data} setPesan={setPesan} periodeAwal={cari.get('periode') ?? 'tahunan'} />}
        </>
      )}
    </section>
  );
}

const segarkan = (qc: ReturnType<typeof useQueryClient>) => qc.invalidateQueries({ queryKey: kunciJalur('kinerja') });

function Keputusan({ skp, setPesan }: { skp: Skp, setPesan: (p: string | null) => void }) {
  const qc = useQueryClient();
  const kirim = useKirim();
  const [catatan, setCatatan] = useState('');
  const putuskan = (setuju: boolean) =>
    kirim.jalankan(async () => {
      const m = { versi: skp.versi, setuju, catatan: catatan || null };
      const { skemaSetujuiSkp } = await muatSkema();
      periksaIsian(skemaSetujuiSkp, m, 'Keputusan belum benar.');
      await panggil(KONTRAK_KINERJA.setujui, { params: { id: skp.id }, body: m });
      setPesan(setuju ? 'SKP disetujui: rencana kinerja ini disepakati.' : 'SKP dikembalikan kepada pegawai untuk diperbaiki.');
      await segarkan(qc);
    });
  return (
    <Formulir className="kartu form-panel" aria-labelledby="judul-keputusan" onSubmit={(e) => e.preventDefault()}>
      <h2 id="judul-keputusan">Persetujuan pejabat penilai</h2>
      <IsianForm id="skp-catatan" label="Catatan (wajib bila dikembalikan)" galat={kirim.galat} nama="catatan" lebar>
        {(x) => <textarea {...x} rows={2} value={catatan} onChange={(e) => setCatatan(e.target.value)} />}
      </IsianForm>
      <PesanGalat galat={kirim.galat} />
      <div className="baris-tombol">
        <button type="button" className="tombol utama" disabled={kirim.mengirim} onClick={() => void putuskan(true)}>Setujui SKP</button>
        <button type="button" className="tombol sekunder" disabled={kirim.mengirim} onClick={() => void putuskan(false)}>Kembalikan</button>
      </div>
    </Formulir>
  );
}

function Ekspektasi({ skp, setPesan }: { skp: Skp, setPesan: (p: string | null) => void }) {
  const qc = useQueryClient();
  const kirim = useKirim();
  const [isi, setIsi] = useState<Record<string, string>>(() => Object.fromEntries(skp.perilaku.map((p) => [p.kode, p.ekspektasiKhusus ?? ''])));
  return (
    <Formulir className="kartu form-panel" aria-labelledby="judul-ekspektasi" onSubmit={(e) => {
      e.preventDefault();
      void kirim.jalankan(async () => {
        await panggil(KONTRAK_KINERJA.ekspektasi, { params: { id: skp.id },
          body: { versi: skp.versi, perilaku: skp.perilaku.filter((p) => isi[p.kode]?.trim()).map((p) => ({ kode: p.kode, ekspektasiKhusus: isi[p.kode]!.trim() })) } });
        setPesan('Ekspektasi khusus disimpan.');
        await segarkan(qc);
      });
    }}>
      <h3 id="judul-ekspektasi">Ekspektasi khusus pimpinan</h3>
      {skp.perilaku.map((p, i) => (
        <IsianForm key={p.kode} id={`eks-${p.kode}`} label={p.label} petunjuk={p.uraian.join('; ')} galat={kirim.galat} nama={`perilaku.${i}.ekspektasiKhusus`} lebar>
          {(x) => (
            <textarea {...x} rows={2} value={isi[p.kode] ?? ''} onChange={(e) => setIsi((y) => ({ ...y, [p.kode]: e.target.value }))} />
          )}
        </IsianForm>
      ))}
      <PesanGalat galat={kirim.galat} />
      <button type="submit" className="tombol utama" disabled={kirim.mengirim}>Simpan ekspektasi</button>
    </Formulir>
  );
}

function UmpanBalikBaru({ skp, setPesan }: { skp: Skp, setPesan: (p: string | null) => void }) {
  const qc = useQueryClient();
  const umpan = useKirim();
  const dialog = useKirim();
  const [u, setU] = useState({ sasaran: '', periode: '', isi: '' });
  const [d, setD] = useState({ tanggal: '', catatan: '', tindakLanjut: '' });
  return (
    <>
      <Formulir className="kartu form-panel" aria-labelledby="judul-umpan" onSubmit={(e) => {
        e.preventDefault();
        void umpan.jalankan(async () => {
          const m = { rhkAkarId: u.sasaran.startsWith('rhk-') ? Number(u.sasaran.slice(4)) : null, perilakuKode: u.sasaran.startsWith('perilaku-') ? u.sasaran.slice(9) : null,
            periode: u.periode || null, isi: u.isi };
          const { skemaUmpanBalik } = await muatSkema();
          periksaIsian(skemaUmpanBalik, m, 'Umpan balik belum benar.');
          await panggil(KONTRAK_KINERJA.umpanBalik, { params: { id: skp.id }, body: skemaUmpanBalik.parse(m) });
          setU({ sasaran: '', periode: '', isi: '' });
          setPesan('Umpan balik dikirim.');
          await segarkan(qc);
        });
      }}>
        <h3 id="judul-umpan">Beri umpan balik</h3>
        <div className="kisi-isian">
          <Pilih id="umpan-sasaran" label="Tentang" nilai={u.sasaran} kosong="(kinerja secara umum)" ganti={(v) => setU((x) => ({ ...x, sasaran: v }))}
            pilihan={[...skp.rhk.map((r) => [`rhk-${r.akarId}`, `RHK: ${r.uraian}`] as const), ...skp.perilaku.map((p) => [`perilaku-${p.kode}`, p.label] as const)]} />
          <Pilih id="umpan-periode" label="Periode" nilai={u.periode} kosong="(tanpa periode)" ganti={(v) => setU((x) => ({ ...x, periode: v }))}
            pilihan={PERIODE_SKP.map((p) => [p, labelPeriode(p)] as const)} />
          <IsianForm id="umpan-isi" label="Umpan balik" wajib galat={umpan.galat} nama="isi" lebar>
            {(x) => <textarea {...x} rows={2} value={u.isi} onChange={(e) => setU((y) => ({ ...y, isi: e.target.value }))} />}
          </IsianForm>
        </div>
        <PesanGalat galat={umpan.galat} />
        <button type="submit" className="tombol utama" disabled={umpan.mengirim}>Kirim umpan balik</button>
      </Formulir>
      <Formulir className="kartu form-panel" aria-labelledby="judul-dialog" onSubmit={(e) => {
        e.preventDefault();
        void dialog.jalankan(async () => {
          const { skemaDialog } = await muatSkema();
          periksaIsian(skemaDialog, d, 'Catatan dialog kinerja belum benar.');
          await panggil(KONTRAK_KINERJA.dialog, { params: { id: skp.id }, body: d });
          setD({ tanggal: '', catatan: '', tindakLanjut: '' });
          setPesan('Dialog kinerja dicatat.');
          await segarkan(qc);
        });
      }}>
        <h3 id="judul-dialog">Catat dialog kinerja</h3>
        <div className="kisi-isian">
          <IsianForm id="dialog-tanggal" label="Tanggal" wajib galat={dialog.galat} nama="tanggal">
            {(x) => <IsianTanggal {...x} nilai={d.tanggal} ganti={(v) => setD((y) => ({ ...y, tanggal: v }))} />}
          </IsianForm>
          <IsianForm id="dialog-catatan" label="Catatan dialog" wajib galat={dialog.galat} nama="catatan" lebar>
            {(x) => <textarea {...x} rows={3} value={d.catatan} onChange={(e) => setD((y) => ({ ...y, catatan: e.target.value }))} />}
          </IsianForm>
          <IsianForm id="dialog-tindak" label="Tindak lanjut yang disepakati" wajib galat={dialog.galat} nama="tindakLanjut" lebar>
            {(x) => <textarea {...x} rows={2} value={d.tindakLanjut} onChange={(e) => setD((y) => ({ ...y, tindakLanjut: e.target.value }))} />}
          </IsianForm>
        </div>
        <PesanGalat galat={dialog.galat} />
        <button type="submit" className="tombol utama" disabled={dialog.mengirim}>Simpan dialog</button>
      </Formulir>
    </>
  );
}

/**
 * The penilai's rating of a period: both ratings with written reasons, saved as a draft (the
 * predikat follows the matrix), then made final. Before it is final the distribution of predikat
 * in the perangkat daerah is shown with its numbers; finalising anyway is a second, explicit click.
 */
function FormPenilaian({ skp, setPesan, periodeAwal }: { skp: Skp, setPesan: (p: string | null) => void, periodeAwal: string }) {
  const qc = useQueryClient();
  const kirim = useKirim();
  const [isi, setIsi] = useState({ periode: periodeAwal, ratingHasil: 'sesuai', alasanHasil: '', ratingPerilaku: 'sesuai', alasanPerilaku: '', catatan: '', alasanBedaUsulan: '' });
  const konteks = useKueriApi(KONTRAK_KINERJA.konteksNilai, { params: { id: skp.id }, query: { periode: isi.periode as 'tahunan' } });
  const k = konteks.data;
  const usulan = k?.usulanPimpinan ?? null;
  const beda = usulan !== null && usulan.rating !== isi.ratingHasil;
  const [organisasi, setOrganisasi] = useState('baik');
  const [peringatan, setPeringatan] = useState<string[]>([]);
  const ada = skp.penilaian.find((n) => n.periode === isi.periode);
  const set = (k: keyof typeof isi) => (v: string) => setIsi((x) => ({ ...x, [k]: v }));
  const pilihanRating = Object.entries(LABEL_RATING);
  const simpan = () =>
    kirim.jalankan(async () => {
      const m = { ...isi, catatan: isi.catatan || null, alasanBedaUsulan: beda ? isi.alasanBedaUsulan : null, ...(ada ? { versi: ada.versi } : {}) };
      const { skemaNilaiSkp } = await muatSkema();
      periksaIsian(skemaNilaiSkp, m, 'Penilaian belum benar.');
      const r = await panggil(KONTRAK_KINERJA.nilai, { params: { id: skp.id }, body: skemaNilaiSkp.parse(m) });
      setPeringatan(r.peringatan.map((w) => w.pesan));
      setPesan(`Penilaian disimpan sebagai draf: predikat ${r.penilaian.labelPredikat}.`);
      await segarkan(qc);
    });
  const finalkan = (lanjutkan: boolean) =>
    kirim.jalankan(async () => {
      if (!ada) return;
      const r = await panggil(KONTRAK_KINERJA.finalkan, { params: { id: skp.id },
        body: { periode: isi.periode as 'tahunan', versi: ada.versi, predikatOrganisasi: organisasi as 'baik', lanjutkan } });
      setPeringatan([]);
      setPesan(`Penilaian ${r.penilaian.labelPeriode} final: ${r.penilaian.labelPredikat}.`);
      await segarkan(qc);
    }, (e) => {
      if (e instanceof GalatApi && e.kode === 'peringatan_distribusi') {
        setPeringatan([e.message]);
        return true;
      }
      return false;
    });
  return (
    <Formulir className="kartu form-panel" aria-labelledby="judul-penilaian" onSubmit={(e) => {
      e.preventDefault();
      void simpan();
    }}>
      <h3 id="judul-penilaian">Nilai SKP</h3>
      <div className="kisi-isian">
        <Pilih id="nilai-periode" label={k ? `Periode (penilaian periodik ${k.jenisPeriodik.toLowerCase()})` : 'Periode'} nilai={isi.periode} ganti={set('periode')}
          galat={kirim.galat} nama="periode" pilihan={[...(k?.periodePeriodik ?? []).map((p) => [p.kode, p.label] as const), ['tahunan', labelPeriode('tahunan')] as const]} />
      </div>
      {k && <KonteksNilai k={k} pakai={(h, p) => setIsi((x) => ({ ...x, ratingHasil: h, ...(p ? { ratingPerilaku: p } : {}) }))} />}
      <div className="kisi-isian">
        <Pilih id="nilai-hasil" label="Rating hasil kerja" nilai={isi.ratingHasil} ganti={set('ratingHasil')} galat={kirim.galat} nama="ratingHasil" pilihan={pilihanRating} />
        <IsianForm id="nilai-alasan-hasil" label="Alasan rating hasil kerja" wajib galat={kirim.galat} nama="alasanHasil" lebar>
          {(x) => <textarea {...x} rows={2} value={isi.alasanHasil} onChange={(e) => set('alasanHasil')(e.target.value)} />}
        </IsianForm>
        {beda && (
          <IsianForm id="nilai-alasan-beda" label={`Alasan berbeda dari usulan capaian unit (${usulan.labelRating})`} wajib galat={kirim.galat} nama="alasanBedaUsulan" lebar>
            {(x) => (
              <textarea {...x} rows={2} value={isi.alasanBedaUsulan} onChange={(e) => set('alasanBedaUsulan')(e.target.value)} />
            )}
          </IsianForm>
        )}
        <Pilih id="nilai-perilaku" label="Rating perilaku kerja" nilai={isi.ratingPerilaku} ganti={set('ratingPerilaku')} galat={kirim.galat} nama="ratingPerilaku"
          pilihan={pilihanRating} />
        <IsianForm id="nilai-alasan-perilaku" label="Alasan rating perilaku kerja" wajib galat={kirim.galat} nama="alasanPerilaku" lebar>
          {(x) => <textarea {...x} rows={2} value={isi.alasanPerilaku} onChange={(e) => set('alasanPerilaku')(e.target.value)} />}
        </IsianForm>
        <IsianForm id="nilai-catatan" label="Catatan periode (opsional)" galat={kirim.galat} nama="catatan" lebar>
          {(x) => <textarea {...x} rows={2} value={isi.catatan} onChange={(e) => set('catatan')(e.target.value)} />}
        </IsianForm>
        <Pilih id="nilai-organisasi" label="Predikat kinerja organisasi" nilai={organisasi} ganti={setOrganisasi}
          pilihan={PREDIKAT_ORGANISASI.map((p) => [p, LABEL_PREDIKAT_ORGANISASI[p]] as const)} />
      </div>
      {peringatan.length > 0 && (
        <div className="peringatan" role="status" data-testid="peringatan-distribusi">
          {peringatan.map((p) => <p key={p}>{p}</p>)}
        </div>
      )}
      <PesanGalat galat={kirim.galat} />
      <div className="baris-tombol">
        <button type="submit" className="tombol utama" disabled={kirim.mengirim}>Simpan penilaian</button>
        {ada && ada.status === 'draf' && (
          <button type="button" className="tombol sekunder" disabled={kirim.mengirim} onClick={() => void finalkan(peringatan.length > 0)}>
            {peringatan.length > 0 ? 'Tetap finalkan' : 'Finalkan penilaian'}
          </button>
        )}
      </div>
    </Formulir>
  );
}

type Konteks = ResponsTitik<typeof KONTRAK_KINERJA.konteksNilai>;

/**
 * What the period is rated against: the realisasi so far (reports and approved linked activities),
 * for a unit head the hasil kerja proposed from the unit's capaian in SAKIP with its figures, and
 * for the annual rating the periodic ratings and the annual rating they roll up to.
 */
function KonteksNilai({ k, pakai }: { k: Konteks, pakai: (hasil: string, perilaku?: string) => void }) {
  const u = k.usulanPimpinan;
  return (
    <div className="konteks-nilai" data-testid="konteks-penilaian">
      <h4>Realisasi sampai {k.labelPeriode}</h4>
      <ul className="daftar-realisasi">
        {k.realisasi.map((r) => (
          <li key={r.rhkAkarId}>
            <strong>{r.uraian}</strong>: {r.realisasi ? `${r.realisasi} (${r.labelPeriodeRealisasi})` : 'belum ada laporan realisasi'}
            {r.aktivitas && <span className="meta">· {r.aktivitas}</span>}
          </li>
        ))}
      </ul>
      {k.usulanGagal && <p className="meta">{k.usulanGagal}</p>}
      {u && (
        <div className="kartu" data-testid="usulan-pimpinan">
          <h4>Usulan rating hasil kerja dari capaian unit: {u.labelRating}</h4>
          <p className="meta">{u.unit}, {u.labelCapaian}: rata-rata {u.capaianUnit}, predikat kinerja organisasi {u.labelPredikatOrganisasi}.</p>
          <Tabel keterangan="Capaian indikator Perjanjian Kinerja" baris={u.indikator} kunci={(x) => x.kode} kartu={false} kolom={[
            { judul: 'Indikator', kepalaBaris: true, isi: (x) => `${x.kode} ${x.uraian}` },
            { judul: 'Target', isi: (x) => x.target },
            { judul: 'Realisasi', isi: (x) => x.realisasi },
            { judul: 'Capaian', isi: (x) => x.capaian },
          ]} />
          <p className="meta">{u.alasan}</p>
          <button type="button" className="tombol sekunder kecil" onClick={() => pakai(u.rating)}>Pakai usulan ini</button>
        </div>
      )}
      {k.periode === 'tahunan' && (
        <>
          <h4>Penilaian {k.jenisPeriodik.toLowerCase()} tahun ini</h4>
          {k.periodik.length === 0 ? <p className="meta">Belum ada penilaian periodik.</p> : (
            <ul className="daftar-realisasi">
              {k.periodik.map((p) => (
                <li key={p.periode}>
                  {p.labelPeriode}: hasil kerja {LABEL_RATING[p.ratingHasil]}, perilaku {LABEL_RATING[p.ratingPerilaku]}, predikat {p.labelPredikat}
                  {p.status === 'draf' ? ' (draf)' : ''}
                </li>
              ))}
            </ul>
          )}
          {k.usulanTahunan && (
            <p className="meta">
              {k.usulanTahunan.keterangan}{' '}
              <button type="button" className="tombol sekunder kecil" onClick={() => pakai(k.usulanTahunan!.ratingHasil, k.usulanTahunan!.ratingPerilaku)}>
                Pakai sebagai rating tahunan
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}

/**
 * The atasan's periodic evaluation (monthly or quarterly by rule data): everyone they rate, with
 * the realisasi so far and the period's rating; "Nilai" opens the SKP with that period chosen.
 */
export function EvaluasiPeriodik() {
  const [cari, setCari] = useSearchParams();
  const ubahCari = useUbahCari();
  const tahun = Number(cari.get('tahun') ?? tahunIniSetempat());
  const periode = cari.get('periode') ?? undefined;
  const q = useKueriApi(KONTRAK_KINERJA.evaluasiPeriodik, { query: { tahun, ...(periode ? { periode: periode as 'tw1' } : {}) } });
  const d = q.data;
  const ganti = (k: string, v: string) => ubahCari({ [k]: v });
  return (
    <section>
      <div className="judul-halaman">
        <h1>Evaluasi Periodik</h1>
        <Pilih sebaris id="evaluasi-tahun" label="Tahun" nilai={String(tahun)} ganti={(t) => setCari({ tahun: t }, { replace: true })}
          pilihan={[tahunIniSetempat(), tahunIniSetempat() - 1].map((t) => [String(t), t] as const)} />
        {d && (
          <Pilih sebaris id="evaluasi-periode" label="Periode" nilai={d.periode} ganti={(v) => ganti('periode', v)} pilihan={d.periodePeriodik.map((p) =>
            [p.kode, p.dimulai ? p.label : `${p.label} (belum dimulai)`] as const
          )} />
        )}
      </div>
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {d && (
        <p className="meta">
          Penilaian periodik {d.jenisPeriodik.toLowerCase()} · {d.labelPeriode} {d.tahun} · {formatAngka(d.items.filter((x) => x.penilaian?.status === 'final').length)} dari{' '}
          {formatAngka(d.items.length)} pegawai sudah dinilai final
        </p>
      )}
      {d && d.items.length === 0 && <Kosong>Belum ada SKP yang disepakati dengan Anda sebagai pejabat penilai tahun ini.</Kosong>}
      {d && d.items.length > 0 && (
        <Tabel keterangan={`Evaluasi periodik ${d.labelPeriode}`} baris={d.items} kunci={(x) => x.pegawaiId} kolom={[
          { judul: 'Pegawai', kepalaBaris: true, isi: (x) => <SelPegawai nama={x.nama} nip={x.nip} /> },
          { judul: 'Jabatan', isi: (x) => x.jabatan },
          { judul: 'Realisasi sampai periode', isi: (x) => `${formatAngka(x.rhkDenganRealisasi)} dari ${formatAngka(x.jumlahRhk)} RHK dilaporkan` },
          { judul: 'Aktivitas disetujui', isi: (x) => formatAngka(x.aktivitasDisetujui) },
          { judul: 'Penilaian', isi: (x) =>
            x.penilaian ?
              (
                <span className={`lencana lencana-${x.penilaian.status === 'final' ? 'disetujui' : 'netral'}`}>
                  {x.penilaian.labelPredikat}
                  {x.penilaian.status === 'final' ? '' : ' (draf)'}
                </span>
              ) :
              <span className="lencana lencana-awas">Belum dinilai</span> },
        ]} aksi={(x) =>
          x.skpId ?
            (
              <Link to={`/kinerja/skp/${x.skpId}?periode=${d.periode}`} className="tombol sekunder kecil">
                {x.penilaian?.status === 'final' ? 'Buka' : 'Nilai'}
              </Link>
            ) :
            null} />
      )}
    </section>
  );
}
