import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { formatAngka, formatTanggal, tulisJam } from '@simasn/domain';
import { KONTRAK_PRESENSI as K } from '@simasn/presensi/kontrak';
import type { HasilPresensi } from '@simasn/presensi/kontrak';
import { GalatApi, kunciJalur, panggil, pesanDari } from '../api.ts';
import { formatJamSetempat } from '../format.ts';
import { pramuatApi, useKueriApi, type Pramuat } from '../kait.ts';
import { Formulir, IsianForm, PilihBerkas } from '../komponen/Formulir.tsx';
import { Memuat, PesanGalat } from '../komponen/Status.tsx';
import { daftarAntrian, hapusAntrian, isiKirim, milik, type PresensiAntre, simpanAntrian } from '../presensi/antrian.ts';
import { useSesi } from '../sesi.tsx';
import { idPerangkat, kecilkanSwafoto, keteranganPerangkat, kunciPresensi } from '../presensi/perangkat.ts';

type Jenis = 'masuk' | 'pulang';

/** The headline of a result: what the ASN needs to see first. */
export function judulHasil(h: HasilPresensi): string {
  if (!h.titik) return 'Belum ada titik presensi';
  if (!h.diDalam) return `Di luar radius: ${formatAngka(h.jarakMeter ?? 0)} m dari ${h.titik.nama}`;
  if (!h.hariKerja) return 'Tercatat (bukan hari kerja)';
  if (h.kode === 'tepat') return h.jenis === 'masuk' ? 'Masuk tepat waktu' : 'Pulang tepat waktu';
  return h.jenis === 'masuk' ? `Terlambat ${formatAngka(h.menit)} menit (${h.kode})` : `Pulang sebelum waktunya ${formatAngka(h.menit)} menit (${h.kode})`;
}

const kelasHasil = (h: HasilPresensi) => (!h.diDalam || !h.titik ? 'hasil-presensi luar' : h.kode && h.kode !== 'tepat' ? 'hasil-presensi awas' : 'hasil-presensi ok');

function lokasiSekarang(): Promise<GeolocationPosition> {
  return new Promise((lulus, gagal) => {
    if (!('geolocation' in navigator)) {
      gagal(new Error('Peramban ini tidak dapat membaca lokasi. Gunakan peramban lain di ponsel Anda.'));
      return;
    }
    navigator.geolocation.getCurrentPosition(lulus, (e) => {
      gagal(
        new Error(e.code === e.PERMISSION_DENIED
          ? 'Izin lokasi ditolak. Izinkan SIMASN membaca lokasi di pengaturan peramban, lalu coba lagi.'
          : e.code === e.TIMEOUT
          ? 'Lokasi belum didapat dalam 20 detik. Pindah ke tempat terbuka lalu coba lagi; tombol yang sama tidak membuat presensi ganda.'
          : 'Lokasi tidak tersedia. Nyalakan GPS/lokasi ponsel lalu coba lagi.'),
      );
    }, { enableHighAccuracy: true, timeout: 20_000, maximumAge: 0 });
  });
}

/**
 * Presensi from the phone (installable as an app): the server decides the time and checks the
 * place against the unit's points; the answer is shown at once. Without signal the check-in is
 * kept on the phone (IndexedDB) with its time and sent when the connection returns. One attempt
 * keeps one idempotency key, so a second tap while the location is still coming, or a resend,
 * never makes a second record.
 */
/** The page's data from its address, before it renders (kait.ts `Pramuat`). */
export const pramuat: Record<string, Pramuat> = { PresensiSaya({ qc }) {
  pramuatApi(qc, K.saya, { query: { perangkat: idPerangkat() } });
} };

