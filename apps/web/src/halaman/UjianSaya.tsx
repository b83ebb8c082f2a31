import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { formatAngka } from '@simasn/domain';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_UJIAN } from '@simasn/ujian/kontrak';
import { GalatApi, panggil } from '../api.ts';
import { formatWaktu } from '../format.ts';
import { pramuatApi, useKueriApi, useKirim, type Pramuat } from '../kait.ts';
import { Kosong, Memuat, PesanGalat } from '../komponen/Status.tsx';
import { bacaAntrian, hapusAntrian, kodePerangkat, lepasAntrian, simpanAntrian } from '../ujian/antrian-jawaban.ts';
import '../ujian/ujian.css';

const K = KONTRAK_UJIAN;
type Percobaan = ResponsTitik<typeof K.percobaan>;

/** The page's data from its address, before it renders (kait.ts `Pramuat`). */
export const pramuat: Record<string, Pramuat> = { TesSaya({ qc }) {
  pramuatApi(qc, K.saya, {});
} };

/** The tests assigned to me, their window and state: start, continue, or read the result. */
export function TesSaya() {
  const q = useKueriApi(K.saya, {});
  const navigasi = useNavigate();
  return (
    <section>
      <div className="judul-halaman">
        <h1>Tes Kompetensi Saya</h1>
      </div>
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {q.data && !q.data.items.length && <Kosong>Belum ada tes yang ditujukan kepada Anda.</Kosong>}
      <ul className="daftar-tes">
        {q.data?.items.map((t) => (
          <li key={t.id} className="kartu kartu-tes">
            <h2>{t.judul}</h2>
            <p className="sub">
              {formatAngka(t.jumlahButir)} soal · {formatAngka(t.menit)} menit · dibuka {formatWaktu(String(t.dibukaPada))} sampai {formatWaktu(String(t.ditutupPada))}
            </p>
            <p>
              <span className={`lencana ${t.keadaan === 'selesai' ? 'lencana-disetujui' : t.keadaan === 'terlewat' ? 'lencana-ditolak' : 'lencana-netral'}`}>
                {t.labelKeadaan}
              </span>
              {t.total !== null && <span className="nilai-tes">Nilai {formatAngka(t.total)} · {t.lulus ? 'Memenuhi ambang batas' : 'Belum memenuhi ambang batas'}</span>}
            </p>
            {(t.keadaan === 'dapat_dimulai' || t.keadaan === 'berjalan') && (
              <button type="button" className="tombol utama tombol-besar" onClick={() => navigasi(`/ujian/tes/${t.id}/kerjakan`)}>
                {t.keadaan === 'berjalan' ? 'Lanjutkan tes' : 'Mulai tes'}
              </button>
            )}
            {t.hasilTersedia && t.percobaanId && <Link className="tombol sekunder" to={`/ujian/hasil/${t.percobaanId}`}>Lihat hasil</Link>}
          </li>
        ))}
      </ul>
    </section>
  );
}

const duaDigit = (n: number) => String(n).padStart(2, '0');
function formatSisa(detik: number): string {
  const d = Math.max(0, Math.floor(detik));
  const j = Math.floor(d / 3600);
  return `${j ? `${j}:` : ''}${duaDigit(Math.floor((d % 3600) / 60))}:${duaDigit(d % 60)}`;
}

/**
 * Taking a test on a phone with one hand: the question above, big answer targets and the
 * previous/next bar at the bottom, a question map, the time left by the server's clock, and
 * whether every answer is stored ("Tersimpan") or waits for a signal (queued in the page and sent
 * again). Opening the page again (after a lost signal or a closed tab) resumes the attempt.
 */
