import { useState, type ReactNode } from 'react';
import { formatAngka, formatRupiah } from '@simasn/domain';
import { KONTRAK_SAKIP } from '@simasn/sakip/kontrak';
import { panggil } from '../api.ts';
import { useKueriApi } from '../kait.ts';
import { PilihRenstra, useRenstraTerpilih } from '../komponen/PilihRenstra.tsx';
import { FormIndikator, type IndukIndikator } from '../komponen/renstra/FormIndikator.tsx';
import { FormProgram } from '../komponen/renstra/FormProgram.tsx';
import { FormRenstra } from '../komponen/renstra/FormRenstra.tsx';
import { FormUnsur } from '../komponen/renstra/FormUnsur.tsx';
import { ImporRenstra } from '../komponen/renstra/ImporRenstra.tsx';
import { ANAK_TINGKAT, LABEL_AGREGASI, LABEL_TINGKAT, ISIAN_SASARAN, ISIAN_TUJUAN, type IndikatorRenstra, type Renstra, type Sasaran, type SimpulProgram,
  type Tujuan } from '../komponen/renstra/jenis.ts';
import { TombolUnsur } from '../komponen/renstra/TombolUnsur.tsx';
import { Kosong, Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Tabel, type Kolom } from '../komponen/Tabel.tsx';
import { useSesi } from '../sesi.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/sakip/kontrak');

/** What is being edited, and where on the page its form opens. */
type Sunting = { tempat: string }
  & ({ jenis: 'renstra-baru' } | { jenis: 'renstra' } | { jenis: 'tujuan', awal?: Tujuan } | { jenis: 'sasaran', tujuanId: number, awal?: Sasaran } | { jenis: 'indikator',
    induk: IndukIndikator, awal?: IndikatorRenstra } | { jenis: 'program', tingkat: SimpulProgram['tingkat'], indukId: number | null, awal?: SimpulProgram });

/** Editing tools handed down the tree: null for readers (or a finished Renstra). */
interface Alat {
  renstra: Renstra;
  sunting: Sunting | null;
  buka: (s: Sunting) => void;
  form: (tempat: string) => ReactNode;
  hasil: (pesan: string | null, galat?: unknown) => void;
}

const angka = (x: number | null | undefined) => (x === null || x === undefined ? '–' : formatAngka(x, Number.isInteger(x) ? 0 : 2));

function TabelIndikator({ indikator, tahun, alat }: { indikator: IndikatorRenstra[], tahun: number[], alat: Alat | null }) {
  if (!indikator.length) return <p className="sub">Belum ada indikator.</p>;
  return (
    <Tabel baris={indikator} kunci={(i) => i.id} atributBaris={(i) => ({ 'data-testid': `indikator-${i.kode}` })} kolom={[
      { judul: 'Indikator', isi: (i) => (
        <>
          <strong>{i.kode}</strong> {i.uraian}
          <span className="sub">
            · {i.polaritas === 'negatif' ? 'makin kecil makin baik' : 'makin besar makin baik'}, {LABEL_AGREGASI[i.agregasi as keyof typeof LABEL_AGREGASI]}
            {i.sumberOtomatis ? ' · diisi otomatis oleh SIMASN' : ''}
            {i.sumberData ? ` · sumber: ${i.sumberData}` : ''}
          </span>
        </>
      ) },
      { judul: 'Satuan', isi: (i) => i.satuan },
      { judul: 'Awal', label: (i) => `Awal${i.tahunBaseline ? ` (${i.tahunBaseline})` : ''}`, isi: (i) => angka(i.baseline) },
      ...tahun.map((t): Kolom<IndikatorRenstra> => ({ judul: t, kunci: t, label: `Target ${t}`, isi: (i) => angka(i.target.find((x) => x.tahun === t)?.target) })),
      { judul: 'Akhir Renstra', isi: (i) => angka(i.targetAkhir) },
      { judul: 'Nasional', isi: (i) => angka(i.angkaNasional) },
      alat &&
      { judul: <span className="sr">Aksi</span>, kunci: 'aksi', label: 'Aksi',
        isi: (i) => (
          <TombolUnsur renstraId={alat.renstra.id} jenis="indikator" unsur={i} label="Indikator" hasil={alat.hasil}
            ubah={() => alat.buka({ tempat: `indikator-${i.id}`, jenis: 'indikator', induk: indukDari(i), awal: i })} />
        ) },
    ]} sesudah={alat && indikator.map((i) => <div key={i.id}>{alat.form(`indikator-${i.id}`)}</div>)} />
  );
}

function indukDari(i: IndikatorRenstra): IndukIndikator {
  if (i.sasaranId !== null) return { sasaranId: i.sasaranId };
  if (i.tujuanId !== null) return { tujuanId: i.tujuanId };
  return { programKegiatanId: i.programKegiatanId! };
}

