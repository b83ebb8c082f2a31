/**
 * The server the HTTP bench loads, in its own process (the load generator must not share its event
 * loop): the real application (`buatAplikasi`) on the database the bench prepared, plus two
 * bench-only routes, the STAND-IN check-in, that write what a check-in writes at least (one row
 * and its audit entry) without the presensi module's rules:
 *   POST /bench/pengganti-presensi           one transaction per request (as a plain action does)
 *   POST /bench/pengganti-presensi/kelompok  through PenulisKelompok (group commit)
 * Both answer only after the commit. Environment: DATABASE_URL or DATA_DIR (PGlite folder),
 * SIMASN_KUNCI_DATA, CACHE_SESI=0 for the session path as it was before the cache, PORT (0 = any).
 * Prints `{"port": n}` on stdout when listening.
 */
import { CacheSesi } from '@simasn/akun';
import { bukaDb, sql, type Db } from '@simasn/db';
import { catatAudit, catatAuditKelompok, kunciDariEnv, pasangKunciData, PenulisKelompok, wajibMasuk, type Konteks } from '@simasn/platform';
import { statistikPenulisPresensi } from '@simasn/presensi';
import { buatAplikasi } from '../apps/server/src/aplikasi.ts';
import { insertPolos } from './beban.ts';

interface Masukan {
  kunci: string;
  lat: number;
  lon: number;
}

function masukan(body: unknown): Masukan {
  const b = (body ?? {}) as Partial<Masukan>;
  if (typeof b.kunci !== 'string' || typeof b.lat !== 'number' || typeof b.lon !== 'number') throw Object.assign(new Error('isian tidak lengkap'), { statusCode: 400 });
  return { kunci: b.kunci, lat: b.lat, lon: b.lon };
}

async function utama() {
  pasangKunciData(kunciDariEnv());
  const db: Db = await bukaDb({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.DATA_DIR });
  const cache = process.env.CACHE_SESI === '0' ? null : new CacheSesi(db);
  const app = await buatAplikasi({ db, web: false, cacheSesi: cache ?? false });
  // The server's own CPU time and the session cache's counters: figures a busy shared machine disturbs less than req/s.
  app.get('/bench/ukur',
    async () => ({ cpuMikrodetik: process.cpuUsage().user + process.cpuUsage().system, sesi: cache ? { ...cache.hitungan } : null, penulis: statistikPenulisPresensi(db) }));

  // The plain INSERT baseline on this process's database (PGlite: nobody else may open its folder).
  app.get('/bench/insert-polos', async (req) => {
    const q = req.query as { klien: string, detik: string };
    return insertPolos(db, Number(q.klien), Number(q.detik));
  });

  const pegawaiDari = (ctx: Konteks) => {
    const p = wajibMasuk(ctx);
    if (p.pegawaiId === null) throw Object.assign(new Error('bukan akun pegawai'), { statusCode: 403 });
    return p.pegawaiId;
  };
  app.post('/bench/pengganti-presensi', async (req) => {
    const ctx = req.konteks;
    const pegawaiId = pegawaiDari(ctx);
    const m = masukan(req.body);
    return db.transaction(async (tx) => {
      const r = await tx.one<{ id: number }>(sql`
        insert into bench_presensi (instansi_id, pegawai_id, kunci, waktu, lat, lon) values (${ctx.instansiId}, ${pegawaiId}, ${m.kunci}, ${ctx.sekarang()}, ${m.lat}, ${m.lon})
        on conflict (instansi_id, pegawai_id, kunci) do update set kunci = excluded.kunci returning id`);
      await catatAudit({ ...ctx, db: tx }, { aksi: 'presensi.masuk', entitas: 'bench_presensi', entitasId: r.id, pegawaiId });
      return { id: Number(r.id) };
    });
  });

  type Item = Masukan & { ctx: Konteks, pegawaiId: number, waktu: Date };
  const penulis = new PenulisKelompok<Item, number>({ db, maksBatch: 500, tulis: async (tx, batch) => {
    const baris = batch.map((b) => ({ instansi_id: b.ctx.instansiId, pegawai_id: b.pegawaiId, kunci: b.kunci, waktu: b.waktu.toISOString(), lat: b.lat, lon: b.lon }));
    const r = await tx.many<{ id: number, pegawai_id: number, kunci: string }>(sql`
      insert into bench_presensi (instansi_id, pegawai_id, kunci, waktu, lat, lon)
      select x.instansi_id, x.pegawai_id, x.kunci, x.waktu, x.lat, x.lon
        from jsonb_to_recordset(${JSON.stringify(baris)}::jsonb) as x(instansi_id bigint, pegawai_id bigint, kunci text, waktu timestamptz, lat float8, lon float8)
      on conflict (instansi_id, pegawai_id, kunci) do update set kunci = excluded.kunci returning id, pegawai_id, kunci`);
    const id = new Map(r.map((x) => [`${x.pegawai_id}/${x.kunci}`, Number(x.id)]));
    // One audit statement per batch; each entry names its own caller (the batch holds many).
    await catatAuditKelompok(tx,
      batch.map((b) => ({ ctx: b.ctx, entri: { aksi: 'presensi.masuk', entitas: 'bench_presensi', entitasId: id.get(`${b.pegawaiId}/${b.kunci}`)!, pegawaiId: b.pegawaiId } })));
    return batch.map((b) => id.get(`${b.pegawaiId}/${b.kunci}`)!);
  } });
  app.post('/bench/pengganti-presensi/kelompok', async (req) => {
    const ctx = req.konteks;
    const pegawaiId = pegawaiDari(ctx);
    return { id: await penulis.tulis({ ...masukan(req.body), ctx, pegawaiId, waktu: ctx.sekarang() }) };
  });

  await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
  const alamat = app.server.address();
  process.stdout.write(`${JSON.stringify({ port: typeof alamat === 'object' && alamat ? alamat.port : null })}\n`);
  const tutup = async () => {
    await app.close().catch(() => {});
    await penulis.tutup().catch(() => {});
    await db.close().catch(() => {});
    process.exit(0);
  };
  process.on('SIGTERM', () => void tutup());
  process.on('SIGINT', () => void tutup());
}

utama().catch((e) => {
  console.error('pelayan bench gagal:', e);
  process.exit(1);
});
