/**
 * The test clock (issue 9): with `JAM_UJI=HH:MM` set, every test file of the unit and integrasi
 * projects runs with `Date` at today HH:MM in WIB (the fixtures' zone), advancing with real time,
 * so that code reading the wall clock sees that hour. `npm test` re-runs the date-sensitive part
 * at 23.30 and 00.30 WIB (00.30 WIB is 17.30 UTC of the day before: the hour a UTC date or a
 * database session's zone gets wrong) and under another `TZ`. Only `Date` is faked: timers,
 * PGlite and sockets keep working. Child processes (the CLI tests, cli-uji.ts) get the same clock
 * through `JAM_UJI_INSTAN` and scripts/jam-uji-proses.mjs. Without `JAM_UJI` this file does nothing.
 */
import { vi } from 'vitest';
import { hariIniIso, instanSetempat } from '@simasn/domain';

const jam = process.env.JAM_UJI;
if (jam) {
  if (!/^\d{2}:\d{2}$/.test(jam)) throw new Error(`JAM_UJI harus HH:MM, bukan ${jam}`);
  const saat = instanSetempat(hariIniIso(new Date(), 'Asia/Jakarta'), jam, 'Asia/Jakarta');
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(saat);
}
