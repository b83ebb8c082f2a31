import type { FastifyInstance } from 'fastify';
import { bulanSaya, cetakRekapBulan, daftarUsulanDisiplin, eksporRekapBulan, hitungUlangBulan, jadwalShiftUnit, putuskanUsulanDisiplin, rekapBulan } from '@simasn/rekap';
import { KONTRAK_REKAP } from '@simasn/rekap/kontrak';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';

/** Rekap presensi: the own month, the monthly rekap (screen, XLSX, PDF), recomputation, the PP 94/2021 tracker. */
export function ruteRekap(app: FastifyInstance) {
  const k = KONTRAK_REKAP;
  rute(app, k.saya, ({ ctx, query }) => bulanSaya(ctx, query));
  rute(app, k.bulan, ({ ctx, query }) => rekapBulan(ctx, query));
  rute(app, k.ekspor, async ({ ctx, query, reply }) => {
    const x = await eksporRekapBulan(ctx, query);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'xlsx');
  });
  rute(app, k.cetak, async ({ ctx, query, reply }) => {
    const x = await cetakRekapBulan(ctx, query);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'pdf');
  });
  rute(app, k.hitungUlang, ({ ctx, body }) => hitungUlangBulan(ctx, body));
  rute(app, k.disiplin, ({ ctx, query }) => daftarUsulanDisiplin(ctx, query));
  rute(app, k.jadwalShift, ({ ctx, query }) => jadwalShiftUnit(ctx, query));
  rute(app, k.putuskanDisiplin, ({ ctx, params, body }) => putuskanUsulanDisiplin(ctx, params.id, body));
}
