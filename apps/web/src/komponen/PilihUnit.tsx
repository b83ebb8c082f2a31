import { useMemo } from 'react';
import { formatAngka } from '@simasn/domain';
import { KONTRAK_ORGANISASI, type SimpulUnit as Unit } from '@simasn/kepegawaian/kontrak';
import type { QueryClient } from '@tanstack/react-query';
import { pramuatApi, useKueriApi } from '../kait.ts';
import { useSesi } from '../sesi.tsx';

const PERAN_SELURUH_INSTANSI = new Set(['verifikator_bkd', 'admin_bkd', 'pimpinan', 'perencana', 'inspektorat']);

const SEGAR_UNIT = 10 * 60_000;

export function useDaftarUnit() {
  return useKueriApi(KONTRAK_ORGANISASI.unit, {}, { staleTime: SEGAR_UNIT });
}

/** The unit tree asked for before the first render, by a page that shows this picker (its `pramuat`). */
export function pramuatUnit(qc: QueryClient): void {
  pramuatApi(qc, KONTRAK_ORGANISASI.unit, {}, SEGAR_UNIT);
}

/**
 * The units this user works with: the whole tree for instansi-wide roles, the perangkat daerah
 * subtree for an admin OPD. (The server applies the real reach; this only trims the list.)
 */
export function useUnitTerjangkau(): { unit: Unit[], memuat: boolean } {
  const { sesi } = useSesi();
  const q = useDaftarUnit();
  const unit = useMemo(() => {
    const semua = q.data ?? [];
    const peran = sesi?.peran ?? [];
    if (peran.some((p) => PERAN_SELURUH_INSTANSI.has(p.peran))) return semua;
    const akar = peran.filter((p) => p.peran === 'admin_opd' && p.unitId).map((p) => semua.find((u) => u.id === p.unitId)?.jalur).filter(Boolean) as string[];
    if (!akar.length) return semua;
    return semua.filter((u) => akar.some((j) => u.jalur.startsWith(j)));
  }, [q.data, sesi]);
  return { unit, memuat: q.isPending };
}

export function kedalaman(jalur: string): number {
  return jalur.split('/').filter(Boolean).length - 1;
}

interface Props {
  id: string;
  nilai: string;
  ganti: (nilai: string) => void;
  labelKosong?: string;
  wajib?: boolean;
  /** Show employee counts. */
  hitung?: boolean;
  nilaiKode?: boolean;
  hanyaPerangkatDaerah?: boolean;
  unit?: Unit[];
  'aria-invalid'?: true | undefined;
  'aria-describedby'?: string | undefined;
  'aria-required'?: true | undefined;
}

/**
 * A select of units, indented by depth in the tree. Each option is one text (a kabupaten has hundreds
 * of units, schools and puskesmas among them: with its indent, name and count as three texts the
 * filter alone was most of a list page's nodes).
 */
export function PilihUnit({ id, nilai, ganti, labelKosong = 'Semua unit', wajib, hitung, nilaiKode, hanyaPerangkatDaerah, unit: unitProp, ...aria }: Props) {
  const terjangkau = useUnitTerjangkau();
  const unit = unitProp ?? terjangkau.unit;
  const daftar = hanyaPerangkatDaerah ? unit.filter((u) => u.indukId === null) : unit;
  const dasar = daftar.length ? Math.min(...daftar.map((u) => kedalaman(u.jalur))) : 0;
  return (
    <select id={id} value={nilai} onChange={(e) => ganti(e.target.value)} {...aria} aria-required={wajib || aria['aria-required'] || undefined}>
      <option value="">{terjangkau.memuat && !unitProp ? 'Memuat unit…' : labelKosong}</option>
      {daftar.map((u) => (
        <option key={u.id} value={nilaiKode ? u.kode : String(u.id)}>
          {`${'\u00a0\u00a0\u00a0'.repeat(Math.max(0, kedalaman(u.jalur) - dasar))}${u.nama}${hitung ? ` (${formatAngka(u.jumlahPegawai)})` : ''}`}
        </option>
      ))}
    </select>
  );
}
