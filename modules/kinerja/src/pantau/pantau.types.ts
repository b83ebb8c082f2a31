import { z } from '@simasn/kontrak';
import { RATING_EKSPEKTASI } from '@simasn/domain';
import { PERIODE_SKP, STATUS_SKP } from '../aturan-kinerja.ts';
import { zTahunSkp } from '../skp/skp.types.ts';

/** Schemas of the monitoring views: the atasan's team, a unit's cascade tree, progress per unit (pure). */

export const skemaTim = z.object({ tahun: zTahunSkp.optional() });
export const skemaPohon = z.object({ tahun: zTahunSkp.optional(), unitId: z.coerce.number().int().positive().optional() });
export const skemaProgres = z.object({ tahun: zTahunSkp.optional(), unitId: z.coerce.number().int().positive().optional() });

export const skemaResponsTim = z.object({ tahun: z.number(), periode: z.string().nullable(), labelPeriode: z.string().nullable(),
  items: z.array(
    z.object({ pegawaiId: z.number(), nip: z.string(), nama: z.string(), jabatan: z.string(), skpId: z.number().nullable(), status: z.enum(STATUS_SKP).nullable(),
      labelStatus: z.string(), jumlahRhk: z.number(), rhkTanpaRealisasi: z.number(), tertinggal: z.boolean(), perluTindakan: z.boolean(), keterangan: z.string() }),
  ) });

export const skemaResponsPohon = z.object({ tahun: z.number(), unit: z.object({ id: z.number(), nama: z.string() }).nullable(),
  simpul: z.array(
    z.object({ id: z.string(), indukId: z.string().nullable(), jenis: z.enum(['pk', 'rhk']), uraian: z.string(), target: z.string().nullable(), pemegang: z.string(),
      jabatan: z.string(), statusSkp: z.string().nullable(), tanpaPemikul: z.boolean() }),
  ), tanpaSkp: z.array(z.object({ pegawaiId: z.number(), nip: z.string(), nama: z.string(), jabatan: z.string(), atasan: z.string().nullable() })),
  jumlah: z.object({ pegawai: z.number(), punyaSkp: z.number(), rhkTanpaPemikul: z.number() }) });

export const skemaResponsProgres = z.object({ tahun: z.number(),
  items: z.array(
    z.object({ unitId: z.number(), unit: z.string(), pegawai: z.number(), belum: z.number(), draf: z.number(), diajukan: z.number(), disetujui: z.number(),
      adaRealisasi: z.number(), persenDisepakati: z.string() }),
  ) });

/** GET /api/kinerja/evaluasi-periodik: the atasan's periodic evaluation of the team (period codes by rule data; default the current one). */
export const skemaEvaluasiPeriodik = z.object({ tahun: zTahunSkp.optional(), periode: z.enum(PERIODE_SKP, { error: 'pilih periode penilaian' }).optional() });

export const skemaResponsEvaluasiPeriodik = z.object({ tahun: z.number(), periode: z.string(), labelPeriode: z.string(), jenisPeriodik: z.string(),
  periodePeriodik: z.array(z.object({ kode: z.string(), label: z.string(), dimulai: z.boolean() })),
  items: z.array(
    z.object({ pegawaiId: z.number(), nip: z.string(), nama: z.string(), jabatan: z.string(), skpId: z.number().nullable(), labelStatus: z.string(), jumlahRhk: z.number(),
      rhkDenganRealisasi: z.number(), aktivitasDisetujui: z.number(),
      penilaian: z.object({ ratingHasil: z.enum(RATING_EKSPEKTASI), ratingPerilaku: z.enum(RATING_EKSPEKTASI), labelPredikat: z.string(), status: z.enum(['draf', 'final']) })
        .nullable() }),
  ) });
