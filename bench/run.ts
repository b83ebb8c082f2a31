/**
 * `npm run bench`: figures, not pass/fail. For each scale (7,000 = a realistic kabupaten, and
 * 100,000 = a province or a stress case) on the embedded PGlite, and on PostgreSQL when
 * BENCH_DATABASE_URL is set:
 *   - pegawai search latency (p50/p95/p99) for an instansi-wide role and for an admin OPD,
 *     at the action level and through HTTP with a real session;
 *   - import throughput in validated rows per second (validation only, and validation + write);
 *   - the instansi's IP ASN from the riwayat, beside a bare SQL aggregate over the same rows;
 *   - the monthly KGB run: the list and the bulk confirmation of everyone due (bench/kgb.ts);
 *   - the LKjIP of the demo BKD, DOCX and PDF, directly and as a background job (bench/lkjip.ts);
 *   - `kinerja`: an ASN's "Kinerja Saya" (action and HTTP, p50/p99; target < 100 ms) on the demo's SKP (bench/kinerja-saya.ts);
 *   - `rekap`: a month of check-ins for everyone, the day-close job over it, the month's rekap
 *     (screen, every row, XLSX) and an ASN's own month (bench/rekap.ts; at 100,000 ASN on a lean SQL-built data set
 *     instead of the demo: `node bench/rekap-cepat.ts --jumlah 100000 --mesin postgres`);
 *   - `jp`: the 20 JP list (page, below 20, search), the below-20 count of the largest perangkat daerah
 *     and the JPM lists (instansi, unit) after a year of learning for everyone (bench/jp.ts);
 *   - `tpp`: the month's TPP computed and written for everyone (first and recomputed) and the daftar
 *     nominatif of the largest perangkat daerah, XLSX and PDF (bench/tpp-bulan.ts);
 *   - `sesi` (7,000 ASN, each engine): the session path before/after the cache and check-in
 *     throughput over HTTP at 1/8/32/64 clients beside plain INSERT commits (bench/sesi-presensi.ts;
 *     for PostgreSQL figures that mean anything, run it against a server with fsync and
 *     synchronous_commit on: scripts/pg-sementara.sh turns both off).
 *   - `ujian` (each engine): 500 people taking one SKD-shaped test over HTTP, answer saves at 50 per
 *     second open loop (target p99 < 100 ms), then all 500 at once (bench/ujian.ts, `npm run bench:ujian`).
 *   - `butir` (no database): item analysis of 10.000 attempts x 110 items, from the matrix and from
 *     1.100.000 rows (issue 13 target: under 2 s; bench/analisis-butir.ts, `npm run bench:butir`).
 * Options: --skala 7000,100000  --kueri 400  --bagian cari,impor (default: all of cari, ip-asn, kgb,
 * lkjip, kinerja, impor, rekap, jp, tpp, sesi, ujian, butir)  --detik 3 (each load run of `sesi`)  --mesin pglite,postgres (default: both when
 * BENCH_DATABASE_URL is set)  --skenario presensi,kesehatan (only the `sesi` runs whose label contains
 * one of these words; the INSERT baseline always runs)  --simpan (PostgreSQL: keep each scale's database and print its name)
 * --pakai <nama> (PostgreSQL, one scale: measure on a database kept by --simpan instead of building the demo again)   Results also go to .bench/hasil.json.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { bukaPglite, bukaPostgres, jalankanMigrasi, sql, type Db } from '@simasn/db';
import { bukaPostgresSementara } from '@simasn/db/uji';
import { buatDemo } from '@simasn/demo';
import { bukaNilai, cariPegawai, imporPegawai } from '@simasn/kepegawaian';
import { konteksSistem, kunciDariEnv, pasangKunciData, zonaInstansi, type Konteks, type Pemanggil } from '@simasn/platform';
import { buatAplikasi } from '../apps/server/src/aplikasi.ts';
import { ukurIpAsn } from './ip-asn.ts';
import { ukurLkjip } from './lkjip.ts';
import { ukurKgb } from './kgb.ts';
import { ukurSesiPresensi } from './sesi-presensi.ts';
import { ukurRekap } from './rekap.ts';
import { ukurTppBulan } from './tpp-bulan.ts';
import { ukurAnalisisButir } from './analisis-butir.ts';
import { ukurKinerjaSaya } from './kinerja-saya.ts';
import { ukurJp } from './jp.ts';
import { ukurUjian } from './ujian.ts';

const { values } = parseArgs({
  options: { skala: { type: 'string', default: '7000,100000' }, kueri: { type: 'string', default: '400' },
    bagian: { type: 'string', default: 'cari,ip-asn,kgb,lkjip,kinerja,impor,rekap,jp,tpp,sesi,ujian,butir' }, detik: { type: 'string', default: '3' }, mesin: { type: 'string' },
    skenario: { type: 'string' }, simpan: { type: 'boolean' }, pakai: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log(
    'npm run bench -- [--skala 7000,100000] [--kueri 400] [--bagian cari,ip-asn,kgb,lkjip,kinerja,impor,rekap,jp,tpp,sesi,ujian,butir] [--detik 3] [--mesin pglite,postgres] [--skenario presensi]',
  );
  process.exit(0);
}
const BAGIAN = new Set(values.bagian!.split(','));
// Personal data is encrypted at rest: the bench runs with SIMASN_KUNCI_DATA, or a key of its own
// (in the environment, so that the server processes of `sesi` read what this one wrote).
process.env.SIMASN_KUNCI_DATA ||= randomBytes(32).toString('base64');
pasangKunciData(kunciDariEnv());
const SKALA = values.skala!.split(',').map(Number);
const KUERI = Number(values.kueri);

function persentil(ms: number[], p: number) {
  const s = [...ms].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
const ringkas = (ms: number[]) => ({ n: ms.length, p50: +persentil(ms, 50).toFixed(2), p95: +persentil(ms, 95).toFixed(2), p99: +persentil(ms, 99).toFixed(2),
  maks: +Math.max(...ms).toFixed(2) });

/** A deterministic mix of what people type: name fragments, NIP prefixes, filters, later pages. */
async function buatKueri(db: Db, n: number) {
  const nama = await db.many<{ nama: string, nip: string, golongan_akhir: string, unit_id: number }>(sql`
    select nama, nip, golongan_akhir, unit_id from pegawai order by id limit 2000`);
  // NIK as people type them into the search box (exact, 16 digits), decrypted from the stored ones.
  const nik = (await db.many<{ nik: string }>(sql`select nik from pegawai where nik is not null order by id limit 2000`)).map((p) => bukaNilai('pegawai', 'nik', p.nik)!);
  const kueri: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const p = nama[(i * 7919) % nama.length]!;
    const kata = p.nama.split(' ');
    switch (i % 8) {
      case 0:
        kueri.push({ q: kata[0]!.slice(0, 4) });
        break;
      case 1:
        kueri.push({ q: kata.at(-1) });
        break;
      case 2:
        kueri.push({ q: p.nip.slice(0, 8) });
        break;
      case 3:
        kueri.push({ q: i % 16 === 3 ? p.nip : nik[(i * 7919) % nik.length] });
        break;
      case 4:
        kueri.push({ golongan: p.golongan_akhir, page: 2 });
        break;
      case 5:
        kueri.push({ unitId: p.unit_id });
        break;
      case 6:
        kueri.push({ q: `${kata[0]} ${kata.at(-1)!.slice(0, 3)}` });
        break;
      default:
        kueri.push({ page: 1 + (i % 50) });
        break;
    }
  }
  return kueri;
}

