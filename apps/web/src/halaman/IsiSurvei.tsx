import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { formatAngka } from '@simasn/domain';
import { BATAS_SARAN_SURVEI as BATAS_SARAN, KONTRAK_SURVEI, type skemaResponSurvei } from '@simasn/indeks/kontrak';
import type { z } from '@simasn/kontrak';
import { GalatApi, panggil } from '../api.ts';
import { useKueriApi } from '../kait.ts';
import { Pilih } from '../komponen/PilihSaring.tsx';
import { Memuat, PesanGalat } from '../komponen/Status.tsx';
import './survei.css';
import { Formulir, IsianForm, masalahIsian } from '../komponen/Formulir.tsx';

type Respon = z.input<typeof skemaResponSurvei>;

/** Refusals after which a fresh form (a new one-time token) lets the respondent send the same answers. */
const PERLU_MUAT_ULANG = new Set(['formulir_kedaluwarsa', 'formulir_tidak_sah', 'perangkat_berbeda']);

/**
 * The public satisfaction survey (SKM) of one service unit, opened from the link or QR code at the
 * desk: no login, phone first. Nine questions with four large choices each, the optional profile,
 * a suggestion, then a thank-you. The server decides what is refused (a form sent twice, a second
 * response from this device today) and says why in Indonesian.
 */
