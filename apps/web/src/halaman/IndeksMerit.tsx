import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatAngka, formatPersen, bacaAngkaIsian } from '@simasn/domain';
import { KONTRAK_MERIT } from '@simasn/indeks/kontrak';
import type { ResponsTitik } from '@simasn/kontrak';
import { alamatTitik, GalatApi, kunci, kunciJalur, panggil, unggahTitik } from '../api.ts';
import { useKueriApi } from '../kait.ts';
import { formatUkuran, formatWaktu, tahunIniSetempat } from '../format.ts';
import { GrafikBatang, WARNA } from '../komponen/Grafik.tsx';
import { KartuAngka } from '../komponen/KartuAngka.tsx';
import { PilihTahun, useTahunPenilaian } from '../komponen/PilihTahun.tsx';
import { Kosong, Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { TabelGulir } from '../komponen/Tabel.tsx';
import { useSesi } from '../sesi.tsx';
import { BukaKembali, RiwayatFinal } from './MeritBukaKembali.tsx';
import { Formulir, IsianForm, masalahIsian, pesanKendali, PilihBerkas, SalahDiSamping, salahIsian } from '../komponen/Formulir.tsx';

type Penilaian = ResponsTitik<typeof KONTRAK_MERIT.ambil>;
type Aspek = Penilaian['aspek'][number];
type SubAspek = Aspek['subAspek'][number];

const TAHUN_INI = tahunIniSetempat();
const desimal = (x: number) => formatAngka(x, 2);
const SKOR = [1, 2, 3, 4];
const LABEL_SKOR: Record<number, string> = { 1: 'Kurang', 2: 'Cukup', 3: 'Baik', 4: 'Sangat Baik' };
const bertanda = (x: number) => `${x > 0 ? '+' : ''}${desimal(x)}`;

/** The eight aspects against their maximum (bobot x 4). */
function GrafikAspek({ aspek }: { aspek: Aspek[] }) {
  return (
    <GrafikBatang mendatar
      label={`Grafik nilai 8 aspek Sistem Merit dibandingkan nilai maksimum: ${aspek.map((a) => `${a.nama} ${desimal(a.nilai)} dari ${desimal(a.maksimum)}`).join(', ')}`}
      kategori={aspek.map((a) => `${a.nomor}. ${a.nama}`)} format={desimal} seri={[
      { label: 'Nilai', nilai: aspek.map((a) => a.nilai), warna: WARNA.seri[1]! },
      { label: 'Maksimum', nilai: aspek.map((a) => a.maksimum), warna: WARNA.seri[4]! },
    ]} />
  );
}

/** One sub-aspect: the 1-4 choice (saved at once), the note and the evidence. */
function BarisSubAspek({ p, s, bisaUbah, simpan }: { p: Penilaian, s: SubAspek, bisaUbah: boolean, simpan: (x: Penilaian) => void }) {
  const [catatan, setCatatan] = useState(s.catatan ?? '');
  useEffect(() => setCatatan(s.catatan ?? ''), [s.catatan]);
  const qc = useQueryClient();
  /**
   * The choice being saved, shown at once, for the version it was made on: the server's answer (a new
   * version) replaces it in the same render. Cleared on settling instead, it left the old score showing
   * for a moment, as the answer reaches the page a task after the mutation settles (the radio flickered
   * back; a check in the merit e2e saw it unchecked).
   */
  const [pilihan, setPilihan] = useState<{ skor: number, versi: number } | null>(null);
  const skorTampil = pilihan && pilihan.versi === s.versi ? pilihan.skor : s.skor;
  // The score and the note are saved by the same request: its error goes beside what was being saved.
  const [dariCatatan, setDariCatatan] = useState(false);
  const skor = useMutation({
    mutationFn: (body: { skor: number, catatan?: string | null }) => panggil(KONTRAK_MERIT.ubahSkor, { params: { id: p.id, kode: s.kode }, body: { ...body, versi: s.versi } }),
    onSuccess: simpan,
    onError: (e) => {
      setPilihan(null);
      if (e instanceof GalatApi && e.status === 409) void qc.invalidateQueries({ queryKey: kunciJalur('indeks', 'merit') });
    },
  });
  const bukti = useMutation({ mutationFn: (f: File) => {
    const form = new FormData();
    form.set('versi', String(s.versi));
    form.set('file', f);
    // Multipart: the address and the answer from the contract, the body as a form.
    return unggahTitik(KONTRAK_MERIT.unggahBukti, form, { params: { id: p.id, kode: s.kode } });
  }, onSuccess: (r) => simpan(r.penilaian), onError: (e) => {
    if (e instanceof GalatApi && e.status === 409) void qc.invalidateQueries({ queryKey: kunciJalur('indeks', 'merit') });
  } });
  const idBukti = `bukti-${s.kode}`;
  const pesanCatatan = dariCatatan ? pesanKendali(skor.error, 'catatan') : masalahIsian(skor.error, 'catatan');
  return (
    <tr data-testid={`sub-aspek-${s.kode}`}>
      <td data-label="Sub-aspek">
        <strong>{s.kode}</strong> {s.nama}
      </td>
      <td data-label="Bobot">{formatAngka(s.bobot, Number.isInteger(s.bobot) ? 0 : 1)}</td>
      <td data-label="Skor">
        {bisaUbah ?
          (
            <fieldset className="pilihan-skor" style={{ border: 0, padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: '0.15rem 0.75rem' }} disabled={skor.isPending}>
              <legend className="sr">Skor sub-aspek {s.kode}</legend>
              {SKOR.map((n) => (
                <label key={n} style={{ whiteSpace: 'nowrap', display: 'inline-flex', alignItems: 'center', gap: '0.25rem', minHeight: '2rem' }}>
                  <input type="radio" name={`skor-${s.kode}`} value={n} checked={skorTampil === n} onChange={() => {
                    setPilihan({ skor: n, versi: s.versi });
                    setDariCatatan(false);
                    skor.mutate({ skor: n });
                  }} />
                  {n} {p.skala.label[n] ?? LABEL_SKOR[n]}
                </label>
              ))}
            </fieldset>
          ) :
          s.skor !== null
          ? `${s.skor} ${s.labelSkor ?? ''}`
          : <span className="sub">belum dinilai</span>}
        {skor.isPending && <small className="petunjuk" role="status">Menyimpan…</small>}
        {!dariCatatan && <PesanGalat galat={skor.error} />}
      </td>
      <td data-label="Nilai" data-testid={`nilai-${s.kode}`}>{s.nilai !== null ? desimal(s.nilai) : '–'}</td>
      <td data-label="Catatan">
        {bisaUbah ?
          (
            <div className="isian" style={{ margin: 0 }}>
              <label className="sr" htmlFor={`catatan-${s.kode}`}>Catatan sub-aspek {s.kode}</label>
              <SalahDiSamping id={`catatan-${s.kode}`} pesan={pesanCatatan} umumkan>
                {(a) => (
                  <textarea {...a} id={`catatan-${s.kode}`} rows={2} value={catatan} onChange={(e) => setCatatan(e.target.value)} disabled={s.skor === null}
                    placeholder={s.skor === null ? 'Beri skor dahulu' : 'Catatan atau dasar penilaian'} />
                )}
              </SalahDiSamping>
              {s.skor !== null && catatan !== (s.catatan ?? '') && (
                <button type="button" className="tombol sekunder kecil" disabled={skor.isPending} onClick={() => {
                  setDariCatatan(true);
                  skor.mutate({ skor: s.skor!, catatan: catatan.trim() || null });
                }}>
                  Simpan catatan
                </button>
              )}
            </div>
          ) :
          (s.catatan ?? '–')}
      </td>
      <td data-label="Bukti">
        {s.dokumen && (
          <a className="tautan-berkas" href={alamatTitik(KONTRAK_MERIT.bukti, { params: { id: p.id, dokumenId: s.dokumen.id } })} target="_blank" rel="noopener"
            data-testid={`bukti-${s.kode}-tautan`}
          >
            {s.dokumen.namaBerkas} <span className="sub">({formatUkuran(s.dokumen.ukuran)})</span>
          </a>
        )}
        {bisaUbah && s.skor !== null && (
          <div className="isian" style={{ margin: '0.25rem 0 0' }}>
            <label htmlFor={idBukti} className="label-kecil">{s.dokumen ? 'Ganti bukti' : 'Unggah bukti'} (PDF/PNG/JPEG)</label>
            <SalahDiSamping id={idBukti} pesan={pesanKendali(bukti.error, 'file')} umumkan>
              {(a) => (
                <PilihBerkas {...a} id={idBukti} accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg" disabled={bukti.isPending} langsung ganti={(f) => {
                  if (f) bukti.mutate(f);
                }} />
              )}
            </SalahDiSamping>
            {bukti.isPending && <small className="petunjuk" role="status">Mengunggah…</small>}
          </div>
        )}
        {!s.dokumen && !(bisaUbah && s.skor !== null) && <span className="sub">–</span>}
        {!(bisaUbah && s.skor !== null) && <PesanGalat galat={bukti.error} />}
      </td>
    </tr>
  );
}

