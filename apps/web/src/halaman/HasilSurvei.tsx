import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { formatAngka } from '@simasn/domain';
import { KONTRAK_SURVEI, type skemaRingkasanIkm } from '@simasn/indeks/kontrak';
import type { ResponsTitik, z } from '@simasn/kontrak';
import { alamatTitik, kunci, panggil, periksaIsian } from '../api.ts';
import { useKirim, useKueriApi, useUbahCari } from '../kait.ts';
import { formatWaktu, hariIniSetempat } from '../format.ts';
import { GrafikBatang, WARNA } from '../komponen/Grafik.tsx';
import { KartuAngka } from '../komponen/KartuAngka.tsx';
import { Kosong, Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { useSesi } from '../sesi.tsx';
import { IsianLayanan, UbahLayananSurvei } from './UbahLayananSurvei.tsx';
import './survei.css';
import { Formulir } from '../komponen/Formulir.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/indeks/kontrak');

/** GET /api/survei/ikm */
type Ringkasan = ResponsTitik<typeof KONTRAK_SURVEI.ringkasanIkm>;
/** GET /api/survei/{id}/hasil */
type Hasil = ResponsTitik<typeof KONTRAK_SURVEI.hasil>;
type Layanan = Hasil['layanan'];
type Mutu = NonNullable<Ringkasan['mutu']>;
type Sampel = Hasil['sampel'];
/** The period of the results: a year, and a tribulan or not. */
type KueriPeriode = z.input<typeof skemaRingkasanIkm>;

const ROMAWI = ['I', 'II', 'III', 'IV'];
const WARNA_SEBARAN = ['#c4453c', '#e07b39', '#6aaee0', '#0b4f8a'];

const ikmTeks = (x: number | null | undefined) => (x === null || x === undefined ? '–' : formatAngka(x, 2));

function LencanaMutu({ mutu }: { mutu: Mutu | null }) {
  if (!mutu) return <span className="lencana lencana-netral">Belum ada</span>;
  return <span className={`lencana lencana-mutu-${mutu.kode.toLowerCase()}`}>{mutu.kode} · {mutu.label}</span>;
}

function TeksSampel({ s, responden }: { s: Sampel, responden: number }) {
  if (!s) return <>{formatAngka(responden)} responden (populasi belum diisi)</>;
  return (
    <>
      {formatAngka(s.terkumpul)} dari {formatAngka(s.diperlukan)} diperlukan{' '}
      {s.cukup ? <span className="lencana lencana-disetujui">Cukup</span> : <span className="lencana lencana-ditolak">Kurang {formatAngka(s.kurang)}</span>}
    </>
  );
}

/** NRR per unsur as bars running across (1-4), the weakest in the warning colour. */
function GrafikNrr({ h }: { h: Hasil }) {
  const lemah = h.unsurTerlemah?.nomor;
  return (
    <GrafikBatang testId="grafik-nrr" mendatar label={`NRR per unsur: ${h.unsur.map((u) => `${u.nama} ${ikmTeks(u.nrr)}`).join(', ')}`}
      kategori={h.unsur.map((u) => `${u.nomor}. ${u.nama}`)} sumbu={{ min: 1, maks: 4, langkah: 0.5, format: (v) => formatAngka(v, 1) }} format={(v) => formatAngka(v, 2)}
      seri={[{ label: 'NRR', nilai: h.unsur.map((u) => u.nrr), warna: h.unsur.map((u) => (u.nomor === lemah ? WARNA.seri[7]! : WARNA.seri[1]!)) }]} />
  );
}

