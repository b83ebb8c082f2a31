import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { formatAngka, formatNip, formatTanggal, JENIS_DIKLAT_SIASN, LABEL_BENTUK_DIKLAT, LABEL_JENIS_DIKLAT } from '@simasn/domain';
import { KONTRAK_LAYANAN } from '@simasn/layanan/kontrak';
import type { ResponsTitik } from '@simasn/kontrak';
import { JENIS_IPASN, KONTRAK_PEMBELAJARAN, LABEL_JENIS_MODUL } from '@simasn/pembelajaran/kontrak';
import { alamatTitik, kunciJalur, panggil } from '../api.ts';
import { formatWaktu, tahunIniSetempat } from '../format.ts';
import { useKirim, useKueriApi } from '../kait.ts';
import { KartuAngka } from '../komponen/KartuAngka.tsx';
import { Formulir, IsianForm, IsianTanggal } from '../komponen/Formulir.tsx';
import { Kosong, Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';

/**
 * The ASN's e-learning, phone first: the catalogue (courses open to them, their standing), one
 * course (enrol, read each module, take the quiz, the certificate when complete) and
 * "Pengembangan Kompetensi Saya" (this year's JP from every riwayat diklat against the 20 JP).
 */
const namaJenis = (kode: number) => JENIS_DIKLAT_SIASN.find((j) => j.kode === kode)?.nama ?? '';
const LABEL_IKUT = { belum: 'Belum diikuti', berjalan: 'Sedang diikuti', selesai: 'Selesai' } as const;

function Kemajuan({ persen, label }: { persen: number, label: string }) {
  return (
    <div className="kemajuan-kursus">
      <div className="label-kemajuan">
        <span>{label}</span>
        <span>{formatAngka(persen)}%</span>
      </div>
      <div className="batang-kemajuan" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={persen}>
        <div className={`isi-kemajuan${persen >= 100 ? ' tuntas' : ''}`} style={{ width: `${persen}%` }} />
      </div>
    </div>
  );
}

export function KatalogKursus() {
  const [saya, setSaya] = useState(false);
  const [cari, setCari] = useState('');
  const q = useKueriApi(KONTRAK_PEMBELAJARAN.katalog, { query: { q: cari || undefined, saya: saya ? 'ya' : undefined } });
  return (
    <section>
      <div className="judul-halaman">
        <h1>Kursus</h1>
        <Link className="tombol sekunder" to="/pembelajaran/saya">Pengembangan Kompetensi Saya</Link>
      </div>
      <div className="baris-saring">
        <div className="isian">
          <label htmlFor="cari-kursus">Cari kursus</label>
          <input id="cari-kursus" type="search" value={cari} onChange={(e) => setCari(e.target.value)} placeholder="Judul atau kode" />
        </div>
        <label className="centang">
          <input type="checkbox" checked={saya} onChange={(e) => setSaya(e.target.checked)} /> Hanya kursus yang saya ikuti
        </label>
      </div>
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {q.data && q.data.items.length === 0 && <Kosong>{saya ? 'Anda belum mengikuti kursus.' : 'Belum ada kursus yang terbuka untuk Anda.'}</Kosong>}
      <div className="daftar-kursus">
        {q.data?.items.map((k) => (
          <article key={k.id} className="kartu kartu-kursus" data-testid="kartu-kursus">
            <h2 className="judul-bagian">
              <Link to={`/pembelajaran/kursus/${k.id}`}>{k.judul}</Link>
            </h2>
            <p className="sub">
              {k.penyelenggara} · {formatAngka(k.jp)} JP · {namaJenis(k.jenisDiklat)} · {formatAngka(k.modul)} modul
            </p>
            {k.deskripsi && <p>{k.deskripsi}</p>}
            {k.prasyaratKurang.length > 0 && k.status === 'belum' && <p className="pesan">Perlu menyelesaikan: {k.prasyaratKurang.join(', ')}</p>}
            {k.status === 'belum' ? <span className="lencana lencana-netral">{LABEL_IKUT.belum}</span> : <Kemajuan persen={k.persen} label={LABEL_IKUT[k.status]} />}
          </article>
        ))}
      </div>
    </section>
  );
}

type Kursus = ResponsTitik<typeof KONTRAK_PEMBELAJARAN.buka>;
type Modul = Kursus['modul'][number];

/** An embeddable player address for a YouTube/Vimeo link (others open in a new tab). */
function alamatSematan(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.hostname === 'youtu.be') return `https://www.youtube-nocookie.com/embed/${u.pathname.slice(1)}`;
    if (u.hostname.endsWith('youtube.com') && u.searchParams.get('v')) return `https://www.youtube-nocookie.com/embed/${u.searchParams.get('v')}`;
    if (u.hostname === 'vimeo.com') return `https://player.vimeo.com/video/${u.pathname.slice(1)}`;
    return null;
  } catch {
    return null;
  }
}

