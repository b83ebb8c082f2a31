import { createHash, randomBytes } from 'node:crypto';
import { sql } from '@simasn/db';
import { keZonaWaktu } from '@simasn/domain';
import { tidakDitemukan, type Konteks } from '@simasn/platform';
import { POLA_ACAK } from './survei.types.ts';

export { POLA_ACAK };

/**
 * What the public survey routes share: finding a service unit by the token of its public link,
 * the device identity, and the hashes kept instead of the values. A device is known only by a
 * random value in its own cookie; the database keeps the SHA-256 of it (and of each form token),
 * never the value, and never an IP address.
 */
export const POLA_TOKEN_PUBLIK = /^[A-Za-z0-9_-]{16,64}$/;

/** 256 random bits, URL-safe (43 characters). */
export const acak = () => randomBytes(32).toString('base64url');
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const sidikPerangkat = (perangkat: string) => sha256(`perangkat:${perangkat}`);

/** A form token is good for this long after the form was opened. */
export const UMUR_TOKEN_FORMULIR_MENIT = 120;

export interface LayananPublik {
  instansiId: number;
  id: number;
  nama: string;
  unit: string;
}

/**
 * The active service unit behind a public link, in whichever instansi it is (the link carries no
 * instansi; its token is random). The context the public actions then write with is that
 * instansi's, with no caller and no address: the survey is anonymous.
 */
export async function layananDariTautan(ctx: Konteks, token: string): Promise<{ layanan: LayananPublik, ctx: Konteks }> {
  const l = POLA_TOKEN_PUBLIK.test(token)
    ? await ctx.db.maybeOne<LayananPublik & { zona: string }>(sql`
        select l.instansi_id as "instansiId", l.id, l.nama, u.nama as unit, i.zona_waktu as zona
          from layanan_survei l join unit_organisasi u on u.instansi_id = l.instansi_id and u.id = l.unit_id
          join instansi i on i.instansi_id = l.instansi_id
         where l.token = ${token} and l.aktif
         order by l.instansi_id limit 1`)
    : undefined;
  if (!l) throw tidakDitemukan('Survei ini tidak ditemukan atau sudah ditutup. Periksa kembali tautan atau kode QR-nya.');
  const { zona, ...lain } = l;
  const layanan = { ...lain, instansiId: Number(l.instansiId), id: Number(l.id) };
  // The response's day is the survey instansi's local day: its zone, not the session's instansi's.
  return { layanan, ctx: { ...ctx, instansiId: layanan.instansiId, pemanggil: null, alamatIp: null, zona: keZonaWaktu(zona) } };
}