/** The public link of a service unit with its QR code (drawn in the browser), to copy or print for the desk. */
function TautanPublik({ layanan }: { layanan: Layanan }) {
  const url = `${window.location.origin}/survei/${layanan.token}`;
  const [qr, setQr] = useState<string | null>(null);
  const [disalin, setDisalin] = useState(false);
  useEffect(() => {
    let batal = false;
    QRCode.toDataURL(url, { margin: 1, width: 480, errorCorrectionLevel: 'M' }).then((d) => {
      if (!batal) setQr(d);
    }, () => setQr(null));
    return () => {
      batal = true;
    };
  }, [url]);
  async function salin() {
    try {
      await navigator.clipboard.writeText(url);
      setDisalin(true);
    } catch {
      setDisalin(false);
    }
  }
  return (
    <section className="kartu" aria-labelledby="judul-tautan">
      <h2 id="judul-tautan">Tautan survei untuk pengguna layanan</h2>
      <div className="tautan-publik">
        {qr && <img src={qr} alt={`Kode QR survei ${layanan.nama}`} data-testid="qr-survei" />}
        <div className="alamat">
          <p>
            Tempel kode QR ini di loket atau bagikan tautannya. Pengguna layanan mengisi dari ponselnya tanpa masuk; satu perangkat sekali per hari.
          </p>
          <p>
            <a href={url} target="_blank" rel="noreferrer" data-testid="tautan-survei">
              <code>{url}</code>
            </a>
          </p>
          <div className="baris-tombol">
            <button type="button" className="tombol sekunder" onClick={salin}>{disalin ? 'Tautan disalin' : 'Salin tautan'}</button>
            <button type="button" className="tombol sekunder" onClick={() => window.print()} disabled={!qr}>Cetak kode QR</button>
          </div>
          {!layanan.aktif && <p className="pesan pesan-peringatan">Layanan ini tidak aktif: tautannya tidak menerima isian.</p>}
        </div>
      </div>
      {qr && (
        <div className="lembar-cetak-qr" aria-hidden="true">
          <h1>Survei Kepuasan Masyarakat</h1>
          <h2>{layanan.nama}</h2>
          <p>{layanan.unit}</p>
          <img src={qr} alt="" />
          <p>Pindai kode QR ini dengan kamera ponsel Anda, atau buka:</p>
          <p>
            <strong>{url}</strong>
          </p>
          <p>Survei tanpa nama. Terima kasih atas penilaian Anda.</p>
        </div>
      )}
    </section>
  );
}

function RincianLayanan({ id, kueri }: { id: number, kueri: KueriPeriode }) {
  const { boleh } = useSesi();
  const q = useKueriApi(KONTRAK_SURVEI.hasil, { params: { id }, query: kueri }, {
    // Another period of the same unit keeps the figures on screen while loading; another unit does not.
    placeholderData: (lama, kueriLama) => (kueriLama?.queryKey[2] === String(id) ? lama : undefined),
  });
  const h = q.data;
  if (q.error) return <PesanGalat galat={q.error} />;
  if (!h) return <Memuat />;
  const varian = h.perAturan?.slice(1) ?? [];
  return (
    <section aria-labelledby="judul-rincian" data-testid="rincian-layanan" aria-busy={q.isFetching}>
      <div className="judul-halaman">
        <div>
          <h2 id="judul-rincian" className="judul-rincian">{h.layanan.nama}</h2>
          <span className="sub">{h.layanan.unit} · {h.periode.label}</span>
        </div>
        <a className="tombol sekunder" href={alamatTitik(KONTRAK_SURVEI.eksporHasil, { params: { id }, query: kueri })} download data-testid="unduh-xlsx">
          Unduh XLSX
        </a>
      </div>
      <div className="kartu-angka">
        <div className="kartu">
          <span className="label-angka">IKM</span>
          <strong className="nilai-angka" data-testid="ikm-nilai">{ikmTeks(h.ikm?.nilai)}</strong>
          {varian.map((v) => <span className="sub-angka" key={v.aturan}>Bobot {v.bobot}: {ikmTeks(v.ikm)} ({v.mutu.kode})</span>)}
        </div>
        <KartuAngka label="Mutu pelayanan" kecil nilai={h.ikm ? `${h.ikm.mutu.kode} (${h.ikm.mutu.label})` : '–'} />
        <KartuAngka label="Responden" idNilai="jumlah-responden" nilai={formatAngka(h.responden)} sub={<TeksSampel s={h.sampel} responden={h.responden} />} />
        <KartuAngka label="Unsur terlemah" kecil idNilai="unsur-terlemah" nilai={h.unsurTerlemah ? h.unsurTerlemah.nama : '–'}
          sub={h.unsurTerlemah && <>NRR {formatAngka(h.unsurTerlemah.nrr, 2)}</>} />
      </div>
      {h.responden === 0 ? <Kosong>Belum ada responden pada periode ini.</Kosong> : (
        <div className="kisi-grafik">
          <figure className="kartu">
            <figcaption>Nilai rata-rata (NRR) per unsur</figcaption>
            <GrafikNrr h={h} />
          </figure>
          <div className="kartu">
            <Tabel keterangan="Sebaran jawaban per unsur" baris={h.unsur} kunci={(u) => u.nomor}
              atributBaris={(u) => ({ className: u.nomor === h.unsurTerlemah?.nomor ? 'terlemah' : undefined })} kolom={[
              { judul: 'Unsur', kepalaBaris: true, isi: (u) => (
                <>
                  {u.nomor}. {u.nama}
                  {u.nomor === h.unsurTerlemah?.nomor && <span className="lencana lencana-ditolak">Terlemah</span>}
                </>
              ) },
              { judul: 'NRR', kelasJudul: 'angka', kelas: 'angka', isi: (u) => ikmTeks(u.nrr) },
              { judul: 'Jawaban 1 · 2 · 3 · 4', isi: (u) => (
                <>
                  <span className="sebaran" title={u.pilihan.map((p, i) => `${p}: ${formatAngka(u.sebaran[i] ?? 0)}`).join(', ')}>
                    {u.pilihan.map((p, i) => <span key={p} style={{ width: `${((u.sebaran[i] ?? 0) / Math.max(1, h.responden)) * 100}%`, background: WARNA_SEBARAN[i] }} />)}
                  </span>
                  <span className="sub">{u.sebaran.map((n) => formatAngka(n)).join(' · ')}</span>
                </>
              ) },
            ]} />
          </div>
        </div>
      )}
      <section className="kartu" aria-labelledby="judul-saran">
        <h2 id="judul-saran">Saran dan masukan ({formatAngka(h.saran.jumlah)})</h2>
        {h.saran.items.length ?
          (
            <ul className="daftar-saran">
              {h.saran.items.map((s) => (
                <li key={s.id}>
                  {s.teks}
                  <span className="sub">{formatWaktu(s.diisiPada)}</span>
                </li>
              ))}
            </ul>
          ) :
          <Kosong>Belum ada saran pada periode ini.</Kosong>}
      </section>
      <TautanPublik layanan={h.layanan} />
      {boleh('survei:kelola') && <UbahLayananSurvei key={h.layanan.id} layanan={h.layanan} />}
    </section>
  );
}

