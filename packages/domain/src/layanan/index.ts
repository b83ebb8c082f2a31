export * from './gaji-pokok.ts';
export * from './gapok-pp15-2019.ts';
export * from './gapok-pp5-2024.ts';
export * from './kgb.ts';
export * from './kenaikan-pangkat.ts';
export * from './syarat-kp.ts';
export * from './keluarga-kependudukan.ts';
export * from './penundaan-kgb.ts';
