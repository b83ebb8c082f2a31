/**
 * `node bench/kueri-halaman.ts [--data /tmp/folder] [--ulang 5]`: the server side of the heavy
 * pages on the demo kabupaten (7,000 ASN), as admin BKD: each computed list with its cache empty
 * (the first read after a write: the set-based query and the rules) and from the cache (a page,
 * a search, a sort), median of --ulang runs, in wall time and in this process's CPU time (PGlite
 * runs in the process: the CPU time is the figure a loaded machine disturbs least). With --data the demo is built once into that
 * folder and reused (its key beside it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bukaPglite, jalankanMigrasi, sql } from '@simasn/db';
import { buatDemo } from '@simasn/demo';
import { bacaSesi, buatSesi } from '@simasn/akun';
import { hitungIpAsn } from '@simasn/indeks';
import { statistikPegawai } from '@simasn/kepegawaian';
import { daftarKenaikanPangkat, daftarKgbBulanan, daftarPensiun } from '@simasn/layanan';
import { CincinKunci, KunciData, pasangKunciData, zonaInstansi, type Konteks } from '@simasn/platform';

const { values } = parseArgs({ options: { pegawai: { type: 'string', default: '7000' }, data: { type: 'string' }, ulang: { type: 'string', default: '5' } } });
const folder = values.data;
const baru = !folder || !existsSync(join(folder, 'pgdata'));
const kunci = folder && existsSync(join(folder, 'kunci-bench')) ? readFileSync(join(folder, 'kunci-bench'), 'utf8').trim() : KunciData.acak().base64;
pasangKunciData(new CincinKunci(KunciData.dariBase64(kunci)));
const db = await bukaPglite(folder);
await jalankanMigrasi(db);
if (baru) {
  await buatDemo(db, { jumlahPegawai: Number(values.pegawai) });
  if (folder) writeFileSync(join(folder, 'kunci-bench'), kunci);
}
const akun = await db.one<{ id: number }>(sql`select id from akun where instansi_id = 1 and nama_pengguna = 'admin.bkd'`);
const sesi = await bacaSesi(db, (await buatSesi(db, 1, akun.id, {})).cookie);
const ctx: Konteks = { db, instansiId: 1, pemanggil: sesi!.pemanggil, sekarang: () => new Date(), alamatIp: '127.0.0.1', zona: await zonaInstansi(db, 1) };
const periode = (await db.one<{ p: string }>(sql`
  select to_char(make_date(extract(year from current_date)::int + case when extract(month from current_date) >= 10 then 1 else 0 end,
    case when extract(month from current_date) between 4 and 9 then 10 else 4 end, 1), 'YYYY-MM-DD') as p`)).p;

/** A write that moves the 'pegawai' version (and changes nothing): the next read is a miss. */
const sentuh = () => db.run(sql`update pegawai set nama = nama where instansi_id = 1 and id = (select min(id) from pegawai where instansi_id = 1)`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

const kasus: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
  ['/api/layanan/kgb', () => daftarKgbBulanan(ctx, {}), () => daftarKgbBulanan(ctx, { page: 2, limit: 25, urut: 'nama' })],
  [`/api/kenaikan-pangkat (${periode})`, () => daftarKenaikanPangkat(ctx, { periode }), () => daftarKenaikanPangkat(ctx, { periode, page: 2, limit: 25 })],
  ['/api/pensiun', () => daftarPensiun(ctx, {}), () => daftarPensiun(ctx, { page: 2, limit: 25 })],
  ['/api/indeks/ip-asn', () => hitungIpAsn(ctx, {}), () => hitungIpAsn(ctx, {})],
  ['/api/dasbor/statistik', () => statistikPegawai(ctx, {}), () => statistikPegawai(ctx, {})],
];
console.log(
  `${'titik'.padEnd(40)} ${'tanpa cache'.padStart(12)} ${'dari cache'.padStart(12)} ${'CPU tanpa'.padStart(10)} ${'CPU dari'.padStart(10)}   (median ${values.ulang}x, ms)`,
);
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
for (const [nama, penuh, halaman] of kasus) {
  await penuh(); // plans warm
  const miss: number[] = [];
  const hit: number[] = [];
  const cpuMiss: number[] = [];
  const cpuHit: number[] = [];
  for (let i = 0; i < Number(values.ulang); i++) {
    await sentuh();
    let t = performance.now();
    let c = cpu();
    await penuh();
    miss.push(performance.now() - t);
    cpuMiss.push(cpu() - c);
    t = performance.now();
    c = cpu();
    await halaman();
    hit.push(performance.now() - t);
    cpuHit.push(cpu() - c);
  }
  console.log(
    `${nama.padEnd(40)} ${median(miss).toFixed(1).padStart(12)} ${median(hit).toFixed(1).padStart(12)} ${median(cpuMiss).toFixed(1).padStart(10)} ${
      median(cpuHit).toFixed(1).padStart(10)
    }`,
  );
}
await db.close();
const [b1, b5] = (await import('node:os')).loadavg();
console.log(`beban mesin (loadavg 1/5 menit): ${b1!.toFixed(1)} / ${b5!.toFixed(1)} pada ${(await import('node:os')).cpus().length} inti`);
