import type { FastifyInstance } from 'fastify';
import { ambilBuktiMerit, ambilPenilaianMerit, ambilPenilaianNspk, bekukanNspk, bukaKembaliMerit, bukaPenilaianMerit, daftarInstrumenMerit, daftarPenilaianMerit,
  daftarPenilaianNspk, eksporMerit, eksporNspk, finalisasiMerit, simpanInstrumenMerit, simpanPenilaianNspk, ubahSkorMerit, ubahTargetMerit, UKURAN_MAKS_BUKTI,
  unggahBuktiMerit } from '@simasn/indeks';
import { amankanNamaBerkas } from '@simasn/platform';
import { KONTRAK_MERIT } from '@simasn/indeks/kontrak';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';
import { bacaBerkasMultipart } from './unggah.ts';

/**
 * The Sistem Merit self-assessment (scores per sub-aspect, evidence, finalisation) and the NSPK
 * assessment. Reads are open to every holder of indeks:baca (instansi aggregates, not personal
 * data); changes need indeks:kelola.
 */
export function ruteMerit(app: FastifyInstance) {
  rute(app, KONTRAK_MERIT.daftarInstrumen, ({ ctx }) => daftarInstrumenMerit(ctx));
  rute(app, KONTRAK_MERIT.simpanInstrumen, ({ ctx, body }) => simpanInstrumenMerit(ctx, body));
  rute(app, KONTRAK_MERIT.daftar, ({ ctx }) => daftarPenilaianMerit(ctx));
  rute(app, KONTRAK_MERIT.buka, ({ ctx, body }) => bukaPenilaianMerit(ctx, body));
  rute(app, KONTRAK_MERIT.ambil, ({ ctx, params }) => ambilPenilaianMerit(ctx, params.id));
  rute(app, KONTRAK_MERIT.ekspor, async ({ ctx, params, reply }) => {
    const h = await eksporMerit(ctx, params.id);
    return kirimBerkas(reply, h.isi, h.namaBerkas, 'xlsx');
  });
  rute(app, KONTRAK_MERIT.ubahTarget, ({ ctx, params, body }) => ubahTargetMerit(ctx, params.id, body));
  rute(app, KONTRAK_MERIT.ubahSkor, ({ ctx, params, body }) => ubahSkorMerit(ctx, params.id, params.kode, body));
  rute(app, KONTRAK_MERIT.unggahBukti, async ({ ctx, params, req }) => {
    const { namaBerkas, isi, isian } = await bacaBerkasMultipart(req, UKURAN_MAKS_BUKTI);
    return unggahBuktiMerit(ctx, params.id, params.kode, { namaBerkas, isi, versi: isian.versi });
  });
  rute(app, KONTRAK_MERIT.bukti, async ({ ctx, params, reply }) => {
    const b = await ambilBuktiMerit(ctx, params.id, params.dokumenId);
    return reply.header('content-type', b.jenisMime).header('content-disposition', `inline; filename="${amankanNamaBerkas(b.namaBerkas)}"`).header('cache-control',
      'private, no-store').send(b.isi);
  });
  rute(app, KONTRAK_MERIT.finalisasi, ({ ctx, params, body }) => finalisasiMerit(ctx, params.id, body));
  rute(app, KONTRAK_MERIT.bukaKembali, ({ ctx, params, body }) => bukaKembaliMerit(ctx, params.id, body));

  rute(app, KONTRAK_MERIT.daftarNspk, ({ ctx }) => daftarPenilaianNspk(ctx));
  rute(app, KONTRAK_MERIT.ambilNspk, ({ ctx, params }) => ambilPenilaianNspk(ctx, params.tahun));
  rute(app, KONTRAK_MERIT.eksporNspk, async ({ ctx, params, reply }) => {
    const h = await eksporNspk(ctx, params.tahun);
    return kirimBerkas(reply, h.isi, h.namaBerkas, 'xlsx');
  });
  rute(app, KONTRAK_MERIT.simpanNspk, ({ ctx, params, body }) => simpanPenilaianNspk(ctx, params.tahun, body));
  rute(app, KONTRAK_MERIT.bekukanNspk, ({ ctx, params, body }) => bekukanNspk(ctx, params.tahun, body));
}
