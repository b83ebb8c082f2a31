import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { Pool } from 'undici';
import { buatSesi } from '@simasn/akun';
import { sql, type Db } from '@simasn/db';
import { buatDemo } from '@simasn/demo';
import { konteksSistemInstansi } from '@simasn/platform';
import { simpanButir, statistikPenulisJawaban, tambahBank, tambahTes, ubahStatusButir } from '@simasn/ujian';
import { CAT_SKD_2024 } from '@simasn/domain';
import { buatAplikasi } from '../apps/server/src/aplikasi.ts';
import { cpuPostgres, persentil } from './beban.ts';

/** With BENCH_PROFIL=<file.cpuprofile>: a CPU profile of this process over the answer saves (open it in Chrome's DevTools). */
async function mulaiProfil(): Promise<() => Promise<void>> {
  const berkas = process.env.BENCH_PROFIL;
  if (!berkas) return async () => {};
  const s = new Session();
  s.connect();
  await s.post('Profiler.enable');
  await s.post('Profiler.start');
  return async () => {
    const { profile } = await s.post('Profiler.stop');
    writeFileSync(berkas, JSON.stringify(profile));
    s.disconnect();
  };
}

/**
 * Issue 13 (`--bagian ujian`, `npm run bench:ujian`): 500 people taking one SKD-shaped test
 * (110 items drawn from 140, 100 minutes) at once over real HTTP (the server listening on a port,
 * keep-alive connections, each person's own session and CSRF token). Every person starts (the
 * draw, the seed, the layout saved), then answers are saved at a fixed rate, open loop: a request
 * is sent every 1/rate s whatever the earlier ones do, and its latency counts from its scheduled
 * time (no coordinated omission); target 50 per second sustained with p99 under 100 ms. Then the
 * same 500 people each change one answer at once (the worst burst), and the stored answers are
 * counted against what was sent.
 */
