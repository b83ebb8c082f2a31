import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { skemaGalat } from '@simasn/kontrak';
import type { Db } from '@simasn/db';
import { bukaDbUji } from '@simasn/db/uji';
import { tambahLayananSurvei } from '@simasn/indeks';
import { buatFixture, NIP, type Fixture } from '@simasn/kepegawaian/uji';
import { buatAplikasi, trustProxyDariEnv } from '../src/aplikasi.ts';
import { masukSemua, type SesiUji } from './sesi-uji.ts';

/**
 * Bad input is a 4xx with an Indonesian message, never a 500 (NUL bytes, broken multipart bodies,
 * a body the handler parses itself, a malformed Origin); a 500 that does happen is logged with
 * the request id its answer names; the headers of a TLS deployment and of personal-data answers;
 * and behind a proxy only the configured hops may name the client.
 */
let db: Db;
let fx: Fixture;
let app: FastifyInstance;
const log: string[] = [];
const sesi = new Map<string, SesiUji>();

beforeAll(async () => {
  db = await bukaDbUji();
  fx = await buatFixture(db);
  const aliranLog = new Writable({ write(potongan, _enc, selesai) {
    log.push(String(potongan));
    selesai();
  } });
  app = await buatAplikasi({ db, web: false, aliranLog });
  app.get('/api/uji/rusak', { config: { akses: 'publik' } }, async () => {
    throw new TypeError("Cannot read properties of undefined (reading 'nip')");
  });
  await masukSemua(app, ['admin.bkd', 'perencana'], sesi);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const sebagai = (nama: string) => ({ cookie: sesi.get(nama)!.cookie, 'x-csrf-token': sesi.get(nama)!.csrf });

function harus4xx(r: { statusCode: number, body: string }, status?: number) {
  expect(r.statusCode, r.body).toBeGreaterThanOrEqual(400);
  expect(r.statusCode, r.body).toBeLessThan(500);
  if (status) expect(r.statusCode, r.body).toBe(status);
  const b = skemaGalat.parse(JSON.parse(r.body));
  expect(b.pesan).not.toMatch(/error|invalid|unexpected|multipart|boundary|undefined/i);
  return b;
}

describe('bad input is refused with a 4xx, never a 500', () => {
  it('a NUL byte in the query, the path or a JSON string: 400 for every route, before any query runs', async () => {
    const h = sebagai('admin.bkd');
    for (const url of ['/api/pegawai?golongan=%00', '/api/pegawai?q=a%00b', `/api/pegawai/${NIP.a1}%00`, '/api/pegawai/%00/riwayat/skp', '/api/audit?aksi=%00']) {
      const b = harus4xx(await app.inject({ method: 'GET', url, headers: h }), 400);
      expect(b).toMatchObject({ kode: 'karakter_tidak_sah' });
      expect(b.pesan).toContain('NUL');
    }
    harus4xx(await app.inject({ method: 'PATCH', url: `/api/pegawai/${NIP.a1}`, headers: h, payload: { tempatLahir: 'Suka\u0000maju', versi: 1 } }), 400);
    harus4xx(await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin\u0000', password: 'x', instansi: 'uji' } }), 400);
    harus4xx(await app.inject({ method: 'POST', url: '/api/auth/login', payload: { 'user\u0000name': 'a', password: 'x', instansi: 'uji' } }), 400);
  });

  it('a malformed multipart body on every upload route: 400 (or 406/413/422), not a 500', async () => {
    const rute = [
      ['admin.bkd', `/api/pegawai/${NIP.a1}/berkas`],
      ['admin.bkd', '/api/impor/pegawai?dryRun=true'],
      ['admin.bkd', '/api/layanan/usulan/1/dokumen/sk'],
      ['admin.bkd', '/api/indeks/merit/1/skor/1.1/bukti'],
      ['perencana', '/api/sakip/renstra/1/impor'],
      ['perencana', '/api/sakip/indikator/1/bukti'],
    ] as const;
    const rusak = [
      // no boundary at all
      { 'content-type': 'multipart/form-data', badan: 'apa saja' },
      // a boundary that never appears, then a part cut off mid-header
      { 'content-type': 'multipart/form-data; boundary=XyZ', badan: '--XyZ\r\nContent-Disposition: form-da' },
      // a part header with no end
      { 'content-type': 'multipart/form-data; boundary=XyZ', badan: '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n%PDF-1.4' },
      // a NUL in a plain field
      { 'content-type': 'multipart/form-data; boundary=XyZ', badan: '--XyZ\r\nContent-Disposition: form-data; name="versi"\r\n\r\n1\u0000\r\n--XyZ--\r\n' },
    ];
    for (const [nama, url] of rute) {
      for (const x of rusak) {
        const r = await app.inject({ method: 'POST', url, headers: { ...sebagai(nama), 'content-type': x['content-type'] }, payload: x.badan });
        expect(r.statusCode, `${url} ${r.body}`).not.toBeGreaterThanOrEqual(500);
        if (r.statusCode !== 404) harus4xx(r);
      }
    }
  });

  it('a checklist document request without berkasId: 422 naming the isian', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/layanan/usulan/1/dokumen/sk', headers: sebagai('admin.bkd'), payload: {} });
    const b = harus4xx(r, 422);
    expect(b.masalah).toEqual([expect.objectContaining({ kolom: 'berkasId' })]);
  });

  it('a malformed Origin header: 403 like any foreign origin', async () => {
    for (const origin of ['http://[::1', 'bukan url', 'http://']) {
      const b = harus4xx(await app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin }, payload: { username: 'x', password: 'y', instansi: 'uji' } }), 403);
      expect(b.kode).toBe('asal_ditolak');
    }
  });

  it('a 500 is logged (without LOG=1) with the request id the answer and its message name', async () => {
    log.length = 0;
    const r = await app.inject({ method: 'GET', url: '/api/uji/rusak' });
    expect(r.statusCode).toBe(500);
    const b = skemaGalat.parse(r.json());
    expect(b.idPermintaan).toMatch(/^[0-9A-F]{10}$/);
    expect(b.pesan).toContain(`nomor ${b.idPermintaan}`);
    expect(r.body).not.toMatch(/TypeError|undefined/);
    const baris = log.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.idPermintaan === b.idPermintaan && l.level === 50);
    expect(baris, log.join('')).toBeDefined();
    expect(JSON.stringify(baris)).toContain('Cannot read properties of undefined');
  });
});