function IsiModul({ kursusId, m, segarkan }: { kursusId: number, m: Modul, segarkan: () => Promise<void> }) {
  const kirim = useKirim();
  const [jawaban, setJawaban] = useState<Record<string, number[]>>({});
  const [hasil, setHasil] = useState<ResponsTitik<typeof KONTRAK_PEMBELAJARAN.kuis> | null>(null);
  const tandai = () =>
    kirim.jalankan(async () => {
      await panggil(KONTRAK_PEMBELAJARAN.selesaiModul, { params: { id: kursusId, modulId: m.id } });
      await segarkan();
    });
  const kirimKuis = () =>
    kirim.jalankan(async () => {
      const h = await panggil(KONTRAK_PEMBELAJARAN.kuis, { params: { id: kursusId, modulId: m.id }, body: { jawaban } });
      setHasil(h);
      await segarkan();
    });
  const pilih = (soal: number, i: number, ganda: boolean) =>
    setJawaban((j) => {
      const ada = j[soal] ?? [];
      return { ...j, [soal]: ganda ? (ada.includes(i) ? ada.filter((x) => x !== i) : [...ada, i]) : [i] };
    });
  const sematan = m.jenis === 'video' ? alamatSematan(m.isi) : null;
  return (
    <div className="isi-modul">
      {m.jenis === 'teks' && <div className="bacaan-modul">{m.isi}</div>}
      {m.jenis === 'pdf' && (
        <p>
          {m.isi && <>{m.isi}</>}
          <a href={alamatTitik(KONTRAK_PEMBELAJARAN.unduhPdf, { params: { id: kursusId, modulId: m.id } })} target="_blank" rel="noreferrer">Buka dokumen PDF</a>
        </p>
      )}
      {m.jenis === 'video' && (
        <>
          {sematan && (
            <div className="video-modul">
              <iframe src={sematan} title={m.judul} allow="encrypted-media; picture-in-picture" allowFullScreen loading="lazy" />
            </div>
          )}
          <p>
            <a href={m.isi} target="_blank" rel="noreferrer">Tonton video di tab baru</a>
          </p>
        </>
      )}
      {m.jenis === 'kuis' && (
        <Formulir className="kuis" onSubmit={(e) => {
          e.preventDefault();
          void kirimKuis();
        }}>
          <p className="sub">
            Nilai lulus{' '}
            {formatAngka(m.nilaiLulus ?? 0)}.{m.percobaan > 0 && ` Nilai terbaik Anda ${formatAngka(m.nilaiTerbaik ?? 0, 2)} dari ${formatAngka(m.percobaan)} percobaan.`}
          </p>
          {m.soal.map((s, no) => {
            const p = hasil?.pembahasan.find((x) => x.id === s.id);
            return (
              <fieldset key={s.id} className="soal-kuis" data-testid="soal-kuis">
                <legend>
                  {no + 1}. {s.pertanyaan} {s.ganda && <small className="sub">(pilih semua yang benar)</small>}
                </legend>
                {s.pilihan.map((teks, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows without an id until saved; their position is their identity
                  <PilihanKuis key={i} ganda={s.ganda} nama={`soal-${s.id}`} dipilih={(jawaban[s.id] ?? []).includes(i)} pilih={() => pilih(s.id, i, s.ganda)} teks={teks} />
                ))}
                {p && hasil?.lulus && (
                  <p className={p.benar ? 'pesan-berhasil' : 'pesan'}>
                    {p.benar ? 'Benar.' : `Jawaban benar: ${p.kunci.map((k) => s.pilihan[k]).join(', ')}.`} {p.pembahasan}
                  </p>
                )}
              </fieldset>
            );
          })}
          {hasil && (
            <p className={hasil.lulus ? 'pesan-berhasil' : 'pesan'} role="status" data-testid="hasil-kuis">
              Nilai {formatAngka(hasil.nilai, 2)} ({formatAngka(hasil.benar)} dari {formatAngka(hasil.jumlah)} benar).{' '}
              {hasil.lulus ? 'Anda lulus kuis ini.' : `Belum mencapai nilai lulus ${formatAngka(hasil.nilaiLulus)}; pelajari lagi modulnya lalu coba kembali.`}
            </p>
          )}
          <PesanGalat galat={kirim.galat} />
          <button type="submit" className="tombol utama" disabled={kirim.mengirim}>{kirim.mengirim ? 'Mengirim…' : 'Kirim jawaban'}</button>
        </Formulir>
      )}
      {m.jenis !== 'kuis' && (
        <>
          <PesanGalat galat={kirim.galat} />
          {m.selesai ?
            <p className="pesan-berhasil">Modul ini sudah selesai.</p> :
            (
              <button type="button" className="tombol utama" onClick={() => void tandai()} disabled={kirim.mengirim}>
                {kirim.mengirim ? 'Menyimpan…' : 'Tandai selesai'}
              </button>
            )}
        </>
      )}
    </div>
  );
}

