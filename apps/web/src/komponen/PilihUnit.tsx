import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { formatAngka } from '@simasn/domain';
import { KONTRAK_ORGANISASI, type SimpulUnit as Unit } from '@simasn/kepegawaian/kontrak';
import type { QueryClient } from '@tanstack/react-query';
import { pramuatApi, useKueriApi } from '../kait.ts';
import { useSesi } from '../sesi.tsx';
import { kedalaman, saringUnit, type Unit as UnitPilihan } from './saring-unit.ts';

const PERAN_SELURUH_INSTANSI = new Set(['verifikator_bkd', 'admin_bkd', 'pimpinan', 'perencana', 'inspektorat']);

const SEGAR_UNIT = 10 * 60_000;

export function useDaftarUnit(aktif = true) {
  return useKueriApi(KONTRAK_ORGANISASI.unit, {}, { staleTime: SEGAR_UNIT, enabled: aktif });
}

/** The unit tree asked for before the first render, by a page that shows this picker (its `pramuat`). */
export function pramuatUnit(qc: QueryClient): void {
  pramuatApi(qc, KONTRAK_ORGANISASI.unit, {}, SEGAR_UNIT);
}

/**
 * The units this user works with: the whole tree for instansi-wide roles, the perangkat daerah
 * subtree for an admin OPD. (The server applies the real reach; this only trims the list.)
 */
export function useUnitTerjangkau(aktif = true): { unit: Unit[], memuat: boolean } {
  const { sesi } = useSesi();
  const q = useDaftarUnit(aktif);
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
  /** The page's own units instead of the organisation tree the caller reaches. */
  unit?: UnitPilihan[];
  'aria-invalid'?: true | undefined;
  'aria-describedby'?: string | undefined;
  'aria-required'?: true | undefined;
}

/** What the picker gives for a unit: its code (`nilaiKode`) or its id. */
const nilaiDari = (u: UnitPilihan, kode?: boolean) => (kode ? u.kode : String(u.id));

interface Opsi {
  nilai: string;
  nama: string;
  /** The perangkat daerah under a search match; indentation (depth) in the unfiltered tree. */
  induk?: string;
  tingkat: number;
  jumlah?: number;
}

/**
 * A searchable unit picker (the ARIA combobox pattern with list autocomplete): the field shows the chosen
 * unit; typing lists the units whose name, abbreviation or code match, best first, each under its perangkat
 * daerah; arrows move, Enter or Tab picks, Escape leaves the choice as it was. Opened without typing, it
 * lists the tree, indented. A kabupaten has hundreds of units (schools and puskesmas among them): only the
 * open list renders them, so a page with this filter does not carry every unit in its DOM (as a select's
 * options, they were half of a list page's elements), and on a phone a few letters find a unit.
 */
