import type { FastifyInstance } from 'fastify';
import { cetakSkp, evaluasiPeriodik, konteksPenilaian, lepasAktivitas, tautkanAktivitas } from '@simasn/kinerja';
import { finalkanPenilaian, nilaiSkp, ajukanSkp, ambilBuktiRealisasiSkp, ambilRhkDariPk, ambilSkp, buatSkp, daftarTim, hapusRhk, kinerjaSaya, pilihanRhk, pohonKinerja, progresUnit,
  revisiSkp, setujuiSkp, simpanEkspektasi, simpanRealisasiSkp, simpanRhk, tambahDialog, tambahUmpanBalik, unggahBuktiRealisasiSkp } from '@simasn/kinerja';
import { KONTRAK_KINERJA } from '@simasn/kinerja/kontrak';
import { UKURAN_MAKS_BUKTI } from '@simasn/indeks';
import { amankanNamaBerkas } from '@simasn/platform';
import { kirimBerkas } from './kirim.ts';
import { rute } from './definisi.ts';
import { bacaBerkasMultipart } from './unggah.ts';

/** Kinerja: the ASN's SKP (kinerja:isi), the pejabat penilai's agreement, feedback and dialog (kinerja:nilai), monitoring (kinerja:baca). */
export function ruteKinerja(app: FastifyInstance) {
  const k = KONTRAK_KINERJA;
  rute(app, k.saya, ({ ctx, query }) => kinerjaSaya(ctx, query));
  rute(app, k.buat, ({ ctx, body }) => buatSkp(ctx, body));
  rute(app, k.ambil, ({ ctx, params }) => ambilSkp(ctx, params.id));
  rute(app, k.pilihanRhk, ({ ctx, params }) => pilihanRhk(ctx, params.id));
  rute(app, k.tambahRhk, ({ ctx, params, body }) => simpanRhk(ctx, params.id, body));
  rute(app, k.ubahRhk, ({ ctx, params, body }) => simpanRhk(ctx, params.id, body, params.rhkId));
  rute(app, k.hapusRhk, ({ ctx, params, query }) => hapusRhk(ctx, params.id, params.rhkId, query));
  rute(app, k.rhkDariPk, ({ ctx, params, body }) => ambilRhkDariPk(ctx, params.id, body));
  rute(app, k.ekspektasi, ({ ctx, params, body }) => simpanEkspektasi(ctx, params.id, body));
  rute(app, k.ajukan, ({ ctx, params, body }) => ajukanSkp(ctx, params.id, body));
  rute(app, k.setujui, ({ ctx, params, body }) => setujuiSkp(ctx, params.id, body));
  rute(app, k.revisi, ({ ctx, params, body }) => revisiSkp(ctx, params.id, body));
  rute(app, k.realisasi, ({ ctx, params, body }) => simpanRealisasiSkp(ctx, params.id, body));
  rute(app, k.unggahBukti, async ({ ctx, params, req }) => {
    const b = await bacaBerkasMultipart(req, UKURAN_MAKS_BUKTI);
    return unggahBuktiRealisasiSkp(ctx, params.id, { namaBerkas: b.namaBerkas, isi: b.isi });
  });
  rute(app, k.bukti, async ({ ctx, params, reply }) => {
    const b = await ambilBuktiRealisasiSkp(ctx, params.id);
    return reply.header('content-type', b.jenisMime).header('content-disposition', `inline; filename="${amankanNamaBerkas(b.namaBerkas)}"`).header('cache-control',
      'private, no-store').send(b.isi);
  });
  rute(app, k.umpanBalik, ({ ctx, params, body }) => tambahUmpanBalik(ctx, params.id, body));
  rute(app, k.dialog, ({ ctx, params, body }) => tambahDialog(ctx, params.id, body));
  rute(app, k.nilai, ({ ctx, params, body }) => nilaiSkp(ctx, params.id, body));
  rute(app, k.finalkan, ({ ctx, params, body }) => finalkanPenilaian(ctx, params.id, body));
  rute(app, k.konteksNilai, ({ ctx, params, query }) => konteksPenilaian(ctx, params.id, query));
  rute(app, k.evaluasiPeriodik, ({ ctx, query }) => evaluasiPeriodik(ctx, query));
  rute(app, k.tautkanAktivitas, ({ ctx, params, body }) => tautkanAktivitas(ctx, params.id, body));
  rute(app, k.lepasAktivitas, ({ ctx, params }) => lepasAktivitas(ctx, params.id, params.aktivitasId));
  rute(app, k.cetak, async ({ ctx, params, query, reply }) => {
    const c = await cetakSkp(ctx, params.id, query);
    return kirimBerkas(reply, c.isi, c.namaBerkas, query.format, query.format === 'pdf');
  });
  rute(app, k.tim, ({ ctx, query }) => daftarTim(ctx, query));
  rute(app, k.pohon, ({ ctx, query }) => pohonKinerja(ctx, query));
  rute(app, k.progres, ({ ctx, query }) => progresUnit(ctx, query));
}