export function BelajarKursus() {
  const { id = '' } = useParams();
  const qc = useQueryClient();
  const q = useKueriApi(KONTRAK_PEMBELAJARAN.buka, { params: { id: Number(id) } });
  const ikut = useKirim();
  const [buka, setBuka] = useState<number | null>(null);
  const segarkan = async () => {
    await qc.invalidateQueries({ queryKey: kunciJalur('pembelajaran') });
  };
  const k = q.data;
  const aktif = buka ?? k?.modul.find((m) => !m.selesai)?.id ?? null;
  return (
    <section className="halaman-kursus">
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {k && (
        <>
          <div className="judul-halaman">
            <h1>{k.judul}</h1>
          </div>
          <p className="sub">
            {k.penyelenggara} · {formatAngka(k.jp)} JP · {namaJenis(k.jenisDiklat)}
          </p>
          {k.deskripsi && <p>{k.deskripsi}</p>}
          {k.status === 'belum' && (
            <div className="kartu">
              {k.alasanTidakBoleh && <p className="pesan">{k.alasanTidakBoleh}</p>}
              <p>{formatAngka(k.modul.length)} modul: {k.modul.map((m) => LABEL_JENIS_MODUL[m.jenis]).join(', ')}.</p>
              <PesanGalat galat={ikut.galat} />
              <button type="button" className="tombol utama" disabled={!k.bolehIkut || ikut.mengirim} onClick={() =>
                void ikut.jalankan(async () => {
                  await panggil(KONTRAK_PEMBELAJARAN.ikuti, { params: { id: k.id } });
                  await segarkan();
                })}
              >
                Ikuti kursus
              </button>
            </div>
          )}
          {k.status !== 'belum' && <Kemajuan persen={k.persen} label={k.status === 'selesai' ? 'Kursus selesai' : 'Kemajuan Anda'} />}
          {k.sertifikat?.dicabut && (
            <p className="pesan" data-testid="sertifikat">
              Sertifikat nomor {k.sertifikat.nomor} telah dicabut oleh BKD dan tidak berlaku; JP kursus ini tidak lagi dihitung di riwayat diklat Anda.{' '}
              <Link to={`/verifikasi-sertifikat/${k.sertifikat.kode}`}>Halaman verifikasi</Link>
            </p>
          )}
          {k.sertifikat && !k.sertifikat.dicabut && (
            <PesanBerhasil>
              <span data-testid="sertifikat">
                Selamat, kursus selesai{k.selesaiPada ? ` pada ${formatWaktu(String(k.selesaiPada))}` : ''}. {formatAngka(k.jp)}{' '}
                JP tercatat di riwayat diklat Anda. Sertifikat nomor {k.sertifikat.nomor}.{' '}
                <a href={alamatTitik(KONTRAK_PEMBELAJARAN.sertifikat, { params: { kode: k.sertifikat.kode } })} target="_blank" rel="noreferrer">Unduh sertifikat (PDF)</a>
                {' · '}
                <Link to={`/verifikasi-sertifikat/${k.sertifikat.kode}`}>Halaman verifikasi</Link>
              </span>
            </PesanBerhasil>
          )}
          {k.status !== 'belum' && (
            <ol className="daftar-modul">
              {k.modul.map((m) => (
                <li key={m.id} className={`kartu modul-kursus${m.selesai ? ' selesai' : ''}`} data-testid="modul-kursus">
                  <button type="button" className="kepala-modul" aria-expanded={aktif === m.id} onClick={() => setBuka(aktif === m.id ? -1 : m.id)}>
                    <span className="tanda-modul" aria-hidden="true">{m.selesai ? '✓' : m.urutan}</span>
                    <span>
                      {m.judul}
                      <small className="sub">{LABEL_JENIS_MODUL[m.jenis]}{m.selesai ? ' · selesai' : ''}</small>
                    </span>
                  </button>
                  {aktif === m.id && <IsiModul kursusId={k.id} m={m} segarkan={segarkan} />}
                </li>
              ))}
            </ol>
          )}
          <p>
            <Link to="/pembelajaran">Kembali ke katalog kursus</Link>
          </p>
        </>
      )}
    </section>
  );
}

