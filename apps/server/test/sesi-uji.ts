import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';

/** A logged-in test session: the cookie to send and the CSRF token of its writes. */
export interface SesiUji {
  cookie: string;
  csrf: string;
}

/** Logs each fixture account in (password of the test fixture) and keeps its session under its name. */
export async function masukSemua(app: FastifyInstance, nama: readonly string[], sesi: Map<string, SesiUji>): Promise<void> {
  for (const n of nama) {
    const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: n, password: 'rahasia-uji-1', instansi: 'uji' } });
    expect(r.statusCode, `${n}: ${r.body}`).toBe(200);
    sesi.set(n, { cookie: String(r.headers['set-cookie']).split(';')[0]!, csrf: r.json().csrfToken });
  }
}