async function ukurCari(ctx: Konteks, kueri: Record<string, unknown>[]) {
  for (const q of kueri.slice(0, 20)) await cariPegawai(ctx, q); // warm-up
  const ms: number[] = [];
  for (const q of kueri) {
    const t = performance.now();
    await cariPegawai(ctx, q);
    ms.push(performance.now() - t);
  }
  return ringkas(ms);
}

async function ukurHttp(db: Db, kueri: Record<string, unknown>[], nama: string) {
  const app = await buatAplikasi({ db, web: false });
  const l = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: nama, password: 'demo12345' } });
  if (l.statusCode !== 200) throw new Error(`login ${nama}: ${l.body}`);
  const cookie = String(l.headers['set-cookie']).split(';')[0]!;
  const url = (q: Record<string, unknown>) => `/api/pegawai?${new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)] as [string, string]))}`;
  for (const q of kueri.slice(0, 20)) await app.inject({ method: 'GET', url: url(q), headers: { cookie } });
  const ms: number[] = [];
  for (const q of kueri) {
    const t = performance.now();
    const r = await app.inject({ method: 'GET', url: url(q), headers: { cookie } });
    ms.push(performance.now() - t);
    if (r.statusCode !== 200) throw new Error(`${url(q)}: ${r.statusCode} ${r.body}`);
  }
  await app.close();
  return ringkas(ms);
}

