import { useSearchParams } from 'react-router';
import { ESELON, formatAngka, formatPersen, labelGolongan, labelPendidikan } from '@simasn/domain';
import { KONTRAK_ORGANISASI, type BarisRekap } from '@simasn/kepegawaian/kontrak';
import { pramuatApi, useKueriApi, type Pramuat } from '../kait.ts';
import { PilihUnit, pramuatUnit } from '../komponen/PilihUnit.tsx';
import { KartuAngka } from '../komponen/KartuAngka.tsx';
import { Memuat, PesanGalat } from '../komponen/Status.tsx';
import { TabelRekap } from '../komponen/TabelRekap.tsx';
import { GrafikBatangLp, GrafikDonat } from '../komponen/Grafik.tsx';

const URUTAN_JABATAN = [...ESELON.map((e) => `Eselon ${e}`), 'Struktural', 'Fungsional', 'Pelaksana', 'PPPK', 'Belum ada jabatan'];
const LABEL_KELOMPOK: Record<string, string> = { Struktural: 'Struktural (tanpa eselon)', Fungsional: 'Jabatan Fungsional', Pelaksana: 'Pelaksana',
  PPPK: 'Pegawai Pemerintah dengan Perjanjian Kerja (PPPK)' };

function urutJabatan(baris: BarisRekap[]): BarisRekap[] {
  const posisi = (k: string) => {
    const i = URUTAN_JABATAN.indexOf(k);
    return i < 0 ? URUTAN_JABATAN.length : i;
  };
  return [...baris].sort((a, b) => posisi(a.kunci) - posisi(b.kunci) || a.kunci.localeCompare(b.kunci));
}

function labelGol(k: string): string {
  if (k === 'Tidak tercatat') return k;
  return k.includes('/') ? labelGolongan(k) : `Golongan ${k} (PPPK)`;
}

function labelPend(k: string): string {
  return k === 'Tidak tercatat' ? k : labelPendidikan(k);
}

const masukanStatistik = (cari: URLSearchParams) => ({ query: { unitId: cari.get('unit') || undefined } });

/** The page's data from its address, before it renders (kait.ts `Pramuat`). */
export const pramuat: Record<string, Pramuat> = { Beranda({ qc, cari }) {
  pramuatApi(qc, KONTRAK_ORGANISASI.statistik, masukanStatistik(cari));
  pramuatUnit(qc);
} };

export function Beranda() {
  const [cari, setCari] = useSearchParams();
  const unitId = cari.get('unit') ?? '';
  const q = useKueriApi(KONTRAK_ORGANISASI.statistik, masukanStatistik(cari), { placeholderData: (lama) => lama });
  const s = q.data;
  const status = (k: string) => s?.status.find((b) => b.kunci === k)?.jumlah ?? 0;
  const jabatan = s ? urutJabatan(s.jabatan) : [];
  // The chart reads upwards: I/a ... IV/e, then PPPK golongan, then unrecorded.
  const golonganNaik = s ? [...s.golongan.filter((g) => g.kunci.includes('/')).reverse(), ...s.golongan.filter((g) => !g.kunci.includes('/') && g.jumlah > 0)] : [];

  return (
    <section className="beranda">
      <div className="judul-halaman">
        <h1>Beranda</h1>
        <div className="isian isian-sebaris">
          <label htmlFor="dasbor-unit">Unit</label>
          <PilihUnit id="dasbor-unit" nilai={unitId} ganti={(v) => setCari(v ? { unit: v } : {}, { replace: true })} labelKosong="Seluruh unit dalam kewenangan Anda" />
        </div>
      </div>
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {s && (
        <>
          <div className="kartu-angka" aria-busy={q.isFetching}>
            <KartuAngka label="Total pegawai" idNilai="total-pegawai" nilai={formatAngka(s.total.jumlah)} />
            {(['PNS', 'CPNS', 'PPPK'] as const).map((k) => (
              <KartuAngka key={k} label={k} nilai={formatAngka(status(k))} sub={formatPersen(s.total.jumlah ? (status(k) / s.total.jumlah) * 100 : 0, 1)} />
            ))}
            <KartuAngka label="Laki-laki / Perempuan" kecil nilai={<>{formatAngka(s.total.l)} / {formatAngka(s.total.p)}</>}
              sub={<>{formatPersen(s.total.jumlah ? (s.total.p / s.total.jumlah) * 100 : 0, 1)} perempuan</>} />
          </div>

          <div className="kisi-grafik">
            <figure className="kartu">
              <figcaption>Pegawai per golongan</figcaption>
              <GrafikBatangLp judul="Pegawai per golongan" baris={golonganNaik.map((g) => ({ label: g.kunci, l: g.l, p: g.p }))} />
            </figure>
            <figure className="kartu">
              <figcaption>Pegawai per pendidikan terakhir</figcaption>
              <GrafikDonat judul="Pegawai per pendidikan terakhir" baris={s.pendidikan.filter((b) => b.jumlah > 0).map((b) => ({ label: b.kunci, jumlah: b.jumlah }))} />
            </figure>
            <figure className="kartu">
              <figcaption>Pegawai per kelompok jabatan</figcaption>
              <GrafikBatangLp judul="Pegawai per kelompok jabatan" baris={jabatan.map((b) => ({ label: b.kunci, l: b.l, p: b.p }))} />
            </figure>
            <figure className="kartu">
              <figcaption>Perangkat daerah dengan pegawai terbanyak (15 teratas)</figcaption>
              <GrafikBatangLp judul="Pegawai per perangkat daerah" mendatar baris={s.unit.slice(0, 15).map((b) => ({ label: b.kunci, l: b.l, p: b.p }))} />
            </figure>
          </div>

          <h2>Data Umum Organisasi</h2>
          <div className="kisi-rekap">
            <TabelRekap judul="A. Jabatan dan Status" baris={jabatan} label={(k) => LABEL_KELOMPOK[k] ?? k} />
            <TabelRekap judul="B. Pendidikan" baris={s.pendidikan} label={labelPend} />
            <TabelRekap judul="C. Pangkat" baris={s.golongan} label={labelGol} />
          </div>
        </>
      )}
    </section>
  );
}
