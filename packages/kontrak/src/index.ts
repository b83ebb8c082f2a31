export * from './akses/index.ts';
export * from './zod.ts';
export * from './titik.ts';
export * from './respons.ts';
export * from './galat.ts';
export * from './daftar.ts';
