import { useState } from 'react';
import { formatRupiah } from '@simasn/domain';
import type { ResponsTitik } from '@simasn/kontrak';
import type { KONTRAK_SAKIP } from '@simasn/sakip/kontrak';
import { SalahDiSamping } from '../Formulir.tsx';
import { masalahDi, SalahKolom } from '../renstra/FormUnsur.tsx';
import { angkaIsian, keKotak, LABEL_TINGKAT, type IndikatorRenstra, type Renstra } from '../renstra/jenis.ts';
import { semuaSimpul } from '../renstra/pohon.ts';

export interface BarisIndikatorPk {
  indikatorId: number;
  target: string;
}
export interface BarisAnggaranPk {
  programKegiatanId: number;
  anggaran: string;
}
export interface IsiBarisPk {
  indikator: BarisIndikatorPk[];
  anggaran: BarisAnggaranPk[];
}
/** The parent PK's indicator lines, offered for cascading. */
export type IndikatorInduk = ResponsTitik<typeof KONTRAK_SAKIP.pk>['indikator'][number];

/** Every indicator of a Renstra, tujuan first, then sasaran, then programs. */
export function semuaIndikator(r: Renstra): IndikatorRenstra[] {
  return [...r.tujuan.flatMap((t) => [...t.indikator, ...t.sasaran.flatMap((s) => s.indikator)]), ...r.indikatorProgram];
}

/** The lines as the API takes them: an empty box is left out (the server takes the Renstra target or the pagu). */
export function keApiBarisPk(isi: IsiBarisPk) {
  return { indikator: isi.indikator.map((b) => ({ indikatorId: b.indikatorId, ...(b.target.trim() ? { target: angkaIsian(b.target) } : {}) })),
    anggaran: isi.anggaran.map((b) => ({ programKegiatanId: b.programKegiatanId, ...(b.anggaran.trim() ? { anggaran: angkaIsian(b.anggaran) } : {}) })) };
}

/**
 * The indicator + target and program/kegiatan + budget lines of a PK being drafted: the parent
 * PK's indicators offered to cascade (with the parent's target), any other indicator of the
 * Renstra (with its target of the year), and any program node (with its pagu of the year).
 */