function FormTambahLayanan({ selesai }: { selesai: (id: number) => void }) {
  const [isian, setIsian] = useState({ kode: '', nama: '', unitId: '', populasi: '' });
  const { galat, mengirim, jalankan } = useKirim();
  async function kirim(e: FormEvent) {
    e.preventDefault();
    await jalankan(async () => {
      const body = { kode: isian.kode, nama: isian.nama, unitId: isian.unitId ? Number(isian.unitId) : undefined,
        populasi: isian.populasi ? Number(isian.populasi.replace(/\./g, '')) : null };
      const { skemaTambahLayananSurvei } = await muatSkema();
      periksaIsian(skemaTambahLayananSurvei, body);
      const r = await panggil(KONTRAK_SURVEI.tambahLayanan, { body });
      selesai(r.id);
    });
  }
  return (
    <Formulir className="kartu form-panel" onSubmit={kirim} aria-label="Tambah layanan yang disurvei">
      <h2>Tambah layanan yang disurvei</h2>
      <PesanGalat galat={galat} />
      <div className="kisi-isian">
        <IsianLayanan awalan="layanan" isian={isian} ubah={setIsian} galat={galat} />
      </div>
      <button type="submit" className="tombol utama" disabled={mengirim}>{mengirim ? 'Menyimpan…' : 'Simpan layanan'}</button>
    </Formulir>
  );
}

/**
 * Survei Kepuasan Masyarakat: every service unit in reach with its IKM and mutu for a period, and
 * for the one picked the NRR per unsur, the weakest unsur, the sample against the required one,
 * the suggestions, the XLSX and the public link with its QR code. Managers add service units.
 */
