let t = performance.now();
const lap = (s: string) => { const n = performance.now(); console.log(s, ((n - t)/1000).toFixed(2)); t = n; };
const { bukaPglite, jalankanMigrasi } = await import('@simasn/db');
const { bukaPgliteUji } = await import('@simasn/db/uji'); lap('import');
const a = await bukaPgliteUji(); lap('uji dari templat');
const b = await bukaPglite(); await jalankanMigrasi(b); lap('bangun + migrasi');
const c = await bukaPgliteUji(); lap('uji dari templat');
await a.close(); await b.close(); await c.close();
process.exit(0);
