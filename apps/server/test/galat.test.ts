import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { skemaGalat } from '@simasn/kontrak';
import { konflik, tidakValid } from '@simasn/platform';
import { pasangPenanganGalat } from '../src/galat.ts';

/** An error as the database driver raises it (SQLSTATE in `code`, English detail). */
function galatPg(code: string) {
  return Object.assign(new Error('duplicate key value violates unique constraint "pegawai_pkey"'), { code, constraint: 'pegawai_instansi_id_nip_key',
    detail: 'Key (instansi_id, nip)=(1, 199001012015031001) already exists.' });
}

async function jawab(galat: unknown, opsi: { body?: string, tipe?: string } = {}) {
  const app = Fastify({ logger: false });
  pasangPenanganGalat(app);
  app.post('/uji', async () => {
    throw galat;
  });
  const r = await app.inject({ method: 'POST', url: '/uji', payload: opsi.body ?? '{}', headers: { 'content-type': opsi.tipe ?? 'application/json' } });
  await app.close();
  return { status: r.statusCode, badan: skemaGalat.parse(r.json()), teks: r.body };
}

describe('every error answers in the contract shape, in Indonesian, without raw detail', () => {
  it("passes an action's own errors through with their problems", async () => {
    const r = await jawab(tidakValid('Isian belum benar.', [{ kolom: 'nip', pesan: 'NIP harus 18 digit' }]));
    expect(r).toMatchObject({ status: 422, badan: { kode: 'tidak_valid', pesan: 'Isian belum benar.', masalah: [{ kolom: 'nip', pesan: 'NIP harus 18 digit' }] } });
    expect((await jawab(konflik('Sudah ada usulan yang berjalan.', { usulanId: 7 }))).badan).toEqual({ kode: 'konflik', pesan: 'Sudah ada usulan yang berjalan.',
      masalah: { usulanId: 7 } });
  });

  it.each([['23505', 409, 'konflik'], ['23503', 422, 'tidak_valid'], ['23514', 422, 'tidak_valid'], ['22P02', 422, 'tidak_valid'], ['40001', 409, 'konflik']])(
    'translates database error %s and keeps its English detail out of the answer',
    async (kode, status, kodeGalat) => {
      const r = await jawab(galatPg(kode));
      expect(r.status).toBe(status);
      expect(r.badan.kode).toBe(kodeGalat);
      expect(r.teks).not.toMatch(/Key \(|constraint|pegawai_|already exists|violates/);
    },
  );

  it('answers a malformed request in Indonesian, not with the framework message', async () => {
    const app = Fastify({ logger: false });
    pasangPenanganGalat(app);
    app.post('/uji', async () => ({ ok: true }));
    const r = await app.inject({ method: 'POST', url: '/uji', payload: '{"rusak":', headers: { 'content-type': 'application/json' } });
    await app.close();
    expect(r.statusCode).toBe(400);
    expect(skemaGalat.parse(r.json())).toEqual({ kode: 'permintaan_salah', pesan: 'Permintaan tidak dapat dibaca; muat ulang halaman lalu ulangi.' });
  });

  it('reveals nothing of an unexpected error', async () => {
    const r = await jawab(new Error('TypeError: cannot read properties of undefined (reading "nip") at /srv/app.ts:12'));
    expect(r).toMatchObject({ status: 500, badan: { kode: 'galat_server' } });
    expect(r.teks).not.toMatch(/TypeError|undefined|app\.ts/);
  });
});
