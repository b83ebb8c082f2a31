import type { Db } from '@simasn/db';
import { kalenderSeninJumat, type KalenderKerja } from './aturan/hari-kerja.ts';

/**
 * Where the server gets an employee's working-day calendar. Until modules/kalender (per-unit
 * patterns, the yearly holiday and cuti bersama list) lands, Monday to Friday; kalender installs
 * its own source with `pasangSumberKalender` when it loads, and every count (the days a request
 * takes, the balance, the preview) follows it without a change here.
 */
export type SumberKalender = (db: Db, instansiId: number, pegawaiId: number, dari: string, sampai: string) => Promise<KalenderKerja>;

let sumber: SumberKalender = async () => kalenderSeninJumat();

export function pasangSumberKalender(s: SumberKalender): void {
  sumber = s;
}

export function kalenderPegawai(db: Db, instansiId: number, pegawaiId: number, dari: string, sampai: string): Promise<KalenderKerja> {
  return sumber(db, instansiId, pegawaiId, dari, sampai);
}