export function PilihUnit({ id, nilai, ganti, labelKosong = 'Semua unit', wajib, hitung, nilaiKode, hanyaPerangkatDaerah, unit: unitProp, ...aria }: Props) {
  // A page that passes its own units (the calendar's, a list of perangkat daerah) does not ask for the tree.
  const terjangkau = useUnitTerjangkau(!unitProp);
  const memuat = terjangkau.memuat && !unitProp;
  const unit = unitProp ?? terjangkau.unit;
  const daftar = useMemo(() => (hanyaPerangkatDaerah ? unit.filter((u) => u.indukId === null) : unit), [unit, hanyaPerangkatDaerah]);
  const terpilih = daftar.find((u) => nilaiDari(u, nilaiKode) === nilai) ?? null;
  /** What the user has typed since the field was opened; null while it shows the choice. */
  const [teks, setTeks] = useState<string | null>(null);
  const [buka, setBuka] = useState(false);
  const [aktif, setAktif] = useState(0);
  const refDaftar = useRef<HTMLDivElement>(null);

  const opsi = useMemo(() => {
    if (!buka) return [];
    const kueri = teks ?? '';
    const cocok = saringUnit(daftar, kueri);
    const dasar = daftar.length ? Math.min(...daftar.map((u) => kedalaman(u.jalur))) : 0;
    const hasil: Opsi[] = cocok.map(({ unit: u, induk }) => ({ nilai: nilaiDari(u, nilaiKode), nama: u.nama, ...(induk ? { induk: induk.nama } : {}),
      tingkat: kueri.trim() ? 0 : Math.max(0, kedalaman(u.jalur) - dasar), ...(hitung ? { jumlah: u.jumlahPegawai ?? 0 } : {}) })
    );
    if (!wajib && !kueri.trim()) hasil.unshift({ nilai: '', nama: labelKosong, tingkat: 0 });
    return hasil;
  }, [buka, teks, daftar, wajib, labelKosong, hitung, nilaiKode]);

  useEffect(() => {
    if (!buka) return;
    refDaftar.current?.querySelector<HTMLElement>(`[data-indeks="${aktif}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [buka, aktif]);

  function bukaDaftar() {
    if (buka) return;
    setBuka(true);
    // Opened on the current choice, in the unfiltered list (its index once the empty option is counted).
    const i = daftar.findIndex((u) => nilaiDari(u, nilaiKode) === nilai);
    setAktif(i < 0 ? 0 : i + (wajib ? 0 : 1));
  }
  function tutup() {
    setBuka(false);
    setTeks(null);
  }
  function pilih(o: Opsi) {
    if (o.nilai !== nilai) ganti(o.nilai);
    tutup();
  }
  function tombol(e: KeyboardEvent<HTMLInputElement>) {
    const n = opsi.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
      case 'PageDown':
      case 'PageUp': {
        e.preventDefault();
        if (!buka) return bukaDaftar();
        const langkah = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }[e.key];
        if (n) setAktif((a) => Math.min(n - 1, Math.max(0, a + langkah)));
        return;
      }
      case 'Enter':
        if (!buka) return;
        e.preventDefault();
        if (opsi[aktif]) pilih(opsi[aktif]);
        return;
      case 'Tab':
        if (buka && teks?.trim() && opsi[aktif]) pilih(opsi[aktif]);
        return;
      case 'Escape':
        if (!buka) return;
        e.preventDefault();
        e.stopPropagation();
        tutup();
        return;
    }
  }
  function lepas() {
    // Emptied and left: the choice is cleared (a filter back to every unit); any other text is dropped.
    if (teks !== null && !teks.trim() && !wajib && nilai) ganti('');
    tutup();
  }

  const idDaftar = `${id}-daftar`;
  const tampil = teks ?? terpilih?.nama ?? '';
  return (
    <div className="pilih-unit">
      <input id={id} type="text" role="combobox" autoComplete="off" spellCheck={false} aria-autocomplete="list" aria-expanded={buka} aria-controls={buka ? idDaftar : undefined}
        aria-activedescendant={buka && opsi[aktif] ? `${id}-opsi-${aktif}` : undefined} placeholder={memuat ? 'Memuat unit…' : labelKosong} value={tampil}
        title={teks === null && terpilih ? terpilih.nama : undefined} onChange={(e) => {
        setTeks(e.target.value);
        setBuka(true);
        setAktif(0);
      }} onFocus={(e) => e.currentTarget.select()} onClick={bukaDaftar} onKeyDown={tombol} onBlur={lepas} {...aria} aria-required={wajib || aria['aria-required'] || undefined} />
      <span className="pilih-unit-panah" aria-hidden="true" />
      {buka && (
        <div className="pilih-unit-daftar">
          <div ref={refDaftar} id={idDaftar} role="listbox" aria-label="Daftar unit">
            {opsi.map((o, i) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the keys are the combobox's (arrows, Enter, Tab on the field, aria-activedescendant); a click is the pointer's way
              <div key={o.nilai || 'kosong'} id={`${id}-opsi-${i}`} data-indeks={i} role="option" tabIndex={-1} aria-selected={o.nilai === nilai}
                className={i === aktif ? 'aktif' : undefined} style={o.tingkat ? { paddingLeft: `${0.6 + o.tingkat}rem` } : undefined} onMouseDown={(e) => e.preventDefault()}
                onClick={() => pilih(o)} onMouseMove={() => i !== aktif && setAktif(i)}
              >
                <span className="pilih-unit-nama">{o.nama}</span>
                {o.jumlah !== undefined && <span className="pilih-unit-jumlah">{formatAngka(o.jumlah)} ASN</span>}
                {o.induk && <span className="pilih-unit-induk">{o.induk}</span>}
              </div>
            ))}
          </div>
          {!opsi.length && <p className="pilih-unit-catatan" role="status">{memuat ? 'Memuat unit…' : `Tidak ada unit yang cocok dengan “${(teks ?? '').trim()}”.`}</p>}
        </div>
      )}
    </div>
  );
}
