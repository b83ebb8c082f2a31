import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatTanggal } from '@simasn/domain';
import { api } from '../api.ts';
import { LABEL_AKSI_LAYANAN, type UsulanRinci } from '../layanan.ts';
import { JejakWaktu, LangkahLayanan, LencanaLayanan } from './JejakLayanan.tsx';
import { Memuat, PesanBerhasil, PesanGalat } from './Status.tsx';
import { periksaPdf } from './PilihPdf.tsx';


/** A field a step asks for when moving forward (its `skemaData`), with its label and input type. */
export interface MedanLangkah { kunci: string; label: string; jenis: 'date' | 'text' }

/**
 * One request of a personnel service on a page: its steps, the dated timeline (what the ASN
 * sees), the document checklist (upload once; archive documents already attached) and the
 * actions this caller may take now, with the reason or the step's data they need.
 */
export function PanelUsulanLayanan({ id, medan = {}, labelAksi = {}, tambahan }: {
  id: number;
  medan?: Record<string, MedanLangkah[]>;
  labelAksi?: Record<string, string>;
  tambahan?: (u: UsulanRinci) => ReactNode;
}) {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['layanan', 'usulan', id], queryFn: ({ signal }) => api.get<UsulanRinci>(`/api/layanan/usulan/${id}`, undefined, signal) });
  const [alasan, setAlasan] = useState('');
  const [isian, setIsian] = useState<Record<string, string>>({});
  const [pesan, setPesan] = useState<string | null>(null);
  const segarkan = () => {
    void qc.invalidateQueries({ queryKey: ['layanan'] });
    void qc.invalidateQueries({ queryKey: ['kp'] });
    void qc.invalidateQueries({ queryKey: ['pensiun'] });
  };
  const proses = useMutation({
    mutationFn: (aksi: string) => api.post<unknown>(`/api/layanan/usulan/${id}/proses`, {
      aksi, versi: q.data?.versi, alasan: alasan.trim() || null,
      data: aksi === 'teruskan' || aksi === 'setujui' ? Object.fromEntries((medan[q.data?.langkah ?? ''] ?? []).map((m) => [m.kunci, isian[m.kunci] ?? ''])) : undefined,
    }),
    onSuccess: (_u, aksi) => { setAlasan(''); setIsian({}); setPesan(`${labelAksi[`${q.data?.langkah}:${aksi}`] ?? LABEL_AKSI_LAYANAN[aksi] ?? aksi}: berhasil.`); segarkan(); },
    onError: () => { void q.refetch(); },
  });
  const unggah = useMutation({
    mutationFn: ({ kode, file }: { kode: string; file: File }) => {
      const salah = periksaPdf(file);
      if (salah) throw new Error(salah);
      const form = new FormData();
      form.append('file', file);
      return api.unggah(`/api/layanan/usulan/${id}/dokumen/${kode}`, form);
    },
    onSuccess: () => { setPesan('Dokumen dilampirkan.'); segarkan(); },
  });
  const u = q.data;
  if (q.isPending) return <Memuat />;
  if (!u) return <PesanGalat galat={q.error} />;
  const medanSekarang = medan[u.langkah] ?? [];
  const bolehUbahDokumen = u.aksiTersedia.length > 0 && (u.status === 'diproses' || u.status === 'dikembalikan');
  const kirim = (aksi: string) => (e: FormEvent) => { e.preventDefault(); setPesan(null); proses.mutate(aksi); };

  return (
    <article className="kartu panel-usulan" aria-label={`Usulan ${u.id}`} data-testid="panel-usulan">
      <h2>{u.judul}</h2>
      <p className="sub">Nomor {u.id} · <LencanaLayanan u={u} /> <strong data-testid="status-usulan">{u.labelLangkah} – {u.labelStatus}</strong>{u.tenggat ? ` · tenggat ${formatTanggal(u.tenggat)}` : ''}</p>
      <LangkahLayanan langkah={u.langkahDaftar} />
      {tambahan?.(u)}
      <h3>Dokumen</h3>
      <ul className="daftar-dokumen">
        {u.dokumen.map((d) => (
          <li key={d.kode} data-testid={`dokumen-${d.kode}`}>
            <span>{d.label}{d.wajib && <span className="wajib"> *</span>}: </span>
            {d.terlampir ? <span className="sub">{d.terlampir.namaBerkas} ({d.terlampir.sumber === 'arsip' ? 'dari arsip' : 'diunggah'})</span> : <span className="sub">belum ada</span>}
            {bolehUbahDokumen && (
              <input type="file" accept="application/pdf,.pdf" aria-label={`Unggah ${d.label}`}
                onChange={(e) => { const f = e.target.files?.[0]; if (f) unggah.mutate({ kode: d.kode, file: f }); e.target.value = ''; }} />
            )}
          </li>
        ))}
      </ul>
      <PesanGalat galat={unggah.error ?? proses.error} />
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      {u.aksiTersedia.length > 0 && (
        <div className="form-panel">
          {medanSekarang.map((m) => (
            <div className="isian" key={m.kunci}>
              <label htmlFor={`medan-${m.kunci}`}>{m.label}</label>
              <input id={`medan-${m.kunci}`} type={m.jenis} value={isian[m.kunci] ?? ''} onChange={(e) => setIsian({ ...isian, [m.kunci]: e.target.value })} />
            </div>
          ))}
          {u.aksiTersedia.some((a) => a === 'kembalikan' || a === 'tolak') && (
            <div className="isian">
              <label htmlFor={`alasan-${u.id}`}>Alasan (wajib untuk mengembalikan atau menolak)</label>
              <textarea id={`alasan-${u.id}`} value={alasan} onChange={(e) => setAlasan(e.target.value)} rows={2} />
            </div>
          )}
          <div className="tombol-baris">
            {u.aksiTersedia.map((a) => (
              <form key={a} onSubmit={kirim(a)}>
                <button type="submit" className={`tombol${a === 'tolak' || a === 'batalkan' ? ' bahaya' : a === 'kembalikan' ? ' sekunder' : ''}`} disabled={proses.isPending}>
                  {labelAksi[`${u.langkah}:${a}`] ?? LABEL_AKSI_LAYANAN[a] ?? a}
                </button>
              </form>
            ))}
          </div>
        </div>
      )}
      <h3>Riwayat proses</h3>
      <JejakWaktu jejak={u.jejak} />
    </article>
  );
}
