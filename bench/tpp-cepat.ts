/**
 * `npm run bench:tpp-bulan`: the month's TPP on a lean data set built by SQL in seconds (the demo
 * generator takes minutes at 100.000 ASN on a shared machine): N active ASN over 40 perangkat
 * daerah (the largest holds 15%), 17 kelas jabatan, a gaji each, the month's rekap with a spread
 * of cuts, approved activities for a tenth of them and some hukdis; then `ukurTppBulan` measures
 * compute + write (first and recomputed) and the largest OPD's nominatif (XLSX, PDF).
 * Options: --jumlah 7000,100000  --mesin pglite,postgres (postgres with BENCH_DATABASE_URL).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bukaPglite, jalankanMigrasi } from '@simasn/db';
import { siapkanDataTpp } from './tpp-cepat-lib.ts';
import { bukaPostgresSementara } from '@simasn/db/uji';
import { kunciDariEnv, pasangKunciData } from '@simasn/platform';
import { ukurTppBulan } from './tpp-bulan.ts';

const { values } = parseArgs({ options: { jumlah: { type: 'string', default: '7000,100000' }, mesin: { type: 'string' } } });
process.env.SIMASN_KUNCI_DATA ||= randomBytes(32).toString('base64');
pasangKunciData(kunciDariEnv());

for (const mesin of (values.mesin ?? (process.env.BENCH_DATABASE_URL ? 'pglite,postgres' : 'pglite')).split(',')) {
  for (const n of values.jumlah!.split(',').map(Number)) {
    // PGlite in a folder, as the server runs it: in memory (no folder) each relation file that grows is
    // copied into a larger buffer again and again (Emscripten's MEMFS), which at 100.000 ASN took more
    // CPU than the month itself.
    const folder = mesin === 'pglite' ? mkdtempSync(join(tmpdir(), 'simasn-bench-tpp-')) : null;
    const db = folder ? await bukaPglite(folder) : await bukaPostgresSementara(process.env.BENCH_DATABASE_URL!, 'simasn_bench_tpp');
    await jalankanMigrasi(db);
    const t0 = performance.now();
    await siapkanDataTpp(db, n);
    if (mesin === 'pglite') await db.exec('vacuum analyze');
    console.log(`\n## ${mesin}, ${n.toLocaleString('id-ID')} ASN (data ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    console.log(`TPP sebulan (target: hitung dan tulis 100.000 ASN < 10 s, nominatif OPD terbesar < 3 s): ${JSON.stringify(await ukurTppBulan(db))}`);
    await db.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}
