import type { KONTRAK_AUTH } from '@simasn/akun/kontrak';
import type { KONTRAK_LAYANAN } from '@simasn/layanan/kontrak';
import { titikRingan } from './api.ts';

/**
 * The endpoints the entry script calls (the session, logging in and out, the frame's notification
 * bell), by method and URL only and typed as their contracts declare them: the contracts
 * themselves are imported as types, so the first load (the login page) carries neither zod nor the
 * modules' schemas. Pages load their contract with their own code. test/bundel-awal.test.ts checks
 * that each entry here matches its contract and that the entry script stays free of zod.
 */
export const TITIK_AWAL = {
  auth: { sesi: titikRingan<typeof KONTRAK_AUTH.sesi>('GET', '/api/auth/sesi'), masuk: titikRingan<typeof KONTRAK_AUTH.masuk>('POST', '/api/auth/login'),
    keluar: titikRingan<typeof KONTRAK_AUTH.keluar>('POST', '/api/auth/logout') },
  layanan: { notifikasi: titikRingan<typeof KONTRAK_LAYANAN.notifikasi>('GET', '/api/notifikasi'),
    tandaiDibaca: titikRingan<typeof KONTRAK_LAYANAN.tandaiDibaca>('POST', '/api/notifikasi/baca') },
} as const;
