import { titik } from '@simasn/kontrak';
import { skemaDaftarAudit, skemaEksporAudit, skemaHalamanAudit, skemaHasilPeriksaRantai, skemaKesehatan } from './daftar-audit.types.ts';

/**
 * The platform's own endpoints: the audit trail (its action, daftar-audit.ts, lives here) and the
 * health check. Declared beside the platform's actions like every module's contract, so
 * packages/kontrak stays the generic building blocks; the web imports `@simasn/platform/kontrak`
 * only (never the package's index, which is server code).
 */
export const KONTRAK_AUDIT = {
  daftar: titik({ method: 'GET', url: '/api/audit', akses: 'audit:baca', tag: 'audit', ringkasan: 'Jejak audit: siapa, kapan, apa, sebelum dan sesudah', query: skemaDaftarAudit,
    respons: skemaHalamanAudit }),
  ekspor: titik({ method: 'GET', url: '/api/audit/ekspor.xlsx', akses: 'audit:baca', tag: 'audit', hasil: 'xlsx', ringkasan: 'Jejak audit sebagai XLSX (maks. 10.000 baris)',
    query: skemaEksporAudit }),
  periksa: titik({ method: 'GET', url: '/api/audit/periksa', akses: 'audit:baca', tag: 'audit', ringkasan: 'Periksa keutuhan rantai hash jejak audit; menyebut entri rusak pertama',
    respons: skemaHasilPeriksaRantai }),
};

export const KONTRAK_SISTEM = {
  kesehatan: titik({ method: 'GET', url: '/api/health', akses: 'publik', tag: 'sistem', ringkasan: 'Kesehatan layanan dan basis data', respons: skemaKesehatan }),
};

export * from './daftar-audit.types.ts';
export * from './aksi-audit.ts';
