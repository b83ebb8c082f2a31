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
export const skemaGantiSandi = z.object({ sandiLama: z.string().min(1).max(200), sandiBaru: z.string().min(1).max(128) });

/** GET /api/auth/sesi: who is logged in, their roles and permissions. */
export const skemaSesi = z.discriminatedUnion('masuk', [
  z.object({ masuk: z.literal(false), zona: zZona }),
  z.object({ masuk: z.literal(true), csrfToken: z.string(), zona: zZona, pengguna: z.object({ namaPengguna: z.string(), namaTampilan: z.string(), nip: z.string().nullable() }),
    peran: z.array(z.object({ peran: z.enum(PERAN), label: z.string(), unitId: z.number().nullable() })), izin: z.array(zIzin) }),
]);

/**
 * Password rules (NIST SP 800-63B: length over composition). Returns a reason or null. Pure, so
 * the web's forms check a new password with the same rules before sending it.
 */
export function periksaSandiBaru(sandi: string, namaPengguna: string): string | null {
  if (sandi.length < 8) return 'kata sandi minimal 8 karakter';
  if (sandi.length > 128) return 'kata sandi maksimal 128 karakter';
  if (sandi.toLowerCase().includes(namaPengguna.toLowerCase())) return 'kata sandi tidak boleh memuat nama pengguna/NIP';
  if (/^(.)\1+$/.test(sandi) || ['12345678', 'password', 'sandi123', 'qwertyui'].includes(sandi.toLowerCase())) {
    return 'kata sandi terlalu mudah ditebak';
  }
  return null;
}
