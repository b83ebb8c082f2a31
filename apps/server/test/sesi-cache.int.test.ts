import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql, type Db } from '@simasn/db';
import { bukaDbUji } from '@simasn/db/uji';
import { BATAS_DIAM_MENIT, buatSesi, CacheSesi, jumlahTulisanSentuhSesi, TUNDA_TULIS_SENTUH_MS, tulisSentuhanSesi, UMUR_SESI_JAM } from '@simasn/akun';
import { buatFixture, NIP, type Fixture } from '@simasn/kepegawaian/uji';
import { buatAplikasi } from '../src/aplikasi.ts';

/**
 * Issue 11, performance: resolved sessions are kept in memory (CacheSesi) and every request checks
 * the instansi's change counter (migration 0019). Two applications on one database stand for two
 * server processes: a change made through one takes effect on the very next request of the other,
 * whose cache already holds the session.
 */
let db: Db;
let fx: Fixture;
let a: FastifyInstance;
let b: FastifyInstance;
const cacheA = () => cache.a;
const cache = {} as { a: CacheSesi, b: CacheSesi };

beforeAll(async () => {
  db = await bukaDbUji();
  fx = await buatFixture(db);
  cache.a = new CacheSesi(db);
  cache.b = new CacheSesi(db);
  a = await buatAplikasi({ db, web: false, cacheSesi: cache.a });
  b = await buatAplikasi({ db, web: false, cacheSesi: cache.b });
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await db?.close();
});

interface Sesi {
  cookie: string;
  csrf: string;
}
async function login(nama: string, sandi = 'rahasia-uji-1'): Promise<Sesi> {
  const r = await a.inject({ method: 'POST', url: '/api/auth/login', payload: { username: nama, password: sandi } });
  expect(r.statusCode, `${nama}: ${r.body}`).toBe(200);
  return { cookie: String(r.headers['set-cookie']).split(';')[0]!, csrf: r.json().csrfToken };
}
const panggil = (app: FastifyInstance, s: Sesi, method: 'GET' | 'POST' | 'PUT', url: string, payload?: Record<string, unknown>): Promise<LightMyRequestResponse> =>
  app.inject({ method, url, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, ...(payload === undefined ? {} : { payload }) });
const idAkun = async (nama: string) => (await db.one<{ id: number }>(sql`select id from akun where instansi_id = 1 and nama_pengguna = ${nama}`)).id;
const versi = async () => (await db.maybeOne<{ versi: number }>(sql`select versi from versi_data where instansi_id = 1 and ranah = 'sesi'`))?.versi ?? 0;

/** Both "processes" have the session in memory and answer it without reading the session join. */
async function hangat(s: Sesi) {
  const masuk = async (app: FastifyInstance) => (await panggil(app, s, 'GET', '/api/auth/sesi')).json().masuk;
  for (const app of [a, b]) expect(await masuk(app)).toBe(true);
  const sebelum = { a: cache.a.hitungan.baca, b: cache.b.hitungan.baca };
  for (const app of [a, b]) expect(await masuk(app)).toBe(true);
  expect(cache.a.hitungan.baca).toBe(sebelum.a);
  expect(cache.b.hitungan.baca).toBe(sebelum.b);
}

