export * from './skp.ts';
export * from './organisasi.ts';
export * from './tpp.ts';
export * from './rekening-tpp.ts';
