import { useState } from 'react';
import { KONTRAK_SAKIP } from '@simasn/sakip/kontrak';
import { panggil } from '../../api.ts';
import { semuaSimpul } from './pohon.ts';
import { FormUnsur, KotakTahunan, SalahKolom } from './FormUnsur.tsx';
import { angkaIsian, keKotak, LABEL_TINGKAT, ISIAN_INDIKATOR, type IndikatorRenstra, type Renstra } from './jenis.ts';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/sakip/kontrak');

/** What an indicator measures: exactly one of a tujuan, a sasaran or a program/kegiatan. */
export type IndukIndikator = { tujuanId: number } | { sasaranId: number } | { programKegiatanId: number };

/**
 * An indicator with its target for every year of the Renstra and the programs serving it (the
 * cost-per-outcome links). The whole target set and link set are sent: the server replaces them.
 */
export function FormIndikator({ renstra, induk, awal, tutup }: { renstra: Renstra, induk: IndukIndikator, awal?: IndikatorRenstra, tutup: (pesan?: string) => void }) {
  const [target, setTarget] = useState<Record<number, string>>(() => Object.fromEntries(renstra.tahun.map((t) => [t, keKotak(awal?.target.find((x) => x.tahun === t)?.target)])));
  const [program, setProgram] = useState<Set<number>>(() => new Set(awal?.programIds ?? []));
  const simpul = semuaSimpul(renstra.program);
  const tahunTerisi = renstra.tahun.filter((t) => target[t]?.trim());
  const awalan = `indikator-${awal?.id ?? 'baru'}`;
  return (
    <FormUnsur judul={awal ? `Ubah indikator ${awal.kode}` : 'Tambah indikator'} awalan={awalan} definisiIsian={ISIAN_INDIKATOR}
      awal={awal as (IndikatorRenstra & Record<string, unknown>) | undefined} skema={() => muatSkema().then((m) => m.skemaSimpanIndikator)}
      kirim={(body: never) => panggil(KONTRAK_SAKIP.simpanIndikator, { params: { id: renstra.id }, body })}
      tambahan={() => ({ tujuanId: null, sasaranId: null, programKegiatanId: null, ...induk, target: tahunTerisi.map((t) => ({ tahun: t, target: angkaIsian(target[t]) })),
        programIds: [...program] })} tutup={tutup}
    >
      {(galat) => (
        <>
          <fieldset className="kelompok">
            <legend>Target per tahun</legend>
            <KotakTahunan tahun={renstra.tahun} awalan={awalan} terisi={tahunTerisi} galat={galat}
              kotak={[{ kunci: 'target', label: 'Target', nilai: target, ubah: setTarget, awalanGalat: 'target' }]} />
            <SalahKolom galat={galat} awalan="target" tepat />
          </fieldset>
          {simpul.length > 0 && (
            <fieldset className="kelompok">
              <legend>Program / kegiatan / sub kegiatan pendukung</legend>
              {simpul.map((s) => (
                <div className="isian isian-centang" key={s.id}>
                  <label>
                    <input type="checkbox" checked={program.has(s.id)} onChange={(e) => {
                      const p = new Set(program);
                      if (e.target.checked) p.add(s.id);
                      else p.delete(s.id);
                      setProgram(p);
                    }} />{' '}
                    {LABEL_TINGKAT[s.tingkat]} {s.kode} {s.nama}
                  </label>
                </div>
              ))}
              <SalahKolom galat={galat} awalan="programIds" />
            </fieldset>
          )}
        </>
      )}
    </FormUnsur>
  );
}
