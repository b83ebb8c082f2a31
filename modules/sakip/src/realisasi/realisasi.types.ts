import { SUMBER_OTOMATIS } from '@simasn/domain';
import { z, zTeksOpsional } from '@simasn/kontrak';
import { zId, zTahun, zVersi } from '../renstra/renstra.types.ts';

/** Request and response schemas of the realisasi endpoints (pure). */

export const zTribulan = z.coerce.number().int().min(1, 'tribulan 1 sampai 4').max(4, 'tribulan 1 sampai 4');

/** A figure of the SAKIP computations: a number, or 'N/A' (not yet released). */
export const zBisaNa = z.union([z.number(), z.literal('N/A')]);

/** PUT /api/sakip/realisasi */
export const skemaSimpanRealisasi = z.object({
  indikatorId: zId,
  tahun: zTahun,
  tribulan: zTribulan,
  /** The value; null together with `na: true` when the figure is not yet released. */
  nilai: z.coerce.number().refine(Number.isFinite, 'nilai harus angka').nullish(),
  na: z.boolean().default(false),
  catatan: zTeksOpsional,
  /** The version read; omitted for a first entry. */
  versi: zVersi.optional(),
}).refine((f) => f.na === (f.nilai == null), { path: ['nilai'], message: 'isi nilai realisasi, atau tandai N/A (belum rilis) tanpa nilai' });
export const skemaResponsSimpanRealisasi = z.object({ indikatorId: z.number(), tahun: z.number(), tribulan: z.number(), nilai: z.number().nullable(),
  status: z.enum(['na', 'terisi']), catatan: z.string().nullable(), versi: z.number() });

/** POST /api/sakip/indikator/:id/bukti (multipart fields besides the file) */
export const skemaBuktiRealisasi = z.object({ tahun: zTahun, tribulan: zTribulan, versi: zVersi });
export const skemaResponsBuktiRealisasi = z.object({ dokumen: z.object({ id: z.number(), namaBerkas: z.string(), jenisMime: z.string(), ukuran: z.number() }), versi: z.number() });
/** GET /api/sakip/indikator/:id/bukti/:dokumenId */
export const skemaParamBukti = z.object({ id: zId, dokumenId: zId });

/** POST /api/sakip/renstra/:id/realisasi-otomatis (the Renstra in the body, for the action) */
export const skemaIsiRealisasiOtomatis = z.object({
  renstraId: zId,
  tahun: zTahun,
  tribulan: zTribulan,
  /** Only these sources (e.g. refresh the IKM alone); omitted: all of them. */
  sumber: z.array(z.enum(SUMBER_OTOMATIS)).max(SUMBER_OTOMATIS.length).optional(),
});
/** The same without the Renstra (it is in the path). */
export const skemaIsiRealisasiOtomatisRute = skemaIsiRealisasiOtomatis.omit({ renstraId: true });
export const skemaResponsRealisasiOtomatis = z.object({ renstraId: z.number(), tahun: z.number(), tribulan: z.number(),
  indikator: z.array(
    z.object({ indikatorId: z.number(), kode: z.string(), sumber: z.enum(SUMBER_OTOMATIS), nilai: zBisaNa, rincian: z.record(z.string(), z.unknown()), versi: z.number() }),
  ) });

/** PUT /api/sakip/realisasi-anggaran */
export const skemaSimpanRealisasiAnggaran = z.object({
  programKegiatanId: zId,
  tahun: zTahun,
  tribulan: zTribulan,
  /** Spent within this tribulan (not cumulative). */
  nilai: z.coerce.number().min(0, 'realisasi anggaran tidak boleh negatif').max(1e13).multipleOf(0.01, 'paling banyak 2 angka desimal'),
  versi: zVersi.optional(),
});
export const skemaResponsRealisasiAnggaran = z.object({ programKegiatanId: z.number(), tahun: z.number(), tribulan: z.number(), nilai: z.number(), versi: z.number() });