/** A typed figure in Indonesian format, `kosong` for a blank field; throws the reason when it is not a number. */
/** A number typed in the field named `kolom`; a wrong one is that field's problem (shown beside it). */
function bacaAngka<K>(s: string, kosong: K, kolom: string): number | K {
  if (!s.trim()) return kosong;
  const h = bacaAngkaIsian(s);
  if (!h.ok) throw salahIsian(kolom, h.alasan, 'Isian belum benar.');
  return h.nilai;
}
const teksTarget = (x: number | null) => (x === null ? '' : formatAngka(x, Number.isInteger(x) ? 0 : 2));

function FormTarget({ p, simpan }: { p: Penilaian, simpan: (x: Penilaian) => void }) {
  const [isian, setIsian] = useState({ targetTotal: teksTarget(p.targetTotal), targetRenstra: teksTarget(p.targetRenstra) });
  useEffect(() => setIsian({ targetTotal: teksTarget(p.targetTotal), targetRenstra: teksTarget(p.targetRenstra) }), [p.targetTotal, p.targetRenstra]);
  const [salah, setSalah] = useState<Error | null>(null);
  const m = useMutation({
    mutationFn: (body: { targetTotal: number | null, targetRenstra: number | null, versi: number }) => panggil(KONTRAK_MERIT.ubahTarget, { params: { id: p.id }, body }),
    onSuccess: simpan,
  });
  function kirim(e: FormEvent) {
    e.preventDefault();
    setSalah(null);
    try {
      m.mutate({ targetTotal: bacaAngka(isian.targetTotal, null, 'targetTotal'), targetRenstra: bacaAngka(isian.targetRenstra, null, 'targetRenstra'), versi: p.versi });
    } catch (err) {
      setSalah(err as Error);
    }
  }
  return (
    <Formulir onSubmit={kirim} className="kisi-isian" aria-label="Target nilai Sistem Merit">
      <IsianForm id="merit-target" label={`Target total tahun {p.tahun}`} galat={salah ?? m.error} nama="targetTotal">
        {(a) => <input {...a} inputMode="decimal" value={isian.targetTotal} onChange={(e) => setIsian({ ...isian, targetTotal: e.target.value })} />}
      </IsianForm>
      <IsianForm id="merit-renstra" label="Target akhir Renstra" galat={salah ?? m.error} nama="targetRenstra">
        {(a) => <input {...a} inputMode="decimal" value={isian.targetRenstra} onChange={(e) => setIsian({ ...isian, targetRenstra: e.target.value })} />}
      </IsianForm>
      <div className="isian isian-tombol">
        <button className="tombol sekunder" type="submit" disabled={m.isPending}>{m.isPending ? 'Menyimpan…' : 'Simpan target'}</button>
      </div>
      <PesanGalat galat={salah ?? m.error} />
    </Formulir>
  );
}

