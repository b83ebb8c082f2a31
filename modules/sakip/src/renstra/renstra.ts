import { empty, sql } from '@simasn/db';
import { GalatAplikasi, konflik, tidakDitemukan, tidakValid, type Izin, type Konteks } from '@simasn/platform';
import { syaratUnitIzin } from '../lingkup.ts';
import type { STATUS_RENSTRA } from './renstra.types.ts';

export { zId, zKode, zTahun, zUraian, zUrutan, zVersi } from './renstra.types.ts';

/** What the Renstra actions share: loading a Renstra inside the caller's reach, and field schemas. */

export interface BarisRenstra {
  id: number;
  unit_id: number;
  unit_kode: string;
  unit_nama: string;
  jalur: string;
  tahun_awal: number;
  tahun_akhir: number;
  nama: string;
  status: (typeof STATUS_RENSTRA)[number];
  versi: number;
}

/**
 * A Renstra inside the caller's reach for `izin`, or 404 (outside the reach looks like absent).
 * Reading reaches the Renstra of the perangkat daerah above the caller's unit.
 */
export async function renstraDalamLingkup(ctx: Konteks, id: number, izin: Izin = 'sakip:baca', kunci = false): Promise<BarisRenstra> {
  const r = await ctx.db.maybeOne<BarisRenstra>(sql`
    select r.id, r.unit_id, u.kode as unit_kode, u.nama as unit_nama, u.jalur, r.tahun_awal, r.tahun_akhir, r.nama, r.status, r.versi
      from renstra r join unit_organisasi u on u.instansi_id = r.instansi_id and u.id = r.unit_id
     where r.instansi_id = ${ctx.instansiId} and r.id = ${id} and ${syaratUnitIzin(ctx, izin, 'u', { leluhur: izin === 'sakip:baca' })}
     ${kunci ? sql`for update of r` : empty}`);
  if (!r) throw tidakDitemukan('Renstra tidak ditemukan.');
  return r;
}

/** Writing a part of a Renstra: the Renstra in the caller's managing reach, locked, and not closed. */
export async function renstraUntukDiubah(ctx: Konteks, id: number): Promise<BarisRenstra> {
  const r = await renstraDalamLingkup(ctx, id, 'sakip:kelola', true);
  if (r.status === 'selesai') throw konflik(`Renstra ${r.nama} sudah selesai dan tidak dapat diubah lagi.`);
  return r;
}

/** A year inside the Renstra period, or 422 naming the field. */
export function periksaTahunRenstra(r: BarisRenstra, tahun: number, kolom: string): void {
  if (tahun < r.tahun_awal || tahun > r.tahun_akhir) {
    throw tidakValid('Tahun di luar periode Renstra.', [{ kolom, pesan: `tahun ${tahun} di luar periode Renstra ${r.tahun_awal}-${r.tahun_akhir}`, nilai: tahun }]);
  }
}

/** The 409 for an edit based on an outdated read (kode `versi_basi`, so a form can tell it from other conflicts). */
export function sudahDiubah(apa: string, ada?: number, diminta?: number) {
  const rinci = ada !== undefined && diminta !== undefined ? ` (versi ${ada}, Anda mengubah versi ${diminta})` : '';
  return new GalatAplikasi(409, 'versi_basi', `${apa} sudah diubah orang lain${rinci}. Muat ulang lalu ulangi.`);
}

/** A code already used in the Renstra: 409 with the clash named. */
export function kodeGanda(e: unknown, apa: string, kode: string): never {
  if ((e as { code?: string }).code === '23505') throw konflik(`${apa} dengan kode ${kode} sudah ada di Renstra ini.`);
  throw e;
}
