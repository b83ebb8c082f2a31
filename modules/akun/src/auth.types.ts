import { DAFTAR_ZONA_WAKTU } from '@simasn/domain';
import { PERAN, z, zIzin } from '@simasn/kontrak';

/** The instansi's time zone (IANA name): the web shows every timestamp in it. */
const zZona = z.enum(DAFTAR_ZONA_WAKTU);

/** POST /api/auth/login */
export const skemaMasuk = z.object({
  username: z.string().trim().min(1, 'NIP atau nama pengguna wajib diisi').max(80),
  password: z.string().min(1, 'kata sandi wajib diisi').max(200),
  /** Kode instansi, only needed when one installation serves several and the name is ambiguous. */
  instansi: z.string().trim().max(40).optional(),
});
export type InputMasuk = z.infer<typeof skemaMasuk>;

export const skemaResponsMasuk = z.object({
  pengguna: z.object({ id: z.number(), instansiId: z.number(), namaPengguna: z.string(), namaTampilan: z.string(), harusGantiSandi: z.boolean() }),
  csrfToken: z.string(),
});

/** POST /api/auth/ganti-sandi */
export const skemaGantiSandi = z.object({ sandiLama: z.string().min(1, 'kata sandi lama wajib diisi').max(200),
  sandiBaru: z.string().min(1, 'kata sandi baru wajib diisi').max(128) });

/** GET /api/auth/sesi: who is logged in, their roles and permissions. */
export const skemaSesi = z.discriminatedUnion('masuk', [
  z.object({ masuk: z.literal(false), zona: zZona }),
  z.object({
    masuk: z.literal(true),
    csrfToken: z.string(),
    zona: zZona,
    /** Created or reset by an admin: the API refuses everything but this, logout and the password change until it is changed. */
    harusGantiSandi: z.boolean(),
    pengguna: z.object({ namaPengguna: z.string(), namaTampilan: z.string(), nip: z.string().nullable() }),
    peran: z.array(z.object({ peran: z.enum(PERAN), label: z.string(), unitId: z.number().nullable() })),
    izin: z.array(zIzin),
  }),
]);

/** Who the new password is for: a password built from these is refused. */
export interface PemilikSandi {
  namaPengguna: string;
  namaTampilan?: string | null | undefined;
  nip?: string | null | undefined;
  namaInstansi?: string | null | undefined;
}

/** Leet digits and signs read as the letters they stand for (`Suk4m4ju` is `sukamaju`). */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '6': 'g', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i', '|': 'i', '+': 't' };

/** The password's letters two ways: digits and signs dropped, and read as leet. */
export function bentukHuruf(sandi: string): [string, string] {
  const kecil = sandi.toLowerCase();
  return [kecil.replace(/[^a-z]/g, ''), [...kecil].map((c) => LEET[c] ?? c).join('').replace(/[^a-z]/g, '')];
}

/** Words a password must not be built from: parts of the names (3 letters or more) and the app's own. */
function kataPemilik(p: PemilikSandi): string[] {
  const kata = [p.namaPengguna, p.namaTampilan ?? '', p.namaInstansi ?? '', 'simasn bkd bkpsdm kepegawaian pegawai'].join(' ').toLowerCase().split(/[^a-z]+/);
  return [...new Set(kata.filter((k) => k.length >= 3))].sort((x, y) => y.length - x.length);
}

/**
 * Password rules (NIST SP 800-63B: length over composition, no password built from the person or
 * the agency). Returns a reason or null. Pure, so the web's forms check a new password with the
 * same rules before sending it; the list of common passwords is checked by the server only
 * (`periksaSandiUmum`, modules/akun/src/sandi-umum.ts: 49,000 entries stay out of the bundle).
 */
export function periksaSandiBaru(sandi: string, pemilik: string | PemilikSandi): string | null {
  const p = typeof pemilik === 'string' ? { namaPengguna: pemilik } : pemilik;
  if (sandi.length < 8) return 'kata sandi minimal 8 karakter';
  if (sandi.length > 128) return 'kata sandi maksimal 128 karakter';
  const kecil = sandi.toLowerCase();
  if (kecil.includes(p.namaPengguna.toLowerCase()) || (p.nip && sandi.replace(/\D/g, '').includes(p.nip))) return 'kata sandi tidak boleh memuat nama pengguna/NIP';
  if (/^(.)\1+$/.test(sandi) || ['12345678', 'password', 'sandi123', 'qwertyui'].includes(kecil)) return 'kata sandi terlalu mudah ditebak';
  // Built from a name: what is left after taking out the names' words is under 4 letters.
  const kata = kataPemilik(p);
  for (const bentuk of bentukHuruf(sandi)) {
    let sisa = bentuk;
    for (const k of kata) sisa = sisa.replaceAll(k, '');
    if (sisa !== bentuk && sisa.length < 4) return 'kata sandi tidak boleh dibangun dari nama Anda, nama pengguna/NIP atau nama instansi';
  }
  return null;
}
