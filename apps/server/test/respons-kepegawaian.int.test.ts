import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { bukaDbUji, urlDbUji } from '@simasn/db/uji';
import type { Db } from '@simasn/db';
import { daftarAkun } from '@simasn/akun';
import { ajukanUsulan, ambilPegawai, ambilUsulan, cariJabatan, cariPegawai, daftarBerkas, daftarRiwayat, daftarUnit, daftarUsulan, statistikPegawai, tambahRiwayat,
  unggahBerkas } from '@simasn/kepegawaian';
import { daftarAudit, type Konteks } from '@simasn/platform';
import { buatAplikasi } from '../src/aplikasi.ts';
import { buatFixture, NIP, PDF, type Fixture } from '@simasn/kepegawaian/uji';

/**
 * The answers of the kepegawaian, akun and audit endpoints leave the server encoded through their
 * response schemas (undeclared fields are dropped, a value of the wrong type is a 500). With data
 * in every list, each answer must be exactly what the action returns, as JSON: a field the action
 * returns and the schema forgot would silently vanish from the page that reads it.
 */

let db: Db;
let fx: Fixture;
let app: FastifyInstance;
let admin: Konteks;
let cookie = '';
let csrf = '';
let usulanId = 0;

beforeAll(async () => {
  db = await bukaDbUji();
  fx = await buatFixture(db);
  const asn = await fx.ctx(NIP.a1);
  const b = await unggahBerkas(asn, NIP.a1, { namaBerkas: 'ktp.pdf', isi: PDF });
  usulanId = (await ajukanUsulan(asn, { jenis: 'identitas', data: { tempatLahir: 'Malang' }, alasan: 'salah ketik tempat lahir', berkasId: b.id })).id;
  const r = await tambahRiwayat(fx.sistem, NIP.a1, 'skp', { tahun: 2024, predikat: 'baik', nilai: 90 });
  await unggahBerkas(fx.sistem, NIP.a1, { namaBerkas: 'skp.pdf', isi: PDF, riwayatJenis: 'skp', riwayatId: r.id, keterangan: 'SKP 2024' });
  app = await buatAplikasi({ db, web: false });
  const m = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin.bkd', password: 'rahasia-uji-1', instansi: 'uji' } });
  expect(m.statusCode).toBe(200);
  cookie = String(m.headers['set-cookie']).split(';')[0]!;
  csrf = m.json().csrfToken;
  admin = await fx.ctx('admin.bkd');
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

async function dapat(url: string): Promise<unknown> {
  const r = await app.inject({ method: 'GET', url, headers: { cookie } });
  expect(r.statusCode, `${url}: ${r.body.slice(0, 300)}`).toBe(200);
  return r.json();
}

const sebagaiJson = (v: unknown) => JSON.parse(JSON.stringify(v));

describe('answers encoded through the response schemas keep every field the action returns', () => {
  const kasus: [string, () => Promise<unknown>][] = [
    [`/api/pegawai?limit=50`, () => cariPegawai(admin, { limit: 50 })],
    [`/api/pegawai?q=${NIP.a1.slice(0, 8)}`, () => cariPegawai(admin, { q: NIP.a1.slice(0, 8) })],
    [`/api/pegawai/${NIP.a1}`, () => ambilPegawai(admin, NIP.a1)],
    [`/api/pegawai/${NIP.a2}`, () => ambilPegawai(admin, NIP.a2)],
    [`/api/pegawai/${NIP.a1}/riwayat/jabatan`, () => daftarRiwayat(admin, NIP.a1, 'jabatan')],
    [`/api/pegawai/${NIP.a1}/riwayat/skp`, () => daftarRiwayat(admin, NIP.a1, 'skp')],
    [`/api/pegawai/${NIP.a1}/riwayat/pangkat`, () => daftarRiwayat(admin, NIP.a1, 'pangkat')],
    [`/api/pegawai/${NIP.a1}/berkas`, () => daftarBerkas(admin, NIP.a1)],
    [`/api/usulan?status=semua`, () => daftarUsulan(admin, { status: 'semua' })],
    [`/api/unit`, () => daftarUnit(admin)],
    [`/api/jabatan`, () => cariJabatan(admin, {})],
    [`/api/dasbor/statistik`, () => statistikPegawai(admin, {})],
    [`/api/akun`, () => daftarAkun(admin, {})],
    [`/api/audit?limit=200`, () => daftarAudit(admin, { limit: 200 })],
  ];
  for (const [url, aksi] of kasus) {
    it(url, async () => {
      const http = await dapat(url);
      expect(http).toEqual(sebagaiJson(await aksi()));
    });
  }

  it('/api/usulan/:id', async () => {
    expect(await dapat(`/api/usulan/${usulanId}`)).toEqual(sebagaiJson(await ambilUsulan(admin, usulanId)));
  });

  it('/api/saya', async () => {
    const asn = await fx.ctx(NIP.a1);
    const m = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: NIP.a1, password: 'rahasia-uji-1', instansi: 'uji' } });
    const r = await app.inject({ method: 'GET', url: '/api/saya', headers: { cookie: String(m.headers['set-cookie']).split(';')[0]! } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual(sebagaiJson(await ambilPegawai(asn, NIP.a1)));
  });

  it('/api/unit: the browser keeps the tree and gets 304 for its ETag until units or employees change', async () => {
    const r1 = await app.inject({ method: 'GET', url: '/api/unit', headers: { cookie } });
    expect(r1.statusCode).toBe(200);
    const etag = String(r1.headers.etag);
    expect(etag).toMatch(/^W\/"unit-\d+-\d+"$/);
    expect(r1.headers['cache-control']).toBe('private, no-cache');
    const r2 = await app.inject({ method: 'GET', url: '/api/unit', headers: { cookie, 'if-none-match': etag } });
    expect(r2.statusCode).toBe(304);
    expect(r2.body).toBe('');
    // Without a session: 401, not the cached answer.
    expect((await app.inject({ method: 'GET', url: '/api/unit', headers: { 'if-none-match': etag } })).statusCode).toBe(401);
    // An employee moves in the data: the tree is sent again with another ETag.
    await tambahRiwayat(fx.sistem, NIP.a1, 'skp', { tahun: 2023, predikat: 'baik', nilai: 88 });
    const r3 = await app.inject({ method: 'GET', url: '/api/unit', headers: { cookie, 'if-none-match': etag } });
    expect(r3.statusCode).toBe(200);
    expect(r3.headers.etag).not.toBe(etag);
    expect(r3.json()).toEqual(r1.json());
  });

  it('/api/health', async () => {
    expect(await dapat('/api/health')).toMatchObject({ status: 'ok', basisData: urlDbUji() ? 'postgres' : 'pglite' });
  });
});

describe('write endpoints answer with their declared shape', () => {
  async function kirim(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown, sesi = { cookie, csrf }) {
    const r = await app.inject({ method, url, payload: payload as object, headers: { cookie: sesi.cookie, 'x-csrf-token': sesi.csrf } });
    expect(r.statusCode, `${method} ${url}: ${r.body.slice(0, 300)}`).toBe(200);
    return r.json();
  }

  it('pegawai: tambah, ubah identitas; riwayat: tambah, ubah, hapus', async () => {
    const nip = '199203152019032001';
    expect(
      await kirim('POST', '/api/pegawai', { nip, nama: 'Dewi Anggraini', tanggalLahir: '1992-03-15', jenisKelamin: 'P', statusKepegawaian: 'PNS', tmtCpns: '2019-03-01',
        penempatan: { jabatanId: fx.jabatan.pelaksana, unitId: fx.unit.mutasi, tmt: '2019-03-01' } }),
    ).toEqual({ nip });
    const p = await dapat(`/api/pegawai/${nip}`) as { versi: number };
    expect(await kirim('PATCH', `/api/pegawai/${nip}`, { tempatLahir: 'Blitar', versi: p.versi })).toEqual({ versi: p.versi + 1, berubah: ['tempatLahir'] });
    const baru = await kirim('POST', `/api/pegawai/${nip}/riwayat/skp`, { tahun: 2024, predikat: 'baik' }) as { id: number, versi: number };
    expect(baru).toEqual({ id: expect.any(Number), versi: 1 });
    const ubah = await kirim('PUT', `/api/pegawai/${nip}/riwayat/skp/${baru.id}`, { tahun: 2024, predikat: 'sangat_baik', versi: 1 });
    expect(ubah).toEqual({ id: baru.id, versi: 2 });
    expect(await kirim('DELETE', `/api/pegawai/${nip}/riwayat/skp/${baru.id}?versi=2`)).toEqual({ ok: true });
  });

  it('akun: buat', async () => {
    expect(await kirim('POST', '/api/akun', { namaPengguna: 'staf.baru', sandi: 'Rahasia-uji-2026', peran: [{ peran: 'pimpinan' }] })).toEqual({ id: expect.any(Number),
      namaPengguna: 'staf.baru' });
  });

  it('akun: reset kata sandi, nonaktifkan, aktifkan, ubah peran, hapus tahanan', async () => {
    const a = await dapat('/api/akun?q=staf.baru') as { items: { id: number }[] };
    const id = a.items[0]!.id;
    expect(await kirim('POST', `/api/akun/${id}/reset-sandi`)).toEqual({ namaPengguna: 'staf.baru', sandiSementara: expect.stringMatching(/^[a-z2-9-]{19}$/) });
    expect(await kirim('POST', `/api/akun/${id}/nonaktifkan`, { alasan: 'uji' })).toEqual({ ok: true });
    expect(await kirim('POST', `/api/akun/${id}/aktifkan`)).toEqual({ ok: true });
    expect(await kirim('PUT', `/api/akun/${id}/peran`, { peran: [{ peran: 'perencana' }] })).toEqual({ ok: true });
    expect(await kirim('POST', `/api/akun/${id}/buka-tahanan`)).toEqual({ ok: true });
  });

  it('usulan: tolak', async () => {
    const m = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'verifikator', password: 'rahasia-uji-1', instansi: 'uji' } });
    const v = { cookie: String(m.headers['set-cookie']).split(';')[0]!, csrf: m.json().csrfToken };
    expect(await kirim('POST', `/api/usulan/${usulanId}/tolak`, { alasan: 'dokumen tidak terbaca' }, v)).toEqual({ id: usulanId, status: 'ditolak' });
  });
});
