import type { FastifyInstance } from 'fastify';
import { ambilProfilKompetensi, catatAsesmen, daftarAsesmen, daftarJpm, daftarKamus, daftarStandar, eksporAsesmen, eksporJpm, eksporStandar, imporStandar, simpanKompetensiTeknis,
  simpanStandar, verifikasiAsesmen, type KatalogKursus } from '@simasn/kompetensi';
import { kursusPengembangan } from '@simasn/pembelajaran';
import { KONTRAK_KOMPETENSI } from '@simasn/kompetensi/kontrak';
import { UKURAN_MAKS_BERKAS } from '@simasn/kepegawaian';
import { GalatAplikasi } from '@simasn/platform';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';
import { bacaBerkasMultipart } from './unggah.ts';

const UKURAN_MAKS_IMPOR = 10 * 1024 * 1024;

/**
 * The course catalogue the development suggestion draws from: the published e-learning courses of
 * modules/pembelajaran with the competency codes they develop (an instansi with none: the
 * suggestion says no course is available yet).
 */
export const KATALOG_KURSUS: KatalogKursus = { kursusUntuk: kursusPengembangan };

/** Kompetensi: dictionary, standar per jabatan (edit, import, export), assessment results, profile and JPM. */
export function ruteKompetensi(app: FastifyInstance, katalog: KatalogKursus = KATALOG_KURSUS) {
  const k = KONTRAK_KOMPETENSI;
  rute(app, k.kamus, ({ ctx, query }) => daftarKamus(ctx, query));
  rute(app, k.simpanTeknis, ({ ctx, body }) => simpanKompetensiTeknis(ctx, body));
  rute(app, k.standar, ({ ctx, query }) => daftarStandar(ctx, query));
  rute(app, k.simpanStandar, ({ ctx, params, body }) => simpanStandar(ctx, params.id, body));
  rute(app, k.eksporStandar, async ({ ctx, query, reply }) => {
    const x = await eksporStandar(ctx, query);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'xlsx');
  });
  rute(app, k.imporStandar, async ({ ctx, req, reply }) => {
    const b = await bacaBerkasMultipart(req, UKURAN_MAKS_IMPOR);
    if (b.isi.length > UKURAN_MAKS_IMPOR) throw new GalatAplikasi(413, 'terlalu_besar', 'Berkas impor lebih dari 10 MB.');
    const h = await imporStandar(ctx, { namaBerkas: b.namaBerkas, isi: b.isi });
    return h.ok ? h : reply.status(422).send(h);
  });
  rute(app, k.asesmen, ({ ctx, query }) => daftarAsesmen(ctx, query));
  rute(app, k.eksporAsesmen, async ({ ctx, query, reply }) => {
    const x = await eksporAsesmen(ctx, query);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'xlsx');
  });
  rute(app, k.catatAsesmen, async ({ ctx, req }) => {
    const b = await bacaBerkasMultipart(req, UKURAN_MAKS_BERKAS);
    return catatAsesmen(ctx, { isian: b.isian, namaBerkas: b.namaBerkas || null, isi: b.isi.length ? b.isi : null });
  });
  rute(app, k.verifikasiAsesmen, ({ ctx, params, body }) => verifikasiAsesmen(ctx, params.id, body));
  rute(app, k.profil, ({ ctx, query }) => ambilProfilKompetensi(ctx, query, katalog));
  rute(app, k.jpm, ({ ctx, query }) => daftarJpm(ctx, query));
  rute(app, k.eksporJpm, async ({ ctx, query, reply }) => {
    const x = await eksporJpm(ctx, query);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'xlsx');
  });
}
