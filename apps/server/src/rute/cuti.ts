import type { FastifyInstance } from 'fastify';
import { ajukanCuti, ajukanPembatalanCuti, cabutPengganti, daftarPengganti, tambahPengganti, prosesPembatalanCuti, ambilCuti, ambilDokumenCuti, cutiSaya, lampirkanDokumenCuti,
  persetujuanCuti, pratinjauCuti, prosesCuti } from '@simasn/cuti';
import { KONTRAK_CUTI } from '@simasn/cuti/kontrak';
import { UKURAN_MAKS_BERKAS } from '@simasn/kepegawaian';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';
import { bacaBerkasMultipart } from './unggah.ts';

/**
 * Leave and absence requests: the ASN's own (cuti:ajukan, diri), the atasan's and BKD's decisions
 * (cuti:setujui / cuti:proses; the step's role, the reach and "never your own" are checked by the
 * workflow engine and the service's effects), reads scoped by cuti:baca inside each query.
 */
export function ruteCuti(app: FastifyInstance) {
  const k = KONTRAK_CUTI;
  rute(app, k.saya, ({ ctx, query }) => cutiSaya(ctx, query));
  rute(app, k.pratinjau, ({ ctx, query }) => pratinjauCuti(ctx, query));
  rute(app, k.ajukan, ({ ctx, body }) => ajukanCuti(ctx, body));
  rute(app, k.daftarPengganti, ({ ctx }) => daftarPengganti(ctx));
  rute(app, k.tambahPengganti, ({ ctx, body }) => tambahPengganti(ctx, body));
  rute(app, k.cabutPengganti, ({ ctx, params }) => cabutPengganti(ctx, params.id));
  rute(app, k.persetujuan, ({ ctx, query }) => persetujuanCuti(ctx, query));
  rute(app, k.ambil, ({ ctx, params }) => ambilCuti(ctx, params.id));
  rute(app, k.proses, ({ ctx, params, body }) => prosesCuti(ctx, params.id, body));
  rute(app, k.ajukanPembatalan, ({ ctx, params, body }) => ajukanPembatalanCuti(ctx, params.id, body));
  rute(app, k.prosesPembatalan, ({ ctx, params, body }) => prosesPembatalanCuti(ctx, params.id, body));
  rute(app, k.lampirkanDokumen, async ({ ctx, params, req }) => {
    const b = await bacaBerkasMultipart(req, UKURAN_MAKS_BERKAS);
    return lampirkanDokumenCuti(ctx, params.id, params.kode, { namaBerkas: b.namaBerkas, isi: b.isi });
  });
  rute(app, k.dokumen, async ({ ctx, params, reply }) => {
    const d = await ambilDokumenCuti(ctx, params.id, params.kode);
    return kirimBerkas(reply, d.isi, d.namaBerkas, 'pdf', true);
  });
}
