export * from './capaian.ts';
export * from './periksa.ts';
export * from './periode.ts';
export * from './sumber-otomatis.ts';
