import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import fc from 'fast-check';
import { raw, sql, type Db } from '@simasn/db';
import { bukaDbUji } from '@simasn/db/uji';
import { buatFixture, NIP } from '@simasn/kepegawaian/uji';
import { buatAplikasi } from '../src/aplikasi.ts';

/**
 * The fuzz walk: every route of the OpenAPI document (JSON and file answers) gets thousands of malformed requests
 * (odd path segments, query values of every type and encoding, bodies of the wrong shape and
 * type, broken JSON, NUL bytes, huge numbers, long and exotic text, a malformed Origin), once as
 * admin BKD and once without a session. No answer may be a 5xx, and no data may change. The
 * inputs come from a fixed seed and a fixed number per route (the same requests every run, every
 * route walked, however slow the machine: no time budget that a loaded machine would cut short).
 */
const BENIH = 20_261_203;
const PER_RUTE = 20;
/** Routes that answer with a file (XLSX, PDF, DOCX) get fewer: a request that passes validation builds a whole document. */
const PER_RUTE_BERKAS = 4;

let db: Db;
let app: FastifyInstance;
let sesiAdmin: { cookie: string, csrf: string };

interface Op {
  'x-hasil'?: string;
  parameters?: { in: string, name: string }[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
}
interface Rute {
  method: string;
  path: string;
  query: string[];
  body: string[] | null;
  berkas: boolean;
}

/** The tables that hold data, and a fingerprint of their rows (audit and its chain tail, sessions and failed-login counts change by design). */
async function sidikData(): Promise<Record<string, string>> {
  const tabel = await db.many<{ t: string }>(sql`select tablename as t from pg_tables where schemaname = 'public'
    and tablename not in ('audit_log', 'audit_rantai', 'sesi', 'gagal_masuk', 'skema_migrasi') order by 1`);
  const hasil: Record<string, string> = {};
  for (const { t } of tabel) {
    const r = await db.one<{ n: number, h: string | null }>(
      sql`select count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${raw(`"${t}"`)} x`,
    );
    hasil[t] = `${r.n}:${r.h}`;
  }
  return hasil;
}

beforeAll(async () => {
  db = await bukaDbUji();
  await buatFixture(db);
  app = await buatAplikasi({ db, web: false });
  const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin.bkd', password: 'rahasia-uji-1', instansi: 'uji' } });
  expect(r.statusCode, r.body).toBe(200);
  sesiAdmin = { cookie: String(r.headers['set-cookie']).split(';')[0]!, csrf: r.json().csrfToken };
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

async function semuaRute(): Promise<Rute[]> {
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, Op>> };
  const hasil: Rute[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(ops)) {
      const method = m.toUpperCase();
      // Logging out ends the walk's own session; it takes no input anyway.
      if (path === '/api/auth/logout') continue;
      const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      const skema = op.requestBody?.content?.['application/json']?.schema;
      hasil.push({ method, path, query, body: ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method) ? Object.keys(skema?.properties ?? {}) : null,
        berkas: (op['x-hasil'] ?? 'json') !== 'json' });
    }
  }
  return hasil;
}

/** Text people and attackers send: empty, NUL, control and RTL characters, emoji, SQL and path tricks, huge and odd numbers. */
const teksNakal = fc.oneof(
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '%00', '%', '%zz', '%E0%A4%A', '..', '../../etc/passwd', "' or 1=1 --", '\u202e\u0007', '😀', '\uD800', 'null', 'undefined', 'NaN',
    'Infinity', '-1', '0', '1e309', '9'.repeat(40), '-9223372036854775809', '1.5', '2026-02-30', '31-12-1999', '0000-00-00', NIP.a1, 'true', '[]', '{}', 'x'.repeat(5000)),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
);
const nilaiNakal: fc.Arbitrary<unknown> = fc.oneof(teksNakal, fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308, 2 ** 31, -(2 ** 31) - 1), fc.array(teksNakal, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), teksNakal, { maxKeys: 3 }));

/** Percent-encoding; a lone surrogate (which encodeURIComponent refuses) as the bytes of one, which are not UTF-8. */
const kode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
};

/** A path segment, encoded as a browser would, or raw with broken escapes. */
const segmen = fc.oneof(teksNakal.map(kode), fc.constantFrom('%', '%G1', '%00', '%C0%AF', '1', '999999999', '-1', 'a%2Fb', '%2e%2e'));

