import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatNip, formatTanggal } from '@simasn/domain';
import { KONTRAK_LAYANAN } from '@simasn/layanan/kontrak';
import { kunciJalur, panggil, unggahTitik } from '../api.ts';
import { useKueriApi } from '../kait.ts';
import { useSesi } from '../sesi.tsx';
import { formatWaktu } from '../format.ts';
import { bolehKelolaLayanan, LABEL_AKSI_LAYANAN, type AksiLayanan } from '../layanan.ts';
import { DaftarIsian, type NilaiIsian } from '../komponen/Isian.tsx';
import { dataIsian, DataLangkahTercatat, definisiIsianLangkah } from '../komponen/IsianLangkah.tsx';
import { JejakWaktu, LangkahLayanan, LencanaLayanan, RingkasKgb } from '../komponen/JejakLayanan.tsx';
import { BukaDokumen } from '../komponen/PanelUsulanLayanan.tsx';
import { Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { IsianForm, pesanKendali, PilihBerkas, SalahDiSamping } from '../komponen/Formulir.tsx';

/**
 * One service request of any service: steps with what was recorded at each, timeline, document
 * checklist (upload a PDF per item) and the actions the signed-in user may take at the current
 * step; moving forward sends the data the step asks for (described by the engine), returning or
 * rejecting asks why.
 */
export function DetailLayanan() {
  const id = Number(useParams().id);
  const { boleh, sesi } = useSesi();
  const bolehAntrian = bolehKelolaLayanan(boleh, sesi?.pengguna.nip);
  const qc = useQueryClient();
  const [alasan, setAlasan] = useState('');
  const [isian, setIsian] = useState<NilaiIsian>({});
  const q = useKueriApi(KONTRAK_LAYANAN.usulan, { params: { id } });
  const segarkan = () => {
    void qc.invalidateQueries({ queryKey: kunciJalur('layanan') });
    void qc.invalidateQueries({ queryKey: kunciJalur('notifikasi') });
  };
  const proses = useMutation({
    mutationFn: (aksi: AksiLayanan) =>
      panggil(KONTRAK_LAYANAN.prosesUsulan, { params: { id },
        body: { aksi, versi: q.data!.versi, alasan: alasan || undefined, data: aksi === 'teruskan' || aksi === 'setujui' ? dataIsian(q.data!.isianLangkah, isian) : undefined } }),
    onSuccess: () => {
      setAlasan('');
      setIsian({});
      segarkan();
    },
  });
  const unggah = useMutation({ mutationFn: ({ kode, berkas }: { kode: string, berkas: File }) => {
    const form = new FormData();
    form.append('file', berkas);
    return unggahTitik(KONTRAK_LAYANAN.lampirkanDokumen, form, { params: { id, kode } });
  }, onSuccess: segarkan });
  if (q.isPending) return <Memuat />;
  if (q.error) return <PesanGalat galat={q.error} />;
  const u = q.data;
  const bolehUbahDokumen = u.aksiTersedia.length > 0;
  return (
    <section>
      {bolehAntrian ? <Link className="kembali" to="/layanan/antrian">← Antrian layanan</Link> : <Link className="kembali" to="/layanan-saya">← Layanan Saya</Link>}
      <div className="judul-halaman">
        <h1>{u.judul}</h1>
        <LencanaLayanan u={u} />
      </div>
      <p className="sub">{u.nama} · {formatNip(u.nip)} · diajukan {formatWaktu(u.diajukanPada)}{u.tenggat ? ` · tenggat langkah ini ${formatTanggal(u.tenggat)}` : ''}</p>
      {u.jenis === 'kgb' && <RingkasKgb data={u.data} />}
      <LangkahLayanan langkah={u.langkahDaftar} />
      <DataLangkahTercatat langkah={u.langkahDaftar} />
      {u.dokumen.length > 0 && (
        <div className="kartu">
          <h2 className="judul-bagian">Dokumen</h2>
          <ul className="daftar-dokumen">
            {u.dokumen.map((d) => (
              <li key={d.kode}>
                <strong>{d.label}</strong>
                {d.wajib ? ' (wajib)' : ''}: {d.terlampir
                  ? (
                    <span>
                      {d.terlampir.namaBerkas} <small className="sub">{d.terlampir.sumber === 'arsip' ? 'dari arsip' : 'diunggah'}</small>
                      {boleh('pegawai:data_pribadi') && <BukaDokumen nip={u.nip} berkasId={d.terlampir.berkasId} namaBerkas={d.terlampir.namaBerkas} label={d.label} />}
                    </span>
                  )
                  : <span className="tersembunyi">belum ada</span>}
                {bolehUbahDokumen && (
                  <SalahDiSamping id={`unggah-${d.kode}`} pesan={unggah.variables?.kode === d.kode ? pesanKendali(unggah.error, 'file') : []} umumkan>
                    {(a) => (
                      <PilihBerkas {...a} accept="application/pdf" label={`Unggah ${d.label}`} teksTombol="Unggah PDF" langsung ganti={(f) => {
                        if (f) unggah.mutate({ kode: d.kode, berkas: f });
                      }} />
                    )}
                  </SalahDiSamping>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {u.aksiTersedia.length > 0 && (
        <div className="kartu form-panel">
          <h2 className="judul-bagian">Tindakan pada langkah “{u.labelLangkah}”</h2>
          {u.isianLangkah.length > 0 && u.aksiTersedia.some((a) => a === 'teruskan' || a === 'setujui') && (
            <DaftarIsian awalan="isian-langkah" definisiIsian={definisiIsianLangkah(u.isianLangkah)} isian={isian} ubah={(k, v) => setIsian({ ...isian, [k]: v })}
              galat={proses.error} />
          )}
          {(u.aksiTersedia.includes('kembalikan') || u.aksiTersedia.includes('tolak')) && (
            <IsianForm id="alasan-layanan" label="Alasan (wajib untuk mengembalikan atau menolak)" galat={proses.error} nama="alasan">
              {(a) => (
                <textarea {...a} value={alasan} onChange={(e) => setAlasan(e.target.value)} rows={3} />
              )}
            </IsianForm>
          )}
          <div className="baris-tombol">
            {u.aksiTersedia.map((a) => (
              <button key={a} type="button" className={`tombol${a === 'setujui' || a === 'teruskan' ? ' utama' : a === 'tolak' ? ' bahaya' : ''}`} disabled={proses.isPending}
                onClick={() => proses.mutate(a)}
              >
                {LABEL_AKSI_LAYANAN[a] ?? a}
              </button>
            ))}
          </div>
          <PesanGalat galat={proses.error} />
        </div>
      )}
      {proses.isSuccess && <PesanBerhasil>Usulan sudah diproses.</PesanBerhasil>}
      <h2 className="judul-bagian">Jejak waktu</h2>
      <JejakWaktu jejak={u.jejak} />
    </section>
  );
}
