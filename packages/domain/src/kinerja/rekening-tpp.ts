import { berhasil, gagal, type Hasil } from '../hasil.ts';

/**
 * The bank account a pegawai's TPP is transferred to (issue 12, the bank transfer file): the banks
 * a Pemda in Jawa Timur usually pays its payroll through (the regional bank first, then the
 * state-owned banks), and what an account number may look like. Indonesian account numbers are
 * 10 digits (Bank Jatim, BNI, BSI), 13 (Bank Mandiri), 15 (BRI) or 16 (BTN); 8 to 20 digits leaves
 * room for older and other formats while refusing a NIP (18 digits is allowed, so the check
 * against the holder's own NIP is separate) or a phone number typed by mistake.
 */
export const BANK_TPP = ['Bank Jatim', 'Bank Jatim Syariah', 'BRI', 'BNI', 'Bank Mandiri', 'BSI', 'BTN'] as const;
export type BankTpp = (typeof BANK_TPP)[number];

/** Each bank's full name (the form's and the template's hint). */
export const NAMA_LENGKAP_BANK: Readonly<Record<BankTpp, string>> = { 'Bank Jatim': 'Bank Pembangunan Daerah Jawa Timur', 'Bank Jatim Syariah': 'Bank Jatim Unit Usaha Syariah',
  BRI: 'Bank Rakyat Indonesia', BNI: 'Bank Negara Indonesia', 'Bank Mandiri': 'Bank Mandiri', BSI: 'Bank Syariah Indonesia', BTN: 'Bank Tabungan Negara' };

const normal = (s: string) => s.toLowerCase().replace(/^pt\.?\s+/, '').replace(/\s+tbk\.?$/, '').replace(/[^a-z]/g, '');

/** Names a sheet may use for each bank (compared without case, spaces and punctuation). */
const ALIAS_BANK: Readonly<Record<string, BankTpp>> = Object.fromEntries([
  ...BANK_TPP.map((b) => [normal(b), b] as const),
  ...BANK_TPP.map((b) => [normal(NAMA_LENGKAP_BANK[b]), b] as const),
  ...([
    ['bpdjatim', 'Bank Jatim'],
    ['jatim', 'Bank Jatim'],
    ['bankjawatimur', 'Bank Jatim'],
    ['bankjatimsyariah', 'Bank Jatim Syariah'],
    ['jatimsyariah', 'Bank Jatim Syariah'],
    ['bankbri', 'BRI'],
    ['bankbni', 'BNI'],
    ['mandiri', 'Bank Mandiri'],
    ['bankbsi', 'BSI'],
    ['bankbtn', 'BTN'],
  ] as const),
]);

/** A bank name as typed (`BANK JATIM`, `Bank BRI`, `PT Bank Negara Indonesia Tbk`) as one of BANK_TPP. */
export function parseBankTpp(teks: string | null | undefined): Hasil<BankTpp> {
  const s = String(teks ?? '').trim();
  if (!s) return gagal('nama bank wajib diisi');
  const b = ALIAS_BANK[normal(s)];
  return b ? berhasil(b) : gagal(`bank "${s}" tidak ada dalam daftar; pilihan: ${BANK_TPP.join(', ')}`);
}

export const PANJANG_REKENING = { min: 8, max: 20 } as const;

/** An account number: digits only, 8 to 20 of them; `nip` (the holder's) refused, a common slip of the column. */
export function parseNomorRekening(teks: string | number | null | undefined, nip?: string): Hasil<string> {
  const s = String(teks ?? '').trim();
  if (!s) return gagal('nomor rekening wajib diisi');
  if (s.includes('*')) return gagal('nomor rekening tersamar (berisi *); ketik nomor lengkap');
  if (!/^\d+$/.test(s)) return gagal('nomor rekening hanya angka, tanpa spasi, titik atau tanda hubung');
  if (s.length < PANJANG_REKENING.min || s.length > PANJANG_REKENING.max) {
    return gagal(`nomor rekening ${PANJANG_REKENING.min} sampai ${PANJANG_REKENING.max} angka (terbaca ${s.length} angka)`);
  }
  if (nip && s === nip) return gagal('nomor rekening sama dengan NIP');
  return berhasil(s);
}
