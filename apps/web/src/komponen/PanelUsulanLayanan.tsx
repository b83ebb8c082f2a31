import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatTanggal } from '@simasn/domain';
import { KONTRAK_LAYANAN } from '@simasn/layanan/kontrak';
import { KONTRAK_BERKAS } from '@simasn/kepegawaian/kontrak';
import { alamatTitik, kunciJalur, panggil, unggahTitik } from '../api.ts';
import { useSesi } from '../sesi.tsx';
import { useKueriApi } from '../kait.ts';
import { LABEL_AKSI_LAYANAN, type AksiLayanan, type UsulanRinci } from '../layanan.ts';
import { DaftarIsian, type NilaiIsian } from './Isian.tsx';
import { dataIsian, definisiIsianLangkah } from './IsianLangkah.tsx';
import { JejakWaktu, LangkahLayanan, LencanaLayanan } from './JejakLayanan.tsx';
import { Memuat, PesanBerhasil, PesanGalat } from './Status.tsx';
import { periksaPdf } from './PilihPdf.tsx';
import { Formulir, IsianForm, masalahIsian, PilihBerkas } from './Formulir.tsx';

/**
 * One request of a personnel service on a page: its steps, the dated timeline (what the ASN
 * sees), the document checklist (upload once; archive documents already attached) and the
 * actions this caller may take now, with the reason or the step's data they need (as the
 * engine describes the step's fields).
 */