/** "Pengembangan Kompetensi Saya": this year's JP against the 20 JP, each riwayat diklat and what to take next. */
export function JpSaya() {
  const [tahun, setTahun] = useState(tahunIniSetempat());
  const q = useKueriApi(KONTRAK_PEMBELAJARAN.jpPegawai, { query: { tahun } });
  const d = q.data;
  return (
    <section>
      <div className="judul-halaman">
        <h1>Pengembangan Kompetensi Saya</h1>
        <Link className="tombol sekunder" to="/pembelajaran">Katalog kursus</Link>
      </div>
      <div className="isian">
        <label htmlFor="jp-tahun">Tahun</label>
        <select id="jp-tahun" value={tahun} onChange={(e) => setTahun(Number(e.target.value))}>
          {[0, 1, 2, 3].map((i) => <option key={i} value={tahunIniSetempat() - i}>{tahunIniSetempat() - i}</option>)}
        </select>
      </div>
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {d && (
        <>
          <p className="ringkasan-hasil">{d.nama} · {formatNip(d.nip)}</p>
          <div className="kartu-angka">
            <KartuAngka label={`JP ${d.tahun}`} nilai={`${formatAngka(d.jp, 2)} JP`} idNilai="jp-tahun-ini"
              sub={d.memenuhi ? `Memenuhi target ${d.target} JP` : `Kurang ${formatAngka(d.kurang, 2)} JP dari ${d.target} JP`} />
            <KartuAngka label={LABEL_BENTUK_DIKLAT.klasikal} nilai={`${formatAngka(d.jpKlasikal, 2)} JP`} kecil />
            <KartuAngka label={LABEL_BENTUK_DIKLAT.nonklasikal} nilai={`${formatAngka(d.jpNonklasikal, 2)} JP`} kecil />
          </div>
          <Kemajuan persen={Math.min(100, Math.floor((d.jp / d.target) * 100))} label={`Menuju ${d.target} JP`} />
          <h2 className="judul-bagian">Riwayat diklat {d.tahun}</h2>
          {d.kegiatan.length === 0 ?
            <Kosong>Belum ada diklat, kursus, atau pelatihan yang selesai pada tahun {d.tahun}.</Kosong> :
            (
              <Tabel data-testid="tabel-jp-saya" baris={d.kegiatan} kunci={(b) => b.id} kolom={[
                { judul: 'Kegiatan', isi: (b) => (
                  <>
                    {b.nama}
                    <small className="sub">{b.penyelenggara ?? ''}</small>
                  </>
                ) },
                { judul: 'Jenis', isi: (b) => (
                  <>
                    {b.namaJenis}
                    <small className="sub">{LABEL_BENTUK_DIKLAT[b.bentuk]}</small>
                  </>
                ) },
                { judul: 'Selesai', isi: (b) => formatTanggal(b.tanggalSelesai) },
                { judul: 'JP', isi: (b) => formatAngka(b.jp), kelas: 'angka', kelasJudul: 'angka' },
                { judul: 'Sumber', isi: (b) => <>{b.sumber}{!b.dihitung && <small className="sub">Tidak dihitung: {b.catatan}</small>}</> },
              ]} />
            )}
          <AjukanDiklatLuar nip={d.nip} />
          {!d.memenuhi && d.saran.length > 0 && (
            <>
              <h2 className="judul-bagian">Kursus yang dapat Anda ambil</h2>
              <ul>
                {d.saran.map((s) => (
                  <li key={s.id}>
                    <Link to={`/pembelajaran/kursus/${s.id}`}>{s.judul}</Link> · {formatAngka(s.jp)} JP{s.status === 'berjalan' ? ' · sedang Anda ikuti' : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

const DIKLAT_KOSONG = { nama: '', penyelenggara: '', jenisDiklat: '3', jenisIpAsn: 'teknis', tanggalMulai: '', tanggalSelesai: '', jp: '', nomorSertifikat: '' };

/** A training taken outside SIMASN, proposed for recognition: the request goes to BKD on the workflow engine; the certificate is attached on its page. */
function AjukanDiklatLuar({ nip }: { nip: string }) {
  const [buka, setBuka] = useState(false);
  const [isi, setIsi] = useState(DIKLAT_KOSONG);
  const kirim = useKirim();
  const nav = useNavigate();
  const ubah = (k: keyof typeof DIKLAT_KOSONG) => (v: string) => setIsi((x) => ({ ...x, [k]: v }));
  if (!buka) {
    return (
      <p>
        <button type="button" className="tombol sekunder bungkus" onClick={() => setBuka(true)}>Ajukan pengakuan diklat dari luar SIMASN</button>
      </p>
    );
  }
  return (
    <Formulir aria-label="Ajukan pengakuan diklat" className="kartu" onSubmit={(e) => {
      e.preventDefault();
      void kirim.jalankan(async () => {
        const u = await panggil(KONTRAK_LAYANAN.ajukanUsulan, {
          body: { jenis: 'diklat_eksternal', nip, data: { ...isi, jenisDiklat: Number(isi.jenisDiklat), jp: Number(isi.jp) } },
        });
        await nav(`/layanan/usulan/${u.id}`);
      });
    }}>
      <h2 className="judul-bagian">Pengakuan diklat dari luar SIMASN</h2>
      <p className="sub">
        Isi data diklat, lalu lampirkan sertifikatnya (PDF) dan teruskan ke BKD pada halaman usulan. Setelah diverifikasi, JP-nya tercatat di riwayat diklat Anda.
      </p>
      <PesanGalat galat={kirim.galat} />
      <IsianForm id="dl-nama" label="Nama diklat/kursus" wajib galat={kirim.galat} nama="data.nama">
        {(a) => <input {...a} value={isi.nama} onChange={(e) => ubah('nama')(e.target.value)} />}
      </IsianForm>
      <IsianForm id="dl-penyelenggara" label="Penyelenggara" wajib galat={kirim.galat} nama="data.penyelenggara">
        {(a) => <input {...a} value={isi.penyelenggara} onChange={(e) => ubah('penyelenggara')(e.target.value)} />}
      </IsianForm>
      <IsianForm id="dl-jenis" label="Jenis diklat" wajib galat={kirim.galat} nama="data.jenisDiklat">
        {(a) => (
          <select {...a} value={isi.jenisDiklat} onChange={(e) => ubah('jenisDiklat')(e.target.value)}>
            {JENIS_DIKLAT_SIASN.map((j) => <option key={j.kode} value={j.kode}>{j.nama} ({LABEL_BENTUK_DIKLAT[j.bentuk].toLowerCase()})</option>)}
          </select>
        )}
      </IsianForm>
      <IsianForm id="dl-ipasn" label="Kelompok diklat" wajib galat={kirim.galat} nama="data.jenisIpAsn">
        {(a) => (
          <select {...a} value={isi.jenisIpAsn} onChange={(e) => ubah('jenisIpAsn')(e.target.value)}>
            {JENIS_IPASN.map((j) => <option key={j} value={j}>{LABEL_JENIS_DIKLAT[j]}</option>)}
          </select>
        )}
      </IsianForm>
      <IsianForm id="dl-mulai" label="Tanggal mulai" wajib galat={kirim.galat} nama="data.tanggalMulai">
        {(a) => <IsianTanggal {...a} nilai={isi.tanggalMulai} ganti={ubah('tanggalMulai')} />}
      </IsianForm>
      <IsianForm id="dl-selesai" label="Tanggal selesai" wajib galat={kirim.galat} nama="data.tanggalSelesai">
        {(a) => <IsianTanggal {...a} nilai={isi.tanggalSelesai} ganti={ubah('tanggalSelesai')} />}
      </IsianForm>
      <IsianForm id="dl-jp" label="Jumlah JP" wajib galat={kirim.galat} nama="data.jp" petunjuk="1 JP = 45 menit">
        {(a) => <input {...a} type="number" min={1} max={2000} value={isi.jp} onChange={(e) => ubah('jp')(e.target.value)} />}
      </IsianForm>
      <IsianForm id="dl-nomor" label="Nomor sertifikat" wajib galat={kirim.galat} nama="data.nomorSertifikat">
        {(a) => <input {...a} value={isi.nomorSertifikat} onChange={(e) => ubah('nomorSertifikat')(e.target.value)} />}
      </IsianForm>
      <div className="baris-tombol">
        <button type="submit" className="tombol utama" disabled={kirim.mengirim}>{kirim.mengirim ? 'Mengirim…' : 'Lanjut: lampirkan sertifikat'}</button>
        <button type="button" className="tombol sekunder" onClick={() => setBuka(false)} disabled={kirim.mengirim}>Batal</button>
      </div>
    </Formulir>
  );
}

/** One answer of a quiz question: a checkbox when several are right, a radio button otherwise (nothing to refuse). */
function PilihanKuis({ ganda, nama, dipilih, pilih, teks }: { ganda: boolean, nama: string, dipilih: boolean, pilih: () => void, teks: string }) {
  return ganda ?
    (
      <label className="pilihan-kuis">
        <input type="checkbox" name={nama} checked={dipilih} onChange={pilih} /> {teks}
      </label>
    ) :
    (
      <label className="pilihan-kuis">
        <input type="radio" name={nama} checked={dipilih} onChange={pilih} /> {teks}
      </label>
    );
}
