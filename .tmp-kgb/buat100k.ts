import { bukaPglite, jalankanMigrasi } from '@simasn/db';
import { buatDemo } from '@simasn/demo';
const db = await bukaPglite(process.argv[2]!);
await jalankanMigrasi(db);
const t0 = performance.now();
await buatDemo(db, { jumlahPegawai: Number(process.argv[3] ?? 100000), log: (p, x) => { if (x !== undefined && x >= 92) console.log(`[${x}] ${p} ${((performance.now() - t0) / 1000).toFixed(1)}s`); } });
await db.close();
console.log('selesai');
