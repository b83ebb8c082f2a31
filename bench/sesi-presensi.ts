/**
 * Issue 11, performance: the session path and check-in throughput over HTTP with real sessions, the
 * server in its own process (bench/pelayan.ts), the load from this one (bench/beban.ts, undici).
 *
 * For one engine (PostgreSQL at BENCH_DATABASE_URL, or PGlite in a folder), on a demo kabupaten of
 * 7.000 ASN, each with its own session (created as login creates them, without 7.000 argon2 runs):
 *   - plain single-row INSERT commits (autocommit, one per call) from 8/32/64 clients on a pool of
 *     as many connections: the baseline the check-in is held to;
 *   - the session path BEFORE (CACHE_SESI=0: the session join on every request) and AFTER (CacheSesi):
 *     GET /api/health without and with a cookie, pegawai search as admin BKD, the ASN's profile
 *     (/api/saya), and the real check-in POST /api/presensi, at 8/32/64 clients;
 *   - the STAND-IN check-in (one row + its audit entry, bench/pelayan.ts) with one transaction per
 *     request and through the group-commit writer (PenulisKelompok), beside the real one.
 * Every client uses its own sessions (client k takes sessions k, k+N, ...). Before measuring, every
 * ASN session makes one request (GET /api/auth/sesi, what the app does when it opens).
 * Clients: 1 (the latency of one check-in alone), 8, 32, 64.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buatSesi } from '@simasn/akun';
import { bukaPglite, bukaPostgres, jalankanMigrasi, sql, type Db } from '@simasn/db';
import { buatDemo } from '@simasn/demo';
import { bebani, cpuPostgres, type HasilBeban, insertPolos, type Permintaan } from './beban.ts';
import { TABEL_PENGGANTI } from './tabel-pengganti.ts';

export const KLIEN = [1, 8, 32, 64] as const;
const NODE = process.execPath;
const PELAYAN = new URL('./pelayan.ts', import.meta.url).pathname;

/**
 * THE CHECK-IN UNDER TEST. The real route of modules/presensi (POST /api/presensi). Should it be
 * missing, set PRESENSI_ASLI = false: the bench then loads only the stand-in.
 */
const PRESENSI_ASLI = true;

export interface SesiAsn {
  cookie: string;
  csrf: string;
  pegawaiId: number;
  lat: number;
  lon: number;
}

export interface Siap {
  asn: SesiAsn[];
  admin: { cookie: string, csrf: string }[];
  kueri: string[];
}

