import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql, type Db } from '@simasn/db';
import { bukaDbUji } from '@simasn/db/uji';
import { tambahLayananSurvei } from '@simasn/indeks';
import { buatAplikasi } from '../src/aplikasi.ts';
import { buatFixture, type Fixture } from '@simasn/kepegawaian/uji';

/**
 * The public survey over HTTP: the device cookie, the one-time form token, the refusals with
 * their Indonesian messages, the per-address rate limit, and that a logged-in respondent stays
 * anonymous. (The module test covers the rules; the authorization walk covers the reach.)
 */
let db: Db;
let fx: Fixture;
let app: FastifyInstance;
let token = '';
const SEMUA_4 = [4, 4, 4, 4, 4, 4, 4, 4, 4];

const cookieDari = (r: LightMyRequestResponse) => {
  const c = ([] as string[]).concat(r.headers['set-cookie'] ?? []).find((x) => x.startsWith('simasn_survei='));
  return c ?? null;
};

async function buka(o: { cookie?: string, alamat?: string } = {}) {
  const r = await app.inject({ method: 'GET', url: `/api/publik/survei/${token}`, headers: o.cookie ? { cookie: o.cookie } : {}, remoteAddress: o.alamat });
  expect(r.statusCode, r.body).toBe(200);
  const baru = cookieDari(r);
  return { r, formulir: r.json(), cookie: o.cookie ?? baru!.split(';')[0]! };
}

const kirim = (cookie: string | null, body: unknown, headers: Record<string, string> = {}, alamat?: string) =>
  app.inject({ method: 'POST', url: `/api/publik/survei/${token}`, payload: body as object, headers: { ...(cookie ? { cookie } : {}), ...headers }, remoteAddress: alamat });

