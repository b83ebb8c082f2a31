export * from './aturan.ts';
export * from './ip-asn.ts';
export * from './ikm.ts';
export * from './merit.ts';
export * from './nspk.ts';
export * from './sampel.ts';