export function KerjakanTes() {
  const { id } = useParams();
  const tesId = Number(id);
  const navigasi = useNavigate();
  const [p, setP] = useState<Percobaan | null>(null);
  const [galat, setGalat] = useState<unknown>(null);
  const [jawaban, setJawaban] = useState<Record<number, { pilihan: string[], nomor: number }>>({});
  const [menunggu, setMenunggu] = useState(0);
  const [posisi, setPosisi] = useState(0);
  const [peta, setPeta] = useState(false);
  const [konfirmasi, setKonfirmasi] = useState(false);
  const [sisa, setSisa] = useState<number | null>(null);
  const selisih = useRef(0);
  const mengirim = useRef(false);
  const selesai = useRef(false);
  const kirim = useKirim();

  const keHasil = useCallback((percobaanId: number) => {
    selesai.current = true;
    hapusAntrian(percobaanId);
    navigasi(`/ujian/hasil/${percobaanId}`, { replace: true });
  }, [navigasi]);

  // Start or resume (the server answers the running attempt again), then lay the queued answers over the stored ones.
  useEffect(() => {
    let batal = false;
    panggil(K.mulai, { params: { id: tesId }, body: { perangkat: kodePerangkat() } }).then((r) => {
      if (batal) return;
      if (r.status === 'selesai') return keHasil(r.id);
      selisih.current = new Date(String(r.waktuServer)).getTime() - Date.now();
      const antri = bacaAntrian(r.id);
      const awal: Record<number, { pilihan: string[], nomor: number }> = {};
      for (const b of r.butir) {
        const a = antri[b.urutan];
        awal[b.urutan] = a && a.nomor > b.nomor ? a : { pilihan: b.pilihan, nomor: b.nomor };
        if (a && a.nomor <= b.nomor) lepasAntrian(r.id, b.urutan, b.nomor);
      }
      setJawaban(awal);
      setMenunggu(Object.keys(bacaAntrian(r.id)).length);
      setP(r);
    }, (e) => {
      if (!batal) setGalat(e);
    });
    return () => {
      batal = true;
    };
  }, [tesId, keHasil]);

  /** Sends every queued answer, oldest item first; stops at the first lost connection. */
  const kirimAntrian = useCallback(async () => {
    if (!p || mengirim.current || selesai.current) return;
    mengirim.current = true;
    try {
      for (const [u, a] of Object.entries(bacaAntrian(p.id))) {
        try {
          const r = await panggil(K.jawab, { params: { id: p.id }, body: { urutan: Number(u), pilihan: a.pilihan, nomor: a.nomor, perangkat: kodePerangkat() } });
          lepasAntrian(p.id, Number(u), r.nomor);
          selisih.current = new Date(String(r.waktuServer)).getTime() - Date.now();
        } catch (e) {
          if (e instanceof GalatApi && e.status === 409) return keHasil(p.id);
          if (e instanceof GalatApi && e.status === 422) {
            lepasAntrian(p.id, Number(u), a.nomor);
            continue;
          }
          break;
        }
      }
    } finally {
      mengirim.current = false;
      setMenunggu(Object.keys(bacaAntrian(p.id)).length);
    }
  }, [p, keHasil]);

  // Resend when the signal comes back, and every few seconds while something waits.
  useEffect(() => {
    const lagi = () => void kirimAntrian();
    window.addEventListener('online', lagi);
    const t = setInterval(() => {
      if (menunggu) lagi();
    }, 4000);
    return () => {
      window.removeEventListener('online', lagi);
      clearInterval(t);
    };
  }, [kirimAntrian, menunggu]);

  // The timer by the server's clock; at zero the server closes the attempt (auto-submit) and the result opens.
  useEffect(() => {
    if (!p) return;
    const hitung = () => {
      const s = (new Date(String(p.batasPada)).getTime() - (Date.now() + selisih.current)) / 1000;
      setSisa(s);
      if (s <= 0 && !selesai.current) {
        selesai.current = true;
        // The server closes the attempt when its own clock says so; until then ask again on the next tick.
        panggil(K.percobaan, { params: { id: p.id } }).then((r) => {
          if (r.status === 'selesai') keHasil(p.id);
          else selesai.current = false;
        }, () => {
          selesai.current = false;
        });
      }
    };
    hitung();
    const t = setInterval(hitung, 1000);
    return () => clearInterval(t);
  }, [p, keHasil]);

  // Leaving the page or the window is recorded for the proctor (never punished automatically).
  useEffect(() => {
    if (!p) return;
    let terakhir = 0;
    const sinyal = (jenis: 'halaman_tersembunyi' | 'keluar_jendela') => {
      if (selesai.current || Date.now() - terakhir < 3000) return;
      terakhir = Date.now();
      panggil(K.sinyal, { params: { id: p.id }, body: { jenis } }).catch(() => {});
    };
    const tersembunyi = () => document.visibilityState === 'hidden' && sinyal('halaman_tersembunyi');
    const blur = () => sinyal('keluar_jendela');
    document.addEventListener('visibilitychange', tersembunyi);
    window.addEventListener('blur', blur);
    return () => {
      document.removeEventListener('visibilitychange', tersembunyi);
      window.removeEventListener('blur', blur);
    };
  }, [p]);

  if (galat) {
    return (
      <section>
        <h1>Mengerjakan tes</h1>
        <PesanGalat galat={galat} />
        <Link to="/ujian">Kembali ke daftar tes</Link>
      </section>
    );
  }
  if (!p) return <Memuat teks="Menyiapkan tes…" />;
  const b = p.butir[posisi]!;
  const j = jawaban[b.urutan] ?? { pilihan: [], nomor: 0 };
  const pilih = (opsi: string) => {
    const pilihan = b.jenis === 'ganda' ? (j.pilihan.includes(opsi) ? j.pilihan.filter((x) => x !== opsi) : [...j.pilihan, opsi]) : j.pilihan[0] === opsi ? [] : [opsi];
    const baru = { pilihan, nomor: j.nomor + 1 };
    simpanAntrian(p.id, b.urutan, baru);
    setJawaban((x) => ({ ...x, [b.urutan]: baru }));
    setMenunggu(Object.keys(bacaAntrian(p.id)).length);
    void kirimAntrian();
  };
  const dijawab = p.butir.filter((x) => jawaban[x.urutan]?.pilihan.length).length;
  const hampir = sisa !== null && sisa < 60;
  return (
    <section className="kerjakan-tes">
      <div className="kepala-tes">
        <div>
          <h1 className="judul-tes">{p.judul}</h1>
          <p className="sub">Soal {posisi + 1} dari {p.butir.length} · {b.namaKategori}</p>
        </div>
        <div className={`waktu-tes${hampir ? ' hampir' : ''}`} role="timer" aria-live={hampir ? 'assertive' : 'off'} aria-label="Sisa waktu">
          {sisa === null ? '--:--' : formatSisa(sisa)}
        </div>
        <p className={`status-simpan${menunggu ? ' menunggu' : ''}`} role="status" aria-live="polite" data-testid="status-simpan">
          {menunggu ? `Menunggu sinyal (${formatAngka(menunggu)} jawaban belum terkirim)` : 'Tersimpan'}
        </p>
      </div>
      <div className="soal-tes">
        <p className="teks-soal">{b.teks}</p>
        {b.adaGambar && <img className="gambar-soal" src={`/api/ujian/percobaan/${p.id}/gambar/${b.urutan}`} alt={`Gambar soal nomor ${posisi + 1}`} />}
        {b.jenis === 'ganda' && <p className="petunjuk">Pilih semua jawaban yang benar.</p>}
      </div>
      <fieldset className="opsi-tes">
        <legend className="sr">Pilihan jawaban soal {posisi + 1}</legend>
        {b.opsi.map((o, i) => (
          <button type="button" key={o.id} className="opsi" aria-pressed={j.pilihan.includes(o.id)} onClick={() => pilih(o.id)}>
            <span className="huruf-opsi" aria-hidden="true">{'ABCDEFGH'[i]}</span>
            <span>{o.teks}</span>
          </button>
        ))}
      </fieldset>
      {peta && (
        <nav className="peta-soal" aria-label="Peta soal">
          {p.butir.map((x, i) => (
            <button type="button" key={x.urutan} className={`nomor-soal${jawaban[x.urutan]?.pilihan.length ? ' terjawab' : ''}${i === posisi ? ' kini' : ''}`}
              aria-current={i === posisi ? 'step' : undefined} aria-label={`Soal ${i + 1}${jawaban[x.urutan]?.pilihan.length ? ', sudah dijawab' : ', belum dijawab'}`}
              onClick={() => {
                setPosisi(i);
                setPeta(false);
              }}
            >
              {i + 1}
            </button>
          ))}
          <button type="button" className="tombol bahaya" onClick={() => setKonfirmasi(true)}>Akhiri tes</button>
        </nav>
      )}
      {konfirmasi && (
        <div className="kartu konfirmasi-tes" role="alertdialog" aria-labelledby="judul-akhiri">
          <h2 id="judul-akhiri">Akhiri tes sekarang?</h2>
          <p>
            {formatAngka(dijawab)} dari {formatAngka(p.butir.length)} soal sudah dijawab.{menunggu ? ' Sebagian jawaban belum terkirim; tunggu sampai tersimpan.' : ''}
          </p>
          <PesanGalat galat={kirim.galat} />
          <div className="baris-tombol">
            <button type="button" className="tombol bahaya" disabled={kirim.mengirim || menunggu > 0} onClick={() =>
              kirim.jalankan(async () => {
                await panggil(K.selesai, { params: { id: p.id } });
                keHasil(p.id);
              })}
            >
              Ya, akhiri
            </button>
            <button type="button" className="tombol sekunder" onClick={() => setKonfirmasi(false)}>Lanjutkan mengerjakan</button>
          </div>
        </div>
      )}
      <div className="navigasi-tes">
        <button type="button" className="tombol sekunder" disabled={posisi === 0} onClick={() => setPosisi(posisi - 1)}>Sebelumnya</button>
        <button type="button" className="tombol sekunder" aria-expanded={peta} onClick={() => setPeta(!peta)}>
          Peta soal {formatAngka(dijawab)}/{formatAngka(p.butir.length)}
        </button>
        <button type="button" className="tombol utama" disabled={posisi === p.butir.length - 1} onClick={() => setPosisi(posisi + 1)}>Berikutnya</button>
      </div>
    </section>
  );
}

