export * from './sandi.ts';
export * from './sesi.ts';
export * from './masuk.ts';
export * from './kelola-akun.ts';
