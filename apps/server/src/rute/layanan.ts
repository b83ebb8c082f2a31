import type { FastifyInstance } from 'fastify';
import { ajukanUsulanLayanan, ambilUsulanLayanan, daftarKgbBulanan, daftarNotifikasi, daftarRiwayatGaji, daftarUsulanLayanan, eksporKgbBkad, eksporUsulanLayanan, konfirmasiKgb,
  lampirkanDokumenUsulan, layananPegawai, prosesUsulanLayanan, skemaPakaiArsip, suratKgb, tandaiNotifikasiDibaca } from '@simasn/layanan';
import { KONTRAK_LAYANAN } from '@simasn/layanan/kontrak';
import { UKURAN_MAKS_BERKAS } from '@simasn/kepegawaian';
import { uraikan } from '@simasn/platform';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';
import { bacaBerkasMultipart } from './unggah.ts';

/**
 * The workflow engine's requests (every service: KGB, kenaikan pangkat, pensiun), the monthly
 * KGB (E-Berkala) and the notification bell. Reads are scoped by layanan:baca inside each query;
 * acting on a request also needs a role of the step it waits at (checked by the action).
 */
export function ruteLayanan(app: FastifyInstance) {
  const k = KONTRAK_LAYANAN;
  rute(app, k.daftarUsulan, ({ ctx, query }) => daftarUsulanLayanan(ctx, query));
  rute(app, k.eksporUsulan, async ({ ctx, query, reply }) => {
    const x = await eksporUsulanLayanan(ctx, query);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'xlsx');
  });
  rute(app, k.ajukanUsulan, ({ ctx, body }) => ajukanUsulanLayanan(ctx, body));
  rute(app, k.usulan, ({ ctx, params }) => ambilUsulanLayanan(ctx, params.id));
  rute(app, k.prosesUsulan, ({ ctx, params, body }) => prosesUsulanLayanan(ctx, params.id, body));
  rute(app, k.lampirkanDokumen, async ({ ctx, params, req }) => {
    if (req.isMultipart()) {
      const b = await bacaBerkasMultipart(req, UKURAN_MAKS_BERKAS);
      return lampirkanDokumenUsulan(ctx, params.id, params.kode, { namaBerkas: b.namaBerkas, isi: b.isi });
    }
    return lampirkanDokumenUsulan(ctx, params.id, params.kode, uraikan(skemaPakaiArsip, req.body ?? {}, 'Pilih berkas arsip (berkasId) atau unggah PDF.'));
  });
  rute(app, k.layananSaya, ({ ctx, query }) => layananPegawai(ctx, query));
  rute(app, k.kgb, ({ ctx, query }) => daftarKgbBulanan(ctx, query));
  rute(app, k.eksporKgb, async ({ ctx, query, reply }) => {
    const x = await eksporKgbBkad(ctx, query);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'xlsx');
  });
  rute(app, k.konfirmasiKgb, ({ ctx, body }) => konfirmasiKgb(ctx, body));
  rute(app, k.suratKgb, async ({ ctx, params, query, reply }) => {
    const s = await suratKgb(ctx, { id: params.id, format: query.format });
    return kirimBerkas(reply, s.isi, s.namaBerkas, query.format, query.format === 'pdf');
  });
  rute(app, k.riwayatGaji, ({ ctx, params }) => daftarRiwayatGaji(ctx, params.nip));
  rute(app, k.notifikasi, ({ ctx, query }) => daftarNotifikasi(ctx, query));
  rute(app, k.tandaiDibaca, ({ ctx, body }) => tandaiNotifikasiDibaca(ctx, body));
}
