import { CARA_AGREGASI, POLARITAS } from '@simasn/domain';
import { z } from '@simasn/kontrak';
import { TINGKAT_PROGRAM, zId, zTahun } from '../renstra/renstra.types.ts';
import { zBisaNa, zTribulan } from '../realisasi/realisasi.types.ts';

/** Request and response schemas of the capaian and budget endpoints (pure). */

/** A perangkat daerah, a year and optionally a tribulan (up to its end). */
export const skemaPeriodeUnit = z.object({
  unitId: zId,
  tahun: zTahun,
  /** 1-4: up to the end of that tribulan; omitted: the whole year. */
  tribulan: zTribulan.optional(),
});

/** GET /api/sakip/capaian */
export const skemaHitungCapaianUnit = skemaPeriodeUnit.extend({
  /** Capping policy: cap every capaian at this percent (e.g. 100 or 120); omitted: no cap. */
  batas: z.coerce.number().positive('batas harus lebih dari 0').max(1000).optional(),
});

const zUnit = z.object({ id: z.number(), kode: z.string(), nama: z.string() });
export const LEVEL_INDIKATOR = ['tujuan', 'sasaran', 'program', 'kegiatan', 'sub_kegiatan'] as const;

export const skemaCapaianIndikator = z.object({ id: z.number(), kode: z.string(), uraian: z.string(), satuan: z.string(), polaritas: z.enum(POLARITAS),
  agregasi: z.enum(CARA_AGREGASI), formula: z.string().nullable(), sumberData: z.string().nullable(), sumberOtomatis: z.string().nullable(), level: z.enum(LEVEL_INDIKATOR),
  tujuan: z.object({ kode: z.string(), uraian: z.string() }).nullable(), sasaran: z.object({ kode: z.string(), uraian: z.string() }).nullable(),
  program: z.object({ id: z.number(), kode: z.string(), nama: z.string() }).nullable(), target: z.number().nullable(), sumberTarget: z.enum(['pk', 'renstra']).nullable(),
  tribulan: z.array(
    z.object({ tribulan: z.number(), nilai: zBisaNa.nullable(), sumber: z.string().nullable(), catatan: z.string().nullable(), versi: z.number().nullable(),
      bukti: z.array(z.object({ id: z.number(), nama: z.string() })) }),
  ), realisasi: zBisaNa.nullable(), capaian: zBisaNa.nullable(), catatan: z.string().nullable(),
  tahunLalu: z.array(z.object({ tahun: z.number(), target: z.number().nullable(), realisasi: zBisaNa.nullable(), capaian: zBisaNa.nullable() })),
  targetAkhir: z.number().nullable(), capaianTerhadapTargetAkhir: zBisaNa.nullable(), angkaNasional: z.number().nullable(), baseline: z.number().nullable(),
  tahunBaseline: z.number().nullable(), pagu: z.number().nullable(), realisasiAnggaran: z.number().nullable(), sisaAnggaran: z.number().nullable(), penyerapan: zBisaNa.nullable(),
  efisiensi: zBisaNa.nullable(), biayaPerOutcome: zBisaNa.nullable() });

export const skemaResponsCapaianUnit = z.object({ unit: zUnit, tahun: z.number(), tribulan: z.number().nullable(),
  renstra: z.object({ id: z.number(), nama: z.string(), tahunAwal: z.number(), tahunAkhir: z.number() }), aturan: z.string(), kebijakanBatas: z.number().nullable(),
  kebijakan: z.string(), indikator: z.array(skemaCapaianIndikator),
  ringkasan: z.object({ rataRataCapaian: zBisaNa, pagu: z.number(), realisasiAnggaran: z.number(), sisaAnggaran: z.number(), penyerapan: zBisaNa,
    efisiensi: zBisaNa.nullable() }) });
export type CapaianUnit = z.output<typeof skemaResponsCapaianUnit>;

/** GET /api/sakip/anggaran */
export const skemaRingkasanAnggaranUnit = skemaPeriodeUnit;

export interface PosProgram {
  id: number;
  kode: string;
  nama: string;
  tingkat: (typeof TINGKAT_PROGRAM)[number];
  pagu: number;
  realisasi: number;
  sisa: number;
  /** Percent, 2 decimals; 'N/A' when the pagu is 0. */
  penyerapan: number | 'N/A';
  /** Sub kegiatan: spending within each tribulan, and each entry's version (null: none yet). */
  tribulan?: number[];
  versiTribulan?: (number | null)[];
  anak: PosProgram[];
}
export const skemaPosProgram: z.ZodType<PosProgram, PosProgram> = z.object({ id: z.number(), kode: z.string(), nama: z.string(), tingkat: z.enum(TINGKAT_PROGRAM), pagu: z.number(),
  realisasi: z.number(), sisa: z.number(), penyerapan: zBisaNa, tribulan: z.array(z.number()).optional(), versiTribulan: z.array(z.number().nullable()).optional(), get anak() {
  return z.array(skemaPosProgram);
} });

export const skemaResponsAnggaranUnit = z.object({ renstra: z.object({ id: z.number(), nama: z.string() }), unit: zUnit, tahun: z.number(), tribulan: z.number().nullable(),
  total: z.object({ pagu: z.number(), realisasi: z.number(), sisa: z.number(), penyerapan: zBisaNa }), program: z.array(skemaPosProgram) });
