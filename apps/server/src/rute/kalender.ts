import type { FastifyInstance } from 'fastify';
import { daftarKalender, daftarLibur, hapusKalenderUnit, hitungUlang, imporLibur, jadwalPegawai, jadwalUnit, simpanJadwalShift, simpanRosterUnit, tambahKalenderUnit, templatLibur,
  ubahLibur } from '@simasn/kalender';
import { KONTRAK_KALENDER as K } from '@simasn/kalender/kontrak';
import { tidakValid } from '@simasn/platform';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';
import { bacaBerkasMultipart } from './unggah.ts';

const UKURAN_MAKS_IMPOR_LIBUR = 2 * 1024 * 1024;

/** Kalender kerja (contract: KONTRAK_KALENDER in modules/kalender/src/kontrak.ts). */
export function ruteKalender(app: FastifyInstance) {
  rute(app, K.daftar, ({ ctx }) => daftarKalender(ctx));
  rute(app, K.tambahVersi, ({ ctx, body }) => tambahKalenderUnit(ctx, body));
  rute(app, K.hapusVersi, ({ ctx, params }) => hapusKalenderUnit(ctx, params.id));
  rute(app, K.jadwalUnit, ({ ctx, query }) => jadwalUnit(ctx, query));
  rute(app, K.jadwalPegawai, ({ ctx, params, query }) => jadwalPegawai(ctx, params.id, query));
  rute(app, K.simpanShift, ({ ctx, params, body }) => simpanJadwalShift(ctx, params.id, body));
  rute(app, K.simpanRoster, ({ ctx, body }) => simpanRosterUnit(ctx, body));
  rute(app, K.hitungUlang, ({ ctx, body }) => hitungUlang(ctx, body));
  rute(app, K.libur, ({ ctx, query }) => daftarLibur(ctx, query));
  rute(app, K.ubahLibur, ({ ctx, body }) => ubahLibur(ctx, body));
  rute(app, K.imporLibur, async ({ ctx, req, reply }) => {
    const b = await bacaBerkasMultipart(req, UKURAN_MAKS_IMPOR_LIBUR);
    if (b.isi.length > UKURAN_MAKS_IMPOR_LIBUR) throw tidakValid('Berkas terlalu besar.', [{ kolom: 'file', pesan: 'berkas daftar libur paling besar 2 MB' }]);
    const h = await imporLibur(ctx, { tahun: b.isian.tahun }, { namaBerkas: b.namaBerkas, isi: b.isi });
    return reply.status(h.ok ? 200 : 422).send(h);
  });
  rute(app, K.templatLibur, async ({ ctx, query, reply }) => {
    const b = await templatLibur(ctx, query);
    return kirimBerkas(reply, b.isi, b.namaBerkas, 'xlsx');
  });
}
