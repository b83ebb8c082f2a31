import { z, zWaktu } from '@simasn/kontrak';
import { paramNip } from '../pegawai/pegawai.types.ts';

/** `/api/pegawai/:nip/berkas/:id` */
export const paramBerkas = paramNip.extend({ id: z.coerce.number().int().positive() });

/** A document's metadata, for the profile's document tab. */
export const zBerkasPegawai = z.object({ id: z.number(), namaBerkas: z.string(), ukuran: z.number(), riwayatJenis: z.string().nullable(), riwayatId: z.number().nullable(),
  keterangan: z.string().nullable(), diunggahPada: zWaktu });
export type BerkasPegawai = z.output<typeof zBerkasPegawai>;
export const skemaDaftarBerkas = z.array(zBerkasPegawai);

/** POST (multipart): the stored document. */
export const skemaBerkasTersimpan = z.object({ id: z.number(), namaBerkas: z.string(), ukuran: z.number() });
