export * from './pelari.ts';
export * from './ambil-pekerjaan.ts';
export * from './unduh-hasil-pekerjaan.ts';
export * from './daftar-pekerjaan.ts';
