import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kompresiJawaban, pilihPengodean } from '../src/kompresi.ts';

/** API answers of a kilobyte or more travel compressed to a browser that accepts it; files and small answers as they are. */
const BESAR = { data: Array.from({ length: 200 }, (_, i) => ({ nip: `19900101201503${String(i).padStart(4, '0')}`, nama: `Pegawai ${i}`, unit: 'Dinas Kesehatan' })) };
let app: FastifyInstance;

beforeAll(async () => {
  app = Fastify({ logger: false });
  app.addHook('onSend', kompresiJawaban);
  app.get('/api/besar', async () => BESAR);
  app.get('/api/kecil', async () => ({ ok: true }));
  app.get('/api/berkas', async (_req, reply) => reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(Buffer.alloc(5000, 1)));
  app.get('/bukan-api', async () => BESAR);
});
afterAll(() => app.close());

describe('compressed API answers', () => {
  it('sends a large JSON answer in brotli or gzip as the browser accepts, the same data', async () => {
    const br = await app.inject({ url: '/api/besar', headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect([br.statusCode, br.headers['content-encoding'], br.headers.vary]).toEqual([200, 'br', 'Accept-Encoding']);
    expect(Number(br.headers['content-length'])).toBe(br.rawPayload.length);
    expect(br.rawPayload.length).toBeLessThan(JSON.stringify(BESAR).length / 5);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(BESAR);
    const gz = await app.inject({ url: '/api/besar', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(BESAR);
  });

  it('leaves alone what a client does not accept, small answers, files and non-API routes', async () => {
    const polos = await app.inject({ url: '/api/besar' });
    expect([polos.headers['content-encoding'], polos.headers.vary, polos.json()]).toEqual([undefined, 'Accept-Encoding', BESAR]);
    for (const url of ['/api/kecil', '/api/berkas', '/bukan-api']) {
      expect([url, (await app.inject({ url, headers: { 'accept-encoding': 'br' } })).headers['content-encoding']]).toEqual([url, undefined]);
    }
  });

  it('reads Accept-Encoding with its weights', () => {
    expect(['br', 'gzip, br', 'gzip', 'br;q=0, gzip', 'br;q=0, gzip;q=0', 'identity', '*', '', undefined].map(pilihPengodean)).toEqual([
      'br',
      'br',
      'gzip',
      'gzip',
      null,
      null,
      'br',
      null,
      null,
    ]);
  });
});