function BukaPenilaian({ tahun, dibuka }: { tahun: number, dibuka: (p: Penilaian) => void }) {
  const instrumen = useKueriApi(KONTRAK_MERIT.daftarInstrumen, {}, { staleTime: 600_000 });
  const [isian, setIsian] = useState({ instrumenId: '', targetTotal: '', targetRenstra: '', salin: true });
  const [salah, setSalah] = useState<Error | null>(null);
  const m = useMutation({
    mutationFn: (body: { tahun: number, instrumenId?: string, targetTotal?: number, targetRenstra?: number, salinTahunLalu: boolean }) => panggil(KONTRAK_MERIT.buka, { body }),
    onSuccess: dibuka,
  });
  function kirim(e: FormEvent) {
    e.preventDefault();
    setSalah(null);
    try {
      m.mutate({ tahun, instrumenId: isian.instrumenId || undefined, targetTotal: bacaAngka(isian.targetTotal, undefined, 'targetTotal'),
        targetRenstra: bacaAngka(isian.targetRenstra, undefined, 'targetRenstra'), salinTahunLalu: isian.salin });
    } catch (err) {
      setSalah(err as Error);
    }
  }
  return (
    <Formulir className="kartu form-panel" onSubmit={kirim} aria-label="Buka penilaian Sistem Merit">
      <h2>Buka penilaian tahun {tahun}</h2>
      <div className="kisi-isian">
        <IsianForm id="merit-instrumen" label="Instrumen" lebar galat={salah ?? m.error} nama="instrumenId">
          {(a) => (
            <select {...a} value={isian.instrumenId} onChange={(e) => setIsian({ ...isian, instrumenId: e.target.value })}>
              <option value="">Yang berlaku pada tahun {tahun}</option>
              {instrumen.data?.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.nama} ({i.milikInstansi ? 'milik instansi' : 'bawaan'}, {formatAngka(i.jumlahSubAspek)} sub-aspek, bobot{' '}
                  {formatAngka(i.jumlahBobot, Number.isInteger(i.jumlahBobot) ? 0 : 2)})
                </option>
              ))}
            </select>
          )}
        </IsianForm>
        <IsianForm id="merit-buka-target" label="Target total" galat={salah ?? m.error} nama="targetTotal">
          {(a) => <input {...a} inputMode="decimal" value={isian.targetTotal} onChange={(e) => setIsian({ ...isian, targetTotal: e.target.value })} />}
        </IsianForm>
        <IsianForm id="merit-buka-renstra" label="Target akhir Renstra" galat={salah ?? m.error} nama="targetRenstra">
          {(a) => (
            <input {...a} inputMode="decimal" placeholder="sama dengan tahun lalu" value={isian.targetRenstra}
              onChange={(e) => setIsian({ ...isian, targetRenstra: e.target.value })} />
          )}
        </IsianForm>
        <div className="isian isian-centang">
          <label htmlFor="merit-salin">
            <input id="merit-salin" type="checkbox" checked={isian.salin} onChange={(e) => setIsian({ ...isian, salin: e.target.checked })} /> Mulai dari skor tahun lalu
          </label>
        </div>
      </div>
      <PesanGalat galat={salah ?? m.error} />
      <div className="baris-tombol">
        <button className="tombol utama" type="submit" disabled={m.isPending}>{m.isPending ? 'Membuka…' : 'Buka penilaian'}</button>
      </div>
    </Formulir>
  );
}

