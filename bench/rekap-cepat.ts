/**
 * `node bench/rekap-cepat.ts`: the rekap bench (bench/rekap.ts, issue 11: the month's rekap of
 * 100.000 ASN under 10 s, an ASN's own month under 50 ms) on a lean data set built by SQL in
 * seconds (bench/rekap-cepat-lib.ts) instead of the demo generator, which takes well over 20
 * minutes at 100.000 ASN on a shared machine. The module's real actions are measured: the
 * day-close job over the month, the rekap screen, every row, the XLSX export, the own month.
 * Options: --jumlah 7000,100000  --mesin pglite,postgres (postgres with BENCH_DATABASE_URL)
 * --simpan (PostgreSQL: keep the database and print its name)  --pakai <nama> (PostgreSQL, one
 * size: measure again on a database kept by --simpan; `ukurRekap` closes the month again).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bukaPglite, bukaPostgres, jalankanMigrasi, type Db } from '@simasn/db';
import { bukaPostgresSementara } from '@simasn/db/uji';
import { kunciDariEnv, pasangKunciData } from '@simasn/platform';
import { siapkanDataRekap } from './rekap-cepat-lib.ts';
import { ukurRekap } from './rekap.ts';

const { values } = parseArgs({
  options: { jumlah: { type: 'string', default: '7000,100000' }, mesin: { type: 'string' }, simpan: { type: 'boolean' }, pakai: { type: 'string' } },
});
process.env.SIMASN_KUNCI_DATA ||= randomBytes(32).toString('base64');
pasangKunciData(kunciDariEnv());

for (const mesin of (values.mesin ?? (process.env.BENCH_DATABASE_URL ? 'pglite,postgres' : 'pglite')).split(',')) {
  for (const n of values.jumlah!.split(',').map(Number)) {
    let db: Db;
    const pakai = mesin === 'postgres' && values.pakai;
    if (pakai) {
      if (!/^[a-z0-9_]+$/.test(pakai)) throw new Error('--pakai: nama basis data tidak sah');
      const u = new URL(process.env.BENCH_DATABASE_URL!);
      u.pathname = `/${pakai}`;
      db = await bukaPostgres(u.toString());
    } else if (mesin === 'pglite') {
      // A data folder on disk: a month of 100.000 ASN does not fit PGlite's in-memory file system.
      db = await bukaPglite(n >= 50_000 ? mkdtempSync(join(tmpdir(), 'simasn-bench-rekap-')) : undefined);
    } else {
      const s = await bukaPostgresSementara(process.env.BENCH_DATABASE_URL!, 'simasn_bench_rekap', { simpan: !!values.simpan });
      if (values.simpan) console.log(`basis data disimpan: ${s.nama} (--pakai ${s.nama})`);
      db = s;
    }
    await jalankanMigrasi(db);
    const t0 = performance.now();
    if (!pakai) await siapkanDataRekap(db, n);
    await db.exec(mesin === 'pglite' ? 'vacuum analyze' : 'analyze');
    console.log(`\n## ${mesin}, ${n.toLocaleString('id-ID')} ASN (data ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    console.log(`rekap presensi (target: rekap sebulan 100.000 ASN < 10 s, bulan sendiri < 50 ms): ${JSON.stringify(await ukurRekap(db))}`);
    await db.close();
  }
}
