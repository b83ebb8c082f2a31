import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bacaBerkasKunci, CincinKunci, GalatKunci, idKunciSandi, KunciData, kunciDariEnv, tulisBerkasKunci } from '../src/index.ts';

const NIK = '3508012501900001';
const AAD = 'pegawai.nik';

describe('kunci enkripsi data (AES-256-GCM, indeks buta HMAC)', () => {
  const a = KunciData.acak();
  const b = KunciData.acak();

  it('roundtrip: the stored value carries format version and key id, never the clear value', () => {
    const c = new CincinKunci(a.kunci);
    const s = c.enkripsi(NIK, AAD);
    expect(s.startsWith(`enc:v1:${a.kunci.id}:`)).toBe(true);
    expect(s).not.toContain(NIK);
    expect(s).not.toMatch(/\d{16}/);
    expect(c.dekripsi(s, AAD)).toBe(NIK);
    expect(idKunciSandi(s)).toBe(a.kunci.id);
    // Random IV: the same value encrypts differently each time.
    expect(c.enkripsi(NIK, AAD)).not.toBe(s);
    expect(c.dekripsi(c.enkripsi('Jl. Melati 3, RT 01/RW 02 — Sukamaju', 'pegawai.alamat'), 'pegawai.alamat')).toBe('Jl. Melati 3, RT 01/RW 02 — Sukamaju');
  });

  it('tamper detection: a changed byte, a value moved to another column, a truncated value are refused', () => {
    const c = new CincinKunci(a.kunci);
    const s = c.enkripsi(NIK, AAD);
    const [awal, isi] = [s.slice(0, s.lastIndexOf(':') + 1), s.slice(s.lastIndexOf(':') + 1)];
    const bytes = Buffer.from(isi, 'base64url');
    for (const posisi of [0, 12, bytes.length - 1]) {
      const ubah = Buffer.from(bytes);
      ubah[posisi]! ^= 1;
      expect(() => c.dekripsi(awal + ubah.toString('base64url'), AAD)).toThrow(GalatKunci);
    }
    expect(() => c.dekripsi(s, 'keluarga.nik')).toThrow(/keaslian/);
    expect(() => c.dekripsi(`${awal}AAAA`, AAD)).toThrow(/rusak/);
  });

  it('wrong key: a value from another key is refused, whether its id is known or forged', () => {
    const s = new CincinKunci(a.kunci).enkripsi(NIK, AAD);
    expect(() => new CincinKunci(b.kunci).dekripsi(s, AAD)).toThrow(/tidak terpasang/);
    // The id swapped for the installed key's: authentication fails, nothing is returned.
    const palsu = s.replace(a.kunci.id, b.kunci.id);
    expect(() => new CincinKunci(b.kunci).dekripsi(palsu, AAD)).toThrow(/keaslian/);
  });

  it('rotation: the primary key writes, old keys still read; blind indexes per key for search', () => {
    const lama = new CincinKunci(a.kunci);
    const s = lama.enkripsi(NIK, AAD);
    const putar = new CincinKunci(b.kunci, [a.kunci]);
    expect(putar.dekripsi(s, AAD)).toBe(NIK);
    const baru = putar.enkripsi(putar.dekripsi(s, AAD), AAD);
    expect(idKunciSandi(baru)).toBe(b.kunci.id);
    // After rotation the old key is not needed any more.
    expect(new CincinKunci(b.kunci).dekripsi(baru, AAD)).toBe(NIK);
    expect(putar.indeksSemua('nik', NIK)).toEqual([b.kunci.indeks('nik', NIK), a.kunci.indeks('nik', NIK)]);
    expect(putar.indeks('nik', NIK)).toBe(b.kunci.indeks('nik', NIK));
  });

  it('blind index: deterministic per key and domain, not the value, differs across keys', () => {
    const i = a.kunci.indeks('nik', NIK);
    expect(i).toBe(a.kunci.indeks('nik', ` ${NIK} `));
    expect(i).not.toContain(NIK);
    expect(i).not.toBe(a.kunci.indeks('no_kk', NIK));
    expect(i).not.toBe(b.kunci.indeks('nik', NIK));
  });

  it('key material is never printed: inspect, JSON and messages show the id only', () => {
    const teks = KunciData.acak();
    const c = new CincinKunci(teks.kunci);
    for (const keluaran of [inspect(teks.kunci, { showHidden: true, depth: 5 }), inspect(c, { showHidden: true, depth: 5 }), JSON.stringify(c), JSON.stringify(teks.kunci)]) {
      expect(keluaran).not.toContain(teks.base64);
      expect(keluaran).not.toContain(Buffer.from(teks.base64, 'base64').toString('hex'));
    }
    try {
      new CincinKunci(KunciData.acak().kunci).dekripsi(c.enkripsi(NIK, AAD), AAD);
    } catch (e) {
      expect((e as Error).message).not.toContain(teks.base64);
    }
  });

  it('configuration: base64 of 32 bytes from the environment, older keys beside it; a bad key is a clear error', () => {
    expect(kunciDariEnv({})).toBeNull();
    const c = kunciDariEnv({ SIMASN_KUNCI_DATA: b.base64, SIMASN_KUNCI_DATA_LAMA: `${a.base64}, ${b.base64}` })!;
    expect(c.utama.id).toBe(b.kunci.id);
    expect(c.lama.map((k) => k.id)).toEqual([a.kunci.id]);
    expect(() => kunciDariEnv({ SIMASN_KUNCI_DATA: Buffer.alloc(16).toString('base64') })).toThrow(/32 byte/);
    expect(() => kunciDariEnv({ SIMASN_KUNCI_DATA: 'bukan base64!' })).toThrow(/base64/);
  });

  it('key file: owner-only permissions, primary first', () => {
    const berkas = join(mkdtempSync(join(tmpdir(), 'kunci-')), 'kunci-data');
    tulisBerkasKunci(berkas, [b.base64, a.base64]);
    expect(statSync(berkas).mode & 0o777).toBe(0o600);
    const c = bacaBerkasKunci(berkas);
    expect([c.utama.id, ...c.lama.map((k) => k.id)]).toEqual([b.kunci.id, a.kunci.id]);
  });
});