describe('headers', () => {
  it('API answers are never stored by the browser or a proxy; files keep their own private, no-store', async () => {
    const h = sebagai('admin.bkd');
    for (const url of ['/api/pegawai', `/api/pegawai/${NIP.a1}`, '/api/auth/sesi', '/api/health', '/api/pegawai/tidak-ada']) {
      const r = await app.inject({ method: 'GET', url, headers: h });
      expect(r.headers['cache-control'], url).toMatch(/no-store/);
    }
    expect((await app.inject({ method: 'GET', url: '/api/pegawai/ekspor.xlsx', headers: h })).headers['cache-control']).toBe('private, no-store');
    expect((await app.inject({ method: 'GET', url: '/api/health' })).headers['strict-transport-security']).toBeUndefined();
  });

  it('Strict-Transport-Security when the site is served over TLS (COOKIE_SECURE=1)', async () => {
    const tls = await buatAplikasi({ db, web: false, cookieAman: true });
    try {
      const r = await tls.inject({ method: 'GET', url: '/api/health' });
      expect(r.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await tls.close();
    }
  });
});

describe('behind a reverse proxy (TRUST_PROXY)', () => {
  it('reads the setting as a hop count or a list of proxy addresses, never "trust everyone"', () => {
    expect(trustProxyDariEnv(undefined)).toBe(false);
    expect(trustProxyDariEnv('0')).toBe(false);
    expect(trustProxyDariEnv('1')).toBe(1);
    expect(trustProxyDariEnv('10.0.0.5, 10.0.1.0/24')).toEqual(['10.0.0.5', '10.0.1.0/24']);
    expect(() => trustProxyDariEnv('true')).toThrow(/TRUST_PROXY/);
  });

  it('a client rotating its own X-Forwarded-For stays one client: the login and survey limits hold', async () => {
    const proxy = await buatAplikasi({ db, web: false, trustProxy: trustProxyDariEnv('1') });
    try {
      const { token } = await tambahLayananSurvei(fx.sistem, { kode: 'LOKET-XFF', nama: 'Loket uji proxy', unitId: fx.unit.bkpsdm, populasi: 10 });
      // Every request comes through the one proxy (10.0.0.5) which appends the real client (203.0.113.7).
      const lewatProxy = (i: number) => ({ 'x-forwarded-for': `198.51.100.${i % 250}, 203.0.113.7` });
      const status: number[] = [];
      for (let i = 0; i < 65; i++) {
        status.push((await proxy.inject({ method: 'GET', url: `/api/publik/survei/${token}`, headers: lewatProxy(i), remoteAddress: '10.0.0.5' })).statusCode);
      }
      expect(status.filter((s) => s === 429).length, status.join(',')).toBeGreaterThanOrEqual(5);
      const login: number[] = [];
      for (let i = 0; i < 35; i++) {
        // An incomplete body: counted by the limit, refused before any password is checked.
        login.push((await proxy.inject({ method: 'POST', url: '/api/auth/login', headers: lewatProxy(i), remoteAddress: '10.0.0.5', payload: { username: 'x' } })).statusCode);
      }
      expect(login.filter((s) => s === 429).length, login.join(',')).toBeGreaterThanOrEqual(5);
      // Another real client behind the same proxy is not affected.
      const lain = await proxy.inject({ method: 'GET', url: `/api/publik/survei/${token}`, headers: { 'x-forwarded-for': '203.0.113.8' }, remoteAddress: '10.0.0.5' });
      expect(lain.statusCode).toBe(200);
    } finally {
      await proxy.close();
    }
  });
});
