import type { FastifyInstance } from 'fastify';
import { ambilBerkas, daftarBerkas, UKURAN_MAKS_BERKAS, unggahBerkas } from '@simasn/kepegawaian';
import { z } from '@simasn/platform';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';
import { paramNip } from './pegawai.ts';
import { bacaBerkasMultipart } from './unggah.ts';

export function ruteBerkas(app: FastifyInstance) {
  rute(app, {
    method: 'GET', url: '/api/pegawai/:nip/berkas', akses: 'pegawai:data_pribadi', tag: 'berkas',
    ringkasan: 'Daftar dokumen (PDF) pegawai', params: paramNip,
    handler: ({ ctx, params }) => daftarBerkas(ctx, params.nip),
  });
  rute(app, {
    method: 'POST', url: '/api/pegawai/:nip/berkas', akses: ['pegawai:ubah', 'usulan:ajukan'], tag: 'berkas',
    ringkasan: 'Mengunggah dokumen PDF (multipart: file, riwayatJenis, riwayatId, keterangan): admin ke entri riwayat, ASN untuk usulan',
    params: paramNip,
    handler: async ({ ctx, params, req }) => {
      const { namaBerkas, isi, medan } = await bacaBerkasMultipart(req, UKURAN_MAKS_BERKAS);
      return unggahBerkas(ctx, params.nip, {
        namaBerkas, isi, riwayatJenis: medan.riwayatJenis || null,
        riwayatId: medan.riwayatId ? Number(medan.riwayatId) : null, keterangan: medan.keterangan || null,
      });
    },
  });
  rute(app, {
    method: 'GET', url: '/api/pegawai/:nip/berkas/:id', akses: ['pegawai:data_pribadi', 'usulan:verifikasi'], tag: 'berkas',
    hasil: 'pdf', ringkasan: 'Membuka satu dokumen PDF (dicatat di log audit bila dibuka orang lain)',
    params: paramNip.extend({ id: z.coerce.number().int().positive() }),
    handler: async ({ ctx, params, reply }) => {
      const b = await ambilBerkas(ctx, params.nip, params.id);
      return kirimBerkas(reply, b.isi, b.namaBerkas, 'pdf', true);
    },
  });
}
