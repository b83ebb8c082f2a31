export * from './capaian.ts';
export * from './periksa.ts';
