import { describe, expect, it } from 'vitest';
import { awalHariSetempat, formatJam, formatWaktuSetempat, hariIniIso, instanSetempat, jamDindingUtc, keZonaWaktu, singkatanZona, waktuSetempat, zonaSah,
  type ZonaWaktu } from '../src/index.ts';

/** Every instant below is written in UTC: none of these depends on the process's TZ. */
describe('zona waktu', () => {
  it('knows the three Indonesian zones and refuses others', () => {
    expect(singkatanZona('Asia/Jakarta')).toBe('WIB');
    expect(singkatanZona('Asia/Makassar')).toBe('WITA');
    expect(singkatanZona('Asia/Jayapura')).toBe('WIT');
    expect(zonaSah('Asia/Makassar')).toBe(true);
    expect(zonaSah('Europe/Paris')).toBe(false);
    expect(zonaSah('toString')).toBe(false);
    expect(() => keZonaWaktu('UTC')).toThrow(/Zona waktu tidak dikenal: UTC.*Asia\/Jakarta \(WIB\)/);
  });

  it('turns an instant into the local day and time of each zone', () => {
    const t = new Date('2026-03-10T02:05:09Z');
    expect(waktuSetempat(t, 'Asia/Jakarta')).toEqual({ tanggal: '2026-03-10', tahun: 2026, bulan: 3, hari: 10, jam: 9, menit: 5, detik: 9, hariDalamMinggu: 2, singkatan: 'WIB' });
    expect(waktuSetempat(t, 'Asia/Makassar')).toMatchObject({ tanggal: '2026-03-10', jam: 10, singkatan: 'WITA' });
    expect(waktuSetempat(t, 'Asia/Jayapura')).toMatchObject({ tanggal: '2026-03-10', jam: 11, singkatan: 'WIT' });
  });

  it('puts 23.30 and 00.30 local time on the right day in every zone', () => {
    const kasus: [ZonaWaktu, string, string, string][] = [
      // zone, 23.30 local on 31 Dec in UTC, 00.30 local on 1 Jan in UTC
      ['Asia/Jakarta', '2026-12-31T16:30:00Z', '2026-12-31T17:30:00Z', 'WIB'],
      ['Asia/Makassar', '2026-12-31T15:30:00Z', '2026-12-31T16:30:00Z', 'WITA'],
      ['Asia/Jayapura', '2026-12-31T14:30:00Z', '2026-12-31T15:30:00Z', 'WIT'],
    ];
    for (const [zona, malam, dinihari, s] of kasus) {
      expect(hariIniIso(new Date(malam), zona)).toBe('2026-12-31');
      expect(formatJam(new Date(malam), zona)).toBe('23.30');
      expect(hariIniIso(new Date(dinihari), zona)).toBe('2027-01-01');
      expect(formatWaktuSetempat(new Date(dinihari), zona)).toBe(`1 Januari 2027 00.30 ${s}`);
      expect(waktuSetempat(new Date(dinihari), zona).hariDalamMinggu).toBe(5); // Jumat
      expect(instanSetempat('2026-12-31', '23.30', zona).toISOString()).toBe(new Date(malam).toISOString());
      expect(instanSetempat('2027-01-01', '00:30', zona).toISOString()).toBe(new Date(dinihari).toISOString());
    }
    // The same instant is still 31 December in Jakarta and already 1 January in Jayapura.
    expect(hariIniIso(new Date('2026-12-31T15:30:00Z'), 'Asia/Jakarta')).toBe('2026-12-31');
    expect(hariIniIso(new Date('2026-12-31T15:30:00Z'), 'Asia/Jayapura')).toBe('2027-01-01');
  });

  it('gives the start of a local day, formats, and keeps WIB as the default', () => {
    expect(awalHariSetempat('2026-03-10', 'Asia/Jakarta').toISOString()).toBe('2026-03-09T17:00:00.000Z');
    expect(awalHariSetempat('2026-03-10', 'Asia/Makassar').toISOString()).toBe('2026-03-09T16:00:00.000Z');
    expect(awalHariSetempat('2026-03-10', 'Asia/Jayapura').toISOString()).toBe('2026-03-09T15:00:00.000Z');
    expect(formatWaktuSetempat(new Date('2022-05-17T07:05:00Z'), 'Asia/Jakarta')).toBe('17 Mei 2022 14.05 WIB');
    expect(formatWaktuSetempat(new Date('2022-05-17T07:05:00Z'), 'Asia/Makassar', { singkatan: false })).toBe('17 Mei 2022 15.05');
    expect(jamDindingUtc(new Date('2022-05-17T07:05:00Z'), 'Asia/Jayapura').toISOString()).toBe('2022-05-17T16:05:00.000Z');
    expect(hariIniIso(new Date('2022-05-16T18:00:00Z'), 'Asia/Jakarta')).toBe('2022-05-17');
    expect(() => instanSetempat('2026-3-1', '07:00', 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => waktuSetempat(new Date('x'), 'Asia/Jakarta')).toThrow(RangeError);
  });
});