function PohonProgram({ simpul, tahun, indikator, alat }: { simpul: SimpulProgram[], tahun: number, indikator: IndikatorRenstra[], alat: Alat | null }) {
  return (
    <ul className="pohon-program">
      {simpul.map((s) => {
        const anak = ANAK_TINGKAT[s.tingkat];
        const milik = indikator.filter((i) => i.programKegiatanId === s.id);
        return (
          <li key={s.id} data-testid={`program-${s.kode}`}>
            <div>
              <strong>{s.kode}</strong> {s.nama} <span className="sub">· pagu {tahun}: {formatRupiah(s.paguBerlaku[tahun] ?? 0)}</span>
            </div>
            {alat && (
              <div className="tombol-baris">
                <TombolUnsur renstraId={alat.renstra.id} jenis="program_kegiatan" unsur={s} label={LABEL_TINGKAT[s.tingkat]} hasil={alat.hasil} ubah={() =>
                  alat.buka({ tempat: `program-${s.id}`, jenis: 'program', tingkat: s.tingkat, indukId: s.indukId, awal: s })} />
                {anak && (
                  <button type="button" className="tombol kecil sekunder" onClick={() => alat.buka({ tempat: `program-${s.id}`, jenis: 'program', tingkat: anak, indukId: s.id })}>
                    Tambah {LABEL_TINGKAT[anak].toLowerCase()}
                  </button>
                )}
                <button type="button" className="tombol kecil sekunder" onClick={() =>
                  alat.buka({ tempat: `program-${s.id}`, jenis: 'indikator', induk: { programKegiatanId: s.id } })}
                >
                  Tambah indikator
                </button>
              </div>
            )}
            {alat?.form(`program-${s.id}`)}
            {milik.length > 0 && (alat ?
              <TabelIndikator indikator={milik} tahun={alat.renstra.tahun} alat={alat} /> :
              milik.map((i) => (
                <div key={i.id} className="sub">Indikator {i.kode}: {i.uraian} (target {tahun}: {angka(i.target.find((x) => x.tahun === tahun)?.target)} {i.satuan})</div>
              )))}
            {s.anak.length > 0 && <PohonProgram simpul={s.anak} tahun={tahun} indikator={indikator} alat={alat} />}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The Renstra of a perangkat daerah as a tree: tujuan, sasaran and indicators with their targets
 * per year; programs with pagu. Holders of sakip:kelola create a Renstra and add, edit and delete
 * every part of it in place.
 */
export function SakipRenstra() {
  const pilihan = useRenstraTerpilih();
  const { boleh } = useSesi();
  const id = pilihan.renstra?.id;
  const q = useKueriApi(KONTRAK_SAKIP.renstra, { params: { id: id ?? 0 } }, { enabled: !!id });
  const [sunting, setSunting] = useState<Sunting | null>(null);
  const [pesan, setPesan] = useState<string | null>(null);
  const [galat, setGalat] = useState<unknown>(null);
  const r = q.data;
  const kelola = boleh('sakip:kelola');
  const tutup = (p?: string) => {
    setSunting(null);
    if (p) {
      setPesan(p);
      setGalat(null);
    }
  };
  const hasil = (p: string | null, g?: unknown) => {
    setPesan(p);
    setGalat(g ?? null);
  };
  const buka = (s: Sunting) => {
    setSunting(s);
    setPesan(null);
    setGalat(null);
  };

  function form(tempat: string): ReactNode {
    if (!r || sunting?.tempat !== tempat) return null;
    const s = sunting;
    const kunci = `${tempat}-${s.jenis}-${'awal' in s ? s.awal?.id ?? 'baru' : ''}`;
    switch (s.jenis) {
      case 'renstra':
        return <FormRenstra key={kunci} renstra={r} tutup={tutup} />;
      case 'tujuan':
        return (
          <FormUnsur key={kunci} judul={s.awal ? `Ubah tujuan ${s.awal.kode}` : 'Tambah tujuan'} awalan={`tujuan-${s.awal?.id ?? 'baru'}`} definisiIsian={ISIAN_TUJUAN}
            awal={s.awal as Tujuan & Record<string, unknown>} skema={() => muatSkema().then((m) => m.skemaSimpanTujuan)}
            kirim={(body: never) => panggil(KONTRAK_SAKIP.simpanTujuan, { params: { id: r.id }, body })} tutup={tutup} />
        );
      case 'sasaran':
        return (
          <FormUnsur key={kunci} judul={s.awal ? `Ubah sasaran ${s.awal.kode}` : 'Tambah sasaran'} awalan={`sasaran-${s.awal?.id ?? 'baru'}`} definisiIsian={ISIAN_SASARAN}
            awal={s.awal as Sasaran & Record<string, unknown>} skema={() => muatSkema().then((m) => m.skemaSimpanSasaran)}
            kirim={(body: never) => panggil(KONTRAK_SAKIP.simpanSasaran, { params: { id: r.id }, body })} tambahan={() => ({ tujuanId: s.tujuanId })} tutup={tutup} />
        );
      case 'indikator':
        return <FormIndikator key={kunci} renstra={r} induk={s.induk} awal={s.awal} tutup={tutup} />;
      case 'program':
        return <FormProgram key={kunci} renstra={r} tingkat={s.tingkat} indukId={s.indukId} awal={s.awal} tutup={tutup} />;
      default:
        return null;
    }
  }
  const alat: Alat | null = r && kelola && r.status !== 'selesai' ? { renstra: r, sunting, buka, form, hasil } : null;

  return (
    <section className="sakip-renstra">
      <div className="judul-halaman">
        <h1>Renstra</h1>
        {kelola && <button type="button" className="tombol sekunder" onClick={() => buka({ tempat: 'atas', jenis: 'renstra-baru' })}>Renstra baru</button>}
      </div>
      {sunting?.jenis === 'renstra-baru' && (
        <FormRenstra tutup={(p, baru) => {
          tutup(p);
          if (baru) pilihan.ubah({ renstra: baru });
        }} />
      )}
      {(pilihan.daftar.data?.length ?? 0) > 0 && <PilihRenstra pilihan={pilihan} />}
      <PesanGalat galat={pilihan.daftar.error ?? q.error ?? galat} />
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      {(pilihan.daftar.isPending || q.isLoading) && <Memuat />}
      {pilihan.daftar.data?.length === 0 && <Kosong>Belum ada Renstra yang dapat Anda baca.</Kosong>}
      {r && (
        <>
          <p className="sub">
            {r.nama} · {r.unit.nama} · status {r.status}
            {kelola && <button type="button" className="tombol kecil sekunder" onClick={() => buka({ tempat: 'renstra', jenis: 'renstra' })}>Ubah nama/status</button>}
          </p>
          {form('renstra')}
          {r.tujuan.map((t) => (
            <div className="kartu" key={t.id} data-testid={`tujuan-${t.kode}`}>
              <h2>Tujuan {t.kode}: {t.uraian}</h2>
              {alat && (
                <div className="tombol-baris">
                  <TombolUnsur renstraId={r.id} jenis="tujuan" unsur={t} label="Tujuan" hasil={hasil} ubah={() => buka({ tempat: `tujuan-${t.id}`, jenis: 'tujuan', awal: t })} />
                  <button type="button" className="tombol kecil sekunder" onClick={() => buka({ tempat: `tujuan-${t.id}`, jenis: 'sasaran', tujuanId: t.id })}>
                    Tambah sasaran
                  </button>
                  <button type="button" className="tombol kecil sekunder" onClick={() => buka({ tempat: `tujuan-${t.id}`, jenis: 'indikator', induk: { tujuanId: t.id } })}>
                    Tambah indikator tujuan
                  </button>
                </div>
              )}
              {form(`tujuan-${t.id}`)}
              <TabelIndikator indikator={t.indikator} tahun={r.tahun} alat={alat} />
              {t.sasaran.map((s) => (
                <div key={s.id} data-testid={`sasaran-${s.kode}`}>
                  <h3>Sasaran {s.kode}: {s.uraian}</h3>
                  {alat && (
                    <div className="tombol-baris">
                      <TombolUnsur renstraId={r.id} jenis="sasaran" unsur={s} label="Sasaran" hasil={hasil} ubah={() =>
                        buka({ tempat: `sasaran-${s.id}`, jenis: 'sasaran', tujuanId: t.id, awal: s })} />
                      <button type="button" className="tombol kecil sekunder" onClick={() => buka({ tempat: `sasaran-${s.id}`, jenis: 'indikator', induk: { sasaranId: s.id } })}>
                        Tambah indikator
                      </button>
                    </div>
                  )}
                  {form(`sasaran-${s.id}`)}
                  <TabelIndikator indikator={s.indikator} tahun={r.tahun} alat={alat} />
                </div>
              ))}
            </div>
          ))}
          {alat && (
            <div className="baris-tombol">
              <button type="button" className="tombol sekunder" onClick={() => buka({ tempat: 'tujuan-baru', jenis: 'tujuan' })}>Tambah tujuan</button>
            </div>
          )}
          {form('tujuan-baru')}
          <div className="kartu">
            <h2>Program, kegiatan dan sub kegiatan</h2>
            <PohonProgram simpul={r.program} tahun={pilihan.tahun} indikator={r.indikatorProgram} alat={alat} />
            {alat && (
              <div className="baris-tombol">
                <button type="button" className="tombol sekunder" onClick={() => buka({ tempat: 'program-baru', jenis: 'program', tingkat: 'program', indukId: null })}>
                  Tambah program
                </button>
              </div>
            )}
            {form('program-baru')}
          </div>
          <ImporRenstra key={r.id} renstraId={r.id} kelola={!!alat} />
        </>
      )}
    </section>
  );
}
