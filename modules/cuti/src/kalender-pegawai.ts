import type { Db } from '@simasn/db';
import type { JadwalHari } from '@simasn/domain';
import { bacaDataKalender, hitungKalenderPegawai, kalenderPegawai as jadwalKalender } from '@simasn/kalender';
import { kalenderSeninJumat, type KalenderKerja } from './aturan/hari-kerja.ts';

/**
 * Where the server gets an employee's working days: modules/kalender (the calendar version their
 * unit follows, the year's holiday and cuti bersama list with its local changes, shift rosters),
 * so holidays and cuti bersama never take cuti tahunan. Days outside what the calendar computed
 * fall back to Monday to Friday. `pegawaiId` 0 asks for the instansi's own calendar. Tests may
 * install another source with `pasangSumberKalender`.
 */
export type SumberKalender = (db: Db, instansiId: number, pegawaiId: number, dari: string, sampai: string) => Promise<KalenderKerja>;

export function kalenderDariJadwal(jadwal: readonly JadwalHari[], nama = 'Kalender kerja'): KalenderKerja {
  const peta = new Map(jadwal.map((j) => [j.tanggal, j]));
  const cadangan = kalenderSeninJumat();
  return { nama, hariKerja: (t) => peta.get(t)?.hariKerja ?? cadangan.hariKerja(t), alasanLibur: (t) => {
    const j = peta.get(t);
    if (!j) return cadangan.alasanLibur!(t);
    return j.hariKerja ? null : (j.alasan ?? 'Bukan hari kerja');
  } };
}

const sumberKalenderKerja: SumberKalender = async (db, instansiId, pegawaiId, dari, sampai) => {
  const jadwal = pegawaiId ?
    (await jadwalKalender(db, instansiId, [pegawaiId], dari, sampai)).get(pegawaiId) :
    hitungKalenderPegawai(await bacaDataKalender(db, instansiId, dari, sampai), [{ id: 0, jalurUnit: null }], dari, sampai).get(0);
  return kalenderDariJadwal(jadwal ?? []);
};

let sumber: SumberKalender = sumberKalenderKerja;

export function pasangSumberKalender(s: SumberKalender | null): void {
  sumber = s ?? sumberKalenderKerja;
}

/**
 * The working days of many employees over one range at once: the calendar data, rosters and unit
 * histories are read once and each unit's days computed once (kalender's hitungKalenderPegawai),
 * instead of four reads per employee. An installed test source is asked per employee.
 */
export async function kalenderPegawaiBanyak(db: Db, instansiId: number, pegawaiIds: readonly number[], dari: string, sampai: string): Promise<Map<number, KalenderKerja>> {
  const ids = [...new Set(pegawaiIds)];
  const hasil = new Map<number, KalenderKerja>();
  if (!ids.length || dari > sampai) return hasil;
  if (sumber !== sumberKalenderKerja) {
    for (const id of ids) hasil.set(id, await sumber(db, instansiId, id, dari, sampai));
    return hasil;
  }
  const jadwal = await jadwalKalender(db, instansiId, ids, dari, sampai);
  for (const id of ids) hasil.set(id, kalenderDariJadwal(jadwal.get(id) ?? []));
  return hasil;
}

export function kalenderPegawai(db: Db, instansiId: number, pegawaiId: number, dari: string, sampai: string): Promise<KalenderKerja> {
  return sumber(db, instansiId, pegawaiId, dari, sampai);
}
