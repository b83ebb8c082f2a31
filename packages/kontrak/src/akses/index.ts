export * from './peran.ts';
export * from './izin.ts';
