import { kueriDaftar, skemaHalamanDaftar, z, zWaktu } from '@simasn/kontrak';
import { STATUS_PERANGKAT } from '../label-presensi.ts';

/** Devices bound to accounts, and requests to bind another one (pure schemas). */

/** POST /api/presensi/perangkat: the ASN asks to bind this device (a new phone). */
export const skemaMintaPerangkat = z.object({ perangkat: z.string().trim().min(8, 'penanda perangkat minimal 8 karakter').max(200),
  keterangan: z.string().trim().max(200).optional(), alasan: z.string().trim().min(5, 'alasan minimal 5 karakter').max(500, 'alasan paling panjang 500 karakter') });

export const URUT_PERANGKAT = ['diminta', 'nama'] as const;
/** GET /api/presensi/perangkat */
export const skemaDaftarPerangkat = kueriDaftar(URUT_PERANGKAT).extend({ status: z.enum([...STATUS_PERANGKAT, 'semua'], { message: 'status tidak dikenal' }).default('menunggu') });

export const skemaPerangkat = z.object({ id: z.number(), status: z.enum(STATUS_PERANGKAT), keterangan: z.string().nullable(), alasan: z.string().nullable(),
  catatan: z.string().nullable(), dimintaPada: zWaktu, diputuskanPada: zWaktu.nullable(), versi: z.number(),
  pegawai: z.object({ nip: z.string(), nama: z.string(), unit: z.string().nullable() }) });
export const skemaResponsDaftarPerangkat = skemaHalamanDaftar.extend({ items: z.array(skemaPerangkat) });
export const skemaResponsMintaPerangkat = z.object({ id: z.number(), status: z.enum(STATUS_PERANGKAT), pesan: z.string() });

/** POST /api/presensi/perangkat/:id/putuskan */
export const skemaPutuskanPerangkat = z.object({ setuju: z.boolean(), catatan: z.string().trim().max(500).optional(), versi: z.number().int().positive() }).refine(
  (f) => f.setuju || (f.catatan?.length ?? 0) >= 5,
  { path: ['catatan'], message: 'alasan penolakan minimal 5 karakter' },
);
