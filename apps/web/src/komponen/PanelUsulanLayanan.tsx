import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatTanggal } from '@simasn/domain';
import { KONTRAK_LAYANAN } from '@simasn/layanan/kontrak';
import { kunciJalur, panggil, unggahTitik } from '../api.ts';
import { useKueriApi } from '../kait.ts';
import { LABEL_AKSI_LAYANAN, type AksiLayanan, type UsulanRinci } from '../layanan.ts';
import { DaftarIsian, type NilaiIsian } from './Isian.tsx';
import { dataIsian, definisiIsianLangkah } from './IsianLangkah.tsx';
import { JejakWaktu, LangkahLayanan, LencanaLayanan } from './JejakLayanan.tsx';
import { Memuat, PesanBerhasil, PesanGalat } from './Status.tsx';
import { periksaPdf } from './PilihPdf.tsx';
import { Formulir, PilihBerkas } from './Formulir.tsx';

/**
 * One request of a personnel service on a page: its steps, the dated timeline (what the ASN
 * sees), the document checklist (upload once; archive documents already attached) and the
 * actions this caller may take now, with the reason or the step's data they need (as the
 * engine describes the step's fields).
 */
export function PanelUsulanLayanan({ id, labelAksi = {}, tambahan }: { id: number, labelAksi?: Record<string, string>, tambahan?: (u: UsulanRinci) => ReactNode }) {
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
        {u.dokumen.map((d) => (
          <li key={d.kode} data-testid={`dokumen-${d.kode}`}>
            <span>{d.label}{d.wajib && <span className="wajib">*</span>}:</span>
            {d.terlampir
              ? <span className="sub">{d.terlampir.namaBerkas} ({d.terlampir.sumber === 'arsip' ? 'dari arsip' : 'diunggah'})</span>
              : <span className="sub">belum ada</span>}
            {bolehUbahDokumen && (
              <PilihBerkas accept="application/pdf,.pdf" label={`Unggah ${d.label}`} teksTombol="Unggah PDF" langsung ganti={(f) => {
                if (f) unggah.mutate({ kode: d.kode, file: f });
              }} />
            )}
          </li>
        ))}
      </ul>
      <PesanGalat galat={unggah.error ?? proses.error} />
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      {u.aksiTersedia.length > 0 && (
        <div className="form-panel">
          {u.isianLangkah.length > 0 && (
            <DaftarIsian awalan={`isian-${u.id}`} definisiIsian={definisiIsianLangkah(u.isianLangkah)} isian={isian} ubah={(k, v) => setIsian({ ...isian, [k]: v })}
              galat={proses.error} />
          )}
          {u.aksiTersedia.some((a) => a === 'kembalikan' || a === 'tolak') && (
            <div className="isian">
              <label htmlFor={`alasan-${u.id}`}>Alasan (wajib untuk mengembalikan atau menolak)</label>
              <textarea id={`alasan-${u.id}`} value={alasan} onChange={(e) => setAlasan(e.target.value)} rows={2} />
            </div>
          )}
          <div className="tombol-baris">
            {u.aksiTersedia.map((a) => (
              <Formulir key={a} onSubmit={kirim(a)}>
                <button type="submit" className={`tombol${a === 'tolak' || a === 'batalkan' ? ' bahaya' : a === 'kembalikan' ? ' sekunder' : ''}`} disabled={proses.isPending}>
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
