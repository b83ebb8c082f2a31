import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { Pool } from 'undici';
import { sql, type Db } from '@simasn/db';

/** What one load run measured: requests per second and latency of the answered ones (ms). */
export interface HasilBeban {
  klien: number;
  permintaan: number;
  perDetik: number;
  p50: number;
  p99: number;
  maks: number;
  galat: number;
  contohGalat?: string;
  /** Filled in by the caller when it measures the server (bench/sesi-presensi.ts). */
  cpuMsPerPermintaan?: number;
  /** CPU of the local PostgreSQL server and of this load generator per request (the rest of the machine's budget). */
  cpuPostgresMsPerPermintaan?: number;
  cpuBebanMsPerPermintaan?: number;
  joinSesiPerPermintaan?: number;
  bacaVersiPerPermintaan?: number;
  /** Check-ins per group commit of the real check-in's writer during the run. */
  presensiPerKelompok?: number;
}

export interface Permintaan {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export function persentil(ms: number[], p: number): number {
  if (!ms.length) return Number.NaN;
  const s = [...ms].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/**
 * An in-process load generator on undici: `klien` clients, each with its own keep-alive connection,
 * sending the next request as soon as the previous one is answered, for `detik` seconds. `buat(i,
 * k)` gives request number i (over all clients) of client k. `diterima` sees every 2xx answer body
 * (to keep acknowledged ids); `maks` stops after that many requests.
 */
export async function bebani(asal: string, klien: number, detik: number, buat: (i: number, k: number) => Permintaan,
  opsi: { diterima?: (body: string, i: number) => void, maks?: number } = {}): Promise<HasilBeban>
{
  const { diterima, maks = Number.POSITIVE_INFINITY } = opsi;
  const pool = new Pool(asal, { connections: klien, pipelining: 1, keepAliveTimeout: 30_000 });
  const ms: number[] = [];
  let galat = 0;
  let contohGalat: string | undefined;
  let n = 0;
  const mulai = performance.now();
  const akhir = mulai + detik * 1000;
  await Promise.all(Array.from({ length: klien }, async (_, k) => {
    while (performance.now() < akhir && n < maks) {
      const i = n++;
      const r = buat(i, k);
      const t = performance.now();
      try {
        const res = await pool.request({ method: r.method, path: r.path, headers: r.headers, body: r.body });
        const teks = await res.body.text();
        if (res.statusCode >= 200 && res.statusCode < 300) {
          ms.push(performance.now() - t);
          diterima?.(teks, i);
        } else {
          galat++;
          contohGalat ??= `${res.statusCode} ${teks.slice(0, 200)}`;
        }
      } catch (e) {
        galat++;
        contohGalat ??= String(e);
      }
    }
  }));
  const detikNyata = (performance.now() - mulai) / 1000;
  await pool.close();
  const bulat = (x: number) => +x.toFixed(2);
  return { klien, permintaan: ms.length, perDetik: Math.round(ms.length / detikNyata), p50: bulat(persentil(ms, 50)), p99: bulat(persentil(ms, 99)),
    maks: bulat(ms.length ? Math.max(...ms) : Number.NaN), galat, ...(contohGalat ? { contohGalat } : {}) };
}

/** Plain single-row INSERT commits from `klien` clients, each on its own pooled connection. */
export async function insertPolos(db: Db, klien: number, detik: number): Promise<HasilBeban> {
  const putaran = randomBytes(4).toString('hex');
  const ms: number[] = [];
  let n = 0;
  const mulai = performance.now();
  const akhir = mulai + detik * 1000;
  await Promise.all(Array.from({ length: klien }, async (_, k) => {
    while (performance.now() < akhir) {
      const i = n++;
      const t = performance.now();
      await db.run(sql`insert into bench_presensi (instansi_id, pegawai_id, kunci, waktu, lat, lon) values (1, ${k}, ${`polos-${putaran}-${klien}-${i}`}, now(), -8.1, 113.2)`);
      ms.push(performance.now() - t);
    }
  }));
  const s = (performance.now() - mulai) / 1000;
  return { klien, permintaan: ms.length, perDetik: Math.round(ms.length / s), p50: +persentil(ms, 50).toFixed(2), p99: +persentil(ms, 99).toFixed(2),
    maks: +Math.max(...ms).toFixed(2), galat: 0 };
}

/**
 * CPU ms used so far by a local PostgreSQL server (the server of scripts/pg-sementara.sh, found by
 * its port; read from /proc), or null (PGlite, another host): every process of the server with the
 * children it reaped (connections that ended; autovacuum workers vacuum the demo's fresh
 * tables meanwhile, so this is an upper bound of what the saves cost).
 */
export function cpuPostgres(db: Db): number | null {
  const url = process.env.BENCH_DATABASE_URL;
  if (db.mesin !== 'postgres' || !url) return null;
  try {
    const u = new URL(url);
    if (u.hostname !== '127.0.0.1' && u.hostname !== 'localhost') return null;
    const induk = readFileSync(`/tmp/simasn-pg-${u.port || '5432'}/data/postmaster.pid`, 'utf8').split('\n')[0]!.trim();
    const ms = (tik: number) => (tik * 1000) / 100;
    let semua = 0;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const kolom = f.slice(f.lastIndexOf(')') + 2).split(' ');
        if (pid === induk) semua += ms(Number(kolom[11]) + Number(kolom[12]) + Number(kolom[13]) + Number(kolom[14]));
        else if (kolom[1] === induk) semua += ms(Number(kolom[11]) + Number(kolom[12]));
      } catch {
        // a process that ended meanwhile
      }
    }
    return semua;
  } catch {
    return null;
  }
}
