import { createCipheriv, createDecipheriv, createHmac, createSecretKey, hkdfSync, type KeyObject, randomBytes } from 'node:crypto';

/**
 * Encryption at rest of personal data (UU 27/2022 Pelindungan Data Pribadi): AES-256-GCM
 * (authenticated: a changed byte, a value moved to another column or a wrong key is refused,
 * never decrypted to garbage) and an HMAC-SHA256 blind index for exact search (NIK).
 *
 * A stored value is `enc:v1:<key id>:<base64url(iv 12 B | ciphertext | tag 16 B)>`: the format
 * version and the id of the key that wrote it, so that keys can rotate (rows written under an old
 * key stay readable while `simasn kunci putar` rewrites them). The additional authenticated data
 * is the column (`pegawai.nik`), so a ciphertext copied into another column does not open.
 *
 * One 32-byte secret per key (`SIMASN_KUNCI_DATA`, base64); the encryption key and the blind-index
 * key are derived from it with HKDF (separate purposes, one thing to back up). The key id is an
 * HMAC of the secret: it names the key without revealing it. Key material lives in private
 * fields: it is never printed by console.log, JSON or an error.
 */

export const AWALAN_SANDI = 'enc:v1:';

/** A key problem the operator must fix (missing, malformed, wrong key): the message says how. */
export class GalatKunci extends Error {
  constructor(pesan: string) {
    super(pesan);
    this.name = 'GalatKunci';
  }
}

export class KunciData {
  readonly id: string;
  // KeyObjects: several times faster per operation than raw buffers (no key import each call).
  readonly #enkripsi: KeyObject;
  readonly #indeks: KeyObject;

  constructor(bahan: Uint8Array) {
    if (bahan.length !== 32) throw new GalatKunci(`Kunci enkripsi data harus 32 byte (base64 dari 32 byte acak, mis. "openssl rand -base64 32"), bukan ${bahan.length} byte.`);
    const b = Buffer.from(bahan);
    this.#enkripsi = createSecretKey(Buffer.from(hkdfSync('sha256', b, Buffer.alloc(0), 'simasn/enkripsi/v1', 32)));
    this.#indeks = createSecretKey(Buffer.from(hkdfSync('sha256', b, Buffer.alloc(0), 'simasn/indeks-buta/v1', 32)));
    this.id = createHmac('sha256', b).update('simasn/id-kunci/v1').digest('base64url').slice(0, 10);
  }