export function PresensiSaya() {
  const perangkat = useMemo(idPerangkat, []);
  const qc = useQueryClient();
  const { sesi } = useSesi();
  const pengguna = sesi?.pengguna.namaPengguna ?? null;
  const namaTampilan = sesi?.pengguna.namaTampilan ?? null;
  const q = useKueriApi(K.saya, { query: { perangkat } });
  const [hasil, setHasil] = useState<HasilPresensi | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [galat, setGalat] = useState<unknown>(null);
  const [sibuk, setSibuk] = useState<Jenis | null>(null);
  /** Everything queued on this phone: the logged-in account's items (sent) and other accounts' (kept, never sent as this one's). */
  const [semuaAntre, setAntre] = useState<PresensiAntre[]>([]);
  const antre = semuaAntre.filter((p) => milik(p, pengguna));
  const antreLain = semuaAntre.filter((p) => !milik(p, pengguna));
  const [daring, setDaring] = useState(() => navigator.onLine);
  const [swafoto, setSwafoto] = useState<File | null>(null);
  const percobaan = useRef<{ jenis: Jenis, kunci: string } | null>(null);
  const mengirimAntrian = useRef(false);

  const segarkan = useCallback(async () => {
    setAntre(await daftarAntrian().catch(() => []));
    await qc.invalidateQueries({ queryKey: kunciJalur('presensi') });
  }, [qc]);

  const kirimAntrian = useCallback(async () => {
    if (mengirimAntrian.current) return;
    mengirimAntrian.current = true;
    // The day's data is asked for again only when an item was sent or dropped: opening the page with
    // nothing queued must not fetch it a second time (the page's own query, or its preload, has it).
    let berubah = false;
    try {
      // Only this account's items: a check-in queued by another user of the phone is never sent as this one's.
      for (const p of (await daftarAntrian()).filter((x) => milik(x, pengguna))) {
        try {
          const h = await panggil(K.catat, { body: isiKirim(p) });
          await hapusAntrian(p.kunci);
          berubah = true;
          setHasil(h);
          setInfo(`Presensi ${p.jenis} yang dibuat tanpa sinyal pukul ${formatJamSetempat(new Date(p.waktuPerangkat))} sudah terkirim.`);
        } catch (e) {
          // No connection, or the session ended: keep it for later (the login page sends it after).
          if (e instanceof GalatApi && (e.status === 0 || e.status === 401 || e.status >= 500)) {
            if (e.status === 401) setInfo('Sesi Anda berakhir. Presensi yang tersimpan di ponsel ini dikirim setelah Anda masuk kembali.');
            break;
          }
          await hapusAntrian(p.kunci);
          berubah = true;
          setGalat(new Error(`Presensi ${p.jenis} pukul ${formatJamSetempat(new Date(p.waktuPerangkat))} ditolak server: ${pesanDari(e)}`));
        }
      }
    } finally {
      mengirimAntrian.current = false;
      if (berubah) await segarkan();
      else setAntre(await daftarAntrian().catch(() => []));
    }
  }, [segarkan, pengguna]);

  async function hapusMilikLain(p: PresensiAntre) {
    const siapa = p.namaPemilik ? `${p.namaPemilik} (${p.pemilik})` : 'pengguna yang tidak diketahui';
    if (!window.confirm(`Hapus presensi ${p.jenis} ${siapa} pukul ${formatJamSetempat(new Date(p.waktuPerangkat))} dari ponsel ini? Presensi itu tidak akan pernah terkirim.`)) {
      return;
    }
    await hapusAntrian(p.kunci);
    setInfo(`Presensi ${p.jenis} milik ${siapa} dihapus dari ponsel ini tanpa dikirim.`);
    setAntre(await daftarAntrian());
  }

  // The connection may come back before the server is reachable: try again every 20 seconds while something waits.
  useEffect(() => {
    if (!antre.length) return;
    const t = setInterval(() => {
      if (navigator.onLine) void kirimAntrian();
    }, 20_000);
    return () => clearInterval(t);
  }, [antre.length, kirimAntrian]);

  useEffect(() => {
    void kirimAntrian();
    const naik = () => {
      setDaring(true);
      void kirimAntrian();
    };
    const turun = () => setDaring(false);
    window.addEventListener('online', naik);
    window.addEventListener('offline', turun);
    return () => {
      window.removeEventListener('online', naik);
      window.removeEventListener('offline', turun);
    };
  }, [kirimAntrian]);

  async function kirim(jenis: Jenis) {
    if (sibuk) return;
    setSibuk(jenis);
    setGalat(null);
    setHasil(null);
    setInfo(null);
    const kunci = percobaan.current?.jenis === jenis ? percobaan.current.kunci : kunciPresensi();
    percobaan.current = { jenis, kunci };
    try {
      const pos = await lokasiSekarang();
      const ditekan = new Date();
      const mocked = (pos.coords as GeolocationCoordinates & { mocked?: boolean }).mocked ?? (pos as GeolocationPosition & { mocked?: boolean }).mocked;
      const body = { jenis, kunci, lat: pos.coords.latitude, lon: pos.coords.longitude, akurasi: Math.round(pos.coords.accuracy), perangkat,
        keteranganPerangkat: keteranganPerangkat(), ...(typeof mocked === 'boolean' ? { lokasiPalsu: mocked } : {}),
        ...(swafoto ? { swafoto: await kecilkanSwafoto(swafoto) } : {}) };
      const antrekan = async () => {
        await simpanAntrian({ ...body, luring: true, waktuPerangkat: ditekan.toISOString(), ...(pengguna ? { pemilik: pengguna } : {}),
          ...(namaTampilan ? { namaPemilik: namaTampilan } : {}) });
        percobaan.current = null;
        setSwafoto(null);
        setInfo(
          `Tidak ada sinyal. Presensi ${jenis} pukul ${
            formatJamSetempat(ditekan)
          } disimpan di ponsel ini dan akan dikirim otomatis saat tersambung kembali, dengan waktu saat Anda menekan tombol.`,
        );
        setAntre(await daftarAntrian());
      };
      if (!navigator.onLine) return await antrekan();
      try {
        const h = await panggil(K.catat, { body });
        percobaan.current = null;
        setSwafoto(null);
        setHasil(h);
        await segarkan();
      } catch (e) {
        if (e instanceof GalatApi && e.status === 0) return await antrekan();
        throw e;
      }
    } catch (e) {
      setGalat(e);
    } finally {
      setSibuk(null);
    }
  }

  const d = q.data;
  return (
    <section className="halaman-presensi">
      <div className="judul-halaman">
        <h1>Presensi</h1>
        <p className={daring ? 'lencana lencana-ok' : 'lencana lencana-awas'} data-testid="status-sinyal">{daring ? 'Tersambung' : 'Tanpa sinyal'}</p>
      </div>
      {q.isPending && <Memuat />}
      {q.isError && <PesanGalat galat={q.error} />}
      {d && (
        <div className="kartu jadwal-presensi">
          <p>
            <strong>{formatTanggal(d.tanggal)}</strong> {d.jadwal.hariKerja && d.jadwal.masuk && d.jadwal.pulang
              ? `· jam kerja ${tulisJam(d.jadwal.masuk)}-${tulisJam(d.jadwal.pulang)} ${d.zona}`
              : `· bukan hari kerja (${d.jadwal.alasan ?? 'libur'})`}
          </p>
          {d.titik.length
            ? <p>Titik presensi Anda: {d.titik.map((t) => `${t.nama} (radius ${formatAngka(t.radiusMeter)} m)`).join('; ')}.</p>
            : <p>Belum ada titik presensi untuk unit Anda. Hubungi admin OPD.</p>}
        </div>
      )}
      <div className="tombol-presensi">
        <button type="button" className="tombol utama besar" disabled={!!sibuk} onClick={() => void kirim('masuk')} aria-busy={sibuk === 'masuk' || undefined}>
          {sibuk === 'masuk' ? 'Membaca lokasi…' : 'Presensi Masuk'}
        </button>
        <button type="button" className="tombol sekunder besar" disabled={!!sibuk} onClick={() => void kirim('pulang')} aria-busy={sibuk === 'pulang' || undefined}>
          {sibuk === 'pulang' ? 'Membaca lokasi…' : 'Presensi Pulang'}
        </button>
      </div>
      <div aria-live="polite" data-testid="hasil-presensi">
        {hasil && (
          <div className={kelasHasil(hasil)}>
            <p className="judul-hasil">{judulHasil(hasil)}</p>
            <p>{hasil.pesan}</p>
            {hasil.sinyal.length > 0 && <p className="sub">Ditandai untuk ditinjau admin: {hasil.sinyal.join(', ')}.</p>}
          </div>
        )}
        {info && <p className="kartu info-presensi" data-testid="info-presensi">{info}</p>}
      </div>
      <PesanGalat galat={galat} />
      {antre.length > 0 && (
        <div className="kartu" data-testid="antrian-presensi">
          <h2>Menunggu dikirim ({formatAngka(antre.length)})</h2>
          <ul>
            {antre.map((p) => <li key={p.kunci}>Presensi {p.jenis} pukul {formatJamSetempat(new Date(p.waktuPerangkat))} (dibuat tanpa sinyal)</li>)}
          </ul>
          {daring && <button type="button" className="tombol sekunder" onClick={() => void kirimAntrian()}>Kirim sekarang</button>}
        </div>
      )}
      {antreLain.length > 0 && (
        <div className="kartu" data-testid="antrian-pengguna-lain">
          <h2>Presensi pengguna lain di ponsel ini ({formatAngka(antreLain.length)})</h2>
          <p className="sub">
            Presensi berikut dibuat tanpa sinyal oleh akun lain di ponsel ini. Presensi itu tidak dikirim atas nama Anda; presensi dikirim saat pemiliknya masuk di ponsel ini, atau
            dapat dihapus.
          </p>
          <ul className="daftar-antrian-lain">
            {antreLain.map((p) => (
              <li key={p.kunci}>
                <span>
                  Presensi {p.jenis} {p.namaPemilik ? `${p.namaPemilik} (${p.pemilik})` : 'tanpa nama pemilik'} pukul {formatJamSetempat(new Date(p.waktuPerangkat))}
                </span>{' '}
                <button type="button" className="tombol sekunder kecil" onClick={() => void hapusMilikLain(p)}>Hapus</button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <details className="kartu">
        <summary>Swafoto (opsional)</summary>
        <p className="sub">
          Swafoto tidak wajib. Bila dilampirkan, swafoto hanya dipakai untuk memeriksa presensi yang ditandai, hanya dapat dilihat oleh Anda dan admin OPD peninjau, dan dihapus
          otomatis setelah {formatAngka(d?.retensiSwafotoHari ?? 30)} hari (UU 27/2022 tentang Pelindungan Data Pribadi).
        </p>
        <IsianForm id="swafoto-presensi" label="Swafoto untuk presensi berikutnya">
          {(a) => <PilihBerkas {...a} berkas={swafoto} ganti={setSwafoto} accept="image/jpeg,image/png,image/webp" teksTombol="Pilih foto" />}
        </IsianForm>
      </details>
      {d && !d.perangkat.terikat && <PerangkatBaru perangkat={perangkat} menunggu={d.perangkat.menunggu} adaLain={d.perangkat.ada} />}
      {d && d.hariIni.length > 0 && (
        <div className="kartu">
          <h2>Presensi hari ini</h2>
          <ul className="daftar-presensi-hari" data-testid="presensi-hari-ini">
            {d.hariIni.map((h) => (
              <li key={h.id}>
                <strong>{h.jenis === 'masuk' ? 'Masuk' : 'Pulang'} {h.jam} {h.zona}</strong> · {judulHasil(h)}
                {h.luring ? ' · dibuat tanpa sinyal' : ''}
                {h.perluTinjau ? ' · ditinjau admin' : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** This device is not the one bound to the account: the ASN may ask admin OPD to bind it. */
function PerangkatBaru({ perangkat, menunggu, adaLain }: { perangkat: string, menunggu: boolean, adaLain: boolean }) {
  const qc = useQueryClient();
  const [alasan, setAlasan] = useState('');
  const [galat, setGalat] = useState<unknown>(null);
  const [pesan, setPesan] = useState<string | null>(null);
  if (!adaLain) return null;
  if (menunggu) return <p className="kartu info-presensi">Permintaan untuk perangkat ini menunggu persetujuan admin OPD.</p>;
  return (
    <div className="kartu">
      <h2>Perangkat ini belum terikat</h2>
      <p>
        Akun Anda terikat ke perangkat lain. Presensi dari perangkat ini tetap tercatat tetapi ditinjau admin. Bila Anda berganti ponsel, ajukan perangkat ini.
      </p>
      <Formulir onSubmit={async (e) => {
        e.preventDefault();
        setGalat(null);
        try {
          const r = await panggil(K.mintaPerangkat, { body: { perangkat, keterangan: keteranganPerangkat(), alasan } });
          setPesan(r.pesan);
          await qc.invalidateQueries({ queryKey: kunciJalur('presensi') });
        } catch (err) {
          setGalat(err);
        }
      }}>
        <IsianForm id="alasan-perangkat" label="Alasan" wajib galat={galat} nama="alasan" petunjuk="Misalnya: ponsel lama rusak atau hilang.">
          {(a) => <input {...a} value={alasan} onChange={(e) => setAlasan(e.target.value)} />}
        </IsianForm>
        <button type="submit" className="tombol sekunder">Ajukan perangkat ini</button>
      </Formulir>
      {pesan && <p role="status">{pesan}</p>}
      {!(galat instanceof GalatApi && galat.masalah.length) && <PesanGalat galat={galat} />}
    </div>
  );
}
