export * from './jp.ts';
export * from './cat.ts';
export * from './analisis-butir.ts';
export * from './standar.ts';