/** Points at every perangkat daerah, the ASN's sessions, admin BKD sessions, search terms. */
export async function siapkan(db: Db): Promise<Siap> {
  await db.exec(TABEL_PENGGANTI);
  const akar = await db.many<{ id: number }>(sql`select id from unit_organisasi where instansi_id = 1 and induk_id is null order by id`);
  const titik = new Map<number, { lat: number, lon: number }>();
  for (const [i, u] of akar.entries()) {
    const t = { lat: -8.1 - i * 0.01, lon: 113.2 + (i % 7) * 0.01 };
    titik.set(u.id, t);
    await db.run(sql`insert into titik_presensi (instansi_id, unit_id, nama, lat, lon, radius_meter) values (1, ${u.id}, ${`Kantor ${i + 1}`}, ${t.lat}, ${t.lon}, 200)`);
  }
  const akun = await db.many<{ id: number, pegawai_id: number, jalur_unit: string }>(sql`
    select a.id, a.pegawai_id, p.jalur_unit from akun a join pegawai p on p.instansi_id = a.instansi_id and p.id = a.pegawai_id
     where a.instansi_id = 1 and a.aktif and p.jalur_unit is not null
       and exists (select 1 from akun_peran ap where ap.instansi_id = a.instansi_id and ap.akun_id = a.id and ap.peran = 'asn')
     order by a.id`);
  const asn: SesiAsn[] = [];
  for (let i = 0; i < akun.length; i += 200) {
    const bagian = await Promise.all(akun.slice(i, i + 200).map(async (a, j) => {
      const s = await buatSesi(db, 1, a.id, { alamatIp: '127.0.0.1', agen: 'bench' });
      const t = titik.get(Number(a.jalur_unit.split('/')[1]))!;
      // Each ASN a few metres from the office point (distinct coordinates: no "shared coordinate" signal).
      const k = i + j;
      return { cookie: `simasn_sesi=${s.cookie}`, csrf: s.tokenCsrf, pegawaiId: a.pegawai_id, lat: t.lat + ((k % 50) - 25) * 0.00002,
        lon: t.lon + ((Math.floor(k / 50) % 50) - 25) * 0.00002 };
    }));
    asn.push(...bagian);
  }
  // The morning peak is of ASN whose phone is bound already (it binds itself at the first check-in, once):
  // the device each bench client sends, bound beforehand. Set BENCH_PERANGKAT_BARU=1 to measure first check-ins.
  if (process.env.BENCH_PERANGKAT_BARU !== '1') {
    await db.run(sql`
      insert into perangkat_presensi (instansi_id, pegawai_id, sidik, keterangan, status, diminta_pada, diputuskan_pada, catatan)
      select 1, x.id, 'bench-perangkat-' || x.id, 'ponsel bench', 'aktif', now(), now(), 'bench'
        from unnest(${asn.map((a) => a.pegawaiId)}::bigint[]) as x(id) on conflict do nothing`);
  }
  const idAdmin = (await db.one<{ id: number }>(sql`select id from akun where instansi_id = 1 and nama_pengguna = 'admin.bkd'`)).id;
  const admin = await Promise.all(Array.from({ length: 64 }, async () => {
    const s = await buatSesi(db, 1, idAdmin, { alamatIp: '127.0.0.1', agen: 'bench' });
    return { cookie: `simasn_sesi=${s.cookie}`, csrf: s.tokenCsrf };
  }));
  const nama = await db.many<{ nama: string, nip: string }>(sql`select nama, nip from pegawai where instansi_id = 1 order by id limit 400`);
  const kueri = nama.map((p, i) => {
    const kata = p.nama.split(' ');
    const q = i % 4 === 0 ? kata[0]!.slice(0, 4) : i % 4 === 1 ? kata.at(-1)! : i % 4 === 2 ? p.nip.slice(0, 8) : '';
    return q ? `/api/pegawai?q=${encodeURIComponent(q)}` : `/api/pegawai?page=${1 + (i % 40)}`;
  });
  return { asn, admin, kueri };
}

