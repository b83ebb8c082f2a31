import { useState, type FormEvent, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { z } from '@simasn/kontrak';
import { GalatApi, kunciJalur, periksaIsian } from '../../api.ts';
import { keIsian, keNilaiApi, type DefinisiIsian } from '../../riwayat.ts';
import { DaftarIsian, type NilaiIsian } from '../Isian.tsx';
import { PesanGalat } from '../Status.tsx';
import { TombolSimpan } from '../TombolSimpan.tsx';
import { Formulir } from '../Formulir.tsx';

/** The server's problems for fields under a prefix (`target.2.target`), or that field alone (`tepat`), for boxes DaftarIsian does not draw. */
export function SalahKolom({ galat, awalan, tepat, id }: { galat: unknown, awalan: string, tepat?: boolean, id?: string }) {
  const m = masalahDi(galat, awalan, tepat);
  return <>{m.map((x, i) => <small className="salah" id={i === 0 ? id : undefined} key={`${x.kolom}:${x.pesan}`}>{x.pesan}</small>)}</>;
}

/** The problems at a path (and below it unless `tepat`). */
export function masalahDi(galat: unknown, awalan: string, tepat?: boolean) {
  return galat instanceof GalatApi ? galat.masalah.filter((x) => x.kolom === awalan || (!tepat && x.kolom.startsWith(`${awalan}.`))) : [];
}

/** After a refused save: a stale version (409 `versi_basi`) needs a fresh read, said plainly. */
export function PesanSimpan({ galat }: { galat: unknown }) {
  if (!galat) return null;
  const basi = galat instanceof GalatApi && galat.kode === 'versi_basi';
  return (
    <>
      <PesanGalat galat={galat} judul="Belum tersimpan." />
      {basi && <p className="pesan pesan-peringatan">Data terbaru sudah dimuat di halaman. Tutup formulir ini lalu buka lagi untuk mengubah dari versi terbaru.</p>}
    </>
  );
}

/** Boxes per year of the Renstra (targets, pagu), each year's server problems under it (`awalanGalat(n)` of the n-th year sent). */
export function KotakTahunan({ tahun, awalan, kotak, terisi, galat }: {
  tahun: readonly number[];
  awalan: string;
  kotak: { kunci: string, label: string, nilai: Record<number, string>, ubah: (v: Record<number, string>) => void, awalanGalat: string }[];
  /** The years sent, in order: problem paths count in this list. */
  terisi: readonly number[];
  galat: unknown;
}) {
  return (
    <div className="kisi-isian">
      {tahun.map((t) => {
        const jalur = `${kotak[0]!.awalanGalat}.${terisi.indexOf(t)}`;
        const salah = terisi.includes(t) && masalahDi(galat, jalur).length > 0;
        const idSalah = `${awalan}-${t}-salah`;
        return (
          <div className="isian" key={t}>
            {kotak.map((k) => (
              <span key={k.kunci}>
                <label htmlFor={`${awalan}-${k.kunci}-${t}`}>{k.label} {t}</label>
                <input id={`${awalan}-${k.kunci}-${t}`} inputMode="decimal" value={k.nilai[t] ?? ''} onChange={(e) => k.ubah({ ...k.nilai, [t]: e.target.value })}
                  aria-invalid={salah ? true : undefined} aria-describedby={salah ? idSalah : undefined} />
              </span>
            ))}
            {salah && <SalahKolom galat={galat} awalan={jalur} id={idSalah} />}
          </div>
        );
      })}
    </div>
  );
}

/**
 * Adds or edits one part of a Renstra (tujuan, sasaran, indikator, program/kegiatan), or the
 * Renstra itself: the fields of `definisiIsian`, plus what the caller adds (`tambahan`: ids of the
 * parent, targets, pagu), checked against the endpoint's own input schema (`skema`, from the
 * contract) and sent by `kirim` with id and versi when editing. The problems (the schema's or the
 * server's 422) appear under their fields; a stale version is explained.
 */
export function FormUnsur({ judul, awalan, definisiIsian, awal, bawaan, skema, kirim: kirimKe, pesanTersimpan, tambahan, children, tutup }: {
  judul: string;
  awalan: string;
  definisiIsian: DefinisiIsian[];
  awal?: { id: number, versi: number } & Record<string, unknown>;
  /** Starting values of a new one. */
  bawaan?: Record<string, unknown>;
  /** The endpoint's input schema (`@simasn/sakip/kontrak`), loaded when the form is first checked (apps/web/kontrak-ringan.ts). */
  skema: () => Promise<z.ZodType>;
  /** Sends the checked body to the endpoint (`panggil(KONTRAK_SAKIP.x, ...)`). */
  kirim: (badan: never) => Promise<{ id: number }>;
  pesanTersimpan?: string;
  tambahan?: () => Record<string, unknown>;
  children?: (galat: unknown) => ReactNode;
  tutup: (pesan?: string, id?: number) => void;
}) {
  const qc = useQueryClient();
  const [isian, setIsian] = useState<NilaiIsian>(() => keIsian(definisiIsian, awal ?? bawaan));
  const [galat, setGalat] = useState<unknown>(null);
  const [mengirim, setMengirim] = useState(false);

  async function kirim(e: FormEvent) {
    e.preventDefault();
    setGalat(null);
    setMengirim(true);
    try {
      const badan = { ...keNilaiApi(definisiIsian, isian, { kosong: 'null' }), ...tambahan?.(), ...(awal ? { id: awal.id, versi: awal.versi } : {}) };
      periksaIsian(await skema(), badan);
      const h = await kirimKe(badan as never);
      await qc.invalidateQueries({ queryKey: kunciJalur('sakip') });
      tutup(pesanTersimpan ?? `${judul}: tersimpan.`, h?.id);
    } catch (err) {
      setGalat(err);
      if (err instanceof GalatApi && err.status === 409) void qc.invalidateQueries({ queryKey: kunciJalur('sakip') });
    } finally {
      setMengirim(false);
    }
  }

  return (
    <Formulir className="kartu form-panel" onSubmit={kirim} aria-label={judul}>
      <h3>{judul}</h3>
      <PesanSimpan galat={galat} />
      <DaftarIsian awalan={awalan} definisiIsian={definisiIsian} isian={isian} ubah={(n, v) => setIsian((s) => ({ ...s, [n]: v }))} galat={galat} />
      {children?.(galat)}
      <TombolSimpan mengirim={mengirim} batal={tutup} />
    </Formulir>
  );
}
