export * from './kunci-data.ts';
export * from './kolom-terenkripsi.ts';