describe('session cache: a change takes effect on the very next request, on every process', () => {
  it('serves repeated requests from memory: the session join runs once per process, not per request', async () => {
    const s = await login(NIP.a1);
    const awal = cacheA().hitungan.baca;
    for (let i = 0; i < 20; i++) expect((await panggil(a, s, 'GET', '/api/saya')).statusCode).toBe(200);
    expect(cacheA().hitungan.baca - awal).toBe(1);
  });

  it('logout', async () => {
    const s = await login(NIP.a1);
    await hangat(s);
    expect((await panggil(a, s, 'POST', '/api/auth/logout')).statusCode).toBe(200);
    expect((await panggil(b, s, 'GET', '/api/saya')).statusCode).toBe(401);
    expect((await panggil(a, s, 'GET', '/api/saya')).statusCode).toBe(401);
  });

  it('deactivation by an admin', async () => {
    const admin = await login('admin.bkd');
    const s = await login(NIP.b1);
    await hangat(s);
    expect((await panggil(a, admin, 'POST', `/api/akun/${await idAkun(NIP.b1)}/nonaktifkan`, { alasan: 'uji' })).statusCode).toBe(200);
    expect((await panggil(b, s, 'GET', '/api/saya')).statusCode).toBe(401);
    expect((await panggil(a, s, 'GET', '/api/saya')).statusCode).toBe(401);
    expect((await panggil(a, admin, 'POST', `/api/akun/${await idAkun(NIP.b1)}/aktifkan`)).statusCode).toBe(200);
  });

  it('a role change: the new reach applies at once, the old one is gone at once', async () => {
    const admin = await login('admin.bkd');
    const s = await login('admin.dinkes');
    await hangat(s);
    // admin OPD of Dinkes: an employee of BKPSDM is outside the reach.
    expect((await panggil(b, s, 'GET', `/api/pegawai/${NIP.a1}`)).statusCode).toBe(404);
    expect((await panggil(b, s, 'GET', `/api/pegawai/${NIP.b1}`)).statusCode).toBe(200);
    expect((await panggil(a, admin, 'PUT', `/api/akun/${await idAkun('admin.dinkes')}/peran`, { peran: [{ peran: 'admin_opd', unitKode: 'BKPSDM' }] })).statusCode).toBe(200);
    expect((await panggil(b, s, 'GET', `/api/pegawai/${NIP.a1}`)).statusCode).toBe(200);
    expect((await panggil(b, s, 'GET', `/api/pegawai/${NIP.b1}`)).statusCode).toBe(404);
    expect((await panggil(a, admin, 'PUT', `/api/akun/${await idAkun('admin.dinkes')}/peran`, { peran: [{ peran: 'admin_opd', unitKode: 'DINKES' }] })).statusCode).toBe(200);
    expect((await panggil(b, s, 'GET', `/api/pegawai/${NIP.b1}`)).statusCode).toBe(200);
  });

  it('a password reset ends the sessions; a password change ends the other sessions', async () => {
    const admin = await login('admin.bkd');
    const s = await login(NIP.a2);
    await hangat(s);
    const r = await panggil(a, admin, 'POST', `/api/akun/${await idAkun(NIP.a2)}/reset-sandi`);
    expect(r.statusCode).toBe(200);
    expect((await panggil(b, s, 'GET', '/api/saya')).statusCode).toBe(401);
    // Log in with the temporary password: only the change is allowed until it is made.
    const baru = await login(NIP.a2, r.json().sandiSementara);
    await panggil(b, baru, 'GET', '/api/auth/sesi');
    expect((await panggil(b, baru, 'GET', '/api/saya')).statusCode).toBe(403);
    const lain = await login(NIP.a2, r.json().sandiSementara);
    await panggil(b, lain, 'GET', '/api/auth/sesi');
    expect((await panggil(a, baru, 'POST', '/api/auth/ganti-sandi', { sandiLama: r.json().sandiSementara, sandiBaru: 'Kebun-Mangga-Ranum-77' })).statusCode).toBe(200);
    // The flag cleared for the session that changed it, the other session ended: both on the other process.
    expect((await panggil(b, baru, 'GET', '/api/saya')).statusCode).toBe(200);
    expect((await panggil(b, lain, 'GET', '/api/saya')).statusCode).toBe(401);
  });

  it('a unit moved in the tree: the reach of an admin OPD follows it at once', async () => {
    const s = await login('admin.bkpsdm');
    await hangat(s);
    expect((await panggil(b, s, 'GET', `/api/pegawai/${NIP.b1}`)).statusCode).toBe(404);
    await db.run(sql`update unit_organisasi set induk_id = ${fx.unit.bkpsdm} where instansi_id = 1 and id = ${fx.unit.yankes}`);
    expect((await panggil(b, s, 'GET', `/api/pegawai/${NIP.b1}`)).statusCode).toBe(200);
    await db.run(sql`update unit_organisasi set induk_id = ${fx.unit.dinkes} where instansi_id = 1 and id = ${fx.unit.yankes}`);
    expect((await panggil(b, s, 'GET', `/api/pegawai/${NIP.b1}`)).statusCode).toBe(404);
  });

  it("the unit path of a role follows a move of the role's unit", async () => {
    const s = await login('admin.dinkes');
    const c = new CacheSesi(db);
    const jalur = async () => (await c.baca(s.cookie.split('=')[1]!))!.pemanggil.peran[0]!.jalurUnit;
    const awal = await jalur();
    await db.run(sql`update unit_organisasi set induk_id = ${fx.unit.bkpsdm} where instansi_id = 1 and id = ${fx.unit.dinkes}`);
    expect(await jalur()).toBe(`/${fx.unit.bkpsdm}${awal}`);
    await db.run(sql`update unit_organisasi set induk_id = null where instansi_id = 1 and id = ${fx.unit.dinkes}`);
    expect(await jalur()).toBe(awal);
  });

  it("the account's own unit path follows a move of its pegawai", async () => {
    const s = await login(NIP.a1);
    const c = new CacheSesi(db);
    const awal = (await c.baca(s.cookie.split('=')[1]!))!.pemanggil.jalurUnitSendiri;
    await db.run(sql`update pegawai set jalur_unit = '/99/' where instansi_id = 1 and nip = ${NIP.a1}`);
    expect((await c.baca(s.cookie.split('=')[1]!))!.pemanggil.jalurUnitSendiri).toBe('/99/');
    await db.run(sql`update pegawai set jalur_unit = ${awal} where instansi_id = 1 and nip = ${NIP.a1}`);
    expect((await c.baca(s.cookie.split('=')[1]!))!.pemanggil.jalurUnitSendiri).toBe(awal);
  });

  it('logins, the idle clock and login bookkeeping do not move the counter (the morning peak keeps its caches)', async () => {
    const v = await versi();
    const s = await login(NIP.a1);
    await login(NIP.b1);
    await db.run(sql`update sesi set aktif_terakhir = now() where instansi_id = 1`);
    await db.run(sql`update akun set masuk_terakhir = now() where instansi_id = 1`);
    expect((await panggil(a, s, 'GET', '/api/saya')).statusCode).toBe(200);
    expect(await versi()).toBe(v);
  });

  it('emptying the session table (TRUNCATE fires no row trigger) ends every cached session', async () => {
    const s = await login(NIP.b1);
    await hangat(s);
    await db.exec('truncate sesi');
    expect((await panggil(b, s, 'GET', '/api/saya')).statusCode).toBe(401);
  });

  it('many requests arriving together share one read of the counter', async () => {
    const s = await login(NIP.a1);
    await panggil(a, s, 'GET', '/api/saya');
    const awal = cacheA().hitungan.bacaVersi;
    const r = await Promise.all(Array.from({ length: 40 }, () => cacheA().baca(s.cookie.split('=')[1]!)));
    expect(r.every((x) => x?.pemanggil.namaPengguna === NIP.a1)).toBe(true);
    expect(cacheA().hitungan.bacaVersi - awal).toBeLessThanOrEqual(2);
  });
});

