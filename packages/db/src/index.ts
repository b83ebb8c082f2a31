export * from './db.ts';
export * from './sql.ts';
export { bukaPglite, dumpPglite } from './pglite.ts';
export { bukaPostgres } from './postgres.ts';
export { bukaDanMigrasi, bukaDb, konfigurasiDariEnv, peranPemilikAudit, versiServer, type KonfigurasiDb } from './buka.ts';
export { aturHakPeranAplikasi, peranDariUrl, TABEL_PEMILIK_SAJA, TABEL_TAMBAH_SAJA } from './peran.ts';
export { jalankanMigrasi, daftarMigrasi } from './migrasi.ts';
export { kunciFolder, FolderDataTerkunci } from './kunci-folder.ts';
