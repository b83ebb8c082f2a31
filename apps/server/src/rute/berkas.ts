import type { FastifyInstance } from 'fastify';
import { ambilBerkas, daftarBerkas, UKURAN_MAKS_BERKAS, unggahBerkas } from '@simasn/kepegawaian';
import { KONTRAK_BERKAS } from '@simasn/kepegawaian/kontrak';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';
import { bacaBerkasMultipart } from './unggah.ts';

export function ruteBerkas(app: FastifyInstance) {
  rute(app, KONTRAK_BERKAS.daftar, ({ ctx, params }) => daftarBerkas(ctx, params.nip));
  rute(app, KONTRAK_BERKAS.unggah, async ({ ctx, params, req }) => {
    const { namaBerkas, isi, isian } = await bacaBerkasMultipart(req, UKURAN_MAKS_BERKAS);
    return unggahBerkas(ctx, params.nip, { namaBerkas, isi, riwayatJenis: isian.riwayatJenis || null, riwayatId: isian.riwayatId ? Number(isian.riwayatId) : null,
      keterangan: isian.keterangan || null });
  });
  rute(app, KONTRAK_BERKAS.buka, async ({ ctx, params, reply }) => {
    const b = await ambilBerkas(ctx, params.nip, params.id);
    return kirimBerkas(reply, b.isi, b.namaBerkas, 'pdf', true);
  });
}
