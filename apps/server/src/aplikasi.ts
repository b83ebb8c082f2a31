import type { KatalogKursus } from '@simasn/kompetensi';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { type CacheSesi, tulisSentuhanSesi } from '@simasn/akun';
import { sql, type Db } from '@simasn/db';
import { pasangBatasPermintaan } from './batas.ts';
import { pasangPenanganGalat } from './galat.ts';
import { pasangPenjadwal, type OpsiPenjadwal } from './penjadwal.ts';
import { pasangSesi } from './sesi.ts';
import { ruteAuth } from './rute/auth.ts';
import { ruteBerkas } from './rute/berkas.ts';
import { ruteImpor } from './rute/impor.ts';
import { ruteIndeks } from './rute/indeks.ts';
import { ruteMerit } from './rute/merit.ts';
import { ruteSakip } from './rute/sakip.ts';
import { ruteKalender } from './rute/kalender.ts';
import { ruteLain } from './rute/lain.ts';
import { rutePegawai } from './rute/pegawai.ts';
import { ruteRiwayat } from './rute/riwayat.ts';
import { ruteUsulan } from './rute/usulan.ts';
import { ruteSurvei } from './rute/survei.ts';
import { ruteKenaikanPangkat } from './rute/kenaikan-pangkat.ts';
import { rutePensiun } from './rute/pensiun.ts';
import { ruteLayanan } from './rute/layanan.ts';
import { ruteLkjip } from './rute/lkjip.ts';
import { rutePresensi } from './rute/presensi.ts';
import { tutupPenulisPresensi } from '@simasn/presensi';
import { ruteCuti } from './rute/cuti.ts';
import { ruteAktivitas } from './rute/aktivitas.ts';
import { ruteUjian } from './rute/ujian.ts';
import { ruteKinerja } from './rute/kinerja.ts';
import { ruteRekap } from './rute/rekap.ts';
import { ruteKompetensi } from './rute/kompetensi.ts';
import { ruteTpp } from './rute/tpp.ts';
import { rutePembelajaran } from './rute/pembelajaran.ts';
import { pasangSumberMasukanHari } from '@simasn/rekap';
import { hariIniIso } from '@simasn/domain';
import { panaskanPembacaXlsx, PelariPekerjaan, segelSemuaAudit, tungguSegelAudit, zonaInstansi } from '@simasn/platform';
import { KONTRAK_SISTEM } from '@simasn/platform/kontrak';
import { daftarkanPekerjaanLkjip } from '@simasn/sakip';
import { rute } from './rute/definisi.ts';
import { buatShellWeb, pasangWebStatis } from './statis.ts';

export const FOLDER_WEB = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface OpsiAplikasi {
  db: Db;
  /** Log requests (off in tests). */
  log?: boolean;
  /** Send the session cookie with `Secure` even over plain HTTP behind a TLS proxy. */
  cookieAman?: boolean;
  /** Serve the built web app from apps/web/dist (default: when it exists). */
  web?: boolean;
  /**
   * Which proxies in front may name the client (X-Forwarded-For): a number of hops (1 = one
   * reverse proxy) or their addresses. Never "everyone": the client could then choose its own
   * address and dodge the per-address limits. See `trustProxyDariEnv`.
   */
  trustProxy?: number | string[] | false;
  /** Where the log goes (default stdout); tests read it. */
  aliranLog?: Writable;
  /**
   * The clock of every request: sessions (expiry, idle limit), login holds, and every action's
   * `ctx.sekarang`. Default the wall clock; tests pass their own so they never read the real one.
   */
  sekarang?: () => Date;
  /**
   * Resolved sessions kept in memory (default: a new CacheSesi). `false` reads the whole session
   * from the database on every request, as before the cache (the bench compares the two).
   */
  cacheSesi?: CacheSesi | false;
  /** The course catalogue of the competency development suggestion (default: apps/server's `KATALOG_KURSUS`); tests pass their own. */
  katalogKursus?: KatalogKursus;
  /**
   * Run the background schedulers (digest and e-mail outbox, daily TMT, selfie retention, expired
   * sessions) on `sekarang`, stopped when the app closes: the server turns them on; a test may
   * shorten their first pass (`tundaAwalMs`). Default off.
   */
  penjadwal?: boolean | OpsiPenjadwal;
}

/**
 * `TRUST_PROXY` as Fastify's trustProxy: empty or 0 = no proxy; a whole number = that many proxy
 * hops (the address the nearest hop saw connecting is the client); otherwise a comma-separated
 * list of the proxies' addresses or CIDR ranges. `true` (trust any sender) is not accepted.
 */
export function trustProxyDariEnv(nilai: string | undefined): number | string[] | false {
  const v = (nilai ?? '').trim();
  if (!v || v === '0') return false;
  if (/^\d+$/.test(v)) return Number(v);
  const alamat = v.split(',').map((a) => a.trim()).filter(Boolean);
  if (!alamat.every((a) => /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(a))) {
    throw new Error(`TRUST_PROXY harus jumlah hop proxy (mis. 1) atau daftar alamat proxy dipisah koma (mis. 10.0.0.5,10.0.1.0/24), bukan "${v}".`);
  }
  return alamat;
}

/** A hop count as the function Fastify applies to it (the nth hop from this server is the client). */
function proxyDipercaya(t: OpsiAplikasi['trustProxy']): string[] | boolean | ((alamat: string, hop: number) => boolean) {
  if (typeof t === 'number') return (_alamat, hop) => hop < t;
  return t ?? false;
}