export async function ukurUjian(db: Db, opsi: { orang?: number, perDetik?: number, detik?: number } = {}) {
  const orang = opsi.orang ?? 500;
  const perDetik = opsi.perDetik ?? 50;
  const detik = opsi.detik ?? 20;
  const t0 = performance.now();
  await buatDemo(db, { jumlahPegawai: Math.ceil(orang * 1.1) });
  const detikDemo = (performance.now() - t0) / 1000;
  const ctx = await konteksSistemInstansi(db, 1, 'bench');
  const bank = await tambahBank(ctx, { nama: 'SKD bench', kelompok: 'seleksi' });
  const jumlah = { TWK: 40, TIU: 45, TKP: 55 } as const;
  for (const [kategori, n] of Object.entries(jumlah)) {
    for (let i = 0; i < n; i++) {
      const opsiButir = kategori === 'TKP'
        ? [1, 2, 3, 4, 5].map((b, j) => ({ id: 'abcde'[j]!, teks: `Sikap ${b} butir ${i}`, bobot: b }))
        : [0, 1, 2, 3, 4].map((j) => ({ id: 'abcde'[j]!, teks: `Pilihan ${j} butir ${i}`, benar: j === i % 5 }));
      const b = await simpanButir(ctx, { bankId: bank.id, kategori, teks: `Soal ${kategori} nomor ${i + 1}: ${'uraian soal '.repeat(8)}`, jenis: 'tunggal', opsi: opsiButir,
        pembahasan: 'Pembahasan singkat.' });
      await ubahStatusButir(ctx, b.id, { status: 'ditinjau', versi: 1 });
      await ubahStatusButir(ctx, b.id, { status: 'aktif', versi: 1 });
    }
  }
  const sekarang = new Date();
  const tes = await tambahTes(ctx, { judul: 'SKD bench', kategori: CAT_SKD_2024.kategori.map((k) => ({ ...k, bankId: bank.id })), menit: 100,
    dibukaPada: new Date(sekarang.getTime() - 60_000), ditutupPada: new Date(sekarang.getTime() + 4 * 3600_000), sasaran: { jenis: 'semua' } });
  const akun = await db.many<{ id: number }>(sql`select a.id from akun a where a.instansi_id = 1 and a.aktif and a.pegawai_id is not null
    and exists (select 1 from akun_peran ap where ap.instansi_id = a.instansi_id and ap.akun_id = a.id and ap.peran = 'asn') order by a.id limit ${orang}`);
  if (akun.length < orang) throw new Error(`hanya ${akun.length} akun ASN`);
  const sesi = await Promise.all(akun.map((a) => buatSesi(db, 1, a.id, { alamatIp: '127.0.0.1', agen: 'bench' })));
  const app = await buatAplikasi({ db, web: false });
  // Per-request server time of the answer saves (from the request's arrival to the reply sent).
  // Split at the handler: before it (session, access, body), the action (its reads and the write's commit), after it (the answer sent).
  let msServer: number[] | null = null;
  const msTahap = { sebelum: [] as number[], aksi: [] as number[] };
  const tanda = new WeakMap<object, number>();
  app.addHook('preHandler', async (req, reply) => {
    if (msServer && req.method === 'PUT') {
      msTahap.sebelum.push(reply.elapsedTime);
      tanda.set(req, reply.elapsedTime);
    }
  });
  app.addHook('onSend', async (req, reply) => {
    const t = tanda.get(req);
    if (t !== undefined) msTahap.aksi.push(reply.elapsedTime - t);
  });
  app.addHook('onResponse', async (req, reply) => {
    if (msServer && req.method === 'PUT') msServer.push(reply.elapsedTime);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const alamat = app.server.address();
  const asal = `http://127.0.0.1:${typeof alamat === 'object' && alamat ? alamat.port : 0}`;
  const pool = new Pool(asal, { connections: 64, pipelining: 1, keepAliveTimeout: 30_000 });
  const kepala = (i: number) => ({ cookie: `simasn_sesi=${sesi[i]!.cookie}`, 'x-csrf-token': sesi[i]!.tokenCsrf, 'content-type': 'application/json' });
  try {
    // Everyone starts at once (64 connections): the draw of 110 from 140 with a fresh seed each.
    const susunan: { id: number, opsi: string[][] }[] = new Array(orang);
    const msMulai: number[] = [];
    let galatMulai = 0;
    await Promise.all(Array.from({ length: 64 }, async (_, k) => {
      for (let i = k; i < orang; i += 64) {
        const t = performance.now();
        const r = await pool.request({ method: 'POST', path: `/api/ujian/tes/${tes.id}/mulai`, headers: kepala(i), body: JSON.stringify({ perangkat: `bench-perangkat-${i}` }) });
        const teks = await r.body.text();
        msMulai.push(performance.now() - t);
        if (r.statusCode !== 200) {
          galatMulai++;
          continue;
        }
        const p = JSON.parse(teks) as { id: number, butir: { opsi: { id: string }[] }[] };
        susunan[i] = { id: p.id, opsi: p.butir.map((b) => b.opsi.map((o) => o.id)) };
      }
    }));
    if (galatMulai) throw new Error(`${galatMulai} peserta gagal memulai`);
    // Answers at a fixed rate, open loop.
    const nomor = new Map<string, number>();
    const dikirim = new Set<string>();
    const ms: number[] = [];
    const msPada: number[] = [];
    let galat = 0;
    let contohGalat: string | undefined;
    const total = Math.round(perDetik * detik);
    const jarak = 1000 / perDetik;
    msServer = [];
    const profil = await mulaiProfil();
    // Where a slow save's time went when the server's own figures do not show it: the event loop's
    // longest block (this process serves and sends) and the longest garbage collection pause.
    const jedaLoop = monitorEventLoopDelay({ resolution: 5 });
    jedaLoop.enable();
    let gcTerlama = 0;
    const pengamatGc = new PerformanceObserver((daftar) => {
      for (const e of daftar.getEntries()) gcTerlama = Math.max(gcTerlama, e.duration);
    });
    pengamatGc.observe({ entryTypes: ['gc'] });
    const cpu0 = process.cpuUsage();
    const pg0 = cpuPostgres(db);
    const kelompok0 = statistikPenulisJawaban(db);
    const mulai = performance.now();
    const tugas: Promise<void>[] = [];
    for (let n = 0; n < total; n++) {
      const jadwal = mulai + n * jarak;
      const tunggu = jadwal - performance.now();
      if (tunggu > 0) await new Promise((r) => setTimeout(r, tunggu));
      const i = (n * 7919) % orang;
      const s = susunan[i]!;
      const urutan = (n * 31 + i) % s.opsi.length;
      const kunci = `${i}:${urutan}`;
      const no = (nomor.get(kunci) ?? 0) + 1;
      nomor.set(kunci, no);
      dikirim.add(kunci);
      tugas.push((async () => {
        try {
          const r = await pool.request({ method: 'PUT', path: `/api/ujian/percobaan/${s.id}/jawaban`, headers: kepala(i),
            body: JSON.stringify({ urutan, pilihan: [s.opsi[urutan]![n % s.opsi[urutan]!.length]!], nomor: no, perangkat: `bench-perangkat-${i}` }) });
          const teks = await r.body.text();
          if (r.statusCode === 200) {
            ms.push(performance.now() - jadwal);
            msPada.push(jadwal - mulai);
          } else {
            galat++;
            contohGalat ??= `${r.statusCode} ${teks.slice(0, 200)}`;
          }
        } catch (e) {
          galat++;
          contohGalat ??= String(e);
        }
      })());
    }
    await Promise.all(tugas);
    const lama = (performance.now() - mulai) / 1000;
    const cpu = process.cpuUsage(cpu0);
    jedaLoop.disable();
    pengamatGc.disconnect();
    const pg1 = cpuPostgres(db);
    const kelompok1 = statistikPenulisJawaban(db);
    await profil();
    const server = msServer;
    msServer = null;
    // The burst: all 500 change one answer at the same moment.
    const msLedak: number[] = [];
    const t1 = performance.now();
    await Promise.all(susunan.map(async (s, i) => {
      const t = performance.now();
      const r = await pool.request({ method: 'PUT', path: `/api/ujian/percobaan/${s.id}/jawaban`, headers: kepala(i),
        body: JSON.stringify({ urutan: s.opsi.length - 1, pilihan: [s.opsi.at(-1)![0]!], nomor: 1_000_000, perangkat: `bench-perangkat-${i}` }) });
      await r.body.text();
      if (r.statusCode === 200) msLedak.push(performance.now() - t);
      else galat++;
      dikirim.add(`${i}:${s.opsi.length - 1}`);
    }));
    const detikLedak = (performance.now() - t1) / 1000;
    const tersimpan = (await db.one<{ n: number }>(sql`select count(*)::int as n from jawaban_ujian j join percobaan_ujian c on c.instansi_id = j.instansi_id
      and c.id = j.percobaan_id where c.tes_id = ${tes.id}`)).n;
    const r2 = (x: number) => +x.toFixed(2);
    return { orang, butirPerPeserta: 110, detikDemo: r2(detikDemo),
      mulai: { n: msMulai.length, p50: r2(persentil(msMulai, 50)), p99: r2(persentil(msMulai, 99)), maks: r2(Math.max(...msMulai)) }, simpanJawaban: {
        targetPerDetik: perDetik,
        perDetik: r2(ms.length / lama),
        n: ms.length,
        galat,
        contohGalat,
        p50: r2(persentil(ms, 50)),
        p95: r2(persentil(ms, 95)),
        p99: r2(persentil(ms, 99)),
        maks: r2(Math.max(...ms)),
        // Seconds into the run of the slowest save; the longest event-loop block and GC pause meanwhile (ms).
        terlambatPadaDetik: r2(msPada[ms.indexOf(Math.max(...ms))]! / 1000),
        loopTerblokirMaksMs: r2(jedaLoop.max / 1e6),
        gcTerlamaMs: r2(gcTerlama),
        // Per save: this process's CPU (server and the bench's own client), the PostgreSQL server's CPU when it can be read, the server's time.
        cpuMsPerSimpan: r2((cpu.user + cpu.system) / 1000 / total),
        cpuPostgresMsPerSimpan: pg0 !== null && pg1 !== null ? r2((pg1 - pg0) / total) : null,
        kelompokTulis: { pernyataan: kelompok1.batch - kelompok0.batch, terbesar: kelompok1.terbesar },
        server: { p50: r2(persentil(server, 50)), p99: r2(persentil(server, 99)), maks: r2(Math.max(...server)),
          sebelumAksi: { p50: r2(persentil(msTahap.sebelum, 50)), p99: r2(persentil(msTahap.sebelum, 99)) },
          aksi: { p50: r2(persentil(msTahap.aksi, 50)), p99: r2(persentil(msTahap.aksi, 99)) } },
      }, ledakan500: { n: msLedak.length, detik: r2(detikLedak), p50: r2(persentil(msLedak, 50)), p99: r2(persentil(msLedak, 99)), maks: r2(Math.max(...msLedak)) },
      jawabanTersimpan: tersimpan, pasanganDikirim: dikirim.size };
  } finally {
    await pool.close();
    await app.close();
  }
}
