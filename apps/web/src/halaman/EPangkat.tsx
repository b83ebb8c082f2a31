import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bacaAngkaIsian, formatAngka, formatTanggal, labelGolongan, LABEL_JENIS_USULAN_KP, periodeKpBerikutnya, periodeKpTahun } from '@simasn/domain';
import { KONTRAK_KENAIKAN_PANGKAT, type URUT_KP } from '@simasn/layanan/kontrak';
import type { MasukanTitik } from '@simasn/kontrak';
import { alamatTitik, GalatApi, kunciJalur, panggil, type Masalah } from '../api.ts';
import { formatMasa, hariIniSetempat } from '../format.ts';
import { masalahPerBaris } from '../galat-baris.ts';
import { daftarDariUrl, pramuatApi, useDaftarBerhalaman, useHalamanApi, type Pramuat, useUbahCari } from '../kait.ts';
import { DialogKonfirmasi } from '../komponen/DialogKonfirmasi.tsx';
import { SalahDiSamping } from '../komponen/Formulir.tsx';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { PilihSaring } from '../komponen/PilihSaring.tsx';
import { type JenisUrut, SaringDaftar } from '../komponen/SaringDaftar.tsx';
import { pramuatTabelUsulan, TabelUsulanLayanan } from '../komponen/TabelUsulanLayanan.tsx';
import { PanelUsulanLayanan } from '../komponen/PanelUsulanLayanan.tsx';
import { PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { SelPegawai, Tabel } from '../komponen/Tabel.tsx';
import { TabelPilih, usePilihan } from '../komponen/TabelPilih.tsx';
import { useSesi } from '../sesi.tsx';

type FilterKp = NonNullable<MasukanTitik<typeof KONTRAK_KENAIKAN_PANGKAT.daftar>['query']>;

/**
 * E-Pangkat: per KP period, who is eligible and by which type, who is due but blocked and why;
 * the OPD proposes (one or many) without paper; BKD works the verification queue; the SK draft
 * downloads once approved.
 */
const FILTER = ['q', 'urut', 'arah', 'bagian', 'jenis', 'usulan'] as const;
const BATAS = 50;
const URUT: [(typeof URUT_KP)[number], string, JenisUrut?][] = [['nama', 'Nama'], ['golongan', 'Golongan'], ['jenis', 'Jenis'], ['masa', 'Masa dalam golongan', 'angka'], [
  'unit',
  'Perangkat daerah',
]];

/** The period shown: the URL's, else the next KP period from today in the instansi's zone. */
const periodeDari = (cari: URLSearchParams) => cari.get('periode') ?? periodeKpBerikutnya(hariIniSetempat())!;
const masukanDaftar = (filter: Record<(typeof FILTER)[number], string>, periode: string, halaman: number) => ({
  query: { ...filter, periode, page: halaman, limit: BATAS } as FilterKp,
});

/** The page's data from its address, before it renders (kait.ts `Pramuat`): the period's list and the two request tables. */
export const pramuat: Record<string, Pramuat> = { EPangkat({ qc, cari }) {
  const { filter, halaman } = daftarDariUrl(FILTER, cari);
  pramuatApi(qc, KONTRAK_KENAIKAN_PANGKAT.daftar, masukanDaftar(filter, periodeDari(cari), halaman));
  pramuatTabelUsulan(qc, 'kenaikan_pangkat', true);
  pramuatTabelUsulan(qc, 'kenaikan_pangkat', false);
} };

export function EPangkat() {
  const { boleh } = useSesi();
  const qc = useQueryClient();
  const [cari] = useSearchParams();
  const ubahCari = useUbahCari();
  // Today in the instansi's zone (known once the session answered, so computed here, not at load).
  const hariIni = hariIniSetempat();
  const tahunIni = Number(hariIni.slice(0, 4));
  const daftarPeriode = [tahunIni - 1, tahunIni, tahunIni + 1].flatMap((t) => periodeKpTahun(t));
  const periode = periodeDari(cari);
  const usulanId = Number(cari.get('usulan') ?? 0);
  const ubahParam = (k: string, v: string | null) => ubahCari({ [k]: v, page: null });
  const d = useDaftarBerhalaman(FILTER, BATAS, 'q');
  const tidak = d.filter.bagian === 'tidak_memenuhi';
  const { query: kueri } = masukanDaftar(d.filter, periode, d.halaman);
  const q = useHalamanApi(KONTRAK_KENAIKAN_PANGKAT.daftar, { query: kueri });
  const pilihan = usePilihan();
  const [ak, setAk] = useState<Record<string, string>>({});
  const [dikirim, setDikirim] = useState<string[]>([]);
  const [tanya, setTanya] = useState(false);
  const usul = useMutation({ mutationFn: (nip: string[]) => {
    setDikirim(nip);
    // Angka kredit as written here (12,5; 1.000): a box that is not a number is that row's problem, before anything is sent.
    const salah: Masalah[] = [];
    const pegawai = nip.map((n, i) => {
      if (!ak[n]?.trim()) return { nip: n, angkaKredit: null };
      const h = bacaAngkaIsian(ak[n]);
      if (!h.ok) salah.push({ kolom: `pegawai.${i}.angkaKredit`, pesan: `angka kredit ${h.alasan}` });
      return { nip: n, angkaKredit: h.ok ? h.nilai : null };
    });
    if (salah.length) throw new GalatApi(422, 'tidak_valid', 'Angka kredit belum benar.', salah);
    return panggil(KONTRAK_KENAIKAN_PANGKAT.ajukan, { body: { periode, pegawai } });
  }, onSuccess: () => {
    pilihan.kosongkan();
    setTanya(false);
    void qc.invalidateQueries({ queryKey: kunciJalur('kenaikan-pangkat') });
    void qc.invalidateQueries({ queryKey: kunciJalur('layanan') });
  }, onError: () => setTanya(false) });
  const { perBaris, sisa } = masalahPerBaris(usul.error, dikirim);
  const salahAk = masalahPerBaris(usul.error, dikirim, 'angkaKredit').perBaris;
  const bolehUsul = boleh('layanan:ajukan');
  const tautan = (id: number) => `/e-pangkat?periode=${periode}&usulan=${id}`;
  const { page: _p, limit: _l, ...kueriEkspor } = kueri;

  return (
    <section className="e-pangkat">
      <div className="judul-halaman">
        <h1>E-Pangkat</h1>
        <div className="isian isian-sebaris">
          <label htmlFor="kp-periode">Periode</label>
          <select id="kp-periode" value={periode} onChange={(e) => {
            pilihan.kosongkan();
            usul.reset();
            ubahParam('periode', e.target.value);
          }}>
            {daftarPeriode.map((p) => <option key={p} value={p}>{formatTanggal(p)}</option>)}
          </select>
        </div>
      </div>
      {usulanId > 0 && (
        <>
          <p>
            <Link to={`/e-pangkat?periode=${periode}`}>← Kembali ke daftar</Link>
          </p>
          <PanelUsulanLayanan id={usulanId} labelAksi={{ 'verifikasi:teruskan': 'Setujui dan terbitkan SK', 'penetapan:setujui': 'Catat pangkat baru (TMT tiba)' }}
            tambahan={(u) => (u.data.nomorSk ?
              (
                <p data-testid="sk-kp">
                  SK {String(u.data.nomorSk)} tanggal {formatTanggal(String(u.data.tanggalSk))}:{' '}
                  <a href={alamatTitik(KONTRAK_KENAIKAN_PANGKAT.sk, { params: { id: u.id, format: 'pdf' } })} target="_blank" rel="noreferrer">PDF</a> ·{' '}
                  <a href={alamatTitik(KONTRAK_KENAIKAN_PANGKAT.sk, { params: { id: u.id, format: 'docx' } })}>DOCX</a>
                </p>
              ) :
              null)} />
        </>
      )}
      {!usulanId && (
        <>
          <SaringDaftar id="kp" daftar={d} labelCari="Cari nama, NIP, unit atau jabatan" urut={URUT} ekspor={alamatTitik(KONTRAK_KENAIKAN_PANGKAT.ekspor, { query: kueriEkspor })}>
            <PilihSaring id="kp-bagian" label="Daftar" semua={`Memenuhi syarat${q.data ? ` (${formatAngka(q.data.ringkasan.memenuhi)})` : ''}`} nilai={d.filter.bagian}
              ganti={(v) => d.ubah({ bagian: v })}
              pilihan={[['tidak_memenuhi', `Sudah waktunya, belum memenuhi syarat${q.data ? ` (${formatAngka(q.data.ringkasan.tidakMemenuhi)})` : ''}`]]} />
            <PilihSaring id="kp-jenis" label="Jenis" semua="Semua jenis" nilai={d.filter.jenis} ganti={(v) => d.ubah({ jenis: v })}
              pilihan={Object.entries(LABEL_JENIS_USULAN_KP)} />
            <PilihSaring id="kp-usulan" label="Usulan" semua="Semua" nilai={d.filter.usulan} ganti={(v) => d.ubah({ usulan: v })}
              pilihan={[['belum', 'Belum diusulkan'], ['ada', 'Sudah ada usulan']]} />
          </SaringDaftar>
          {usul.isSuccess && <PesanBerhasil>{usul.data.length} usulan dibuat. Lampirkan dokumennya lalu teruskan ke BKD.</PesanBerhasil>}
          <DaftarBerhalaman kueri={{ ...q, data: q.data && { total: q.data.total, items: tidak ? q.data.tidakMemenuhi : q.data.memenuhi } }} halaman={d.halaman} batas={BATAS}
            ganti={(h) => d.ubah({}, h)} kosong={tidak ? 'Tidak ada.' : 'Tidak ada pegawai yang memenuhi syarat pada periode ini dengan saringan ini.'}
            ringkasan={(total) => (
              <h2 className="ringkasan-hasil" aria-live="polite">
                {tidak ? 'Sudah waktunya, belum memenuhi syarat' : 'Memenuhi syarat'} ({formatAngka(total)})
              </h2>
            )}
          >
            {(items) =>
              tidak ?
                (
                  <Tabel data-testid="kp-tidak-memenuhi" baris={items} kunci={(r) => r.nip} kolom={[
                    { judul: 'Pegawai', isi: (r) => <SelPegawai nama={r.nama} nip={r.nip} unit={r.unit ?? r.perangkatDaerah} /> },
                    { judul: 'Golongan', isi: (r) => labelGolongan(r.golongan) },
                    { judul: 'Jenis', isi: (r) => LABEL_JENIS_USULAN_KP[r.hasil.jenis] },
                    { judul: 'Alasan', isi: (r) => r.hasil.alasan.join('; ') },
                  ]} />
                ) :
                (
                  <TabelPilih data-testid="kp-memenuhi" sibuk={q.isFetching} baris={items} kunci={(r) => r.nip} pilihan={bolehUsul ? pilihan : null} namaBaris={(r) => r.nama}
                    atributBaris={(r) => ({ className: r.usulan?.melewatiPeriode ? 'terlambat' : undefined })} masalah={perBaris} alasanTidakDapat={(r) => (r.usulan ?
                      r.usulan.periode === periode ? `sedang dalam usulan nomor ${r.usulan.id}` : `usulan periode ${formatTanggal(r.usulan.periode)} masih berjalan` :
                      null)} kolom={[
                    { judul: 'Pegawai', isi: (r) => <SelPegawai nama={r.nama} nip={r.nip} unit={r.unit ?? r.perangkatDaerah} /> },
                    { judul: 'Golongan', isi: (r) => (
                      <>
                        {labelGolongan(r.golongan)} → <strong>{labelGolongan(r.hasil.golonganBaru)}</strong>
                      </>
                    ) },
                    { judul: 'Jenis', isi: (r) => (
                      <>
                        {LABEL_JENIS_USULAN_KP[r.hasil.jenis]}
                        {r.hasil.perluAngkaKredit && !r.usulan && (
                          <SalahDiSamping id={`ak-${r.nip}`} pesan={salahAk.get(r.nip) ?? []}>
                            {(a) => (
                              <input {...a} id={`ak-${r.nip}`} className="isian-kecil" inputMode="decimal" placeholder="Angka kredit" aria-label={`Angka kredit ${r.nama}`}
                                value={ak[r.nip] ?? ''} onChange={(e) => setAk({ ...ak, [r.nip]: e.target.value })} />
                            )}
                          </SalahDiSamping>
                        )}
                      </>
                    ) },
                    { judul: 'Masa golongan', isi: (r) => formatMasa(r.hasil.masaDalamGolongan) },
                    { judul: 'Usulan', isi: (r) => <TautanUsulan usulan={r.usulan} periode={periode} /> },
                  ]} />
                )}
          </DaftarBerhalaman>
          {bolehUsul && !tidak && (
            <div className="baris-tombol">
              <button type="button" className="tombol utama" disabled={!pilihan.jumlah || usul.isPending} onClick={() => {
                usul.reset();
                setTanya(true);
              }}>
                Usulkan {pilihan.jumlah || ''} pegawai
              </button>
              {pilihan.jumlah > 0 && <button type="button" className="tombol teks" onClick={pilihan.kosongkan}>Batalkan pilihan</button>}
            </div>
          )}
          {usul.error && (
            <PesanGalat judul="Tidak ada usulan yang dibuat."
              galat={perBaris.size && !sisa.length ? `${formatAngka(perBaris.size)} pegawai tidak dapat diusulkan; keterangannya ada pada barisnya di tabel.` : usul.error} />
          )}
          {tanya && (
            <DialogKonfirmasi judul={`Usulkan kenaikan pangkat ${formatAngka(pilihan.jumlah)} pegawai periode ${formatTanggal(periode)}?`}
              tombol={`Usulkan ${formatAngka(pilihan.jumlah)} pegawai`} mengirim={usul.isPending} batal={() => setTanya(false)} ya={() => usul.mutate([...pilihan.pilih])}
            >
              <p className="akibat">Satu usulan dibuat untuk tiap pegawai dan tercatat atas nama Anda.</p>
              <p>Setelah dibuat, lampirkan dokumennya lalu teruskan ke BKD.</p>
            </DialogKonfirmasi>
          )}
          {boleh('layanan:proses') && (
            <>
              <h2>Antrian verifikasi BKD</h2>
              <TabelUsulanLayanan jenis="kenaikan_pangkat" menunggu tautan={tautan} />
            </>
          )}
          <h2>Usulan kenaikan pangkat</h2>
          <TabelUsulanLayanan jenis="kenaikan_pangkat" menunggu={false} tautan={tautan} />
        </>
      )}
    </section>
  );
}

/**
 * The pegawai's usulan: of this period, or one of another period still running (which blocks a
 * new one); one still open past its period's last day is flagged (stuck: the SK did not come out in time).
 */
function TautanUsulan({ usulan, periode }: { usulan: { id: number, periode: string, melewatiPeriode: boolean } | null, periode: string }) {
  if (!usulan) return <>–</>;
  const tautan = <Link to={`/e-pangkat?periode=${usulan.periode}&usulan=${usulan.id}`}>Nomor {usulan.id}</Link>;
  return (
    <>
      {tautan}
      {usulan.periode !== periode && (
        <>
          <br />
          <small>masih berjalan, periode {formatTanggal(usulan.periode)}</small>
        </>
      )}
      {usulan.melewatiPeriode && <small className="sub lewat">melewati periode {formatTanggal(usulan.periode)}, belum selesai</small>}
    </>
  );
}