export function PanelUsulanLayanan({ id, labelAksi = {}, tambahan, tanda }: {
  id: number;
  labelAksi?: Record<string, string>;
  tambahan?: (u: UsulanRinci) => ReactNode;
  /**
   * Problems flagged on the request at the step it waits at (family data differing from the
   * register…): going on past them needs a note, as the server requires.
   */
  tanda?: (u: UsulanRinci) => string[];
}) {
  const { boleh } = useSesi();
  const qc = useQueryClient();
  const q = useKueriApi(KONTRAK_LAYANAN.usulan, { params: { id } });
  const [alasan, setAlasan] = useState('');
  const [isian, setIsian] = useState<NilaiIsian>({});
  const [pesan, setPesan] = useState<string | null>(null);
  const segarkan = () => {
    void qc.invalidateQueries({ queryKey: kunciJalur('layanan') });
    void qc.invalidateQueries({ queryKey: kunciJalur('kenaikan-pangkat') });
    void qc.invalidateQueries({ queryKey: kunciJalur('pensiun') });
  };
  const proses = useMutation({
    mutationFn: (aksi: AksiLayanan) =>
      panggil(KONTRAK_LAYANAN.prosesUsulan, { params: { id },
        body: { aksi, versi: q.data?.versi, alasan: alasan.trim() || null,
          data: aksi === 'teruskan' || aksi === 'setujui' ? dataIsian(q.data?.isianLangkah ?? [], isian) : undefined } }),
    onSuccess: (_u, aksi) => {
      setAlasan('');
      setIsian({});
      setPesan(`${labelAksi[`${q.data?.langkah}:${aksi}`] ?? LABEL_AKSI_LAYANAN[aksi] ?? aksi}: berhasil.`);
      segarkan();
    },
    onError: () => {
      void q.refetch();
    },
  });
  const unggah = useMutation({ mutationFn: ({ kode, file }: { kode: string, file: File }) => {
    const salah = periksaPdf(file);
    if (salah) throw new Error(salah);
    const form = new FormData();
    form.append('file', file);
    return unggahTitik(KONTRAK_LAYANAN.lampirkanDokumen, form, { params: { id, kode } });
  }, onSuccess: () => {
    setPesan('Dokumen dilampirkan.');
    segarkan();
  } });
  const u = q.data;
  if (q.isPending) return <Memuat />;
  if (!u) return <PesanGalat galat={q.error} />;
  const bolehUbahDokumen = u.aksiTersedia.length > 0 && (u.status === 'diproses' || u.status === 'dikembalikan');
  const ditandai = u.aksiTersedia.includes('teruskan') ? (tanda?.(u) ?? []) : [];
  const perluCatatan = ditandai.length > 0;
  // Documents are personal data: those with pegawai:data_pribadi over the employee open them (the server checks the reach).
  const bolehBuka = boleh('pegawai:data_pribadi');
  const kirim = (aksi: AksiLayanan) => (e: FormEvent) => {
    e.preventDefault();
    setPesan(null);
    proses.mutate(aksi);
  };

  return (
    <article className="kartu panel-usulan" aria-label={`Usulan ${u.id}`} data-testid="panel-usulan">
      <h2>{u.judul}</h2>
      <p className="sub">
        Nomor {u.id} · <LencanaLayanan u={u} /> <strong data-testid="status-usulan">{u.labelLangkah} – {u.labelStatus}</strong>
        {u.tenggat ? ` · tenggat ${formatTanggal(u.tenggat)}` : ''}
      </p>
      <LangkahLayanan langkah={u.langkahDaftar} />
      {tambahan?.(u)}
      <h3>Dokumen</h3>
      <ul className="daftar-dokumen">
        {u.dokumen.map((d) => {
          // This document's own problems beside it: its upload refused, or missing when sending on.
          const salah = [
            ...(unggah.error && unggah.variables?.kode === d.kode ? [unggah.error.message, ...masalahIsian(unggah.error, ['file', 'berkas'])] : []),
            ...masalahIsian(proses.error, `dokumen.${d.kode}`),
          ];
          const idSalah = `dokumen-${u.id}-${d.kode}-salah`;
          return (
            <li key={d.kode} data-testid={`dokumen-${d.kode}`}>
              <span>{d.label}{d.wajib && <span className="wajib">*</span>}:</span>
              {d.terlampir
                ? (
                  <span className="sub">
                    {d.terlampir.namaBerkas} ({d.terlampir.sumber === 'arsip' ? 'dari arsip' : 'diunggah'})
                    {bolehBuka && <BukaDokumen nip={u.nip} berkasId={d.terlampir.berkasId} namaBerkas={d.terlampir.namaBerkas} label={d.label} />}
                  </span>
                )
                : <span className="sub">belum ada</span>}
              {bolehUbahDokumen && (
                <PilihBerkas accept="application/pdf,.pdf" label={`Unggah ${d.label}`} teksTombol="Unggah PDF" langsung ganti={(f) => {
                  if (f) unggah.mutate({ kode: d.kode, file: f });
                }} aria-invalid={salah.length ? true : undefined} aria-describedby={salah.length ? idSalah : undefined} />
              )}
              {salah.length > 0 && <small className="salah" id={idSalah}>{salah.join(' ')}</small>}
            </li>
          );
        })}
      </ul>
      {perluCatatan && (
        <div className="pesan pesan-peringatan" role="note" data-testid="tanda-usulan">
          <strong>Perlu ditanggapi sebelum diteruskan:</strong>
          <ul>{ditandai.map((t) => <li key={t}>{t}</li>)}</ul>
          Tulis catatan mengapa usulan tetap diteruskan, atau kembalikan untuk diperbaiki.
        </div>
      )}
      <PesanGalat galat={unggah.error ?? proses.error} />
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      {u.aksiTersedia.length > 0 && (
        <div className="form-panel">
          {u.isianLangkah.length > 0 && (
            <DaftarIsian awalan={`isian-${u.id}`} definisiIsian={definisiIsianLangkah(u.isianLangkah)} isian={isian} ubah={(k, v) => setIsian({ ...isian, [k]: v })}
              galat={proses.error} />
          )}
          {(perluCatatan || u.aksiTersedia.some((a) => a === 'kembalikan' || a === 'tolak')) && (
            <IsianForm id={`alasan-${u.id}`}
              label={perluCatatan ? 'Catatan atau alasan (wajib untuk meneruskan, mengembalikan atau menolak)' : 'Alasan (wajib untuk mengembalikan atau menolak)'}
              galat={proses.error} nama="alasan"
            >
              {(a) => <textarea {...a} value={alasan} onChange={(e) => setAlasan(e.target.value)} rows={2} />}
            </IsianForm>
          )}
          <div className="tombol-baris">
            {u.aksiTersedia.map((a) => (
              <Formulir key={a} onSubmit={kirim(a)}>
                <button type="submit" className={`tombol${a === 'tolak' || a === 'batalkan' ? ' bahaya' : a === 'kembalikan' ? ' sekunder' : ''}`}
                  disabled={proses.isPending || (a === 'teruskan' && perluCatatan && !alasan.trim())}
                >
                  {labelAksi[`${u.langkah}:${a}`] ?? LABEL_AKSI_LAYANAN[a] ?? a}
                </button>
              </Formulir>
            ))}
          </div>
        </div>
      )}
      <h3>Riwayat proses</h3>
      <JejakWaktu jejak={u.jejak} />
    </article>
  );
}

/**
 * Opening a request's document: a preview inside the page (the PDF in a frame) and a download.
 * Shown to those who may read personal data; the server checks the reach again on every open.
 */
export function BukaDokumen({ nip, berkasId, namaBerkas, label }: { nip: string, berkasId: number, namaBerkas: string, label: string }) {
  const [buka, setBuka] = useState(false);
  const alamat = alamatTitik(KONTRAK_BERKAS.buka, { params: { nip, id: berkasId } });
  return (
    <>
      {' '}
      <button type="button" className="tombol teks" aria-expanded={buka} onClick={() => setBuka(!buka)}>{buka ? 'Tutup pratinjau' : `Lihat ${label}`}</button>{' '}
      <a href={alamat} download={namaBerkas}>Unduh</a>
      {buka && <iframe className="pratinjau-dokumen" title={`Pratinjau ${namaBerkas}`} data-testid="pratinjau-dokumen" src={alamat} />}
    </>
  );
}
