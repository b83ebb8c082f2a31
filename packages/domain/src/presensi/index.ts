export * from './jam.ts';
export * from './aturan.ts';
export * from './jadwal.ts';
export * from './nilai.ts';
export * from './rekap.ts';
export * from './geo.ts';
export * from './libur.ts';
