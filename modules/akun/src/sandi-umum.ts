import { dictionary } from '@zxcvbn-ts/language-common';
import { bentukHuruf } from './auth.types.ts';

/**
 * Common passwords: the 49,233-entry list of @zxcvbn-ts/language-common (MIT, maintained by the
 * zxcvbn-ts project; compiled from leaked-password frequency lists, ordered by frequency), plus
 * words an Indonesian office reaches for first. Checked by the server only (the web bundle stays
 * small), in the forms a guesser tries: as typed, read as leet (`P@ssw0rd`), and the word without
 * the digits and signs around it (`demo12345`, `Sayang2026!`).
 */
const TAMBAHAN_INDONESIA = [
  'rahasia',
  'katasandi',
  'kata sandi',
  'sandi',
  'bismillah',
  'indonesia',
  'merdeka',
  'sayang',
  'sayangku',
  'cinta',
  'cintaku',
  'admin',
  'administrator',
  'demo',
  'asn',
  'pns',
  'pppk',
  'pegawai',
  'kantor',
  'selamat',
  'masuk',
  'rahasiaku',
  'garuda',
  'pancasila',
  'jakarta',
  'surabaya',
  'bandung',
  'alhamdulillah',
  'qwerty',
  'asdfgh',
  'zxcvbn',
];

let daftar: Set<string> | undefined;
function sandiUmum(): Set<string> {
  daftar ??= new Set([...(dictionary['passwords-common'] as string[]), ...TAMBAHAN_INDONESIA]);
  return daftar;
}

/** The reason a password is too common, or null. */
export function periksaSandiUmum(sandi: string): string | null {
  const umum = sandiUmum();
  const kecil = sandi.toLowerCase();
  const inti = kecil.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  const [, leet] = bentukHuruf(sandi);
  if (umum.has(kecil) || umum.has(inti) || umum.has(leet) || (inti.length > 0 && umum.has(inti.replace(/[\W_]+/g, '')))) {
    return 'kata sandi terlalu mudah ditebak: termasuk kata sandi yang paling sering dipakai. Pilih yang lain, misalnya gabungan tiga kata atau lebih';
  }
  return null;
}
