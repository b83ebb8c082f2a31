import { useQuery } from '@tanstack/react-query';
import { formatAngka, formatRupiah } from '@simasn/domain';
import { api } from '../api.ts';
import { PilihRenstra, useRenstraTerpilih } from '../komponen/PilihRenstra.tsx';
import { Kosong, Memuat, PesanGalat } from '../komponen/Status.tsx';

interface Indikator {
  id: number; kode: string; uraian: string; satuan: string; polaritas: string; agregasi: string; formula: string | null; sumberData: string | null;
  sumberOtomatis: string | null; baseline: number | null; tahunBaseline: number | null; targetAkhir: number | null; angkaNasional: number | null;
  target: { tahun: number; target: number }[];
}
interface Simpul { id: number; tingkat: string; kode: string; nama: string; paguBerlaku: Record<string, number>; anak: Simpul[] }
interface Renstra {
  id: number; nama: string; status: string; tahun: number[]; unit: { nama: string };
  tujuan: { id: number; kode: string; uraian: string; indikator: Indikator[]; sasaran: { id: number; kode: string; uraian: string; indikator: Indikator[] }[] }[];
  program: Simpul[];
  indikatorProgram: (Indikator & { programKegiatanId: number })[];
}

const AGREGASI: Record<string, string> = { kumulatif: 'kumulatif (dijumlah)', snapshot: 'nilai terakhir', rata_rata: 'rata-rata' };
const angka = (x: number | null | undefined) => (x === null || x === undefined ? '–' : formatAngka(x, Number.isInteger(x) ? 0 : 2));

function TabelIndikator({ indikator, tahun }: { indikator: Indikator[]; tahun: number[] }) {
  if (!indikator.length) return <p className="sub">Belum ada indikator.</p>;
  return (
    <div className="gulir-tabel">
      <table className="tabel tabel-kartu">
        <thead>
          <tr>
            <th scope="col">Indikator</th><th scope="col">Satuan</th><th scope="col">Awal</th>
            {tahun.map((t) => <th scope="col" key={t}>{t}</th>)}
            <th scope="col">Akhir Renstra</th><th scope="col">Nasional</th>
          </tr>
        </thead>
        <tbody>
          {indikator.map((i) => (
            <tr key={i.id}>
              <td data-label="Indikator">
                <strong>{i.kode}</strong> {i.uraian}
                <span className="sub"> · {i.polaritas === 'negatif' ? 'makin kecil makin baik' : 'makin besar makin baik'}, {AGREGASI[i.agregasi]}
                  {i.sumberOtomatis ? ' · diisi otomatis oleh SIMASN' : ''}{i.sumberData ? ` · sumber: ${i.sumberData}` : ''}</span>
              </td>
              <td data-label="Satuan">{i.satuan}</td>
              <td data-label={`Awal${i.tahunBaseline ? ` (${i.tahunBaseline})` : ''}`}>{angka(i.baseline)}</td>
              {tahun.map((t) => <td key={t} data-label={`Target ${t}`}>{angka(i.target.find((x) => x.tahun === t)?.target)}</td>)}
              <td data-label="Akhir Renstra">{angka(i.targetAkhir)}</td>
              <td data-label="Nasional">{angka(i.angkaNasional)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PohonProgram({ simpul, tahun, indikator }: { simpul: Simpul[]; tahun: number; indikator: Renstra['indikatorProgram'] }) {
  return (
    <ul className="pohon-program">
      {simpul.map((s) => (
        <li key={s.id}>
          <div><strong>{s.kode}</strong> {s.nama} <span className="sub">· pagu {tahun}: {formatRupiah(s.paguBerlaku[tahun] ?? 0)}</span></div>
          {indikator.filter((i) => i.programKegiatanId === s.id).map((i) => (
            <div key={i.id} className="sub">Indikator {i.kode}: {i.uraian} (target {tahun}: {angka(i.target.find((x) => x.tahun === tahun)?.target)} {i.satuan})</div>
          ))}
          {s.anak.length > 0 && <PohonProgram simpul={s.anak} tahun={tahun} indikator={indikator} />}
        </li>
      ))}
    </ul>
  );
}

/** The Renstra of a perangkat daerah as a tree: tujuan, sasaran and indicators with their targets per year; programs with pagu. */
export function SakipRenstra() {
  const pilihan = useRenstraTerpilih();
  const id = pilihan.renstra?.id;
  const q = useQuery({ queryKey: ['sakip', 'renstra', id], queryFn: ({ signal }) => api.get<Renstra>(`/api/sakip/renstra/${id}`, undefined, signal), enabled: !!id });
  const r = q.data;
  return (
    <section className="sakip-renstra">
      <div className="judul-halaman"><h1>Renstra</h1></div>
      <PilihRenstra pilihan={pilihan} />
      <PesanGalat galat={pilihan.daftar.error ?? q.error} />
      {(pilihan.daftar.isPending || q.isLoading) && <Memuat />}
      {pilihan.daftar.data?.length === 0 && <Kosong>Belum ada Renstra yang dapat Anda baca.</Kosong>}
      {r && (
        <>
          <p className="sub">{r.nama} · {r.unit.nama} · status {r.status}</p>
          {r.tujuan.map((t) => (
            <div className="kartu" key={t.id}>
              <h2>Tujuan {t.kode}: {t.uraian}</h2>
              <TabelIndikator indikator={t.indikator} tahun={r.tahun} />
              {t.sasaran.map((s) => (
                <div key={s.id}>
                  <h3>Sasaran {s.kode}: {s.uraian}</h3>
                  <TabelIndikator indikator={s.indikator} tahun={r.tahun} />
                </div>
              ))}
            </div>
          ))}
          <div className="kartu">
            <h2>Program, kegiatan dan sub kegiatan</h2>
            <PohonProgram simpul={r.program} tahun={pilihan.tahun} indikator={r.indikatorProgram} />
          </div>
        </>
      )}
    </section>
  );
}
