import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatAngka, formatRupiah, formatTanggal } from '@simasn/domain';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_LKJIP, KONTRAK_SAKIP, type StatusPk } from '@simasn/sakip/kontrak';
import { alamatTitik, GalatApi, kunci, kunciJalur, panggil, periksaIsian } from '../api.ts';
import { formatWaktu } from '../format.ts';
import { useKueriApi } from '../kait.ts';
import { FormPkBaru } from '../komponen/pk/FormPkBaru.tsx';
import { FormUbahPk } from '../komponen/pk/FormUbahPk.tsx';
import { PilihRenstra, useRenstraTerpilih } from '../komponen/PilihRenstra.tsx';
import { Kosong, Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { useSesi } from '../sesi.tsx';
import { Formulir, IsianForm, IsianTanggal } from '../komponen/Formulir.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/sakip/kontrak');

/** One PK version as GET /api/sakip/pk/:id (and every PK action) answers it. */
type Pk = ResponsTitik<typeof KONTRAK_SAKIP.pk>;

export const LABEL_STATUS_PK: Record<StatusPk, string> = { draf: 'Draf', diajukan: 'Ditandatangani pihak pertama, menunggu pihak kedua', disetujui: 'Disetujui kedua pihak',
  diganti: 'Diganti Perubahan PK' };
const angka = (x: number) => formatAngka(x, Number.isInteger(x) ? 0 : 2);

/** Perjanjian Kinerja of the year, one row per position (its latest version), parent before children; a new one cascaded from its parent. */
export function DaftarPk() {
  const pilihan = useRenstraTerpilih();
  const { boleh } = useSesi();
  const [baru, setBaru] = useState(false);
  const { renstra, tahun } = pilihan;
  const q = useKueriApi(KONTRAK_SAKIP.daftarPk, { query: { tahun, renstraId: renstra?.id } }, { enabled: !pilihan.daftar.isPending });
  return (
    <section>
      <div className="judul-halaman">
        <h1>Perjanjian Kinerja</h1>
        {boleh('sakip:kelola') && renstra && <button type="button" className="tombol sekunder" onClick={() => setBaru(true)}>Buat Perjanjian Kinerja</button>}
      </div>
      {(pilihan.daftar.data?.length ?? 0) > 0 && <PilihRenstra pilihan={pilihan} />}
      {baru && renstra && q.data && <FormPkBaru key={`${renstra.id}-${tahun}`} renstraId={renstra.id} tahun={tahun} induk={q.data} tutup={() => setBaru(false)} />}
      <PesanGalat galat={q.error} />
      {q.isLoading && <Memuat />}
      {q.data?.length === 0 && <Kosong>Belum ada Perjanjian Kinerja tahun {tahun} yang dapat Anda baca.</Kosong>}
      {!!q.data?.length && (
        <Tabel data-testid="daftar-pk" baris={q.data} kunci={(p) => p.id} kolom={[
          { judul: 'Jabatan', isi: (p) => <Link to={`/sakip/pk/${p.id}`}>{p.jabatan}</Link> },
          { judul: 'Pihak pertama', isi: (p) => p.pihakPertama },
          { judul: 'Pihak kedua', isi: (p) => p.pihakKedua },
          { judul: 'Versi', isi: (p) => <>{p.nomorPerubahan ? `Perubahan ke-${p.nomorPerubahan}` : 'PK awal'} · {formatTanggal(p.tanggal)}</> },
          { judul: 'Status', isi: (p) => LABEL_STATUS_PK[p.status] ?? p.status },
        ]} />
      )}
    </section>
  );
}

/** A party of the PK: who (with the NIP when an employee) and where their signature or approval stands. */
function KartuPihak({ judul, pihak, keadaan, children }: { judul: string, pihak: Pk['pihakPertama'] | Pk['pihakKedua'], keadaan: string, children?: ReactNode }) {
  return (
    <div className="kartu">
      <h2>{judul}</h2>
      <p>
        {pihak.nama}
        {pihak.nip ? ` (NIP ${pihak.nip})` : ''}
        <br />
        {pihak.jabatan}
      </p>
      <p className="sub">{keadaan}</p>
      {children}
    </div>
  );
}