async function mulaiPelayan(env: Record<string, string>): Promise<{ anak: ChildProcess, asal: string }> {
  const anak = spawn(NODE, [PELAYAN], { env: { ...process.env, ...env, PORT: '0', LOG: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((terima, tolak) => {
    let buf = '';
    anak.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /\{"port":(\d+)\}/.exec(buf);
      if (m) terima(Number(m[1]));
    });
    anak.on('exit', (c) => tolak(new Error(`pelayan bench berhenti (kode ${c})`)));
  });
  return { anak, asal: `http://127.0.0.1:${port}` };
}

/** The server's CPU time so far and its session cache counters (bench/pelayan.ts). */
async function ukur(asal: string): Promise<{ cpuMikrodetik: number, sesi: { baca: number, bacaVersi: number, kena: number } | null, penulis: { batch: number, item: number } }> {
  return (await fetch(`${asal}/bench/ukur`)).json() as Promise<
    { cpuMikrodetik: number, sesi: { baca: number, bacaVersi: number, kena: number } | null, penulis: { batch: number, item: number } }
  >;
}

async function hentikan(anak: ChildProcess) {
  if (anak.exitCode !== null) return;
  const selesai = new Promise((r) => anak.once('exit', r));
  anak.kill('SIGTERM');
  await selesai;
}

const baris = (label: string, h: HasilBeban) =>
  `  ${label.padEnd(52)} ${String(h.klien).padStart(3)} klien: ${String(h.perDetik).padStart(6)}/s  p50 ${h.p50.toFixed(1).padStart(6)} ms  p99 ${h.p99.toFixed(1).padStart(6)} ms${
    h.cpuMsPerPermintaan === undefined ? '' : `  CPU server ${h.cpuMsPerPermintaan.toFixed(2)} ms/perm.`
  }${h.cpuPostgresMsPerPermintaan === undefined ? '' : `, postgres ${h.cpuPostgresMsPerPermintaan.toFixed(2)}`}${
    h.cpuBebanMsPerPermintaan === undefined ? '' : `, beban ${h.cpuBebanMsPerPermintaan.toFixed(2)}`
  }${h.joinSesiPerPermintaan === undefined ? '' : `  join sesi ${h.joinSesiPerPermintaan}/perm., baca versi ${h.bacaVersiPerPermintaan}/perm.`}${
    h.presensiPerKelompok ? `  ${h.presensiPerKelompok.toLocaleString('id-ID')} presensi/commit` : ''
  }${h.galat ? `  galat ${h.galat} (${h.contohGalat})` : ''}`;

/** Runs everything for one engine; `url` is a PostgreSQL server URL, absent for PGlite. */
export async function ukurSesiPresensi(url: string | undefined, opsi: { detik: number, skenario?: string[] }): Promise<Record<string, unknown>> {
  const mesin = url ? 'postgres' : 'pglite';
  const hasil: Record<string, unknown> = { mesin };
  let folder: string | null = null;
  let namaDb: string | null = null;
  let urlDb: string | undefined;
  let db: Db;
  if (url) {
    namaDb = `simasn_bench_sesi_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${namaDb}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${namaDb}`;
    urlDb = u.toString();
    db = await bukaPostgres(urlDb, { maks: 70 });
  } else {
    folder = mkdtempSync(join(tmpdir(), 'simasn-bench-sesi-'));
    db = await bukaPglite(folder);
  }
  const anak: ChildProcess[] = [];
  const salinan: string[] = [];
  try {
    await jalankanMigrasi(db);
    await buatDemo(db, { jumlahPegawai: 7000 });
    if (url) {
      await db.exec('analyze');
      const s = await db.one<{ f: string, s: string }>(sql`select current_setting('fsync') as f, current_setting('synchronous_commit') as s`);
      hasil.pengaturan = { fsync: s.f, synchronous_commit: s.s };
      console.log(`PostgreSQL: fsync=${s.f}, synchronous_commit=${s.s}${s.f !== 'on' || s.s === 'off' ? ' (TIDAK tahan crash: angka commit tidak mewakili produksi)' : ''}`);
    }
    const siap = await siapkan(db);
    console.log(`${siap.asn.length} sesi ASN, ${siap.admin.length} sesi admin BKD`);

    console.log('INSERT satu baris per commit (dasar pembanding, tanpa HTTP):');
    const polos: HasilBeban[] = [];
    for (const k of KLIEN) {
      polos.push(await insertPolos(db, k, opsi.detik));
      console.log(baris('INSERT polos', polos.at(-1)!));
    }
    hasil.insertPolos = polos;
    if (!url) {
      await db.close();
      db = undefined as unknown as Db;
    }

    // Two servers side by side, BEFORE (the session join on every request) and AFTER (CacheSesi), each
    // run of one measured right after the same run of the other, twice, keeping the better of each:
    // the machine is shared, and a neighbour's burst should not decide which side wins.
    let folder2: string | null = null;
    if (folder) {
      folder2 = `${folder}-2`;
      cpSync(folder, folder2, { recursive: true });
      salinan.push(folder2);
    }
    const envDb = (k: 0 | 1): Record<string, string> => (url ? { DATABASE_URL: urlDb! } : { DATA_DIR: (k ? folder2 : folder)! });
    const sebelum = await mulaiPelayan({ ...envDb(0), CACHE_SESI: '0' });
    anak.push(sebelum.anak);
    const sesudah = await mulaiPelayan({ ...envDb(1), CACHE_SESI: '1' });
    anak.push(sesudah.anak);
    // PostgreSQL: from this process on its own pool; PGlite: inside the server process, on its database (the folder is its alone).
    const insertPolosDi = async (k: number): Promise<HasilBeban> =>
      url ? insertPolos(db, k, opsi.detik) : (await fetch(`${sesudah.asal}/bench/insert-polos?klien=${k}&detik=${opsi.detik}`)).json() as Promise<HasilBeban>;
    const sesiAsn = (i: number, k: number, n: number) => siap.asn[(k + Math.floor(i / n) * n) % siap.asn.length]!;
    // What the app does when it opens: every ASN session asks who it is, once.
    for (const p of [sebelum, sesudah]) {
      await bebani(p.asal, 32, 120, (i) => ({ method: 'GET', path: '/api/auth/sesi', headers: { cookie: siap.asn[i % siap.asn.length]!.cookie } }), { maks: siap.asn.length });
    }
    const presensi = (path: string, tambah: Record<string, unknown>, perangkat = false) => (n: number) => (i: number, k: number): Permintaan => {
      const s = sesiAsn(i, k, n);
      return { method: 'POST', path, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' }, body: JSON.stringify({
        kunci: `b${n}x${i}x${randomBytes(6).toString('hex')}`,
        lat: s.lat,
        lon: s.lon,
        ...tambah,
        // The real check-in binds the device on the first check-in: one device per ASN.
        ...(perangkat ? { perangkat: `bench-perangkat-${s.pegawaiId}` } : {}),
      }) };
    };
    type Skenario = [string, (n: number) => (i: number, k: number) => Permintaan, ('sebelum' | 'sesudah')[]];
    const keduanya: ('sebelum' | 'sesudah')[] = ['sebelum', 'sesudah'];
    const skenario: Skenario[] = [
      ['kesehatan tanpa cookie', () => () => ({ method: 'GET', path: '/api/health' }), keduanya],
      ['kesehatan dengan cookie', (n) => (i, k) => ({ method: 'GET', path: '/api/health', headers: { cookie: sesiAsn(i, k, n).cookie } }), keduanya],
      ['cari pegawai (admin BKD)', () => (i, k) => ({ method: 'GET', path: siap.kueri[i % siap.kueri.length]!, headers: { cookie: siap.admin[k % 64]!.cookie } }), keduanya],
      ['profil sendiri /api/saya (ASN)', (n) => (i, k) => ({ method: 'GET', path: '/api/saya', headers: { cookie: sesiAsn(i, k, n).cookie } }), keduanya],
    ];
    // The check-in against the session cache only: its own before (61 check-ins/s against 1.957 INSERT/s at 32 clients,
    // one transaction per check-in) is in the git history; the session path's before/after is measured by the runs above.
    if (PRESENSI_ASLI) skenario.push(['presensi ASLI POST /api/presensi', presensi('/api/presensi', { jenis: 'masuk', akurasi: 12 }, true), ['sesudah']]);
    skenario.push(['PENGGANTI presensi, 1 transaksi/permintaan', presensi('/bench/pengganti-presensi', {}), ['sesudah']]);
    skenario.push(['PENGGANTI presensi, group commit', presensi('/bench/pengganti-presensi/kelompok', {}), ['sesudah']]);
    const r: Record<string, Record<string, HasilBeban[]>> = { sebelum: {}, sesudah: {} };
    const lebihBaik = (a: HasilBeban | undefined, b: HasilBeban) => (!a || b.perDetik > a.perDetik ? b : a);
    console.log(`\nHTTP (${opsi.detik} s per putaran, terbaik dari 2; SEBELUM = join sesi tiap permintaan, SESUDAH = CacheSesi):`);
    const dipilih = (label: string) => !opsi.skenario || opsi.skenario.some((w) => label.toLowerCase().includes(w.toLowerCase()));
    for (const [label, buat, tahap] of skenario.filter(([label]) => dipilih(label))) {
      for (const k of KLIEN) {
        const terbaik: Partial<Record<'sebelum' | 'sesudah', HasilBeban>> = {};
        const asli = label.startsWith('presensi ASLI');
        let polosDiselang: HasilBeban | undefined;
        for (let ulang = 0; ulang < 2; ulang++) {
          // The baseline again, right beside the check-in it is compared with, as often (the machine's load moves).
          if (asli) polosDiselang = lebihBaik(polosDiselang, await insertPolosDi(k));
          for (const t of tahap) {
            const asal = (t === 'sebelum' ? sebelum : sesudah).asal;
            const awal = await ukur(asal);
            const pg0 = url ? cpuPostgres(db) : null;
            const beban0 = process.cpuUsage();
            const h = await bebani(asal, k, opsi.detik, buat(k));
            const beban1 = process.cpuUsage(beban0);
            const pg1 = url ? cpuPostgres(db) : null;
            const akhir = await ukur(asal);
            const n = Math.max(1, h.permintaan + h.galat);
            h.cpuMsPerPermintaan = +((akhir.cpuMikrodetik - awal.cpuMikrodetik) / 1000 / n).toFixed(3);
            if (pg0 !== null && pg1 !== null) h.cpuPostgresMsPerPermintaan = +((pg1 - pg0) / n).toFixed(3);
            h.cpuBebanMsPerPermintaan = +((beban1.user + beban1.system) / 1000 / n).toFixed(3);
            if (akhir.sesi && awal.sesi) {
              h.joinSesiPerPermintaan = +((akhir.sesi.baca - awal.sesi.baca) / n).toFixed(3);
              h.bacaVersiPerPermintaan = +((akhir.sesi.bacaVersi - awal.sesi.bacaVersi) / n).toFixed(3);
            }
            const kelompok = akhir.penulis.batch - awal.penulis.batch;
            if (kelompok > 0) h.presensiPerKelompok = +((akhir.penulis.item - awal.penulis.item) / kelompok).toFixed(1);
            terbaik[t] = lebihBaik(terbaik[t], h);
          }
        }
        if (polosDiselang) {
          hasil.insertPolosDiselang = [...((hasil.insertPolosDiselang as HasilBeban[] | undefined) ?? []), polosDiselang];
          console.log(baris('INSERT polos (diukur di sela presensi)', polosDiselang));
        }
        for (const t of tahap) {
          r[t]![label] = [...(r[t]![label] ?? []), terbaik[t]!];
          console.log(baris(`${label} ${t.toUpperCase()}`, terbaik[t]!));
        }
        if (polosDiselang && terbaik.sesudah) {
          const rasio = +(terbaik.sesudah.perDetik / polosDiselang.perDetik).toFixed(2);
          hasil.rasioPresensiInsert = { ...(hasil.rasioPresensiInsert as Record<number, number> | undefined), [k]: rasio };
          console.log(
            `  => presensi/INSERT pada ${k} klien: ${rasio.toLocaleString('id-ID')} (sasaran >= 1 pada 32 klien); p99 presensi ${
              terbaik.sesudah.p99.toFixed(1)
            } ms (sasaran < 50 ms pada 64 klien)`,
          );
        }
      }
    }
    hasil.http = r;
  } finally {
    for (const a of anak) await hentikan(a).catch(() => {});
    if (db!) await db.close().catch(() => {});
    for (const f of [folder, ...salinan]) if (f) rmSync(f, { recursive: true, force: true });
    if (namaDb && url) {
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists ${namaDb} with (force)`);
      await a.end();
    }
  }
  return hasil;
}