export function IsiSurvei() {
  const { token = '' } = useParams();
  const q = useKueriApi(KONTRAK_SURVEI.formulir, { params: { token } }, { staleTime: Infinity, gcTime: 0, retry: false });
  const [jawaban, setJawaban] = useState<Record<number, number>>({});
  const [profil, setProfil] = useState({ umur: '', jenisKelamin: '', pendidikan: '', pekerjaan: '' });
  const [saran, setSaran] = useState('');
  const [situsWeb, setSitusWeb] = useState('');
  /** Set once a send was stopped for missing answers: from then on the missing ones are marked. */
  const [diperiksa, setDiperiksa] = useState(false);
  const [galat, setGalat] = useState<unknown>(null);
  const [mengirim, setMengirim] = useState(false);
  const [terkirim, setTerkirim] = useState<string | null>(null);
  const atas = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = q.data ? `Survei ${q.data.layanan.nama}` : 'Survei Kepuasan Masyarakat';
  }, [q.data]);

  const f = q.data;
  const kodeGalat = galat instanceof GalatApi ? galat.kode : null;
  const belum = f ? f.pertanyaan.filter((p) => !jawaban[p.nomor]).map((p) => p.nomor) : [];
  const pesanBelum = diperiksa && belum.length
    ? new Error(`Masih ada ${formatAngka(belum.length)} pertanyaan yang belum dijawab (nomor ${belum.join(', ')}). Pilih satu jawaban untuk setiap pertanyaan.`)
    : null;

  async function kirim(e: FormEvent) {
    e.preventDefault();
    if (!f) return;
    setGalat(null);
    if (belum.length) {
      setDiperiksa(true);
      document.getElementById(`pertanyaan-${belum[0]}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      return;
    }
    setMengirim(true);
    try {
      const h = await panggil(KONTRAK_SURVEI.kirim, { params: { token }, body: { tokenFormulir: f.tokenFormulir, jawaban: f.pertanyaan.map((p) =>
        jawaban[p.nomor] ?? 0
      ), umur: profil.umur ? Number(profil.umur) : null, jenisKelamin: (profil.jenisKelamin || null) as Respon['jenisKelamin'],
        pendidikan: (profil.pendidikan || null) as Respon['pendidikan'], pekerjaan: (profil.pekerjaan || null) as Respon['pekerjaan'], saran: saran.trim() || null,
        ...(situsWeb ? { situsWeb } : {}) } });
      setTerkirim(h.pesan);
      window.scrollTo(0, 0);
    } catch (err) {
      setGalat(err);
      atas.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    } finally {
      setMengirim(false);
    }
  }

  async function muatUlang() {
    setGalat(null);
    await q.refetch();
  }

  return (
    <div className="survei-publik">
      <header className="survei-kepala">
        <div className="survei-isi">
          <p className="label-halaman">Survei Kepuasan Masyarakat</p>
          <h1>{f?.layanan.nama ?? 'Survei Kepuasan Masyarakat'}</h1>
          {f && <p>{f.layanan.unit}</p>}
        </div>
      </header>
      <main className="survei-isi" id="isi">
        <div ref={atas} />
        {q.isPending && <Memuat teks="Memuat formulir survei…" />}
        {q.error && <PesanGalat galat={q.error} />}
        {terkirim ?
          (
            <section className="kartu kartu-terima-kasih" role="status" data-testid="terima-kasih">
              <span className="tanda" aria-hidden="true">✓</span>
              <h2>Terima kasih!</h2>
              <p>{terkirim}</p>
              <p className="catatan-kecil">Anda dapat menutup halaman ini.</p>
            </section>
          ) :
          f?.sudahMengisiHariIni ?
          (
            <section className="kartu kartu-terima-kasih" role="status" data-testid="sudah-mengisi">
              <span className="tanda" aria-hidden="true">✓</span>
              <h2>Anda sudah mengisi survei ini hari ini</h2>
              <p>Perangkat ini sudah mengirim penilaian untuk layanan {f.layanan.nama} hari ini. Terima kasih; Anda dapat mengisi lagi besok.</p>
            </section>
          ) :
          f ?
          (
            <Formulir onSubmit={kirim} aria-label="Survei kepuasan masyarakat">
              <p>
                Penilaian Anda membantu kami memperbaiki pelayanan. Survei ini <strong>tanpa nama</strong>: data diri di bagian akhir boleh dikosongkan.
              </p>
              <PesanGalat galat={galat ?? pesanBelum} />
              {kodeGalat && PERLU_MUAT_ULANG.has(kodeGalat) && (
                <p>
                  <button type="button" className="tombol sekunder" onClick={muatUlang} disabled={q.isFetching}>
                    Muat ulang formulir (jawaban Anda tetap)
                  </button>
                </p>
              )}
              {f.pertanyaan.map((p, indeks) => {
                // Beside the question: unanswered, or what the server said of this answer.
                const salah = [...(diperiksa && !jawaban[p.nomor] ? ['Pertanyaan ini belum dijawab: pilih satu jawaban.'] : []), ...masalahIsian(galat, `jawaban.${indeks}`)];
                return (
                  <fieldset key={p.nomor} id={`pertanyaan-${p.nomor}`} className={`pertanyaan${salah.length ? ' belum' : ''}`} aria-invalid={salah.length ? true : undefined}
                    aria-describedby={salah.length ? `pertanyaan-${p.nomor}-salah` : undefined}
                  >
                    <legend>
                      <span className="nomor-unsur">
                        {p.nomor}. {p.unsur}
                      </span>
                      <span className="teks-pertanyaan">{p.pertanyaan}</span>
                    </legend>
                    {salah.length > 0 && <small className="salah" id={`pertanyaan-${p.nomor}-salah`}>{salah.join(' ')}</small>}
                    <div className="pilihan-besar">
                      {p.pilihan.map((label, i) => (
                        <label key={label}>
                          <input type="radio" name={`u${p.nomor}`} value={i + 1} checked={jawaban[p.nomor] === i + 1}
                            onChange={() => setJawaban((j) => ({ ...j, [p.nomor]: i + 1 }))} />
                          <span className="angka-pilihan" aria-hidden="true">
                            {i + 1}
                          </span>
                          <span>{label}</span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                );
              })}

              <fieldset className="pertanyaan">
                <legend>
                  <span className="nomor-unsur">Data responden (boleh dikosongkan)</span>
                </legend>
                <div className="kisi-isian">
                  <IsianForm id="survei-umur" label="Umur (tahun)" galat={galat} nama="umur">
                    {(a) => (
                      <input {...a} type="number" inputMode="numeric" min={10} max={120} value={profil.umur} onChange={(e) => setProfil({ ...profil, umur: e.target.value })} />
                    )}
                  </IsianForm>
                  <Pilih id="survei-jk" galat={galat} nama="jenisKelamin" label="Jenis kelamin" nilai={profil.jenisKelamin} ganti={(v) => setProfil({ ...profil, jenisKelamin: v })}
                    kosong="(tidak diisi)" pilihan={f.profil.jenisKelamin.map((x) => [x.kode, x.label] as const)} />
                  <Pilih id="survei-pendidikan" galat={galat} nama="pendidikan" label="Pendidikan terakhir" nilai={profil.pendidikan}
                    ganti={(v) => setProfil({ ...profil, pendidikan: v })} kosong="(tidak diisi)" pilihan={f.profil.pendidikan.map((x) => [x.kode, x.label] as const)} />
                  <Pilih id="survei-pekerjaan" galat={galat} nama="pekerjaan" label="Pekerjaan" nilai={profil.pekerjaan} ganti={(v) => setProfil({ ...profil, pekerjaan: v })}
                    kosong="(tidak diisi)" pilihan={f.profil.pekerjaan.map((x) => [x.kode, x.label] as const)} />
                </div>
                <IsianForm id="survei-saran" label="Saran dan masukan" galat={galat} nama="saran"
                  petunjuk={`${formatAngka(saran.length)} dari ${formatAngka(BATAS_SARAN)} karakter`}
                >
                  {(a) => <textarea {...a} rows={4} maxLength={BATAS_SARAN} value={saran} onChange={(e) => setSaran(e.target.value)} />}
                </IsianForm>
                <div className="jebakan" aria-hidden="true">
                  <label htmlFor="survei-situs">Situs web (jangan diisi)</label>
                  <input id="survei-situs" name="situsWeb" tabIndex={-1} autoComplete="off" value={situsWeb} onChange={(e) => setSitusWeb(e.target.value)} />
                </div>
              </fieldset>

              <button type="submit" className="tombol utama raksasa" disabled={mengirim}>
                {mengirim ? 'Mengirim…' : 'Kirim penilaian'}
              </button>
            </Formulir>
          ) :
          null}
      </main>
    </div>
  );
}
