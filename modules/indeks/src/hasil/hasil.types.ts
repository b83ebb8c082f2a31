import { z, zWaktu } from '@simasn/kontrak';
import { skemaAcuanIpAsn, skemaResponsIpAsn } from '../ip-asn/ip-asn.types.ts';

/** POST /api/indeks/ip-asn/simpan */
export const skemaSimpanHasilIpAsn = skemaAcuanIpAsn.extend({ tahun: z.coerce.number().int().min(2015).max(2100),
  periode: z.enum(['tahunan', 'tw1', 'tw2', 'tw3', 'tw4']).default('tahunan') });

/** The frozen figure: its id and the whole computation it froze. */
export const skemaResponsSimpanHasilIpAsn = skemaResponsIpAsn.extend({ id: z.number() });

/** GET /api/indeks/hasil */
export const skemaDaftarHasil = z.object({ jenis: z.enum(['ip_asn', 'merit', 'ikm', 'nspk']).optional(), tahun: z.coerce.number().int().min(2000).max(2100).optional() });

/** One frozen index figure with the rule version that produced it. */
export const zHasilIndeks = z.object({ id: z.number(), jenis: z.string(), tahun: z.number(), periode: z.string(), unitId: z.number().nullable(), unit: z.string().nullable(),
  aturan: z.string(), tanggalAcuan: z.string(), nilai: z.number(), kategori: z.string().nullable(), jumlahData: z.number().nullable(), dihitungPada: zWaktu,
  dihitungOleh: z.string() });
export type HasilIndeks = z.output<typeof zHasilIndeks>;

export const skemaResponsDaftarHasil = z.array(zHasilIndeks);
