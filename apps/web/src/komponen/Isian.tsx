import type { ReactElement } from 'react';
import type { DefinisiIsian } from '../riwayat.ts';
import { GalatApi } from '../api.ts';
import { PilihJabatan } from './PilihJabatan.tsx';
import { PilihUnit } from './PilihUnit.tsx';
import { IsianTanggal } from './Formulir.tsx';

export type NilaiIsian = Record<string, string | boolean>;

/** The fields of a form, laid out in a responsive grid, with the server's per-field problems. */
export function DaftarIsian({ awalan, definisiIsian, isian, ubah, galat, namaAwal }: {
  awalan: string;
  definisiIsian: DefinisiIsian[];
  isian: NilaiIsian;
  ubah: (nama: string, nilai: string | boolean) => void;
  galat?: unknown;
  /** Display names for reference fields when editing (jabatanId -> nama). */
  namaAwal?: Record<string, string>;
}) {
  const masalah = galat instanceof GalatApi ? galat.masalah : [];
  return (
    <div className="kisi-isian">
      {definisiIsian.map((m) => {
        const id = `${awalan}-${m.nama}`;
        const salah = masalah.filter((x) => x.kolom === m.nama || x.kolom.endsWith(`.${m.nama}`));
        const idPetunjuk = m.petunjuk ? `${id}-petunjuk` : undefined;
        const idSalah = salah.length ? `${id}-salah` : undefined;
        const a11y = { 'aria-invalid': salah.length > 0 || undefined, 'aria-describedby': [idPetunjuk, idSalah].filter(Boolean).join(' ') || undefined,
          'aria-required': m.wajib || undefined };
        const v = isian[m.nama];
        const teks = typeof v === 'string' ? v : '';
        let masukan: ReactElement;
        switch (m.tipe) {
          case 'centang':
            return (
              <div className="isian isian-centang" key={m.nama}>
                <label htmlFor={id}>
                  <input id={id} type="checkbox" checked={!!v} onChange={(e) => ubah(m.nama, e.target.checked)} /> {m.label}
                </label>
              </div>
            );
          case 'pilihan':
            masukan = (
              <select id={id} value={teks} {...a11y} onChange={(e) => ubah(m.nama, e.target.value)}>
                <option value="">{m.wajib ? 'Pilih…' : '(kosong)'}</option>
                {m.pilihan?.map((p) => (
                  <option key={p.nilai} value={p.nilai}>
                    {p.label}
                  </option>
                ))}
              </select>
            );
            break;
          case 'unit':
            masukan = <PilihUnit id={id} nilai={teks} ganti={(x) => ubah(m.nama, x)} labelKosong="Pilih unit kerja…" wajib={m.wajib} />;
            break;
          case 'jabatan':
            masukan = (
              <PilihJabatan id={id} nilai={teks} ganti={(x) => ubah(m.nama, x)} unitId={typeof isian.unitId === 'string' && isian.unitId ? isian.unitId : undefined}
                namaAwal={namaAwal?.[m.nama]} wajib={m.wajib} />
            );
            break;
          case 'teks-panjang':
            masukan = <textarea id={id} value={teks} rows={2} {...a11y} onChange={(e) => ubah(m.nama, e.target.value)} />;
            break;
          case 'tanggal':
            masukan = <IsianTanggal id={id} nilai={teks} ganti={(x) => ubah(m.nama, x)} {...a11y} />;
            break;
          default:
            masukan = (
              <input id={id} type={m.tipe === 'angka' ? 'number' : m.tipe === 'email' ? 'email' : 'text'} inputMode={m.tipe === 'desimal' ? 'decimal' : undefined} value={teks}
                min={m.tipe === 'angka' ? m.min : undefined} max={m.tipe === 'angka' ? m.maks : undefined} pattern={m.pola} {...a11y}
                onChange={(e) => ubah(m.nama, e.target.value)} />
            );
        }
        return (
          <div className={`isian${m.tipe === 'jabatan' || m.tipe === 'teks-panjang' ? ' isian-lebar' : ''}`} key={m.nama}>
            <label htmlFor={id}>
              {m.label}
              {m.wajib && <span className="wajib" aria-hidden="true">*</span>}
            </label>
            {masukan}
            {m.petunjuk && (
              <small className="petunjuk" id={idPetunjuk}>
                {m.petunjuk}
              </small>
            )}
            {idSalah && (
              <small className="salah" id={idSalah}>
                {salah.map((s) => s.pesan).join(' ')}
              </small>
            )}
          </div>
        );
      })}
    </div>
  );
}