describe('session cache: expiry and the idle timeout still hold (the test sets the clock)', () => {
  const T0 = new Date('2026-05-04T01:00:00Z');
  const menit = (m: number) => new Date(T0.getTime() + m * 60_000);
  const sesiBaru = async (nama = NIP.a1) => (await buatSesi(db, 1, await idAkun(nama), {}, T0)).cookie;

  it('a session idle longer than the limit ends, although it is in memory', async () => {
    const c = new CacheSesi(db);
    const cookie = await sesiBaru();
    expect(await c.baca(cookie, menit(0.5))).not.toBeNull();
    const baca = c.hitungan.baca;
    expect(await c.baca(cookie, menit(BATAS_DIAM_MENIT - 1))).not.toBeNull(); // still within the limit (a hit, which touches)
    expect(c.hitungan.baca).toBe(baca);
    expect(await c.baca(cookie, menit(2 * BATAS_DIAM_MENIT - 2))).not.toBeNull();
    expect(await c.baca(cookie, menit(3 * BATAS_DIAM_MENIT))).toBeNull();
    // and the database agrees: a fresh process does not bring it back
    expect(await new CacheSesi(db).baca(cookie, menit(3 * BATAS_DIAM_MENIT))).toBeNull();
  });

  it('the idle clock is written at most once a minute, and another process that saw an older one asks the database', async () => {
    const c = new CacheSesi(db);
    const lain = new CacheSesi(db);
    const cookie = await sesiBaru();
    const id = (cookie: string) => cookie.split('.')[1]!;
    const aktif = async () =>
      new Date((await db.one<{ t: Date }>(sql`select aktif_terakhir as t from sesi where instansi_id = 1 and id = encode(sha256(convert_to(${id(cookie)}, 'UTF8')), 'hex')`)).t)
        .getTime();
    expect(await lain.baca(cookie, menit(0))).not.toBeNull(); // the other process caches the session at T0
    for (const m of [0.2, 0.4, 0.6, 0.8]) expect(await c.baca(cookie, menit(m))).not.toBeNull();
    await tulisSentuhanSesi(db);
    expect(await aktif()).toBe(T0.getTime());
    expect(await c.baca(cookie, menit(1.5))).not.toBeNull();
    // Noted in memory by the request, written a moment later (never inside the request).
    expect(await aktif()).toBe(T0.getTime());
    await tulisSentuhanSesi(db);
    expect(await aktif()).toBe(menit(1.5).getTime());
    // Later than the limit after T0 but not after the last touch: the other process must not end the session.
    expect(await lain.baca(cookie, menit(BATAS_DIAM_MENIT + 1))).not.toBeNull();
  });

  it('the touches of many sessions are one statement, written outside the requests, and a session held only by a pending touch is not revived', async () => {
    const c = new CacheSesi(db);
    const cookies = await Promise.all(Array.from({ length: 30 }, () => sesiBaru()));
    for (const k of cookies) expect(await c.baca(k, menit(0))).not.toBeNull();
    await tulisSentuhanSesi(db);
    const n = jumlahTulisanSentuhSesi(db);
    // 30 requests two minutes later: each needs a touch; none writes one itself.
    const r = await Promise.all(cookies.map((k) => c.baca(k, menit(2))));
    expect(r.every((x) => x !== null)).toBe(true);
    expect(jumlahTulisanSentuhSesi(db)).toBe(n);
    const tersentuh = async () => (await db.one<{ n: number }>(sql`select count(*)::int as n from sesi where instansi_id = 1 and aktif_terakhir = ${menit(2)}`)).n;
    expect(await tersentuh()).toBe(0);
    // Written on their own a moment later, all in one statement.
    await vi.waitFor(() => expect(jumlahTulisanSentuhSesi(db)).toBe(n + 1), { timeout: TUNDA_TULIS_SENTUH_MS + 4000, interval: 50 });
    await tulisSentuhanSesi(db);
    expect(jumlahTulisanSentuhSesi(db)).toBe(n + 1);
    expect(await tersentuh()).toBe(30);
    // The idle limit counts from the last touch: a fresh process ends the session past it.
    expect(await new CacheSesi(db).baca(cookies[0]!, menit(2 + BATAS_DIAM_MENIT - 1))).not.toBeNull();
    expect(await new CacheSesi(db).baca(cookies[1]!, menit(2 + BATAS_DIAM_MENIT + 1))).toBeNull();
  });

  it('a session ends at its expiry however busy it was', async () => {
    const c = new CacheSesi(db);
    const cookie = await sesiBaru();
    for (let m = 0; m < UMUR_SESI_JAM * 60; m += 60) expect(await c.baca(cookie, menit(m))).not.toBeNull();
    expect(await c.baca(cookie, menit(UMUR_SESI_JAM * 60 - 1))).not.toBeNull();
    expect(await c.baca(cookie, menit(UMUR_SESI_JAM * 60 + 0.1))).toBeNull();
  });

  it('an entry is read again after its time in memory even with no change signalled', async () => {
    let jam = 0;
    const c = new CacheSesi(db, { umurMs: 30_000, jam: () => jam });
    const cookie = await sesiBaru();
    await c.baca(cookie, menit(0));
    await c.baca(cookie, menit(0.1));
    expect(c.hitungan.baca).toBe(1);
    jam = 31_000;
    await c.baca(cookie, menit(0.2));
    expect(c.hitungan.baca).toBe(2);
  });

  it('a malformed or unknown cookie is nobody', async () => {
    const c = new CacheSesi(db);
    expect(await c.baca('1.bukan-token', menit(0))).toBeNull();
    expect(await c.baca(`1.${'A'.repeat(43)}`, menit(0))).toBeNull();
    const cookie = await sesiBaru();
    // the token of instansi 1 presented for another instansi
    expect(await c.baca(cookie.replace(/^1\./, '2.'), menit(0))).toBeNull();
  });
});