async function pemanggilAdminOpd(db: Db): Promise<Pemanggil> {
  const r = await db.one<{ id: number, jalur: string, unit_id: number }>(sql`
    select a.id, u.jalur, u.id as unit_id from akun a join akun_peran ap on ap.instansi_id = a.instansi_id and ap.akun_id = a.id
      join unit_organisasi u on u.instansi_id = ap.instansi_id and u.id = ap.unit_id
     where a.nama_pengguna = 'admin.dinkes'`);
  return { akunId: r.id, namaPengguna: 'admin.dinkes', namaTampilan: 'Admin Dinkes', instansiId: 1, pegawaiId: null, jalurUnitSendiri: null,
    peran: [{ peran: 'admin_opd', unitId: r.unit_id, jalurUnit: r.jalur }] };
}

/** An import file of `n` new employees, each with a riwayat pangkat and a riwayat jabatan row. */
async function berkasImpor(db: Db, n: number): Promise<{ isi: Buffer, baris: number }> {
  const j = await db.one<{ kode: string }>(sql`select kode from jabatan where jenis = 'pelaksana' order by id limit 1`);
  const u = await db.one<{ kode: string }>(sql`select kode from unit_organisasi where jenis = 'bidang' order by id limit 1`);
  const wb = new ExcelJS.Workbook();
  const p = wb.addWorksheet('pegawai');
  const g = wb.addWorksheet('riwayat_pangkat');
  const jb = wb.addWorksheet('riwayat_jabatan');
  p.addRow(['nip', 'nik', 'nama', 'gelar_belakang', 'tanggal_lahir', 'jenis_kelamin', 'status_kepegawaian', 'tmt_cpns', 'agama', 'tempat_lahir', 'alamat', 'telepon']);
  g.addRow(['nip', 'golongan', 'tmt', 'nomor_sk', 'mk_tahun', 'mk_bulan', 'jenis_kp']);
  jb.addRow(['nip', 'kode_jabatan', 'kode_unit', 'tmt']);
  for (let i = 0; i < n; i++) {
    // One birth date per row (1965 onwards) keeps every NIP of the file distinct.
    const lahir = new Date(Date.UTC(1965, 0, 1) + i * 86_400_000);
    const tl = lahir.toISOString().slice(0, 10);
    const tahunTmt = lahir.getUTCFullYear() + 24;
    const bulanTmt = 1 + (i % 12);
    const jk = i % 2 ? '1' : '2';
    const nip = `${tl.replaceAll('-', '')}${tahunTmt}${String(bulanTmt).padStart(2, '0')}${jk}${990 + (i % 10)}`;
    const tmt = `01-${String(bulanTmt).padStart(2, '0')}-${tahunTmt}`;
    const nik = `3508${tl.slice(8, 10)}${tl.slice(5, 7)}${tl.slice(2, 4)}${String(9000 + (i % 1000)).slice(-4)}${String(i).padStart(2, '0').slice(-2)}`;
    p.addRow([
      nip,
      nik,
      `Pegawai Uji Beban ${i}`,
      'S.E.',
      `${tl.slice(8, 10)}-${tl.slice(5, 7)}-${tl.slice(0, 4)}`,
      jk === '1' ? 'L' : 'P',
      'PNS',
      tmt,
      'Islam',
      'Lumajang',
      `Jl. Uji Beban No. ${i}, Lumajang`,
      `0812${String(10_000_000 + i).slice(-8)}`,
    ]);
    g.addRow([nip, 'III/a', tmt, `823/${i}/2000`, 0, 0, 'cpns']);
    jb.addRow([nip, j.kode, u.kode, tmt]);
  }
  return { isi: Buffer.from(await wb.xlsx.writeBuffer()), baris: n * 3 };
}