/** A request id short enough to read out over the phone, unique enough to find in the log. */
const idPermintaanBaru = () => randomBytes(5).toString('hex').toUpperCase();

/**
 * The HTTP layer: thin. It resolves the session into a caller, checks each route's declared
 * permission, hands validated input to the module's action and maps errors. It holds no
 * business rules.
 */
export async function buatAplikasi(o: OpsiAplikasi): Promise<FastifyInstance> {
  // The log is always on: with LOG=1 every request, otherwise errors only (a 5xx is always logged,
  // with the request id its answer names).
  const app = Fastify({ logger: { level: o.log ? 'info' : 'error', ...(o.aliranLog ? { stream: o.aliranLog } : {}) }, trustProxy: proxyDipercaya(o.trustProxy),
    bodyLimit: 2 * 1024 * 1024, genReqId: idPermintaanBaru });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  pasangBatasPermintaan(app);
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: 50 * 1024 * 1024, files: 1 } });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: { openapi: '3.1.0',
      info: { title: 'SIMASN API', version: '0.1.0',
        description:
          'API SIMASN. Setiap rute menyebut izinnya di `x-izin`. Permintaan yang mengubah data dengan sesi wajib menyertakan header X-CSRF-Token (dari /api/auth/login atau /api/auth/sesi).' },
      components: { securitySchemes: { sesi: { type: 'apiKey', in: 'cookie', name: 'simasn_sesi' } } } },
    transform: jsonSchemaTransform,
  });

  let instansiBawaan = 1;
  const satu = await o.db.many<{ instansi_id: number }>(sql`select instansi_id from instansi order by instansi_id limit 2`).catch(() => []);
  if (satu.length >= 1) instansiBawaan = satu[0]!.instansi_id;
  const sekarang = o.sekarang ?? (() => new Date());
  pasangSesi(app, o.db, () => instansiBawaan, sekarang, { cacheSesi: o.cacheSesi });
  const aplikasiWeb = o.web ?? existsSync(FOLDER_WEB);
  // A server people use: the XLSX reader's worker is started now, not on the first import.
  if (aplikasiWeb) panaskanPembacaXlsx();
  // The shell names a page's first data for today (`?tahun={tahun}`): the default instansi's local day, on the server's clock.
  const hariIni = async () => hariIniIso(sekarang(), await zonaInstansi(o.db, instansiBawaan));
  pasangPenanganGalat(app, { shellWeb: aplikasiWeb ? buatShellWeb(FOLDER_WEB, { hariIni }) : undefined });

  app.addHook('onSend', async (req, reply) => {
    // A PDF sent inline (a stored document, a letter) may be previewed inside our own pages only.
    const pratinjau = reply.getHeader('content-type') === 'application/pdf' && String(reply.getHeader('content-disposition') ?? '').startsWith('inline');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', pratinjau ? 'SAMEORIGIN' : 'DENY');
    reply.header('referrer-policy', 'same-origin');
    // Over TLS (COOKIE_SECURE=1 says the site is served over HTTPS): browsers keep to HTTPS.
    if (o.cookieAman) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    // API answers carry personal data: no browser or proxy keeps them unless a route says otherwise.
    if (req.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    reply.header('content-security-policy',
      `default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors ${pratinjau ? "'self'" : "'none'"}; base-uri 'self'`);
  });

  rute(app, KONTRAK_SISTEM.kesehatan, async () => {
    const r = await o.db.one<{ v: string }>(sql`select current_setting('server_version') as v`);
    return { status: 'ok' as const, basisData: o.db.mesin, versiPostgres: r.v };
  });
  ruteAuth(app, { cookieAman: !!o.cookieAman });
  rutePegawai(app);
  ruteRiwayat(app);
  ruteBerkas(app);
  ruteUsulan(app);
  ruteImpor(app);
  ruteLain(app);
  ruteIndeks(app);
  ruteMerit(app);
  ruteSakip(app);
  ruteKalender(app);
  // Background jobs (LKjIP...): jobs a previous process left unfinished are marked failed first.
  const pekerjaan = new PelariPekerjaan(o.db, { sekarang });
  await pekerjaan.pulihkan();
  // Audit entries a previous process queued and did not seal (killed between commit and seal) enter the chain now.
  await segelSemuaAudit(o.db);
  daftarkanPekerjaanLkjip(pekerjaan);
  app.addHook('onClose', async () => {
    await pekerjaan.tutup();
    // Check-ins queued in the group-commit writer are written before the database closes.
    await tutupPenulisPresensi(o.db);
    // Their audit entries (and the answer saves') sealed into the chain.
    await tungguSegelAudit(o.db);
    // Session idle clocks noted in memory (written a moment after the request, never inside it).
    await tulisSentuhanSesi(o.db);
  });
  ruteLkjip(app, { pekerjaan });
  if (o.penjadwal) pasangPenjadwal(app, o.db, sekarang, o.penjadwal === true ? {} : o.penjadwal);
  ruteSurvei(app, { cookieAman: !!o.cookieAman });
  ruteKenaikanPangkat(app);
  rutePensiun(app);
  ruteLayanan(app);
  rutePresensi(app);
  ruteCuti(app);
  ruteAktivitas(app);
  ruteUjian(app);
  ruteKinerja(app);
  pasangSumberMasukanHari();
  ruteRekap(app);
  ruteTpp(app);
  rutePembelajaran(app);
  ruteKompetensi(app, o.katalogKursus);
  app.get('/api/openapi.json', { config: { akses: 'publik' }, schema: { hide: true } }, async () => app.swagger());

  if (aplikasiWeb) await pasangWebStatis(app, FOLDER_WEB);
  return app;
}