/** One PK version: parties, indicator and budget lines, earlier versions; sign, approve, return or revise it. */
export function DetailPk() {
  const { id } = useParams();
  const { sesi, boleh } = useSesi();
  const qc = useQueryClient();
  const navigasi = useNavigate();
  const q = useKueriApi(KONTRAK_SAKIP.pk, { params: { id: Number(id) } });
  const [catatan, setCatatan] = useState('');
  const [revisi, setRevisi] = useState({ tanggal: '', alasan: '' });
  const [pesanUbah, setPesanUbah] = useState<string | null>(null);
  const [galatUbah, setGalatUbah] = useState<unknown>(null);
  const segarkan = (p: Pk) => {
    qc.setQueryData(kunci(KONTRAK_SAKIP.pk, { params: { id: p.id } }), p);
    void qc.invalidateQueries({ queryKey: kunciJalur('sakip', 'pk') });
  };
  const gagal = (e: Error) => {
    if (e instanceof GalatApi && e.status === 409) void q.refetch();
  };
  const ajukan = useMutation({ mutationFn: (p: Pk) => panggil(KONTRAK_SAKIP.ajukanPk, { params: { id: p.id }, body: { versi: p.versi } }), onSuccess: segarkan, onError: gagal });
  const putus = useMutation({
    mutationFn: ({ p, setuju }: { p: Pk, setuju: boolean }) =>
      panggil(KONTRAK_SAKIP.setujuiPk, { params: { id: p.id }, body: { setuju, catatan: catatan.trim() || undefined, versi: p.versi } }),
    onSuccess: segarkan,
    onError: gagal,
  });
  const buatRevisi = useMutation({ mutationFn: async (p: Pk) => {
    const body = { tanggal: revisi.tanggal, alasanPerubahan: revisi.alasan, versi: p.versi };
    const { skemaRevisiPk } = await muatSkema();
    periksaIsian(skemaRevisiPk, body);
    return panggil(KONTRAK_SAKIP.revisiPk, { params: { id: p.id }, body });
  }, onSuccess: (p) => {
    segarkan(p);
    navigasi(`/sakip/pk/${p.id}`);
  }, onError: gagal });
  const p = q.data;
  if (q.isPending) return <Memuat />;
  if (!p) return <PesanGalat galat={q.error} />;
  const nip = sesi?.pengguna.nip ?? null;
  const pihakPertama = !!nip && nip === p.pihakPertama.nip;
  const pihakKedua = p.pihakKedua.pegawaiId === null ? !!sesi?.peran.some((r) => r.peran === 'pimpinan') : !!nip && nip === p.pihakKedua.nip;
  const kelola = boleh('sakip:kelola');

  return (
    <section className="sakip-pk">
      <p>
        <Link to="/sakip/pk">← Daftar Perjanjian Kinerja</Link>
      </p>
      <div className="judul-halaman">
        <h1>{p.jenis} Tahun {p.tahun}</h1>
        {/* Whoever may read the PK may print it (the route asks sakip:baca and the PK's reach): perencana, pimpinan, both parties, inspektorat. */}
        <div className="aksi-baris" data-testid="cetak-pk">
          <a className="tombol sekunder" href={alamatTitik(KONTRAK_LKJIP.cetakPk, { params: { id: p.id }, query: { format: 'pdf' } })} target="_blank" rel="noreferrer">
            Cetak PDF
          </a>
          <a className="tombol sekunder" href={alamatTitik(KONTRAK_LKJIP.cetakPk, { params: { id: p.id }, query: { format: 'docx' } })} download>Unduh DOCX</a>
        </div>
      </div>
      <p className="sub">{p.jabatan.nama} · {p.unit.nama} · tanggal {formatTanggal(p.tanggal)}</p>
      <p data-testid="status-pk">
        <strong>Status:</strong> {LABEL_STATUS_PK[p.status] ?? p.status}
      </p>
      {p.alasanPerubahan && (
        <p>
          <strong>Alasan perubahan:</strong> {p.alasanPerubahan}
        </p>
      )}
      {p.nomorPerubahan > 0 && p.status !== 'disetujui' && p.status !== 'diganti' && (
        <p className="pesan pesan-peringatan">Versi sebelumnya tetap tersimpan dan tetap berlaku sampai Perubahan PK ini disetujui kedua pihak (lihat daftar versi di bawah).</p>
      )}
      <div className="kisi-grafik">
        <KartuPihak judul="Pihak pertama" pihak={p.pihakPertama} keadaan={p.ditandatanganiPada ? `Ditandatangani ${formatWaktu(p.ditandatanganiPada)}` : 'Belum ditandatangani'} />
        <KartuPihak judul="Pihak kedua" pihak={p.pihakKedua} keadaan={p.disetujuiPada ? `Disetujui ${formatWaktu(p.disetujuiPada)}` : 'Belum disetujui'}>
          {p.indukId && (
            <p>
              <Link to={`/sakip/pk/${p.indukId}`}>PK pihak kedua</Link>
            </p>
          )}
        </KartuPihak>
      </div>

      <div className="kartu">
        <h2>Sasaran, indikator dan target</h2>
        <Tabel data-testid="indikator-pk" baris={p.indikator} kunci={(i) => i.indikatorId}
          kolom={[{ judul: 'Sasaran / program', isi: (i) => i.sasaran ?? i.program ?? i.tujuan ?? '–' }, { judul: 'Indikator', isi: (i) => <>{i.kode} {i.uraian}</> }, {
            judul: 'Target',
            isi: (i) => <>{angka(Number(i.target))} {i.satuan}</>,
          }]} />
      </div>

      <div className="kartu">
        <h2>Anggaran</h2>
        <Tabel baris={p.anggaran} kunci={(a) => a.programKegiatanId}
          kolom={[{ judul: 'Kode', isi: (a) => a.kode }, { judul: 'Program / kegiatan / sub kegiatan', label: 'Uraian', isi: (a) => a.nama }, { judul: 'Anggaran', isi: (a) =>
            formatRupiah(Number(a.anggaran)) }]} barisAkhir={
          <tr>
            <td data-label="" />
            <td data-label="">
              <strong>Jumlah</strong>
            </td>
            <td data-label="Jumlah">
              <strong>{formatRupiah(p.jumlahAnggaran)}</strong>
            </td>
          </tr>
        } />
      </div>

      {p.status === 'draf' && kelola && (
        <FormUbahPk key={p.versi} pk={p} sesudah={(x) => {
          segarkan(x);
          setGalatUbah(null);
          setPesanUbah('Perubahan draf tersimpan.');
        }} basi={(e) => {
          setPesanUbah(null);
          setGalatUbah(e);
          void q.refetch();
        }} />
      )}
      {pesanUbah && <PesanBerhasil>{pesanUbah}</PesanBerhasil>}
      {!!galatUbah && <PesanGalat galat={galatUbah} judul="Draf belum tersimpan; isian di atas sudah dimuat ulang dari versi terbaru." />}
      <PesanGalat galat={ajukan.error ?? putus.error ?? buatRevisi.error} />
      {ajukan.isSuccess && <PesanBerhasil>Perjanjian Kinerja ditandatangani dan diajukan kepada pihak kedua.</PesanBerhasil>}
      {putus.isSuccess && <PesanBerhasil>Keputusan pihak kedua tersimpan.</PesanBerhasil>}
      <div className="baris-tombol">
        {p.status === 'draf' && pihakPertama && (
          <button type="button" className="tombol utama" disabled={ajukan.isPending} onClick={() => ajukan.mutate(p)}>Tandatangani sebagai pihak pertama</button>
        )}
      </div>
      {p.status === 'diajukan' && pihakKedua && (
        <div className="kartu">
          <h2>Keputusan pihak kedua</h2>
          <IsianForm id="pk-catatan" label="Catatan (wajib bila dikembalikan)" galat={putus.error} nama="catatan">
            {(a) => <textarea {...a} rows={2} value={catatan} onChange={(e) => setCatatan(e.target.value)} />}
          </IsianForm>
          <div className="baris-tombol">
            <button type="button" className="tombol utama" disabled={putus.isPending} onClick={() => putus.mutate({ p, setuju: true })}>Setujui sebagai pihak kedua</button>
            <button type="button" className="tombol sekunder" disabled={putus.isPending} onClick={() => putus.mutate({ p, setuju: false })}>Kembalikan</button>
          </div>
        </div>
      )}
      {p.status === 'disetujui' && kelola && (
        <Formulir className="kartu" onSubmit={(e) => {
          e.preventDefault();
          buatRevisi.mutate(p);
        }}>
          <h2>Perubahan PK</h2>
          <div className="kisi-isian">
            <IsianForm id="rev-tanggal" label="Tanggal perubahan" galat={buatRevisi.error} nama="tanggal">
              {(a) => <IsianTanggal {...a} nilai={revisi.tanggal} ganti={(v) => setRevisi({ ...revisi, tanggal: v })} />}
            </IsianForm>
            <IsianForm id="rev-alasan" label="Alasan (misalnya P-APBD)" lebar galat={buatRevisi.error} nama="alasanPerubahan">
              {(a) => <input {...a} value={revisi.alasan} onChange={(e) => setRevisi({ ...revisi, alasan: e.target.value })} />}
            </IsianForm>
          </div>
          <div className="baris-tombol">
            <button type="submit" className="tombol sekunder" disabled={buatRevisi.isPending}>Buat Perubahan PK</button>
          </div>
        </Formulir>
      )}
      {p.versiLain.length > 1 && (
        <div className="kartu">
          <h2>Versi</h2>
          <ol className="daftar-ringkas" data-testid="versi-pk">
            {p.versiLain.map((v) => (
              <li key={v.id}>
                {v.id === p.id
                  ? <strong>{v.nomorPerubahan ? `Perubahan ke-${v.nomorPerubahan}` : 'PK awal'}</strong>
                  : <Link to={`/sakip/pk/${v.id}`}>{v.nomorPerubahan ? `Perubahan ke-${v.nomorPerubahan}` : 'PK awal'}</Link>} · {formatTanggal(v.tanggal)} ·{' '}
                {LABEL_STATUS_PK[v.status] ?? v.status}
                {v.alasanPerubahan ? ` · ${v.alasanPerubahan}` : ''}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
