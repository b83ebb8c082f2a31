import { disiapkan, sql, type Db } from '@simasn/db';
import type { Konteks } from './konteks.ts';

/**
 * Areas of data whose committed writes move a version per instansi (table `versi_data`, kept by
 * the triggers of migrations 0020, 0021, 0027, 0041 and 0043, one security-definer function): 'pegawai' =
 * pegawai, riwayat (gaji included), keluarga, units, jabatan; 'usulan' = requests on the workflow
 * engine; 'sesi' = what a session resolves to (sessions, accounts, roles, unit paths; CacheSesi);
 * 'kalender' = units' calendars, holiday lists, shift rosters; 'kompetensi' = jabatan standards,
 * assessments and their levels (the JPM list); 'kinerja' = SKP and their realisasi (the progress per unit).
 */
export type RanahData = 'pegawai' | 'usulan' | 'sesi' | 'kalender' | 'kompetensi' | 'kinerja';

/**
 * The version of what a computed list reads: the sum of the instansi's versions of those areas
 * (each only grows, so the sum moves whenever one of them does). 0 before any write.
 */
export async function versiData(db: Db, instansiId: number, ranah: readonly RanahData[]): Promise<number> {
  const r = await db.one<{ v: number | null }>(sql`
    select sum(versi)::bigint as v from versi_data where instansi_id = ${instansiId} and ranah = any(${[...ranah]}::text[])`);
  return Number(r.v ?? 0);
}

/** One area's version of every instansi in one read (a cache shared by all instansi of a process); an instansi not listed is at 0. */
export async function versiSemuaInstansi(db: Db, ranah: RanahData): Promise<Map<number, number>> {
  const rows = await db.many<{ instansi_id: number, versi: number }>(disiapkan(sql`select instansi_id, versi from versi_data where ranah = ${ranah}`));
  return new Map(rows.map((r) => [Number(r.instansi_id), Number(r.versi)]));
}

interface Entri<T> {
  versi: number;
  nilai: Promise<T>;
}

/**
 * A computed result kept in this process until the data it was computed from changes: the
 * version of its areas is read first (one indexed row per area), and an entry computed at another
 * version is recomputed. Reading the version before computing means a write committed meanwhile
 * can only make an entry newer than its version, never older (the next read recomputes it).
 *
 * The key must hold everything the result depends on besides the data: the instansi is added
 * here; the caller adds the reach (`kunciLingkup`), filters, period, today's date. Inside a
 * transaction nothing is cached or read from the cache (the transaction may see its own writes,
 * whose version moves only at commit, or be rolled back). Kept per database handle; the oldest
 * entries go beyond `maks`. Requests for the same key at the same version share one computation.
 */
export class CacheVersi<T> {
  readonly #ranah: readonly RanahData[];
  readonly #maks: number;
  readonly #peta = new WeakMap<Db, Map<string, Entri<T>>>();
  /** Computations run (for tests and figures). */
  dihitung = 0;

  constructor(opsi: { ranah: readonly RanahData[], maks?: number }) {
    this.#ranah = opsi.ranah;
    this.#maks = opsi.maks ?? 16;
  }

  /** The result for `kunci`, cached or computed by `hitung`; `versi` null when not cached (inside a transaction). */
  async ambil(ctx: Konteks, kunci: unknown, hitung: () => Promise<T>): Promise<{ nilai: T, versi: number | null }> {
    if (ctx.db.dalamTransaksi) {
      this.dihitung++;
      return { nilai: await hitung(), versi: null };
    }
    const versi = await versiData(ctx.db, ctx.instansiId, this.#ranah);
    const k = `${ctx.instansiId}\u0000${JSON.stringify(kunci)}`;
    const peta = this.#peta.get(ctx.db) ?? new Map<string, Entri<T>>();
    this.#peta.set(ctx.db, peta);
    const ada = peta.get(k);
    if (ada && ada.versi === versi) {
      // Most recently used last: the oldest entries are the first of the map.
      peta.delete(k);
      peta.set(k, ada);
      return { nilai: await ada.nilai, versi };
    }
    this.dihitung++;
    const nilai = hitung();
    const entri = { versi, nilai };
    peta.delete(k);
    peta.set(k, entri);
    while (peta.size > this.#maks) peta.delete(peta.keys().next().value!);
    try {
      return { nilai: await nilai, versi };
    } catch (e) {
      if (peta.get(k) === entri) peta.delete(k);
      throw e;
    }
  }

  /** Forgets every entry (tests). */
  kosongkan(db: Db): void {
    this.#peta.delete(db);
  }
}

/** The part of a caller's reach a cache key needs: the same rows for the same key, never another caller's rows. */
export function kunciLingkup(l: { semua: boolean, jalur: readonly string[], pegawaiId: readonly number[] }): string {
  if (l.semua) return 'semua';
  return `j:${[...new Set(l.jalur)].sort().join(',')};p:${[...new Set(l.pegawaiId)].sort((a, b) => a - b).join(',')}`;
}