function Finalisasi({ p, simpan }: { p: Penilaian, simpan: (x: Penilaian) => void }) {
  const [yakin, setYakin] = useState(false);
  const m = useMutation({ mutationFn: () => panggil(KONTRAK_MERIT.finalisasi, { params: { id: p.id }, body: { versi: p.versi } }), onSuccess: simpan });
  return (
    <section className="kartu form-panel" aria-labelledby="judul-finalisasi">
      <h2 id="judul-finalisasi">Finalisasi</h2>
      <p className="sub">
        Setelah final, skor, catatan, bukti dan target tidak dapat diubah; nilai {desimal(p.total)} (indeks{' '}
        {formatAngka(p.indeks, 3)}) dibekukan bersama rinciannya dan versi aturannya.
      </p>
      {!p.lengkap && <p className="pesan pesan-peringatan" role="note">Masih ada {formatAngka(p.belumDinilai.length)} sub-aspek yang belum dinilai.</p>}
      <PesanGalat galat={m.error} />
      <div className="baris-tombol">
        {!yakin ? <button type="button" className="tombol utama" disabled={!p.lengkap} onClick={() => setYakin(true)}>Finalisasi</button> : (
          <>
            <button type="button" className="tombol bahaya" disabled={m.isPending} onClick={() => m.mutate()}>{m.isPending ? 'Memfinalkan…' : 'Ya, finalkan sekarang'}</button>
            <button type="button" className="tombol sekunder" disabled={m.isPending} onClick={() => setYakin(false)}>Batal</button>
          </>
        )}
      </div>
    </section>
  );
}

