import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatNip, formatTanggal, labelGolongan, LABEL_JENIS_USULAN_KP, periodeKpBerikutnya, periodeKpTahun } from '@simasn/domain';
import { KONTRAK_KENAIKAN_PANGKAT } from '@simasn/layanan/kontrak';
import { alamatTitik, kunciJalur, panggil } from '../api.ts';
import { formatMasa, hariIniSetempat } from '../format.ts';
import { useKueriApi } from '../kait.ts';
import { TabelUsulanLayanan } from '../komponen/TabelUsulanLayanan.tsx';
import { PanelUsulanLayanan } from '../komponen/PanelUsulanLayanan.tsx';
import { Kosong, Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { useSesi } from '../sesi.tsx';

/**
 * E-Pangkat: per KP period, who is eligible and by which type, who is due but blocked and why;
 * the OPD proposes (one or many) without paper; BKD works the verification queue; the SK draft
 * downloads once approved.
 */
export function EPangkat() {
  const { boleh } = useSesi();
  const qc = useQueryClient();
  const [cari, setCari] = useSearchParams();
  // Today in the instansi's zone (known once the session answered, so computed here, not at load).
  const hariIni = hariIniSetempat();
  const tahunIni = Number(hariIni.slice(0, 4));
  const daftarPeriode = [tahunIni - 1, tahunIni, tahunIni + 1].flatMap((t) => periodeKpTahun(t));
  const periode = cari.get('periode') ?? periodeKpBerikutnya(hariIni)!;
  const usulanId = Number(cari.get('usulan') ?? 0);
  const ubah = (k: string, v: string | null) => {
    const c = new URLSearchParams(cari);
    if (v) c.set(k, v);
    else c.delete(k);
    setCari(c, { replace: true });
  };
  const q = useKueriApi(KONTRAK_KENAIKAN_PANGKAT.daftar, { query: { periode } });
  const [pilih, setPilih] = useState<Set<string>>(new Set());
  const [ak, setAk] = useState<Record<string, string>>({});
  const usul = useMutation({
    mutationFn: () =>
      panggil(KONTRAK_KENAIKAN_PANGKAT.ajukan, { body: { periode, pegawai: [...pilih].map((nip) => ({ nip, angkaKredit: ak[nip] ? Number(ak[nip].replace(',', '.')) : null })) } }),
    onSuccess: () => {
      setPilih(new Set());
      void qc.invalidateQueries({ queryKey: kunciJalur('kenaikan-pangkat') });
      void qc.invalidateQueries({ queryKey: kunciJalur('layanan') });
    },
  });
  const bolehUsul = boleh('layanan:ajukan');
  const tautan = (id: number) => `/e-pangkat?periode=${periode}&usulan=${id}`;

  return (
    <section className="e-pangkat">
      <div className="judul-halaman">
        <h1>E-Pangkat</h1>
        <div className="isian isian-sebaris">
          <label htmlFor="kp-periode">Periode</label>
          <select id="kp-periode" value={periode} onChange={(e) => {
            setPilih(new Set());
            ubah('periode', e.target.value);
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
          <PesanGalat galat={q.error ?? usul.error} />
          {usul.isSuccess && <PesanBerhasil>{usul.data.length} usulan dibuat. Lampirkan dokumennya lalu teruskan ke BKD.</PesanBerhasil>}
          {q.isPending && <Memuat />}
          {q.data && (
            <>
              <h2>Memenuhi syarat ({q.data.memenuhi.length})</h2>
              {q.data.memenuhi.length ?
                (
                  <Tabel kartu={false} data-testid="kp-memenuhi" baris={q.data.memenuhi} kunci={(r) => r.nip} kolom={[
                    bolehUsul && { judul: 'Pilih', isi: (r) =>
                      !r.usulan && (
                        <input type="checkbox" aria-label={`Pilih ${r.nama}`} checked={pilih.has(r.nip)} onChange={(e) => {
                          const s = new Set(pilih);
                          if (e.target.checked) s.add(r.nip);
                          else s.delete(r.nip);
                          setPilih(s);
                        }} />
                      ) },
                    { judul: 'Pegawai', isi: (r) => (
                      <>
                        {r.nama}
                        <br />
                        <small>{formatNip(r.nip)} · {r.unit ?? r.perangkatDaerah ?? 'Tanpa unit'}</small>
                      </>
                    ) },
                    { judul: 'Golongan', isi: (r) => (
                      <>
                        {labelGolongan(r.golongan)} → <strong>{labelGolongan(r.hasil.golonganBaru)}</strong>
                      </>
                    ) },
                    { judul: 'Jenis', isi: (r) => (
                      <>
                        {LABEL_JENIS_USULAN_KP[r.hasil.jenis]}
                        {r.hasil.perluAngkaKredit && !r.usulan && (
                          <input className="isian-kecil" inputMode="decimal" placeholder="Angka kredit" aria-label={`Angka kredit ${r.nama}`} value={ak[r.nip] ?? ''}
                            onChange={(e) => setAk({ ...ak, [r.nip]: e.target.value })} />
                        )}
                      </>
                    ) },
                    { judul: 'Masa golongan', isi: (r) => formatMasa(r.hasil.masaDalamGolongan) },
                    { judul: 'Usulan', isi: (r) => <TautanUsulan usulan={r.usulan} periode={periode} /> },
                  ]} />
                ) :
                <Kosong>Tidak ada pegawai yang memenuhi syarat pada periode ini.</Kosong>}
              {bolehUsul && (
                <button type="button" className="tombol" disabled={!pilih.size || usul.isPending} onClick={() => usul.mutate()}>
                  Usulkan {pilih.size || ''} pegawai
                </button>
              )}
              <h2>Sudah waktunya, belum memenuhi syarat ({q.data.tidakMemenuhi.length})</h2>
              {q.data.tidakMemenuhi.length ?
                (
                  <ul className="daftar-alasan" data-testid="kp-tidak-memenuhi">
                    {q.data.tidakMemenuhi.map((r) => (
                      <li key={r.nip}>
                        <strong>{r.nama}</strong> ({formatNip(r.nip)}, {labelGolongan(r.golongan)}, {LABEL_JENIS_USULAN_KP[r.hasil.jenis]}): {r.hasil.alasan.join('; ')}
                      </li>
                    ))}
                  </ul>
                ) :
                <Kosong>Tidak ada.</Kosong>}
            </>
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

/** The pegawai's usulan: of this period, or one of another period still running (which blocks a new one). */
function TautanUsulan({ usulan, periode }: { usulan: { id: number, periode: string } | null, periode: string }) {
  if (!usulan) return <>–</>;
  const tautan = <Link to={`/e-pangkat?periode=${usulan.periode}&usulan=${usulan.id}`}>Nomor {usulan.id}</Link>;
  if (usulan.periode === periode) return tautan;
  return (
    <>
      {tautan}
      <br />
      <small>masih berjalan, periode {formatTanggal(usulan.periode)}</small>
    </>
  );
}