export function BarisPk(
  { renstra, tahun, induk, isi, ubah, galat }: { renstra: Renstra, tahun: number, induk: IndikatorInduk[], isi: IsiBarisPk, ubah: (isi: IsiBarisPk) => void, galat: unknown },
) {
  const [pilihIndikator, setPilihIndikator] = useState('');
  const [pilihProgram, setPilihProgram] = useState('');
  const indikator = semuaIndikator(renstra);
  const simpul = semuaSimpul(renstra.program);
  const ada = new Set(isi.indikator.map((b) => b.indikatorId));
  const adaProgram = new Set(isi.anggaran.map((b) => b.programKegiatanId));
  const turunan = induk.filter((i) => !ada.has(i.indikatorId));
  const tambahIndikator = (daftar: { indikatorId: number, target: number | null | undefined }[]) =>
    ubah({ ...isi, indikator: [...isi.indikator, ...daftar.map((d) => ({ indikatorId: d.indikatorId, target: keKotak(d.target) }))] });
  const targetRenstra = (id: number) => indikator.find((i) => i.id === id)?.target.find((t) => t.tahun === tahun)?.target;
  const ubahBaris = <K extends keyof IsiBarisPk>(k: K, n: number, b: IsiBarisPk[K][number] | null) =>
    ubah({ ...isi, [k]: b === null ? isi[k].filter((_, i) => i !== n) : isi[k].map((x, i) => (i === n ? b : x)) });

  return (
    <>
      <fieldset className="kelompok">
        <legend>Indikator dan target {tahun}</legend>
        {turunan.length > 0 && (
          <div className="kartu" data-testid="indikator-induk">
            <p className="sub">Indikator PK induk yang dapat diturunkan (target induk sebagai awal):</p>
            <ul className="daftar-ringkas">
              {turunan.map((i) => (
                <li key={i.indikatorId}>
                  {i.kode} {i.uraian}{' '}
                  <button type="button" className="tombol kecil sekunder" onClick={() => tambahIndikator([{ indikatorId: i.indikatorId, target: i.target }])}>
                    Turunkan {i.kode}
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="tombol kecil sekunder" onClick={() => tambahIndikator(turunan.map((i) => ({ indikatorId: i.indikatorId, target: i.target })))}>
              Turunkan semua
            </button>
          </div>
        )}
        {isi.indikator.map((b, n) => {
          const i = indikator.find((x) => x.id === b.indikatorId);
          return (
            <div className="isian isian-sebaris" key={b.indikatorId} data-testid={`baris-indikator-${i?.kode}`}>
              <label htmlFor={`pk-target-${b.indikatorId}`}>{i?.kode} {i?.uraian} ({i?.satuan})</label>
              <SalahDiSamping id={`pk-target-${b.indikatorId}`} pesan={masalahDi(galat, `indikator.${n}`).map((x) => x.pesan)}>
                {(a) => (
                  <input {...a} id={`pk-target-${b.indikatorId}`} aria-label={`Target ${i?.kode}`} inputMode="decimal" className="isian-kecil" value={b.target}
                    placeholder={keKotak(targetRenstra(b.indikatorId))} onChange={(e) => ubahBaris('indikator', n, { ...b, target: e.target.value })} />
                )}
              </SalahDiSamping>
              <button type="button" className="tombol kecil bahaya" aria-label={`Hapus indikator ${i?.kode}`} onClick={() => ubahBaris('indikator', n, null)}>Hapus</button>
            </div>
          );
        })}
        <div className="isian isian-sebaris">
          <label htmlFor="pk-tambah-indikator">Tambah indikator Renstra</label>
          <select id="pk-tambah-indikator" value={pilihIndikator} onChange={(e) => setPilihIndikator(e.target.value)}>
            <option value="">Pilih indikator…</option>
            {indikator.filter((i) => !ada.has(i.id)).map((i) => <option key={i.id} value={i.id}>{i.kode} {i.uraian}</option>)}
          </select>
          <button type="button" className="tombol kecil sekunder" disabled={!pilihIndikator} onClick={() => {
            tambahIndikator([{ indikatorId: Number(pilihIndikator), target: targetRenstra(Number(pilihIndikator)) }]);
            setPilihIndikator('');
          }}>
            Tambah
          </button>
        </div>
        <SalahKolom galat={galat} awalan="indikator" />
      </fieldset>

      <fieldset className="kelompok">
        <legend>Anggaran {tahun}</legend>
        {isi.anggaran.map((b, n) => {
          const s = simpul.find((x) => x.id === b.programKegiatanId);
          return (
            <div className="isian isian-sebaris" key={b.programKegiatanId} data-testid={`baris-anggaran-${s?.kode}`}>
              <label htmlFor={`pk-anggaran-${b.programKegiatanId}`}>{s ? `${LABEL_TINGKAT[s.tingkat]} ${s.kode} ${s.nama}` : b.programKegiatanId}</label>
              <SalahDiSamping id={`pk-anggaran-${b.programKegiatanId}`} pesan={masalahDi(galat, `anggaran.${n}`).map((x) => x.pesan)}>
                {(a) => (
                  <input {...a} id={`pk-anggaran-${b.programKegiatanId}`} aria-label={`Anggaran ${s?.kode}`} inputMode="decimal" value={b.anggaran}
                    placeholder={keKotak(s?.paguBerlaku[tahun])} onChange={(e) => ubahBaris('anggaran', n, { ...b, anggaran: e.target.value })} />
                )}
              </SalahDiSamping>
              <button type="button" className="tombol kecil bahaya" aria-label={`Hapus anggaran ${s?.kode}`} onClick={() => ubahBaris('anggaran', n, null)}>Hapus</button>
            </div>
          );
        })}
        <div className="isian isian-sebaris">
          <label htmlFor="pk-tambah-program">Tambah program / kegiatan / sub kegiatan</label>
          <select id="pk-tambah-program" value={pilihProgram} onChange={(e) => setPilihProgram(e.target.value)}>
            <option value="">Pilih…</option>
            {simpul.filter((s) => !adaProgram.has(s.id)).map((s) => <option key={s.id} value={s.id}>{s.kode} {s.nama} (pagu {formatRupiah(s.paguBerlaku[tahun] ?? 0)})</option>)}
          </select>
          <button type="button" className="tombol kecil sekunder" disabled={!pilihProgram} onClick={() => {
            const s = simpul.find((x) => x.id === Number(pilihProgram));
            ubah({ ...isi, anggaran: [...isi.anggaran, { programKegiatanId: Number(pilihProgram), anggaran: keKotak(s?.paguBerlaku[tahun]) }] });
            setPilihProgram('');
          }}>
            Tambah
          </button>
        </div>
        <SalahKolom galat={galat} awalan="anggaran" />
      </fieldset>
    </>
  );
}