async function ukurImpor(db: Db, n: number) {
  const ctx = konteksSistem(db, 1, 'bench');
  const { isi, baris } = await berkasImpor(db, n);
  const v = await imporPegawai(ctx, { namaBerkas: 'bench.xlsx', isi }, { dryRun: true });
  if (!v.ok) throw new Error(`berkas bench tidak sah: ${JSON.stringify(v.masalah.slice(0, 3))}`);
  const w = await imporPegawai(ctx, { namaBerkas: 'bench.xlsx', isi });
  if (!w.ok) throw new Error('impor bench gagal');
  return { baris, berkasMB: +(isi.length / 1e6).toFixed(1), validasiSaja: { detik: +v.detik.toFixed(2), barisPerDetik: Math.round(baris / v.detik) },
    validasiDanTulis: { detik: +w.detik.toFixed(2), barisPerDetik: Math.round(baris / w.detik) } };
}

async function bukaMesin(mesin: 'pglite' | 'postgres', skala: number): Promise<Db> {
  // At 100,000 ASN the in-memory PGlite keeps every table file in process memory (Emscripten's
  // MEMFS, grown by copying): the rekap's month (4 million check-ins, 3 million stored days, their
  // indexes and WAL) is several GB. A data folder on disk keeps them out of memory.
  if (mesin === 'pglite') return skala >= 50_000 ? bukaPglite(mkdtempSync(join(tmpdir(), 'simasn-bench-'))) : bukaPglite();
  if (values.pakai) {
    if (!/^[a-z0-9_]+$/.test(values.pakai)) throw new Error('--pakai: nama basis data tidak sah');
    const u = new URL(process.env.BENCH_DATABASE_URL!);
    u.pathname = `/${values.pakai}`;
    return bukaPostgres(u.toString());
  }
  const db = await bukaPostgresSementara(process.env.BENCH_DATABASE_URL!, 'simasn_bench', { simpan: !!values.simpan });
  if (values.simpan) console.log(`basis data disimpan: ${db.nama} (--pakai ${db.nama})`);
  return db;
}

