import { useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { formatAngka, formatTanggal } from '@simasn/domain';
import type { ResponsTitik } from '@simasn/kontrak';
import { aturanCuti, JENIS_ABSEN, KONTRAK_CUTI, LABEL_LINGKUP_DISPENSASI, LINGKUP_DISPENSASI, type JenisAbsen } from '@simasn/cuti/kontrak';
import { kunciJalur, panggil, periksaIsian, unggahTitik } from '../api.ts';
import { useKirim, useKueriApi } from '../kait.ts';
import { formatWaktu, hariIniSetempat } from '../format.ts';
import { Formulir, IsianForm, IsianTanggal, PilihBerkas } from '../komponen/Formulir.tsx';
import { Kosong, Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/cuti/kontrak');

type Cuti = ResponsTitik<typeof KONTRAK_CUTI.saya>['usulan'][number];

const ATURAN = aturanCuti();
/** The badge of a request's status (the engine's codes, labelled by the server). */
export const KELAS_STATUS: Record<string, string> = { diproses: 'diajukan', selesai: 'disetujui', ditolak: 'ditolak', dibatalkan: 'dibatalkan', dikembalikan: 'netral' };

export function rentang(c: { dari: string, sampai: string }): string {
  return c.dari === c.sampai ? formatTanggal(c.dari) : `${formatTanggal(c.dari)} s.d. ${formatTanggal(c.sampai)}`;
}

const KOSONG = { jenis: 'cuti_tahunan' as JenisAbsen, dari: '', sampai: '', alasan: '', alamatSelama: '', tujuan: '', lat: '', lon: '', radiusMeter: '100', lingkupDispensasi: '' };

/**
 * The ASN's leave and absence: the cuti tahunan balance of the year (with how it was reached),
 * the request form (phone first: the kind, dates with the working days they take, the reason,
 * the destination point or the document when the kind needs one) and their requests.
 */
export function CutiSaya() {
  const qc = useQueryClient();
  const q = useKueriApi(KONTRAK_CUTI.saya, {});
  const pengganti = useKueriApi(KONTRAK_CUTI.daftarPengganti, {});
  const [isi, setIsi] = useState(KOSONG);
  const [berkas, setBerkas] = useState<File | null>(null);
  const [pesan, setPesan] = useState<string | null>(null);
  const kirim = useKirim();
  const aksi = useKirim();
  const a = ATURAN.jenis[isi.jenis];
  const tanggalSiap = /^\d{4}-\d{2}-\d{2}$/.test(isi.dari) && /^\d{4}-\d{2}-\d{2}$/.test(isi.sampai) && isi.sampai >= isi.dari;
  const pratinjau = useKueriApi(KONTRAK_CUTI.pratinjau, { query: { jenis: isi.jenis, dari: isi.dari, sampai: isi.sampai } }, { enabled: tanggalSiap });
  const ubah = (k: keyof typeof KOSONG) => (v: string) => setIsi((x) => ({ ...x, [k]: v }));
  const segarkan = () => qc.invalidateQueries({ queryKey: kunciJalur('cuti') });

  function masukan() {
    const angka = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));
    return { jenis: isi.jenis, dari: isi.dari, sampai: isi.sampai, alasan: isi.alasan, alamatSelama: isi.alamatSelama || null,
      ...(a.titikTujuan ? { tujuan: isi.tujuan || null, lat: angka(isi.lat), lon: angka(isi.lon), radiusMeter: angka(isi.radiusMeter) } : {}),
      ...(isi.jenis === 'dispensasi' ? { lingkupDispensasi: isi.lingkupDispensasi || null } : {}) };
  }

  const ajukan = () =>
    kirim.jalankan(async () => {
      setPesan(null);
      const m = masukan();
      const { skemaAjukanCuti } = await muatSkema();
      periksaIsian(skemaAjukanCuti, m, 'Usulan belum benar.');
      if (a.dokumenWajib && !berkas) throw new Error(`${a.dokumenWajib.label} wajib dilampirkan (PDF).`);
      let u = await panggil(KONTRAK_CUTI.ajukan, { body: m as never });
      if (a.dokumenWajib && berkas) {
        const f = new FormData();
        f.append('file', berkas);
        u = await unggahTitik(KONTRAK_CUTI.lampirkanDokumen, f, { params: { id: u.id, kode: a.dokumenWajib.kode } });
        u = await panggil(KONTRAK_CUTI.proses, { params: { id: u.id }, body: { aksi: 'teruskan', versi: u.versi } });
      }
      setIsi(KOSONG);
      setBerkas(null);
      setPesan(`${u.labelJenis} ${rentang(u)} diajukan; menunggu ${u.labelLangkah.toLowerCase()}.`);
      await segarkan();
    });

  const lokasiSaya = () => {
    navigator.geolocation?.getCurrentPosition((p) => setIsi((x) => ({ ...x, lat: p.coords.latitude.toFixed(6), lon: p.coords.longitude.toFixed(6) })),
      () => kirim.setGalat(new Error('Lokasi tidak dapat dibaca; isi lintang dan bujur titik tujuan.')));
  };

  const proses = (c: Cuti, jenis: 'teruskan' | 'batalkan') =>
    aksi.jalankan(async () => {
      if (jenis === 'batalkan' && !window.confirm(`Tarik kembali usulan ${c.labelJenis} ${rentang(c)}?`)) return;
      await panggil(KONTRAK_CUTI.proses, { params: { id: c.id }, body: { aksi: jenis, versi: c.versi } });
      setPesan(jenis === 'batalkan' ? 'Usulan ditarik kembali.' : 'Usulan dikirim ke atasan.');
      await segarkan();
    });

  const lampirkan = (c: Cuti, f: File | null) =>
    f && aksi.jalankan(async () => {
      const d = new FormData();
      d.append('file', f);
      await unggahTitik(KONTRAK_CUTI.lampirkanDokumen, d, { params: { id: c.id, kode: c.dokumenKurang[0]!.kode } });
      await segarkan();
    });

  const s = q.data?.saldoTahunIni;
  const bertindak = pengganti.data?.bertindakSebagai ?? [];
  return (
    <section className="halaman-cuti">
      <div className="judul-halaman">
        <h1>Cuti dan Izin Saya</h1>
      </div>
      {bertindak.length > 0 && (
        <p className="kartu" data-testid="bertindak-sebagai">
          Hari ini Anda bertindak sebagai pengganti atasan ({bertindak.map((g) => `${g.unit} s.d. ${formatTanggal(g.sampai)}`).join('; ')}).{' '}
          <Link to="/persetujuan/pengganti">Buka persetujuan</Link>
        </p>
      )}
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {q.data && (
        <div className="kartu saldo-cuti" data-testid="saldo-cuti">
          <h2>Saldo cuti tahunan {q.data.tahun}</h2>
          {s ?
            (
              <>
                <p className="angka-saldo">
                  <strong>{formatAngka(s.sisa)}</strong> hari kerja tersisa
                </p>
                <p className="meta">
                  Hak {formatAngka(s.hak)} + sisa dibawa {formatAngka(s.bawaan)} = {formatAngka(s.total)} hari; terpakai {formatAngka(s.terpakai)}
                  {s.diproses > 0 && `, sedang diusulkan ${formatAngka(s.diproses)}`}.
                </p>
                <p>{s.penjelasan}</p>
                {q.data.saldo.length > 1 && (
                  <details>
                    <summary>Saldo tahun sebelumnya</summary>
                    <ul>
                      {q.data.saldo.filter((x) => x.tahun !== q.data.tahun).map((x) => (
                        <li key={x.tahun}>
                          {x.tahun}: {formatAngka(x.total)} hari, terpakai {formatAngka(x.terpakai)}, sisa {formatAngka(Math.max(0, x.total - x.terpakai))}. {x.penjelasan}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </>
            ) :
            <p>Belum ada hak cuti tahunan tercatat.</p>}
        </div>
      )}

      <Formulir className="kartu form-panel" aria-labelledby="judul-ajukan-cuti" onSubmit={(e) => {
        e.preventDefault();
        void ajukan();
      }}>
        <h2 id="judul-ajukan-cuti">Ajukan cuti atau izin</h2>
        <div className="kisi-isian">
          <IsianForm id="cuti-jenis" label="Jenis" wajib galat={kirim.galat} nama="jenis" petunjuk={a.keterangan} lebar>
            {(x) => (
              <select {...x} value={isi.jenis} onChange={(e) => setIsi((v) => ({ ...v, jenis: e.target.value as JenisAbsen }))}>
                {JENIS_ABSEN.map((k) => <option key={k} value={k}>{ATURAN.jenis[k].label}</option>)}
              </select>
            )}
          </IsianForm>
          <IsianForm id="cuti-dari" label="Mulai tanggal" wajib galat={kirim.galat} nama="dari">
            {(x) => <IsianTanggal {...x} nilai={isi.dari} ganti={ubah('dari')} />}
          </IsianForm>
          <IsianForm id="cuti-sampai" label="Sampai tanggal" wajib galat={kirim.galat} nama="sampai">
            {(x) => <IsianTanggal {...x} nilai={isi.sampai} ganti={ubah('sampai')} />}
          </IsianForm>
        </div>
        {tanggalSiap && pratinjau.data && (
          <div className="pratinjau-cuti" role="status" data-testid="pratinjau-cuti">
            <p>
              <strong>{formatAngka(pratinjau.data.hariKerja)} hari kerja</strong> dari {formatAngka(pratinjau.data.hariKalender)} hari
              {pratinjau.data.hariLibur.length > 0 && ` (tidak dihitung: ${pratinjau.data.hariLibur.map((h) => `${formatTanggal(h.tanggal)} ${h.alasan}`).join(', ')})`}.
            </p>
            {pratinjau.data.saldo && <p>Sisa cuti tahunan {pratinjau.data.saldo.tahun}: {formatAngka(pratinjau.data.saldo.sisa)} hari kerja.</p>}
            {pratinjau.data.masalah.map((m) => <p key={m} className="salah">{m}</p>)}
          </div>
        )}
        <div className="kisi-isian">
          <IsianForm id="cuti-alasan" label="Alasan" wajib galat={kirim.galat} nama="alasan" lebar>
            {(x) => <textarea {...x} rows={3} value={isi.alasan} onChange={(e) => ubah('alasan')(e.target.value)} />}
          </IsianForm>
          <IsianForm id="cuti-alamat" label="Alamat selama cuti/izin" galat={kirim.galat} nama="alamatSelama" lebar>
            {(x) => <input {...x} value={isi.alamatSelama} onChange={(e) => ubah('alamatSelama')(e.target.value)} />}
          </IsianForm>
          {a.titikTujuan && (
            <>
              <IsianForm id="cuti-tujuan" label="Tempat tujuan" wajib galat={kirim.galat} nama="tujuan" lebar>
                {(x) => <input {...x} value={isi.tujuan} onChange={(e) => ubah('tujuan')(e.target.value)} />}
              </IsianForm>
              <IsianForm id="cuti-lat" label="Lintang titik presensi" wajib galat={kirim.galat} nama="lat" petunjuk="mis. -7,2575">
                {(x) => <input {...x} inputMode="decimal" value={isi.lat} onChange={(e) => ubah('lat')(e.target.value)} />}
              </IsianForm>
              <IsianForm id="cuti-lon" label="Bujur titik presensi" wajib galat={kirim.galat} nama="lon" petunjuk="mis. 112,7521">
                {(x) => <input {...x} inputMode="decimal" value={isi.lon} onChange={(e) => ubah('lon')(e.target.value)} />}
              </IsianForm>
              <IsianForm id="cuti-radius" label="Radius (meter)" galat={kirim.galat} nama="radiusMeter">
                {(x) => <input {...x} inputMode="numeric" value={isi.radiusMeter} onChange={(e) => ubah('radiusMeter')(e.target.value)} />}
              </IsianForm>
              <div className="isian">
                <button type="button" className="tombol sekunder" onClick={lokasiSaya}>Pakai lokasi saya sekarang</button>
              </div>
            </>
          )}
          {isi.jenis === 'dispensasi' && (
            <IsianForm id="cuti-dispensasi" label="Dibebaskan dari" wajib galat={kirim.galat} nama="lingkupDispensasi" lebar>
              {(x) => (
                <select {...x} value={isi.lingkupDispensasi} onChange={(e) => ubah('lingkupDispensasi')(e.target.value)}>
                  <option value="">Pilih…</option>
                  {LINGKUP_DISPENSASI.map((k) => <option key={k} value={k}>{LABEL_LINGKUP_DISPENSASI[k]}</option>)}
                </select>
              )}
            </IsianForm>
          )}
          {a.dokumenWajib && (
            <IsianForm id="cuti-berkas" label={a.dokumenWajib.label} wajib galat={kirim.galat} nama="file" petunjuk="PDF, paling besar 5 MB" lebar>
              {(x) => <PilihBerkas {...x} berkas={berkas} ganti={setBerkas} accept="application/pdf" />}
            </IsianForm>
          )}
        </div>
        <PesanGalat galat={kirim.galat} />
        <button type="submit" className="tombol utama lebar" disabled={kirim.mengirim}>{kirim.mengirim ? 'Mengirim…' : 'Ajukan'}</button>
      </Formulir>

      <h2>Usulan saya</h2>
      <PesanGalat galat={aksi.galat} />
      {q.data && q.data.usulan.length === 0 && <Kosong>Belum ada usulan cuti atau izin.</Kosong>}
      {q.data && q.data.usulan.length > 0 && (
        <ul className="daftar-usulan" data-testid="daftar-cuti-saya">
          {q.data.usulan.map((c) => (
            <li key={c.id} className="kartu kartu-usulan" data-cuti={c.id}>
              <div className="kepala-usulan">
                <strong>{c.labelJenis}</strong>
                <span className={`lencana lencana-${KELAS_STATUS[c.status] ?? 'netral'}`}>{c.labelStatus}</span>
              </div>
              <p>
                {rentang(c)} · {formatAngka(c.hariKerja)} hari kerja
              </p>
              <p className="meta">
                Diajukan {formatWaktu(c.diajukanPada)}
                {(c.status === 'diproses' || c.status === 'dikembalikan') && ` · menunggu ${c.labelLangkah.toLowerCase()}`}
              </p>
              {c.alasanTerakhir && (
                <p>
                  <span className="label-kecil">Catatan:</span> {c.alasanTerakhir}
                </p>
              )}
              {c.dokumenKurang.length > 0 && c.aksi.includes('batalkan') && (
                <IsianForm id={`lampiran-${c.id}`} label={`${c.dokumenKurang[0]!.label} belum dilampirkan`}>
                  {(x) => <PilihBerkas {...x} langsung ganti={(f) => lampirkan(c, f)} accept="application/pdf" teksTombol="Lampirkan PDF" />}
                </IsianForm>
              )}
              <PembatalanCuti c={c} segarkan={segarkan} beritahu={setPesan} />
              {c.aksi.length > 0 && (
                <div className="baris-tombol">
                  {c.aksi.includes('teruskan') && (
                    <button type="button" className="tombol kecil utama" onClick={() => proses(c, 'teruskan')} disabled={aksi.mengirim}>Kirim ke atasan</button>
                  )}
                  {c.aksi.includes('batalkan') && (
                    <button type="button" className="tombol kecil bahaya" onClick={() => proses(c, 'batalkan')} disabled={aksi.mengirim}>Tarik kembali</button>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {q.data && <p className="meta">Hari ini {formatTanggal(hariIniSetempat())}.</p>}
    </section>
  );
}

/**
 * Cancelling an approved request (before or during the leave): the day the ASN is back at work
 * and why; the atasan decides. Shows where the latest cancellation stands.
 */
function PembatalanCuti({ c, segarkan, beritahu }: { c: Cuti, segarkan: () => Promise<void>, beritahu: (s: string) => void }) {
  const [buka, setBuka] = useState(false);
  const hariIni = hariIniSetempat();
  const [mulai, setMulai] = useState([c.dari, hariIni].sort().at(-1)!);
  const [alasan, setAlasan] = useState('');
  const kirim = useKirim();
  const b = c.pembatalan;
  const ajukan = () =>
    kirim.jalankan(async () => {
      const m = { mulai, alasan };
      const { skemaAjukanPembatalanCuti } = await muatSkema();
      periksaIsian(skemaAjukanPembatalanCuti, m, 'Permohonan pembatalan belum benar.');
      const u = await panggil(KONTRAK_CUTI.ajukanPembatalan, { params: { id: c.id }, body: m });
      setBuka(false);
      beritahu(`Permohonan pembatalan ${u.labelJenis} mulai ${formatTanggal(mulai)} dikirim ke atasan.`);
      await segarkan();
    });
  const tarik = () =>
    b && kirim.jalankan(async () => {
      await panggil(KONTRAK_CUTI.prosesPembatalan, { params: { id: c.id }, body: { aksi: 'batalkan', versi: b.versi } });
      beritahu('Permohonan pembatalan ditarik kembali; cuti tetap berlaku.');
      await segarkan();
    });
  return (
    <>
      {c.sampaiSemula && (
        <p data-testid="cuti-dibatalkan">
          {c.sampai < c.dari ?
            `Dibatalkan seluruhnya (semula ${rentang({ dari: c.dari, sampai: c.sampaiSemula })}).` :
            `Dibatalkan mulai ${formatTanggal(b?.mulai ?? c.sampai)} (semula sampai ${formatTanggal(c.sampaiSemula)}).`}
        </p>
      )}
      {b && !c.sampaiSemula && (
        <p data-testid="status-pembatalan">
          <span className="label-kecil">Pembatalan mulai {formatTanggal(b.mulai)}:</span> {b.labelStatus}
          {b.alasanTerakhir && ` (${b.alasanTerakhir})`}
        </p>
      )}
      <PesanGalat galat={kirim.galat} />
      {b?.aksi.includes('batalkan') && (
        <div className="baris-tombol">
          <button type="button" className="tombol kecil bahaya" onClick={() => void tarik()} disabled={kirim.mengirim}>Tarik permohonan pembatalan</button>
        </div>
      )}
      {c.bolehMintaBatal && !buka && (
        <div className="baris-tombol">
          <button type="button" className="tombol kecil sekunder" onClick={() => setBuka(true)}>Mohon pembatalan</button>
        </div>
      )}
      {c.bolehMintaBatal && buka && (
        <Formulir className="form-panel" aria-label={`Pembatalan ${c.labelJenis} ${rentang(c)}`} onSubmit={(e) => {
          e.preventDefault();
          void ajukan();
        }}>
          <div className="kisi-isian">
            <IsianForm id={`batal-mulai-${c.id}`} label="Kembali bekerja mulai" wajib galat={kirim.galat} nama="mulai"
              petunjuk="hari kerja sejak tanggal ini dikembalikan ke saldo"
            >
              {(x) => <IsianTanggal {...x} nilai={mulai} ganti={setMulai} />}
            </IsianForm>
            <IsianForm id={`batal-alasan-${c.id}`} label="Alasan pembatalan" wajib galat={kirim.galat} nama="alasan" lebar>
              {(x) => <textarea {...x} rows={2} value={alasan} onChange={(e) => setAlasan(e.target.value)} />}
            </IsianForm>
          </div>
          <div className="baris-tombol">
            <button type="submit" className="tombol kecil utama" disabled={kirim.mengirim}>{kirim.mengirim ? 'Mengirim…' : 'Kirim ke atasan'}</button>
            <button type="button" className="tombol kecil sekunder" onClick={() => setBuka(false)}>Urungkan</button>
          </div>
        </Formulir>
      )}
    </>
  );
}