const masukan = (r: Rute) =>
  fc.record({ params: fc.array(segmen, { minLength: 8, maxLength: 8 }),
    kueri: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...(r.query.length ? r.query : ['q'])), fc.string({ maxLength: 6 })), teksNakal), { maxLength: 4 }),
    body: fc.oneof(fc.record(Object.fromEntries((r.body?.length ? r.body : ['x']).map((k) => [k, nilaiNakal])), { requiredKeys: [] }).map((o) => JSON.stringify(o)),
      nilaiNakal.map((v) => JSON.stringify(v) ?? 'null'),
      fc.constantFrom('{', '{"a":', '[1,2', '"\\u0000"', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}', 'bukan json', '', '\u0000')),
    tipe: fc.constantFrom('application/json', 'application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'),
    origin: fc.option(fc.constantFrom('http://[::1', 'bukan url', 'http://localhost:80', 'null', 'http://jahat.example'), { freq: 5 }) });

type Masukan = ReturnType<typeof masukan> extends fc.Arbitrary<infer T> ? T : never;

function susun(r: Rute, m: Masukan) {
  let i = 0;
  const path = r.path.replace(/\{\w+\}/g, () => m.params[i++]!);
  const kueri = m.kueri.map(([k, v]) => `${kode(k)}=${/%/.test(v) ? v : kode(v)}`).join('&');
  return { url: kueri ? `${path}?${kueri}` : path, body: r.body ? m.body : undefined };
}

describe('fuzz walk over every route', () => {
  it('answers thousands of malformed requests with 2xx-4xx, never a 5xx, and no refused request changes data', async () => {
    const rute = await semuaRute();
    expect(rute.length).toBeGreaterThan(80);
    let sidik = await sidikData();
    const diterima: string[] = [];
    const mulai = performance.now();
    const gagal: string[] = [];
    const status = new Map<number, number>();
    let n = 0;
    let direncanakan = 0;
    for (const sesi of [sesiAdmin, null]) {
      for (const [ri, r] of rute.entries()) {
        const contoh = fc.sample(masukan(r), { numRuns: r.berkas ? PER_RUTE_BERKAS : PER_RUTE, seed: BENIH + ri });
        let diterimaRute = 0;
        direncanakan += contoh.length;
        for (const m of contoh) {
          const x = susun(r, m);
          const headers: Record<string, string> = { ...(sesi ? { cookie: sesi.cookie, 'x-csrf-token': sesi.csrf } : {}) };
          if (x.body !== undefined) headers['content-type'] = m.tipe === 'multipart/form-data' ? 'multipart/form-data; boundary=zz' : m.tipe;
          if (m.origin) headers.origin = m.origin;
          let res: LightMyRequestResponse;
          try {
            res = await app.inject({ method: r.method as 'GET', url: x.url, headers, ...(x.body !== undefined ? { payload: x.body } : {}) });
          } catch (e) {
            gagal.push(`${r.method} ${x.url} ${x.body?.slice(0, 200)} -> dilempar: ${(e as Error).message}`);
            continue;
          }
          n++;
          status.set(res.statusCode, (status.get(res.statusCode) ?? 0) + 1);
          if (r.method !== 'GET' && res.statusCode < 300) {
            diterimaRute++;
            diterima.push(`${r.method} ${r.path}`);
          }
          if (res.statusCode >= 500) {
            gagal.push(`${r.method} ${x.url} ${JSON.stringify(x.body?.slice(0, 200))} [${headers['content-type'] ?? ''}] -> ${res.statusCode} ${res.body.slice(0, 200)}`);
          }
        }
        // Refused requests change nothing. (A request that happens to be a complete, permitted
        // command, such as resetting account 1's password, is answered 2xx and may.)
        if (r.method !== 'GET') {
          const baru = await sidikData();
          const berubah = Object.keys(baru).filter((t) => baru[t] !== sidik[t]);
          if (berubah.length && !diterimaRute) gagal.push(`${r.method} ${r.path}: permintaan yang ditolak mengubah ${berubah.join(', ')}`);
          sidik = baru;
        }
      }
    }
    const detik = (performance.now() - mulai) / 1000;
    console.log(
      `fuzz: ${n} permintaan ke ${rute.length} rute dalam ${detik.toFixed(1)} s; status ${JSON.stringify(Object.fromEntries(status))}; diterima: ${
        [...new Set(diterima)].join(', ')
      }`,
    );
    expect(gagal, gagal.slice(0, 30).join('\n')).toEqual([]);
    // Every planned request was answered (none threw), thousands in all.
    expect(n).toBe(direncanakan);
    expect(n).toBeGreaterThan(2000);
    // Reads change nothing either.
    expect(await sidikData()).toEqual(sidik);
  }, 180_000);
});
