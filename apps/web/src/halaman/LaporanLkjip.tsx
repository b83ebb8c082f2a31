import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatAngka } from '@simasn/domain';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_LKJIP } from '@simasn/sakip/kontrak';
import { alamatTitik, kunci, panggil } from '../api.ts';
import { formatUkuran, formatWaktu, tahunIniSetempat } from '../format.ts';
import { useKueriApi, useUbahCari } from '../kait.ts';
import { NarasiLkjip, NAMA_PERIODE } from '../komponen/NarasiLkjip.tsx';
import { PilihUnit, useUnitTerjangkau } from '../komponen/PilihUnit.tsx';
import { SaranaLkjip } from '../komponen/SaranaLkjip.tsx';
import { Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { useSesi } from '../sesi.tsx';

type Temuan = ResponsTitik<typeof KONTRAK_LKJIP.periksa>['temuan'][number];
type Pekerjaan = ResponsTitik<typeof KONTRAK_LKJIP.pekerjaan>;

const TAHUN_INI = tahunIniSetempat();
const PILIHAN_TAHUN = Array.from({ length: 7 }, (_, i) => TAHUN_INI + 1 - i);
const berjalan = (k?: Pekerjaan) => !!k && (k.status === 'antri' || k.status === 'berjalan');

function TabelTemuan({ temuan }: { temuan: Temuan[] }) {
  return (
    <Tabel tanpaGulir data-testid="tabel-temuan" baris={temuan} kunci={(t) => `${t.tabel}:${t.baris}:${t.kolom}`} kolom={[{ judul: 'Tabel', isi: (t) =>
      t.tabel }, { judul: 'Baris', isi: (t) =>
        t.label }, { judul: 'Kolom', isi: (t) =>
        t.kolom }, { judul: 'Tercetak', isi: (t) =>
        formatAngka(t.tercetak, 2) }, { judul: 'Seharusnya', isi: (t) =>
        formatAngka(t.seharusnya, 2) }, { judul: 'Keterangan', isi: (t) =>
        t.keterangan }]} />
  );
}

/** One generation job: a progress bar while it runs, the download when done, the reason when it failed. */
function KartuPekerjaan({ id }: { id: number }) {
  const qc = useQueryClient();
  const q = useKueriApi(KONTRAK_LKJIP.pekerjaan, { params: { id } }, { refetchInterval: (x) => (berjalan(x.state.data) || !x.state.data ? 400 : false) });
  const k = q.data;
  // Once the job is over, the list of earlier reports includes it.
  const tuntas = k !== undefined && !berjalan(k);
  useEffect(() => {
    if (tuntas) void qc.invalidateQueries({ queryKey: kunci(KONTRAK_LKJIP.daftarPekerjaan) });
  }, [tuntas, qc]);
  const rincian = k?.rincian;
  const temuan = Array.isArray(rincian) ? (rincian as Temuan[]) : [];
  const milidetik = !Array.isArray(rincian) ? (rincian as { milidetik?: number } | null)?.milidetik : undefined;
  if (!k) return q.error ? <PesanGalat galat={q.error} /> : <Memuat />;
  return (
    <div className="kartu" data-testid="pekerjaan-lkjip" data-status={k.status}>
      <p>
        <strong>{k.parameter.format.toUpperCase()}</strong> {k.parameter.tribulan ? NAMA_PERIODE[k.parameter.tribulan] : 'Tahunan'} {k.parameter.tahun}
      </p>
      {berjalan(k) && (
        <>
          <label htmlFor={`progres-${id}`}>{k.status === 'antri' ? 'Menunggu giliran…' : `${k.langkah ?? 'Memproses'}…`}</label>
          <progress id={`progres-${id}`} max={100} value={k.progres} data-testid="progres-lkjip">{k.progres}%</progress>
          <span className="sub">{k.progres}%</span>
        </>
      )}
      {k.status === 'selesai' && (
        <PesanBerhasil>
          Selesai{milidetik ? ` dalam ${formatAngka(milidetik / 1000, 1)} detik` : ''}.{' '}
          <a className="tombol utama kecil" href={alamatTitik(KONTRAK_LKJIP.berkas, { params: { id } })} download={k.namaBerkas ?? undefined}
            data-testid={`unduh-${k.parameter.format}`}
          >
            Unduh {k.namaBerkas} ({formatUkuran(k.ukuran ?? 0)})
          </a>
        </PesanBerhasil>
      )}
      {k.status === 'gagal' && (
        <>
          <PesanGalat galat={new Error(k.galat ?? 'Gagal')} />
          {temuan.length > 0 && <TabelTemuan temuan={temuan} />}
        </>
      )}
    </div>
  );
}

/**
 * Laporan LKjIP: choose the perangkat daerah, year and period; write the narrative parts and the
 * sarana prasarana list; check the tables' consistency; generate the DOCX or PDF in the
 * background with a progress bar, and download it.
 */
export function LaporanLkjip() {
  const { boleh } = useSesi();
  const [cari] = useSearchParams();
  const ubahCari = useUbahCari();
  const { unit } = useUnitTerjangkau();
  const perangkatDaerah = unit.filter((u) => u.indukId === null);
  const unitId = Number(cari.get('unit')) || perangkatDaerah[0]?.id || 0;
  const tahun = Number(cari.get('tahun')) || TAHUN_INI;
  const periode = Number(cari.get('periode') ?? 0);
  // From the address as it is now, not as this render saw it: a second quick change (unit, then year,
  // then period) must not write back the older address and drop the first (CI: the unit was lost).
  const atur = (k: string, v: string) => ubahCari({ [k]: v });
  const bisaUbah = boleh('sakip:kelola');
  const [pekerjaan, setPekerjaan] = useState<number[]>([]);

  const riwayat = useKueriApi(KONTRAK_LKJIP.daftarPekerjaan, {});
  const [kosongkan, setKosongkan] = useState(false);
  const buat = useMutation({ mutationFn: (format: 'docx' | 'pdf') => panggil(KONTRAK_LKJIP.minta, { body: { unitId, tahun, tribulan: periode || null, format, kosongkan } }),
    onSuccess: (r) => setPekerjaan((p) => [r.id, ...p]) });
  const pilihan = { unitId, tahun, tribulan: periode || undefined };
  const periksa = useMutation({ mutationFn: (query: typeof pilihan) => panggil(KONTRAK_LKJIP.periksa, { query }) });
  // A check answers for the selection it was made for: another unit, year or period hides it.
  const diperiksa = periksa.variables;
  const hasilPeriksa = diperiksa?.unitId === unitId && diperiksa.tahun === tahun && diperiksa.tribulan === pilihan.tribulan ? periksa : null;

  const lama = (riwayat.data ?? []).filter((k) => !pekerjaan.includes(k.id)).slice(0, 5);
  return (
    <section className="laporan-lkjip">
      <div className="judul-halaman">
        <h1>Laporan LKjIP</h1>
      </div>
      <div className="kartu">
        <div className="kisi-isian">
          <div className="isian">
            <label htmlFor="lkjip-unit">Perangkat daerah</label>
            <PilihUnit id="lkjip-unit" nilai={unitId ? String(unitId) : ''} ganti={(v) => atur('unit', v)} labelKosong="Pilih perangkat daerah" hanyaPerangkatDaerah wajib />
          </div>
          <div className="isian">
            <label htmlFor="lkjip-tahun">Tahun</label>
            <select id="lkjip-tahun" value={tahun} onChange={(e) => atur('tahun', e.target.value)}>
              {PILIHAN_TAHUN.map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
          </div>
          <div className="isian">
            <label htmlFor="lkjip-periode">Periode</label>
            <select id="lkjip-periode" value={periode} onChange={(e) => atur('periode', e.target.value)}>
              {NAMA_PERIODE.map((n, i) => <option key={n} value={i}>{n}</option>)}
            </select>
          </div>
        </div>
      </div>
      {unitId > 0 && (
        <>
          <div className="kartu">
            <h2>Buat laporan</h2>
            <p className="sub">Seluruh tabel dihitung dari data Renstra, Perjanjian Kinerja, realisasi dan anggaran; sebelum dibuat, tabel diperiksa konsistensinya.</p>
            <label className="isian-centang">
              <input type="checkbox" checked={kosongkan} onChange={(e) => setKosongkan(e.target.checked)} />{' '}
              Biarkan bagian yang belum diisi kosong (tanpa ini, laporan tidak dibuat selama ada bagian narasi yang belum diisi)
            </label>
            <div className="aksi-baris">
              <button type="button" className="tombol utama" disabled={buat.isPending} onClick={() => buat.mutate('docx')}>Buat DOCX</button>
              <button type="button" className="tombol utama" disabled={buat.isPending} onClick={() => buat.mutate('pdf')}>Buat PDF</button>
              <button type="button" className="tombol sekunder" disabled={periksa.isPending} onClick={() => periksa.mutate(pilihan)}>
                {periksa.isPending ? 'Memeriksa…' : 'Periksa konsistensi'}
              </button>
            </div>
            <PesanGalat galat={buat.error ?? hasilPeriksa?.error} />
            {hasilPeriksa?.data && (hasilPeriksa.data.temuan.length
              ? <TabelTemuan temuan={hasilPeriksa.data.temuan} />
              : <PesanBerhasil>Tidak ada temuan: {hasilPeriksa.data.jumlahIndikator} indikator dan seluruh jumlah anggaran konsisten.</PesanBerhasil>)}
            {pekerjaan.map((id) => <KartuPekerjaan key={id} id={id} />)}
            {lama.length > 0 && (
              <details>
                <summary>Laporan sebelumnya</summary>
                <ul className="daftar-ringkas">
                  {lama.map((k) => (
                    <li key={k.id}>
                      {formatWaktu(k.dibuatPada)}: {k.status === 'selesai'
                        ? <a href={alamatTitik(KONTRAK_LKJIP.berkas, { params: { id: k.id } })}>{k.namaBerkas}</a>
                        : `${k.status}${k.galat ? ` (${k.galat})` : ''}`}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
          <div className="kartu">
            <h2>Narasi laporan</h2>
            <NarasiLkjip unitId={unitId} tahun={tahun} periode={periode} bisaUbah={bisaUbah} />
          </div>
          <div className="kartu">
            <h2>Sarana dan prasarana {tahun}</h2>
            <SaranaLkjip unitId={unitId} tahun={tahun} bisaUbah={bisaUbah} />
          </div>
        </>
      )}
    </section>
  );
}
