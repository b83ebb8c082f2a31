import { useState } from 'react';
import { KONTRAK_SAKIP } from '@simasn/sakip/kontrak';
import { panggil } from '../../api.ts';
import { FormUnsur, KotakTahunan, SalahKolom } from './FormUnsur.tsx';
import { angkaIsian, keKotak, LABEL_TINGKAT, ISIAN_PROGRAM, type Renstra, type SimpulProgram } from './jenis.ts';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/sakip/kontrak');

/**
 * A program, kegiatan or sub kegiatan; a sub kegiatan carries its pagu (and pagu perubahan) per
 * year. Upper levels have no pagu of their own: theirs is the sum below.
 */
export function FormProgram(
  { renstra, tingkat, indukId, awal, tutup }: { renstra: Renstra, tingkat: SimpulProgram['tingkat'], indukId: number | null, awal?: SimpulProgram,
    tutup: (pesan?: string) => void },
) {
  const dari = (k: 'pagu' | 'paguPerubahan') => Object.fromEntries(renstra.tahun.map((t) => [t, keKotak(awal?.pagu.find((p) => p.tahun === t)?.[k])]));
  const [pagu, setPagu] = useState<Record<number, string>>(() => dari('pagu'));
  const [perubahan, setPerubahan] = useState<Record<number, string>>(() => dari('paguPerubahan'));
  const sub = tingkat === 'sub_kegiatan';
  const tahunTerisi = renstra.tahun.filter((t) => pagu[t]?.trim());
  const awalan = `program-${awal?.id ?? `baru-${indukId ?? 0}`}`;
  return (
    <FormUnsur judul={`${awal ? 'Ubah' : 'Tambah'} ${LABEL_TINGKAT[tingkat].toLowerCase()}${awal ? ` ${awal.kode}` : ''}`} awalan={awalan} definisiIsian={ISIAN_PROGRAM}
      awal={awal as (SimpulProgram & Record<string, unknown>) | undefined} skema={() => muatSkema().then((m) => m.skemaSimpanProgramKegiatan)}
      kirim={(body: never) => panggil(KONTRAK_SAKIP.simpanProgram, { params: { id: renstra.id }, body })}
      tambahan={() => ({ tingkat, indukId, ...(sub ? { pagu: tahunTerisi.map((t) => ({ tahun: t, pagu: angkaIsian(pagu[t]), paguPerubahan: angkaIsian(perubahan[t]) })) } : {}) })}
      tutup={tutup}
    >
      {(galat) =>
        sub && (
          <fieldset className="kelompok">
            <legend>Pagu per tahun (Rp)</legend>
            <KotakTahunan tahun={renstra.tahun} awalan={awalan} terisi={tahunTerisi} galat={galat} kotak={[
              { kunci: 'pagu', label: 'Pagu', nilai: pagu, ubah: setPagu, awalanGalat: 'pagu' },
              { kunci: 'perubahan', label: 'Pagu perubahan', nilai: perubahan, ubah: setPerubahan, awalanGalat: 'pagu' },
            ]} />
            <SalahKolom galat={galat} awalan="pagu" tepat />
          </fieldset>
        )}
    </FormUnsur>
  );
}
