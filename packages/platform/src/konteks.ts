import { sql, type Db } from '@simasn/db';
import { keZonaWaktu, ZONA_BAWAAN, type ZonaWaktu } from '@simasn/domain';
import { lingkupUntuk, type Lingkup, type Pemanggil } from './akses/lingkup.ts';
import type { Izin } from '@simasn/kontrak';
import { belumMasuk } from './galat.ts';

/**
 * What every action receives: the database (or the running transaction), who is calling, from
 * where, the clock, and the instansi's time zone. Actions take no other ambient state, so a test
 * builds one in a line. `zona` is required on purpose: an action that needs "today" or shows a time
 * reads `ctx.zona` (`hariIniIso(ctx.sekarang(), ctx.zona)`), never the process's TZ nor a
 * hand-made +7 h; whoever builds a Konteks for an instansi loads its zone (`zonaInstansi`).
 */
export interface Konteks {
  db: Db;
  instansiId: number;
  pemanggil: Pemanggil | null;
  alamatIp?: string | null;
  sekarang: () => Date;
  zona: ZonaWaktu;
}

/** The caller, or 401. */
export function wajibMasuk(ctx: Konteks): Pemanggil {
  if (!ctx.pemanggil) throw belumMasuk();
  return ctx.pemanggil;
}

/** The caller's reach for a permission, or 401/403. */
export function lingkup(ctx: Konteks, izin: Izin): Lingkup {
  return lingkupUntuk(wajibMasuk(ctx), izin);
}

/** The same context inside a transaction. */
export function denganDb(ctx: Konteks, db: Db): Konteks {
  return { ...ctx, db };
}

/** The system acting on its own (CLI, demo generator, scheduled jobs): full reach, audited as such. */
export function pemanggilSistem(instansiId: number, nama = 'sistem'): Pemanggil {
  return { akunId: 0, namaPengguna: nama, namaTampilan: nama, instansiId, pegawaiId: null, jalurUnitSendiri: null, peran: [], sistem: true };
}

/**
 * The system's context for an instansi whose zone the caller already has (jobs read it with the
 * instansi list; tests of the WIB fixture use the default). `konteksSistemInstansi` loads it.
 */
export function konteksSistem(db: Db, instansiId: number, nama = 'sistem', zona: ZonaWaktu = ZONA_BAWAAN): Konteks {
  return { db, instansiId, pemanggil: pemanggilSistem(instansiId, nama), sekarang: () => new Date(), zona };
}

/** The system's context with the instansi's configured zone. */
export async function konteksSistemInstansi(db: Db, instansiId: number, nama = 'sistem'): Promise<Konteks> {
  return konteksSistem(db, instansiId, nama, await zonaInstansi(db, instansiId));
}

// Zones change rarely (an administrator's SQL or `simasn instansi zona`), and the session hook
// asks on every request: a minute's cache per database handle. A change made in this process
// (kepegawaian's ubahZonaInstansi calls lupakanZonaInstansi) voids it at once; one made by another
// process shows within a minute.
const cacheZona = new WeakMap<Db, Map<number, { zona: ZonaWaktu, sampai: number, generasi: number }>>();
const UMUR_CACHE_MS = 60_000;
let generasiZona = 0;

/** The instansi's configured zone (`instansi.zona_waktu`); WIB for an unknown instansi. */
export async function zonaInstansi(db: Db, instansiId: number): Promise<ZonaWaktu> {
  const peta = cacheZona.get(db) ?? new Map<number, { zona: ZonaWaktu, sampai: number, generasi: number }>();
  cacheZona.set(db, peta);
  const ada = peta.get(instansiId);
  const kini = performance.now();
  if (ada && ada.sampai > kini && ada.generasi === generasiZona) return ada.zona;
  const r = await db.maybeOne<{ zona_waktu: string }>(sql`select zona_waktu from instansi where instansi_id = ${instansiId}`);
  const zona = r ? keZonaWaktu(r.zona_waktu) : ZONA_BAWAAN;
  peta.set(instansiId, { zona, sampai: kini + UMUR_CACHE_MS, generasi: generasiZona });
  return zona;
}

/** Voids every cached zone of this process: called by whoever changes `instansi.zona_waktu`. */
export function lupakanZonaInstansi(): void {
  generasiZona++;
}
