import { z } from '@simasn/kontrak';

/** One unit of the tree with the active employees of its subtree. */
export const zSimpulUnit = z.object({ id: z.number(), indukId: z.number().nullable(), kode: z.string(), nama: z.string(), singkatan: z.string().nullable(), jenis: z.string(),
  jalur: z.string(), jumlahPegawai: z.number() });
export type SimpulUnit = z.output<typeof zSimpulUnit>;
export const skemaDaftarUnit = z.array(zSimpulUnit);

/** GET /api/jabatan */
export const skemaCariJabatan = z.object({ q: z.string().trim().max(100).optional(), unitId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50) });

export const zJabatan = z.object({ id: z.number(), kode: z.string(), nama: z.string(), jenis: z.string(), tingkatStruktural: z.string().nullable(), eselon: z.string().nullable(),
  jenjang: z.string().nullable(), kelasJabatan: z.number().nullable(), unitId: z.number().nullable() });
export type Jabatan = z.output<typeof zJabatan>;
export const skemaDaftarJabatan = z.array(zJabatan);
