import type { Db } from '@simasn/db';
import { lingkupUntuk, type Lingkup, type Pemanggil } from './akses/lingkup.ts';
import type { Izin } from '@simasn/kontrak';
import { belumMasuk } from './galat.ts';

/**
 * What every action receives: the database (or the running transaction), who is calling, from
 * where, and the clock. Actions take no other ambient state, so a test builds one in a line.
 */
export interface Konteks {
  db: Db;
  instansiId: number;
  pemanggil: Pemanggil | null;
  alamatIp?: string | null;
  sekarang: () => Date;
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
  return {
    akunId: 0, namaPengguna: nama, namaTampilan: nama, instansiId, pegawaiId: null,
    jalurUnitSendiri: null, peran: [], sistem: true,
  };
}

export function konteksSistem(db: Db, instansiId: number, nama = 'sistem'): Konteks {
  return { db, instansiId, pemanggil: pemanggilSistem(instansiId, nama), sekarang: () => new Date() };
}
