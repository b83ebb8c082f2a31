export * from './db.ts';
export * from './sql.ts';
export { bukaPglite } from './pglite.ts';
export { bukaPostgres } from './postgres.ts';
export { bukaDb, konfigurasiDariEnv, versiServer, type KonfigurasiDb } from './buka.ts';
export { jalankanMigrasi, daftarMigrasi } from './migrasi.ts';
export { kunciFolder, FolderDataTerkunci } from './kunci-folder.ts';
