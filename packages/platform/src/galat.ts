import type { MasalahIsian } from '@simasn/kontrak';

/**
 * Errors an action may raise on purpose. Each carries the HTTP status the API answers with and a
 * message in Indonesian for the person on the other side. Anything else is a 500.
 */
export class GalatAplikasi extends Error {
  readonly status: number;
  readonly kode: string;
  readonly rincian?: unknown;
  constructor(status: number, kode: string, pesan: string, rincian?: unknown) {
    super(pesan);
    this.name = 'GalatAplikasi';
    this.status = status;
    this.kode = kode;
    this.rincian = rincian;
  }
}

/** One invalid isian: where and why (for imports `baris` names the spreadsheet row); the wire shape is the contract's. */
export type { MasalahIsian } from '@simasn/kontrak';

export const belumMasuk = (pesan = 'Silakan masuk terlebih dahulu.') => new GalatAplikasi(401, 'belum_masuk', pesan);
export const terlarang = (pesan = 'Anda tidak berwenang melakukan tindakan ini.') => new GalatAplikasi(403, 'terlarang', pesan);
export const tidakDitemukan = (pesan = 'Data tidak ditemukan.') => new GalatAplikasi(404, 'tidak_ditemukan', pesan);
export const konflik = (pesan: string, rincian?: unknown) => new GalatAplikasi(409, 'konflik', pesan, rincian);
export const tidakValid = (pesan: string, masalah: MasalahIsian[]) => new GalatAplikasi(422, 'tidak_valid', pesan, masalah);
export const terlaluBanyak = (pesan: string) => new GalatAplikasi(429, 'terlalu_banyak', pesan);