beforeAll(async () => {
  db = await bukaDbUji();
  fx = await buatFixture(db);
  token = (await tambahLayananSurvei(fx.sistem, { kode: 'LOKET-1', nama: 'Loket Layanan Kepegawaian', unitId: fx.unit.bkpsdm, populasi: 100 })).token;
  app = await buatAplikasi({ db, web: false });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('public survey over HTTP', () => {
  it('opens the form without a session and gives this browser a device cookie (httpOnly, only for the survey API)', async () => {
    const { r, formulir } = await buka();
    expect(cookieDari(r)).toMatch(/^simasn_survei=[A-Za-z0-9_-]{43}; Max-Age=31536000; Path=\/api\/publik\/survei; HttpOnly; SameSite=Lax$/);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(formulir.layanan).toEqual({ nama: 'Loket Layanan Kepegawaian', unit: 'Badan Kepegawaian dan Pengembangan SDM' });
    expect(formulir).not.toHaveProperty('perangkatBaru');
    // A browser that has the cookie keeps it.
    const lagi = await buka({ cookie: cookieDari(r)!.split(';')[0]! });
    expect(cookieDari(lagi.r)).toBeNull();
    expect((await app.inject({ method: 'GET', url: '/api/publik/survei/bukan-tautan-yang-ada' })).json()).toMatchObject({ kode: 'tidak_ditemukan' });
  });

  it('takes one response per browser per day: the second is a 409 with the reason; a reused form too', async () => {
    const a = await buka();
    const pertama = await kirim(a.cookie, { tokenFormulir: a.formulir.tokenFormulir, jawaban: SEMUA_4, saran: 'Bagus' });
    expect(pertama.statusCode, pertama.body).toBe(200);
    expect(pertama.json().pesan).toMatch(/^Terima kasih/);
    const ulang = await kirim(a.cookie, { tokenFormulir: a.formulir.tokenFormulir, jawaban: SEMUA_4 });
    expect(ulang.statusCode).toBe(409);
    expect(ulang.json()).toEqual({ kode: 'formulir_terpakai', pesan: 'Formulir ini sudah dikirim. Satu formulir hanya dapat dikirim satu kali.' });
    const b = await buka({ cookie: a.cookie });
    expect(b.formulir.sudahMengisiHariIni).toBe(true);
    const kedua = await kirim(a.cookie, { tokenFormulir: b.formulir.tokenFormulir, jawaban: SEMUA_4 });
    expect(kedua.statusCode).toBe(409);
    expect(kedua.json()).toEqual({ kode: 'sudah_mengisi',
      pesan: 'Perangkat ini sudah mengisi survei untuk layanan Loket Layanan Kepegawaian hari ini. Terima kasih; Anda dapat mengisi lagi besok.' });
    const tanpaCookie = await kirim(null, { tokenFormulir: (await buka()).formulir.tokenFormulir, jawaban: SEMUA_4 });
    expect(tanpaCookie.json().kode).toBe('perangkat_berbeda');
  });

  it('names the invalid fields in Indonesian (422) and refuses a post from another site', async () => {
    const a = await buka();
    const r = await kirim(a.cookie, { tokenFormulir: a.formulir.tokenFormulir, jawaban: [4, 4, 4], saran: 'x'.repeat(1001) });
    expect(r.statusCode).toBe(422);
    expect(r.json().masalah).toEqual(expect.arrayContaining([
      { kolom: 'jawaban', pesan: 'jawab kesembilan pertanyaan (9 jawaban)' },
      { kolom: 'saran', pesan: 'saran paling banyak 1.000 karakter' },
    ]));
    const asing = await kirim(a.cookie, { tokenFormulir: a.formulir.tokenFormulir, jawaban: SEMUA_4 }, { origin: 'https://jahat.example', host: 'localhost' });
    expect(asing.statusCode).toBe(403);
    expect(await db.maybeOne(sql`select 1 from token_formulir_survei where hash_token = ${createHash('sha256').update(a.formulir.tokenFormulir).digest('hex')}`)).toBeDefined();
    expect(
      await db.maybeOne(
        sql`select 1 from token_formulir_survei where dipakai_pada is not null and hash_token = ${createHash('sha256').update(a.formulir.tokenFormulir).digest('hex')}`,
      ),
    ).toBeUndefined();
  });

  it('keeps a logged-in respondent anonymous: the response is audited without account or address', async () => {
    const masuk = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin.bkd', password: 'rahasia-uji-1' } });
    const sesi = String(masuk.headers['set-cookie']).split(';')[0]!;
    const a = await buka();
    const r = await kirim(`${sesi}; ${a.cookie}`, { tokenFormulir: a.formulir.tokenFormulir, jawaban: SEMUA_4 }, { 'x-csrf-token': masuk.json().csrfToken });
    expect(r.statusCode, r.body).toBe(200);
    const audit = await db.many<{ akun_id: number | null, nama_pengguna: string | null, alamat_ip: string | null }>(sql`
      select akun_id, nama_pengguna, alamat_ip from audit_log where aksi = 'survei.isi'`);
    expect(audit).toHaveLength(2);
    expect(audit.every((x) => x.akun_id === null && x.nama_pengguna === null && x.alamat_ip === null)).toBe(true);
  });

  it('limits each client address: the 21st response within a minute is a 429 with an Indonesian message', async () => {
    const alamat = '198.51.100.7';
    const kode: number[] = [];
    for (let i = 0; i < 20; i++) kode.push((await kirim(null, {}, {}, alamat)).statusCode);
    expect(kode.every((k) => k === 422)).toBe(true);
    const r = await kirim(null, {}, {}, alamat);
    expect(r.statusCode).toBe(429);
    expect(r.json().pesan).toBe('Terlalu banyak permintaan; tunggu sebentar lalu ulangi.');
    // Another address is not affected.
    expect((await kirim(null, {}, {}, '198.51.100.8')).statusCode).toBe(422);
  });

  it('documents the public routes as public in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/publik/survei/{token}'].get['x-izin']).toBe('publik');
    expect(doc.paths['/api/publik/survei/{token}'].post['x-izin']).toBe('publik');
    expect(doc.paths['/api/survei/{id}/hasil.xlsx'].get['x-izin']).toBe('survei:baca');
    expect(doc.paths['/api/survei/layanan'].post['x-izin']).toBe('survei:kelola');
  });
});
