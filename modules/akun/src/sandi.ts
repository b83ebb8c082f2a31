import { hash, verify } from '@node-rs/argon2';

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

export { periksaSandiBaru } from './auth.types.ts';