const hasil: Record<string, unknown>[] = [];
const mesinDiuji: ('pglite' | 'postgres')[] = (process.env.BENCH_DATABASE_URL ? ['pglite', 'postgres'] as const : ['pglite'] as const).filter((m) =>
  !values.mesin || values.mesin.split(',').includes(m)
);
const BAGIAN_SKALA = ['cari', 'ip-asn', 'kgb', 'lkjip', 'kinerja', 'impor', 'rekap', 'jp', 'tpp'].filter((b) => BAGIAN.has(b));
for (const mesin of mesinDiuji) {
  for (const skala of BAGIAN_SKALA.length ? SKALA : []) {
    console.log(`\n## ${mesin}, ${skala.toLocaleString('id-ID')} ASN`);
    const db = await bukaMesin(mesin, skala);
    await jalankanMigrasi(db);
    const t0 = performance.now();
    const pakai = mesin === 'postgres' && !!values.pakai;
    const demo = pakai
      ? { jumlahPegawai: (await db.one<{ n: number }>(sql`select count(*)::int as n from pegawai`)).n,
        jumlahUnit: (await db.one<{ n: number }>(sql`select count(*)::int as n from unit_organisasi`)).n }
      : await buatDemo(db, { jumlahPegawai: skala });
    const detikDemo = (performance.now() - t0) / 1000;
    console.log(`data ${pakai ? `dipakai dari ${values.pakai}` : 'dibuat'}: ${demo.jumlahPegawai} pegawai, ${demo.jumlahUnit} unit dalam ${detikDemo.toFixed(1)} s`);
    if (mesin === 'postgres') await db.exec('analyze');
    const r: Record<string, unknown> = { mesin, skala, detikDemo: +detikDemo.toFixed(1) };
    if (BAGIAN.has('cari')) {
      const kueri = await buatKueri(db, KUERI);
      const instansi = await ukurCari(konteksSistem(db, 1, 'bench'), kueri);
      const ctxOpd: Konteks = { db, instansiId: 1, pemanggil: await pemanggilAdminOpd(db), sekarang: () => new Date(), zona: await zonaInstansi(db, 1) };
      const opd = await ukurCari(ctxOpd, kueri);
      const http = await ukurHttp(db, kueri, 'admin.bkd');
      console.log(`cari pegawai (aksi, lingkup instansi) ms: ${JSON.stringify(instansi)}`);
      console.log(`cari pegawai (aksi, admin OPD)       ms: ${JSON.stringify(opd)}`);
      console.log(`cari pegawai (HTTP + sesi, admin BKD) ms: ${JSON.stringify(http)}`);
      const nik = await ukurCari(konteksSistem(db, 1, 'bench'), kueri.filter((q) => String(q.q ?? '').length === 16));
      console.log(`cari pegawai, NIK persis saja (aksi) ms: ${JSON.stringify(nik)}`);
      r.cari = { instansi, adminOpd: opd, http, nik };
    }
    if (BAGIAN.has('ip-asn')) {
      r.ipAsn = await ukurIpAsn(db);
      console.log(`IP ASN instansi: ${JSON.stringify(r.ipAsn)}`);
    }
    if (BAGIAN.has('kgb')) {
      r.kgb = await ukurKgb(db);
      console.log(`KGB bulanan (daftar + konfirmasi massal, surat dirender saat diunduh): ${JSON.stringify(r.kgb)}`);
    }
    if (BAGIAN.has('lkjip')) {
      r.lkjip = await ukurLkjip(db);
      console.log(`LKjIP BKD demo (target < 3 s): ${JSON.stringify(r.lkjip)}`);
    }
    if (BAGIAN.has('kinerja')) {
      r.kinerjaSaya = await ukurKinerjaSaya(db);
      console.log(`Kinerja Saya seorang ASN (target < 100 ms) ms: ${JSON.stringify(r.kinerjaSaya)}`);
    }
    if (BAGIAN.has('rekap')) {
      r.rekap = await ukurRekap(db);
      console.log(`rekap presensi (target: rekap sebulan 100.000 ASN < 10 s, bulan sendiri < 50 ms): ${JSON.stringify(r.rekap)}`);
    }
    if (BAGIAN.has('jp')) {
      r.jp = await ukurJp(db);
      console.log(`20 JP dan JPM (issue 13: himpunan di basis data, cepat pada 100.000 ASN) ms: ${JSON.stringify(r.jp)}`);
    }
    if (BAGIAN.has('tpp')) {
      r.tpp = await ukurTppBulan(db);
      console.log(`TPP sebulan (target: hitung dan tulis 100.000 ASN < 10 s, nominatif OPD terbesar < 3 s): ${JSON.stringify(r.tpp)}`);
    }
    if (BAGIAN.has('impor')) {
      r.impor = await ukurImpor(db, skala >= 100_000 ? 10_000 : 2_000);
      console.log(`impor: ${JSON.stringify(r.impor)}`);
    }
    hasil.push(r);
    await db.close();
  }
}
if (BAGIAN.has('sesi')) {
  for (const mesin of mesinDiuji) {
    console.log(`\n## ${mesin}: jalur sesi dan presensi lewat HTTP, 7.000 ASN`);
    hasil.push({
      sesi: await ukurSesiPresensi(mesin === 'postgres' ? process.env.BENCH_DATABASE_URL : undefined, { detik: Number(values.detik),
        ...(values.skenario ? { skenario: values.skenario.split(',') } : {}) }),
    });
  }
}
if (BAGIAN.has('ujian')) {
  for (const mesin of mesinDiuji) {
    console.log(`\n## ${mesin}: tes CAT, 500 peserta sekaligus, simpan jawaban lewat HTTP`);
    const db = await bukaMesin(mesin, 7000);
    try {
      await jalankanMigrasi(db);
      const ujian = await ukurUjian(db, { detik: Math.max(20, Number(values.detik)) });
      console.log(`simpan jawaban 50/s (target p99 < 100 ms): ${JSON.stringify(ujian)}`);
      hasil.push({ mesin, ujian });
    } finally {
      await db.close();
    }
  }
}
if (BAGIAN.has('butir')) {
  console.log('\n## analisis butir (tanpa basis data)');
  const butir = ukurAnalisisButir({ cli: true });
  console.log(`analisis butir 10.000 peserta x 110 butir (target < 2 s) ms: ${JSON.stringify(butir)}`);
  hasil.push({ butir });
}
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/hasil.json', JSON.stringify({ waktu: new Date().toISOString(), node: process.version, hasil }, null, 2));
console.log('\nHasil lengkap: .bench/hasil.json');
