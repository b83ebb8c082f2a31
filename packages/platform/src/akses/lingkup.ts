import { join, raw, sql, type Sql } from '@simasn/db';
import { terlarang } from '../galat.ts';
import { jangkauanPeran, type Izin, type Peran } from '@simasn/kontrak';

/** The caller, as the session resolved it. */
export interface Pemanggil {
  akunId: number;
  namaPengguna: string;
  namaTampilan: string;
  instansiId: number;
  /** The caller's own employee record, when the account belongs to an ASN. */
  pegawaiId: number | null;
  /** Path of the caller's own unit (from the riwayat jabatan), for `bawahan` reach. */
  jalurUnitSendiri: string | null;
  /**
   * `pengganti`: a role the caller holds for a period only as plt or delegate of an atasan who is
   * away (modules/cuti adds it per request, never the session): its `bawahan` reach is the unit
   * path of the atasan it acts for, not the caller's own unit.
   */
  peran: { peran: Peran, unitId: number | null, jalurUnit: string | null, pengganti?: { jalur: string, atasNama: string, jenis: 'plt' | 'delegasi' } }[];
  /** The CLI and background jobs act as the system: full reach, still audited. */
  sistem?: boolean;
}

/**
 * Which employees a caller may reach for one permission: the whole instansi, or the union of
 * some unit subtrees (paths) and some individual employees.
 */
export interface Lingkup {
  izin: Izin;
  semua: boolean;
  jalur: string[];
  pegawaiId: number[];
}

/** The caller's reach for `izin`; throws 403 when no role of theirs grants it. */
export function lingkupUntuk(p: Pemanggil, izin: Izin): Lingkup {
  const l: Lingkup = { izin, semua: !!p.sistem, jalur: [], pegawaiId: [] };
  let diberi = !!p.sistem;
  for (const r of p.peran) {
    const j = jangkauanPeran(izin, r.peran);
    if (!j) continue;
    diberi = true;
    if (j === 'instansi') l.semua = true;
    else if (j === 'opd' && r.jalurUnit) l.jalur.push(r.jalurUnit);
    else if (j === 'bawahan' && r.pengganti) l.jalur.push(r.pengganti.jalur);
    else if (j === 'bawahan' && p.jalurUnitSendiri) l.jalur.push(p.jalurUnitSendiri);
    else if (j === 'diri' && p.pegawaiId !== null) l.pegawaiId.push(p.pegawaiId);
  }
  if (!diberi) throw terlarang();
  // A subtree inside another subtree adds nothing.
  l.jalur = [...new Set(l.jalur)].filter((j, _, semua) => !semua.some((k) => k !== j && j.startsWith(k)));
  l.pegawaiId = [...new Set(l.pegawaiId)];
  return l;
}

export function punyaIzin(p: Pemanggil, izin: Izin): boolean {
  return !!p.sistem || p.peran.some((r) => jangkauanPeran(izin, r.peran) !== undefined);
}

/**
 * The reach as a SQL condition on an employee row, to put inside the query itself. `alias` is the
 * pegawai table's alias in that query. Paths hold only digits and slashes, so they are safe
 * LIKE prefixes; each is its own `like` so that the (instansi_id, jalur_unit) index serves it.
 */
export function syaratLingkup(l: Lingkup, alias = 'p'): Sql {
  if (l.semua) return sql`true`;
  const a = raw(alias);
  const bagian: Sql[] = l.jalur.map((j) => sql`${a}.jalur_unit like ${`${j}%`}`);
  if (l.pegawaiId.length) bagian.push(sql`${a}.id = any(${l.pegawaiId})`);
  if (!bagian.length) return sql`false`;
  return sql`(${join(bagian, ' or ')})`;
}

/** Same reach, checked in memory on one already-loaded employee (never a substitute for the SQL). */
export function dalamLingkup(l: Lingkup, pegawai: { id: number, jalurUnit: string | null }): boolean {
  return l.semua || l.pegawaiId.includes(pegawai.id) || (!!pegawai.jalurUnit && l.jalur.some((j) => pegawai.jalurUnit!.startsWith(j)));
}
