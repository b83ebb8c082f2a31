import { z, zWaktu } from '@simasn/kontrak';

/** Request and response schemas of the notification bell (pure: shared with the web). */

/** GET /api/notifikasi. `belumDibaca` is a yes/no flag kept as text (parsing it twice gives the same). */
export const skemaDaftarNotifikasi = z.object({ belumDibaca: z.enum(['1', '0', 'true', 'false']).optional(), limit: z.coerce.number().int().min(1).max(100).default(30) });

export const skemaNotifikasi = z.object({ id: z.number(), judul: z.string(), isi: z.string(), tautan: z.string().nullable(), usulanId: z.number().nullable(), dibuatPada: zWaktu,
  dibacaPada: zWaktu.nullable() });

export const skemaResponsDaftarNotifikasi = z.object({ belumDibaca: z.number(), items: z.array(skemaNotifikasi) });

/** POST /api/notifikasi/baca */
export const skemaTandaiDibaca = z.object({
  /** Notifications to mark; omitted: all of the caller's unread ones. */
  id: z.array(z.coerce.number().int().positive()).max(500).optional(),
});

export const skemaResponsTandaiDibaca = z.object({ ditandai: z.number(), belumDibaca: z.number() });
