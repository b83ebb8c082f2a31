import type { SimpulUnit } from '@simasn/kepegawaian/kontrak';

/**
 * A unit as the picker takes it: the organisation tree's (/api/unit) or a page's own list with the
 * same path (the calendar's), abbreviation and employee count when the list has them.
 */
export type Unit = Pick<SimpulUnit, 'id' | 'indukId' | 'kode' | 'nama' | 'jalur'> & Partial<Pick<SimpulUnit, 'singkatan' | 'jumlahPegawai'>>;

/** A unit's depth in the tree: 0 for a perangkat daerah. */
export function kedalaman(jalur: string): number {
  return jalur.split('/').filter(Boolean).length - 1;
}

/** Lower case without diacritics or runs of spaces: "Kecamatan  Pasirián" and "kecamatan pasirian" meet. */
export function normalkan(teks: string): string {
  return teks.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface UnitTersaring {
  unit: Unit;
  /** The perangkat daerah the unit belongs to, when it is not one itself (shown under a match). */
  induk: Unit | null;
}

/**
 * The units a typed text finds, best first: a unit whose name or abbreviation is the text, then those
 * whose name or abbreviation begins with it, then those that contain every word of it (in name, code or
 * abbreviation). Within each rank the tree order stays, so a perangkat daerah comes before its units.
 * An empty text keeps every unit, in tree order.
 */
export function saringUnit(daftar: readonly Unit[], kueri: string): UnitTersaring[] {
  const perId = new Map(daftar.map((u) => [u.id, u]));
  const akar = (u: Unit): Unit | null => {
    let x = u;
    for (let langkah = 0; x.indukId !== null && langkah < 64; langkah++) {
      const atas = perId.get(x.indukId);
      if (!atas) break;
      x = atas;
    }
    return x === u ? null : x;
  };
  const k = normalkan(kueri);
  if (!k) return daftar.map((unit) => ({ unit, induk: null }));
  const kata = k.split(' ');
  const peringkat: UnitTersaring[][] = [[], [], []];
  for (const unit of daftar) {
    const nama = normalkan(unit.nama);
    const singkatan = unit.singkatan ? normalkan(unit.singkatan) : '';
    const kode = normalkan(unit.kode);
    let p: number;
    if (nama === k || singkatan === k || kode === k) p = 0;
    else if (nama.startsWith(k) || singkatan?.startsWith(k)) p = 1;
    else if (kata.every((w) => nama.includes(w) || singkatan.includes(w) || kode.includes(w))) p = 2;
    else continue;
    peringkat[p]!.push({ unit, induk: akar(unit) });
  }
  return peringkat.flat();
}
