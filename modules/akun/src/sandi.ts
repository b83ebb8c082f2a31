import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { sql, type Db } from '@simasn/db';
import { tidakValid } from '@simasn/platform';
import { periksaSandiBaru, type PemilikSandi } from './auth.types.ts';
import { periksaSandiUmum } from './sandi-umum.ts';

/**
 * Passwords are hashed with argon2id at the OWASP 2024 parameters (19 MiB, 2 passes, 1 lane).
 * Algorithm 2 is Argon2id in @node-rs/argon2's enum (a const enum, not importable under
 * type stripping).
 */
const PARAMETER = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashSandi(sandi: string): Promise<string> {
  return hash(sandi, PARAMETER);
}

export async function cocokSandi(hashTersimpan: string, sandi: string): Promise<boolean> {
  try {
    return await verify(hashTersimpan, sandi);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so that timing does not tell. */
let hashSemu: Promise<string> | undefined;
export function hashPengganti(): Promise<string> {
  hashSemu ??= hashSandi('sandi-pengganti-untuk-waktu-yang-sama');
  return hashSemu;
}

export { periksaSandiBaru, type PemilikSandi } from './auth.types.ts';
export { periksaSandiUmum } from './sandi-umum.ts';

/**
 * Every rule for a new password, with the person's and the instansi's names read from the
 * database: the pure rules (length, names), then the common-password list. Throws a 422 naming
 * `kolom`, so the form shows the reason beside the field.
 */
export async function pastikanSandiLayak(db: Db, instansiId: number, sandi: string, pemilik: PemilikSandi & { pegawaiId?: number | null }, kolom: string,
  pesan = 'Kata sandi belum memenuhi syarat.'): Promise<void>
{
  const r = await db.maybeOne<{ nip: string | null, nama_pegawai: string | null, nama_instansi: string | null }>(sql`
    select (select nip from pegawai where instansi_id = ${instansiId} and id = ${pemilik.pegawaiId ?? null}) as nip,
           (select nama from pegawai where instansi_id = ${instansiId} and id = ${pemilik.pegawaiId ?? null}) as nama_pegawai,
           (select nama from instansi where instansi_id = ${instansiId}) as nama_instansi`);
  const lengkap: PemilikSandi = { namaPengguna: pemilik.namaPengguna, nip: pemilik.nip ?? r?.nip ?? null,
    namaTampilan: [pemilik.namaTampilan, r?.nama_pegawai].filter(Boolean).join(' '), namaInstansi: pemilik.namaInstansi ?? r?.nama_instansi ?? null };
  const alasan = periksaSandiBaru(sandi, lengkap) ?? periksaSandiUmum(sandi);
  if (alasan) throw tidakValid(pesan, [{ kolom, pesan: alasan }]);
}

/**
 * A one-time temporary password for an account an admin reset: four groups of four characters
 * from an alphabet without look-alikes (no 0/O, 1/l/I), about 75 bits. Shown once; the account
 * must replace it at the next login.
 */
export function buatSandiSementara(): string {
  const huruf = 'abcdefghjkmnpqrstuvwxyz23456789';
  const kelompok = () => Array.from({ length: 4 }, () => huruf[randomInt(huruf.length)]).join('');
  return [kelompok(), kelompok(), kelompok(), kelompok()].join('-');
}