  /** A key from its base64 text (the form of SIMASN_KUNCI_DATA and of the key file). */
  static dariBase64(teks: string, asal = 'kunci'): KunciData {
    const t = teks.trim();
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(t)) throw new GalatKunci(`${asal} bukan teks base64.`);
    return new KunciData(Buffer.from(t, 'base64'));
  }

  /** A new random key (its base64 text is what an operator stores). */
  static acak(): { kunci: KunciData, base64: string } {
    const b = randomBytes(32);
    return { kunci: new KunciData(b), base64: b.toString('base64') };
  }

  enkripsi(teks: string, aad: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.#enkripsi, iv);
    c.setAAD(Buffer.from(aad, 'utf8'));
    const isi = Buffer.concat([c.update(teks, 'utf8'), c.final()]);
    return `${AWALAN_SANDI}${this.id}:${Buffer.concat([iv, isi, c.getAuthTag()]).toString('base64url')}`;
  }

  /** Opens the body of a value written by this key; throws GalatKunci when it was changed. */
  bukaIsi(isi: Buffer, aad: string, rujukan: string): string {
    if (isi.length < 28) throw new GalatKunci(`Nilai terenkripsi ${rujukan} rusak (terlalu pendek).`);
    const d = createDecipheriv('aes-256-gcm', this.#enkripsi, isi.subarray(0, 12));
    d.setAAD(Buffer.from(aad, 'utf8'));
    d.setAuthTag(isi.subarray(isi.length - 16));
    try {
      return Buffer.concat([d.update(isi.subarray(12, isi.length - 16)), d.final()]).toString('utf8');
    } catch {
      throw new GalatKunci(`Nilai terenkripsi ${rujukan} tidak lolos pemeriksaan keaslian (diubah, dipindah dari kolom lain, atau kunci salah).`);
    }
  }

  /** Blind index: HMAC-SHA256 of the normalised value within its domain (`nik`, `no_kk`). */
  indeks(ranah: string, teks: string): string {
    return createHmac('sha256', this.#indeks).update(`${ranah}\u0000${teks.trim()}`).digest('base64url');
  }

  toJSON() {
    return { id: this.id };
  }
}

/** The keys in use: the primary one writes, the older ones (during a rotation) only read. */
export class CincinKunci {
  readonly utama: KunciData;
  readonly lama: readonly KunciData[];

  constructor(utama: KunciData, lama: readonly KunciData[] = []) {
    this.utama = utama;
    this.lama = lama.filter((k) => k.id !== utama.id);
  }

  get semua(): KunciData[] {
    return [this.utama, ...this.lama];
  }

  kenal(id: string): boolean {
    return this.semua.some((k) => k.id === id);
  }

  enkripsi(teks: string, aad: string): string {
    return this.utama.enkripsi(teks, aad);
  }

  /** A stored value in clear; a value that is not encrypted (a row from before encryption) is returned as it is. */
  dekripsi(nilai: string, aad: string): string {
    if (!nilai.startsWith(AWALAN_SANDI)) return nilai;
    const [id, isi] = pecahSandi(nilai, aad);
    const k = this.semua.find((x) => x.id === id);
    if (!k) throw new GalatKunci(`Nilai ${aad} dienkripsi dengan kunci ${id} yang tidak terpasang (SIMASN_KUNCI_DATA atau SIMASN_KUNCI_DATA_LAMA).`);
    return k.bukaIsi(isi, aad, aad);
  }

  /** The blind index under the primary key (what a write stores). */
  indeks(ranah: string, teks: string): string {
    return this.utama.indeks(ranah, teks);
  }

  /** The blind index under every key in use: an exact search matches rows not yet rotated too. */
  indeksSemua(ranah: string, teks: string): string[] {
    return this.semua.map((k) => k.indeks(ranah, teks));
  }

  toJSON() {
    return { utama: this.utama.id, lama: this.lama.map((k) => k.id) };
  }
}

function pecahSandi(nilai: string, rujukan: string): [id: string, isi: Buffer] {
  const sisa = nilai.slice(AWALAN_SANDI.length);
  const i = sisa.indexOf(':');
  if (i <= 0) throw new GalatKunci(`Nilai terenkripsi ${rujukan} rusak (tanpa id kunci).`);
  return [sisa.slice(0, i), Buffer.from(sisa.slice(i + 1), 'base64url')];
}

/** The id of the key a stored value was written with, or null for a clear value. */
export function idKunciSandi(nilai: string): string | null {
  if (!nilai.startsWith(AWALAN_SANDI)) return null;
  const sisa = nilai.slice(AWALAN_SANDI.length);
  const i = sisa.indexOf(':');
  return i > 0 ? sisa.slice(0, i) : null;
}

let terpasang: CincinKunci | null = null;

/**
 * Installs the process's keys (the server and the CLI at start, after `siapkanKunciData`; tests
 * in their setup). Module code reads them with `kunciData()`.
 */
export function pasangKunciData(c: CincinKunci | null): void {
  terpasang = c;
}

export function kunciData(): CincinKunci {
  if (!terpasang) throw new GalatKunci('Kunci enkripsi data belum dipasang (SIMASN_KUNCI_DATA).');
  return terpasang;
}

export function adaKunciData(): boolean {
  return terpasang !== null;
}

/** Encrypts a column value (null stays null) under the installed primary key. */
export function enkripsiNilai(nilai: string | null | undefined, aad: string): string | null {
  if (nilai == null || nilai === '') return nilai === '' ? '' : null;
  return kunciData().enkripsi(String(nilai), aad);
}

/** Decrypts a column value (null stays null; a clear value from before encryption is returned as it is). */
export function dekripsiNilai(nilai: string | null | undefined, aad: string): string | null {
  if (nilai == null) return null;
  return kunciData().dekripsi(nilai, aad);
}

/** The blind index a write stores (null for null). */
export function indeksButa(ranah: string, nilai: string | null | undefined): string | null {
  if (nilai == null || nilai === '') return null;
  return kunciData().indeks(ranah, String(nilai));
}

/** The blind indexes an exact search looks for (every key in use). */
export function indeksButaCari(ranah: string, nilai: string): string[] {
  return kunciData().indeksSemua(ranah, nilai);
}

/** Keys written one after another (whitespace or commas), named after where they come from for the messages. */
export function kunciDariTeks(teks: string, asal: string): KunciData[] {
  return teks.split(/[\s,]+/).filter(Boolean).map((t, i) => KunciData.dariBase64(t, `${asal} (kunci ke-${i + 1})`));
}

/** The keys configured in the environment: SIMASN_KUNCI_DATA (primary), SIMASN_KUNCI_DATA_LAMA (older keys, comma-separated). */
export function kunciDariEnv(env: NodeJS.ProcessEnv = process.env): CincinKunci | null {
  const utama = env.SIMASN_KUNCI_DATA?.trim();
  if (!utama) return null;
  return new CincinKunci(KunciData.dariBase64(utama, 'SIMASN_KUNCI_DATA'), kunciDariTeks(env.SIMASN_KUNCI_DATA_LAMA ?? '', 'SIMASN_KUNCI_DATA_LAMA'));
}