/**
 * Sistem Merit: the yearly self-assessment (SIPINTER's job). Each sub-aspect scored 1-4 with a
 * note and its evidence, running totals per aspect, the chart, total/index/category, last year
 * and the targets, the shortest way to the next category, and finalisation. Read-only once
 * final, and for roles without indeks:kelola.
 */
export function IndeksMerit() {
  const { boleh } = useSesi();
  const kelola = boleh('indeks:kelola');
  const qc = useQueryClient();
  const daftar = useKueriApi(KONTRAK_MERIT.daftar, {});
  const pilihTahun = useTahunPenilaian(daftar.data, TAHUN_INI, [TAHUN_INI, ...Array.from({ length: 5 }, (_, i) => TAHUN_INI - 1 - i)]);
  const { tahun } = pilihTahun;
  const ringkas = daftar.data?.find((d) => d.tahun === tahun);
  const q = useKueriApi(KONTRAK_MERIT.ambil, { params: { id: ringkas?.id ?? 0 } }, { enabled: !!ringkas });
  const simpan = (x: Penilaian) => {
    qc.setQueryData(kunci(KONTRAK_MERIT.ambil, { params: { id: x.id } }), x);
    void qc.invalidateQueries({ queryKey: kunci(KONTRAK_MERIT.daftar), exact: true });
  };
  const p = q.data;
  const bisaUbah = kelola && p?.status === 'draf';

  return (
    <section className="indeks-merit">
      <div className="judul-halaman">
        <h1>Indeks Sistem Merit</h1>
        <Link to="/indeks/merit/instrumen" className="tombol sekunder kecil">Instrumen</Link>
        {ringkas && (
          <a className="tombol sekunder kecil" data-testid="ekspor-xlsx" href={alamatTitik(KONTRAK_MERIT.ekspor, { params: { id: ringkas.id } })} download>
            Ekspor XLSX
          </a>
        )}
        <PilihTahun id="merit-tahun" tahun={pilihTahun} />
      </div>
      <PesanGalat galat={daftar.error ?? q.error} />
      {(daftar.isPending || (ringkas && q.isPending)) && <Memuat />}
      {daftar.data && !ringkas && (kelola
        ? (
          <BukaPenilaian tahun={tahun} dibuka={(x) => {
            simpan(x);
            void daftar.refetch();
          }} />
        )
        : <Kosong>Belum ada penilaian Sistem Merit tahun {tahun}.</Kosong>)}
      {p && p.tahun === tahun && (
        <>
          <p className="sub">
            <span className={`lencana ${p.status === 'final' ? 'lencana-disetujui' : 'lencana-netral'}`} data-testid="status-merit">
              {p.status === 'final' ? 'Final' : 'Draf'}
            </span>{' '}
            Instrumen: {p.instrumen.nama}. Aturan: {p.aturan.nama} ({p.aturan.dasarHukum}).
          </p>
          <div className="kartu-angka" aria-busy={q.isFetching}>
            <KartuAngka label="Total" idNilai="total-merit" nilai={desimal(p.total)}
              sub={<>dari {desimal(p.totalMaksimum)}; {formatAngka(p.jumlahDinilai)} dari {formatAngka(p.jumlahSubAspek)} sub-aspek dinilai</>} />
            <KartuAngka label="Indeks" idNilai="indeks-merit" nilai={formatAngka(p.indeks, 3)} sub={<>total / {formatAngka(400)}</>} />
            <KartuAngka label="Kategori" kecil idNilai="kategori-merit" nilai={p.kategori?.teks ?? '–'} sub={!p.lengkap && 'sementara'} />
            <KartuAngka label={<>Tahun {p.tahun - 1}</>} nilai={p.tahunLalu ? desimal(p.tahunLalu.total) : '–'}
              sub={p.tahunLalu ? `${bertanda(p.tahunLalu.selisih)} poin; ${p.tahunLalu.kategori?.teks ?? ''}` : 'belum ada penilaian'} idSub="selisih-merit" />
            <KartuAngka label="Capaian target" idNilai="capaian-merit" nilai={p.capaian.target ? formatPersen(p.capaian.target.persen) : '–'}
              sub={p.capaian.target ? `target ${desimal(p.capaian.target.target)}` : 'target belum diisi'} />
            <KartuAngka label="Capaian Renstra" nilai={p.capaian.renstra ? formatPersen(p.capaian.renstra.persen) : '–'}
              sub={p.capaian.renstra ? `target akhir ${desimal(p.capaian.renstra.target)}` : 'target belum diisi'} />
          </div>

          {p.status === 'final' && (
            <PesanBerhasil>
              Penilaian tahun {p.tahun} sudah final{p.hasil ? ` (dibekukan ${formatWaktu(p.hasil.dihitungPada)} oleh ${p.hasil.dihitungOleh})` : ''}: tidak dapat diubah{kelola
                ? ' kecuali dibuka kembali dengan alasan'
                : ''}.
            </PesanBerhasil>
          )}
          {p.peringatan.length > 0 && (
            <div className="pesan pesan-peringatan" role="note" data-testid="peringatan-merit">
              <ul className="daftar-ringkas">{p.peringatan.map((x) => <li key={x}>{x}</li>)}</ul>
            </div>
          )}

          <div className="kisi-grafik">
            <figure className="kartu">
              <figcaption>Nilai aspek dibandingkan nilai maksimum</figcaption>
              <GrafikAspek aspek={p.aspek} />
            </figure>
            <div className="kartu" data-testid="naik-kategori">
              <h2>Naikkan kategori</h2>
              {!p.naikKategori.kategoriBerikutnya ? <p>Sudah pada kategori tertinggi.</p> : (
                <>
                  <p>
                    Menuju <strong>{p.naikKategori.kategoriBerikutnya.teks}</strong> kurang {desimal(p.naikKategori.kurang)} poin.
                    {p.naikKategori.tercapai
                      ? ` Langkah tersingkat: ${formatAngka(p.naikKategori.jumlahLangkah)} kenaikan skor, total menjadi ${desimal(p.naikKategori.totalSetelah)} (indeks ${
                        formatAngka(p.naikKategori.indeksSetelah, 3)
                      }).`
                      : ' Tidak tercapai walau semua sub-aspek yang dinilai bernilai 4.'}
                  </p>
                  <ol className="daftar-ringkas">
                    {p.naikKategori.langkah.map((l) => (
                      <li key={l.subAspek}>
                        <strong>{l.subAspek}</strong> {l.nama}: {LABEL_SKOR[l.dari]} → {LABEL_SKOR[l.ke]} <span className="sub">(+{desimal(l.tambahan)})</span>
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </div>
          </div>

          {bisaUbah && (
            <section className="kartu" aria-labelledby="judul-target">
              <h2 id="judul-target">Target</h2>
              <FormTarget p={p} simpan={simpan} />
            </section>
          )}

          {p.aspek.map((a) => (
            <section className="kartu" key={a.nomor} aria-labelledby={`aspek-${a.nomor}`} data-testid={`aspek-${a.nomor}`}>
              <div className="judul-bagian">
                <h2 id={`aspek-${a.nomor}`} style={{ margin: '0 auto 0 0' }}>{a.nomor}. {a.nama}</h2>
                <span data-testid={`nilai-aspek-${a.nomor}`}>
                  <strong>{desimal(a.nilai)}</strong> dari {desimal(a.maksimum)}{' '}
                  <span className="sub">(bobot {formatAngka(a.jumlahBobot, Number.isInteger(a.jumlahBobot) ? 0 : 2)})</span>
                </span>
              </div>
              <TabelGulir judul={['Sub-aspek', 'Bobot', 'Skor', 'Nilai', 'Catatan', 'Bukti'].map((judul) => ({ judul }))}>
                {a.subAspek.map((s) => <BarisSubAspek key={s.kode} p={p} s={s} bisaUbah={!!bisaUbah} simpan={simpan} />)}
              </TabelGulir>
            </section>
          ))}

          {bisaUbah && <Finalisasi p={p} simpan={simpan} />}
          {kelola && p.status === 'final' && <BukaKembali p={p} simpan={simpan} />}
          <RiwayatFinal riwayat={p.riwayat} />
          {!kelola && <p className="sub">Anda dapat melihat penilaian ini; pengisian dilakukan oleh pengelola indeks (Admin BKD, Perencana).</p>}
        </>
      )}
    </section>
  );
}
