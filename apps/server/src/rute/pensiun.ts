import type { FastifyInstance } from 'fastify';
import { daftarPensiun, periksaKeluarga, periksaKeluargaPensiun } from '@simasn/layanan';
import { KONTRAK_PENSIUN } from '@simasn/layanan/kontrak';
import { rute } from './definisi.ts';

/**
 * SIMANTUN TANDUK: the BUP list and the family check against the population registry. The
 * request itself moves through the workflow engine's routes (/api/layanan/usulan, jenis pensiun).
 */
export function rutePensiun(app: FastifyInstance) {
  const k = KONTRAK_PENSIUN;
  rute(app, k.daftar, ({ ctx, query }) => daftarPensiun(ctx, query));
  rute(app, k.periksaKeluarga, ({ ctx, params }) => periksaKeluargaPensiun(ctx, params.id));
  rute(app, k.kependudukan, ({ ctx, params }) => periksaKeluarga(ctx, params.nip));
}
