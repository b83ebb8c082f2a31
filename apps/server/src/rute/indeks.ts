import type { FastifyInstance } from 'fastify';
import { ATURAN_IP_ASN } from '@simasn/domain';
import { daftarHasilIndeks, daftarKekuranganIpAsn, eksporIpAsn, eksporPegawaiIpAsn, hitungIpAsn, rencanaPelatihan, simpanHasilIpAsn } from '@simasn/indeks';
import { KONTRAK_INDEKS } from '@simasn/indeks/kontrak';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';

/** The indices the agency is judged by: IP ASN (with its why and the training planner), frozen results. */
export function ruteIndeks(app: FastifyInstance) {
  rute(app, KONTRAK_INDEKS.aturanIpAsn,
    async () => Object.values(ATURAN_IP_ASN).map((a) => ({ id: a.id, nama: a.nama, dasarHukum: a.dasarHukum, berlakuMulai: a.berlakuMulai, varian: !!a.varian })));
  rute(app, KONTRAK_INDEKS.ipAsn, ({ ctx, query }) => hitungIpAsn(ctx, query));
  rute(app, KONTRAK_INDEKS.eksporIpAsn, async ({ ctx, query, reply }) => {
    const h = await eksporIpAsn(ctx, query);
    return kirimBerkas(reply, h.isi, h.namaBerkas, 'xlsx');
  });
  rute(app, KONTRAK_INDEKS.pegawaiIpAsn, ({ ctx, query }) => daftarKekuranganIpAsn(ctx, query));
  rute(app, KONTRAK_INDEKS.eksporPegawaiIpAsn, async ({ ctx, query, reply }) => {
    const h = await eksporPegawaiIpAsn(ctx, query);
    return kirimBerkas(reply, h.isi, h.namaBerkas, 'xlsx');
  });
  rute(app, KONTRAK_INDEKS.rencanaPelatihan, ({ ctx, body }) => rencanaPelatihan(ctx, body));
  rute(app, KONTRAK_INDEKS.simpanIpAsn, ({ ctx, body }) => simpanHasilIpAsn(ctx, body));
  rute(app, KONTRAK_INDEKS.hasil, ({ ctx, query }) => daftarHasilIndeks(ctx, query));
}
