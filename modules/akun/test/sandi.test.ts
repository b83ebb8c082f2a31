import { describe, expect, it } from 'vitest';
import { periksaSandiBaru } from '../src/auth.types.ts';
import { periksaSandiUmum } from '../src/sandi-umum.ts';
import { lamaTunggu, teksTunggu, TUNGGU_MAKS_DETIK } from '../src/tahanan-masuk.ts';

const pemilik = { namaPengguna: 'rina.k', namaTampilan: 'Rina Kartikasari', namaInstansi: 'Kabupaten Sukamaju' };
const alasan = (s: string) => periksaSandiBaru(s, pemilik) ?? periksaSandiUmum(s);

describe('new passwords (issue 10, item 8)', () => {
  it.each(['password1', 'qwerty123', 'demo12345', 'P@ssw0rd', 'iloveyou2', 'sayang123', 'Bismillah1', '123456789', 'abc12345'])('refuses the common %s', (s) => {
    expect(alasan(s)).toMatch(/terlalu mudah ditebak/);
  });
  it.each(['sukamaju1', 'Sukamaju2026!', 'SUK4MAJU88', 'kartikasari', 'Rina1990!', 'rina-kartika-sari', 'kabupatensukamaju'])('refuses %s built from the names', (s) => {
    expect(alasan(s)).toMatch(/dibangun dari nama|memuat nama pengguna/);
  });
  it.each(['kopi tubruk pagi hari', 'Sepeda-Biru-Di-Taman', 'rina suka kopi tubruk', 'Hujan9Deras7Sore', 'rahasia-uji-2026x'])('accepts %s', (s) => {
    expect(alasan(s)).toBeNull();
  });
  it('refuses a NIP inside the password of its own account', () => {
    expect(periksaSandiBaru('x198802022012032003', { namaPengguna: '198802022012032003', nip: '198802022012032003' })).toBe('kata sandi tidak boleh memuat nama pengguna/NIP');
  });
});

describe('login waits (issue 10, item 4)', () => {
  it('are free up to the threshold, then 1, 2, 4... seconds up to the cap', () => {
    expect([4, 5, 6, 7, 8, 12, 13, 14, 40].map((n) => lamaTunggu(n, 5))).toEqual([0, 1, 2, 4, 8, 128, 256, TUNGGU_MAKS_DETIK, TUNGGU_MAKS_DETIK]);
  });
  it('are said in seconds and minutes', () => {
    expect([1, 59, 60, 128, 300].map(teksTunggu)).toEqual(['1 detik', '59 detik', '1 menit', '2 menit 8 detik', '5 menit']);
  });
});