/** The result of my attempt: score per category against the pass marks; after the window, every item with the key and its explanation. */
export function HasilTes() {
  const { id } = useParams();
  const q = useKueriApi(K.hasil, { params: { id: Number(id) } });
  const h = q.data;
  return (
    <section>
      <p className="kembali">
        <Link to="/ujian">← Tes Kompetensi Saya</Link>
      </p>
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {h && (
        <>
          <div className="judul-halaman">
            <h1>Hasil {h.judul}</h1>
          </div>
          <div className="kartu">
            <p className="nilai-total">Nilai {formatAngka(h.total)} dari {formatAngka(h.nilaiMaks)}</p>
            <p className={h.lulus ? 'pesan pesan-berhasil' : 'pesan pesan-peringatan'}>{h.keterangan}</p>
            <p className="sub">
              {formatAngka(h.dijawab)} dari {formatAngka(h.jumlahButir)} soal dijawab · {h.caraSelesai === 'waktu_habis' ? 'ditutup otomatis saat waktu habis' : 'diakhiri peserta'}
              {' '}
              {formatWaktu(h.selesaiPada ? String(h.selesaiPada) : null)}
            </p>
          </div>
          <div className="gulir-tabel">
            <table className="tabel">
              <caption className="sr">Nilai per kategori</caption>
              <thead>
                <tr>
                  <th scope="col">Kategori</th>
                  <th scope="col">Nilai</th>
                  <th scope="col">Ambang batas</th>
                  <th scope="col">Keterangan</th>
                </tr>
              </thead>
              <tbody>
                {h.kategori.map((k) => (
                  <tr key={k.kode}>
                    <td>{k.nama}</td>
                    <td>{formatAngka(k.nilai)} dari {formatAngka(k.nilaiMaks)}</td>
                    <td>{formatAngka(k.ambangBatas)}</td>
                    <td>{k.lulus ? 'Memenuhi' : 'Belum memenuhi'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2 className="judul-bagian">Pembahasan</h2>
          {!h.pembahasan && <p className="pesan">Pembahasan dapat dibaca setelah jadwal tes ditutup, {formatWaktu(String(h.pembahasanTersedia))}.</p>}
          {h.pembahasan && (
            <ol className="daftar-pembahasan">
              {h.pembahasan.map((b) => (
                <li key={b.urutan} className="kartu">
                  <p>{b.teks}</p>
                  <ul>
                    {b.opsi.map((o) => (
                      <li key={o.id} className={o.benar ? 'opsi-kunci' : undefined}>
                        {o.teks}
                        {o.benar ? ' (kunci)' : ''}
                        {o.bobot !== null ? ` (bobot ${o.bobot})` : ''}
                        {b.pilihan.includes(o.id) ? ' ← jawaban Anda' : ''}
                      </li>
                    ))}
                  </ul>
                  <p className="sub">Skor {formatAngka(b.skor)}{b.pembahasan ? ` · ${b.pembahasan}` : ''}</p>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