export function HasilSurvei() {
  const { boleh } = useSesi();
  const qc = useQueryClient();
  const [cari] = useSearchParams();
  const ubahCari = useUbahCari();
  const tahunIni = Number(hariIniSetempat().slice(0, 4));
  const tahun = cari.get('tahun') ?? String(tahunIni);
  const tribulan = cari.get('tribulan') ?? '';
  const dipilih = Number(cari.get('layanan') ?? 0) || null;
  const [tambah, setTambah] = useState(false);
  const [pesan, setPesan] = useState<string | null>(null);
  const kueri: KueriPeriode = { tahun, tribulan: tribulan || undefined };
  const q = useKueriApi(KONTRAK_SURVEI.ringkasanIkm, { query: kueri }, { placeholderData: (lama) => lama });
  const r = q.data;
  useEffect(() => {
    document.title = 'Survei Kepuasan Masyarakat · SIMASN';
  }, []);

  function ubah(k: string, v: string | null) {
    ubahCari({ [k]: v }, { replace: k !== 'layanan' });
  }

  return (
    <section>
      <div className="judul-halaman">
        <h1>Survei Kepuasan Masyarakat</h1>
        <div className="baris-tombol saringan-survei">
          <div className="isian isian-sebaris">
            <label htmlFor="survei-tahun">Tahun</label>
            <select id="survei-tahun" value={tahun} onChange={(e) => ubah('tahun', e.target.value)}>
              {Array.from({ length: 5 }, (_, i) => tahunIni - i).map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
          </div>
          <div className="isian isian-sebaris">
            <label htmlFor="survei-tribulan">Periode</label>
            <select id="survei-tribulan" value={tribulan} onChange={(e) => ubah('tribulan', e.target.value || null)}>
              <option value="">Setahun</option>
              {ROMAWI.map((t, i) => <option key={t} value={i + 1}>Tribulan {t}</option>)}
            </select>
          </div>
          {boleh('survei:kelola') && (
            <button type="button" className="tombol utama" aria-expanded={tambah} onClick={() => setTambah((t) => !t)}>
              {tambah ? 'Tutup formulir' : 'Tambah layanan'}
            </button>
          )}
        </div>
      </div>
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      {tambah && (
        <FormTambahLayanan selesai={async (id) => {
          setTambah(false);
          setPesan('Layanan disimpan. Cetak kode QR-nya untuk loket pelayanan.');
          await qc.invalidateQueries({ queryKey: kunci(KONTRAK_SURVEI.ringkasanIkm) });
          ubah('layanan', String(id));
        }} />
      )}
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {r && (
        <>
          <div className="kartu-angka" aria-busy={q.isFetching}>
            <KartuAngka label="IKM gabungan" idNilai="ikm-gabungan" nilai={ikmTeks(r.ikm)} sub={r.periode.label} />
            <KartuAngka label="Mutu pelayanan" kecil nilai={r.mutu ? `${r.mutu.kode} (${r.mutu.label})` : '–'} />
            <KartuAngka label="Responden" nilai={formatAngka(r.responden)} sub={<>{formatAngka(r.jumlahLayanan)} layanan</>} />
            <KartuAngka label="Unsur terlemah" kecil nilai={r.unsurTerlemah?.nama ?? '–'} sub={r.unsurTerlemah && <>NRR {formatAngka(r.unsurTerlemah.nrr, 2)}</>} />
          </div>
          {r.items.length === 0 ?
            <Kosong>Belum ada layanan yang disurvei dalam kewenangan Anda.</Kosong> :
            (
              <Tabel data-testid="daftar-layanan-survei" keterangan="Layanan yang disurvei, IKM terendah lebih dulu" baris={r.items} kunci={(l) => l.id}
                atributBaris={(l) => ({ className: `baris-layanan${l.id === dipilih ? ' terpilih' : ''}`, onClick: () => ubah('layanan', String(l.id)) })} kolom={[
                { judul: 'Layanan', isi: (l) => (
                  <>
                    <button type="button" className="tombol teks" onClick={(e) => {
                      e.stopPropagation();
                      ubah('layanan', String(l.id));
                    }} aria-current={l.id === dipilih || undefined}>
                      {l.nama}
                    </button>
                    <span className="sub">{l.unit}{l.aktif ? '' : ' · tidak aktif'}</span>
                  </>
                ) },
                { judul: 'Responden', kelasJudul: 'angka', kelas: 'angka', isi: (l) => formatAngka(l.responden) },
                { judul: 'IKM', kelasJudul: 'angka', kelas: 'angka', isi: (l) => ikmTeks(l.ikm) },
                { judul: 'Mutu', isi: (l) => <LencanaMutu mutu={l.mutu} /> },
                { judul: 'Sampel', isi: (l) => (
                  <>
                    {l.sampel ? `${formatAngka(l.sampel.terkumpul)} / ${formatAngka(l.sampel.diperlukan)}` : '–'}
                    {l.sampel && !l.sampel.cukup && <span className="sub">kurang {formatAngka(l.sampel.kurang)}</span>}
                  </>
                ) },
              ]} />
            )}
        </>
      )}
      {dipilih && <RincianLayanan id={dipilih} kueri={kueri} />}
    </section>
  );
}
