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

  it('agrees with the IANA time-zone data (Intl) for every instant from 1970 to 2100, and asks it before 1970', () => {
    const pemformat = Object.fromEntries((['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const).map((z) => [
      z,
      new Intl.DateTimeFormat('en-US', { timeZone: z, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
        weekday: 'short' }),
    ]));
    const rujukan = (instan: Date, zona: ZonaWaktu) => {
      const b = Object.fromEntries(pemformat[zona]!.formatToParts(instan).map((p) => [p.type, p.value]));
      return { tanggal: `${b.year}-${b.month}-${b.day}`, jam: Number(b.hour) % 24, menit: Number(b.minute), detik: Number(b.second),
        hariDalamMinggu: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(b.weekday!) };
    };
    // A fixed pseudo-random walk (no wall clock, the same instants every run) plus each local midnight's edges.
    let benih = 20_261_205;
    const acak = () => {
      benih = (benih * 48_271) % 2_147_483_647; // Park-Miller: exact in a double
      return benih / 2_147_483_647;
    };
    const awal = Date.UTC(1970, 0, 1);
    const akhir = Date.UTC(2100, 0, 1);
    const instan: number[] = [awal, awal + 999];
    for (let i = 0; i < 3000; i++) instan.push(Math.floor(awal + acak() * (akhir - awal)));
    for (const zona of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const) {
      const jam = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 }[zona];
      for (const tahun of [1970, 1999, 2000, 2024, 2026, 2038, 2099]) {
        const tengahMalam = Date.UTC(tahun, 1, 29) - jam * 3_600_000; // 29 Feb or 1 Mar, 00.00 local
        instan.push(tengahMalam - 1000, tengahMalam, tengahMalam + 1000);
      }
      for (const t of instan) {
        const w = waktuSetempat(new Date(t), zona);
        expect({ tanggal: w.tanggal, jam: w.jam, menit: w.menit, detik: w.detik, hariDalamMinggu: w.hariDalamMinggu }, `${new Date(t).toISOString()} ${zona}`).toEqual(
          rujukan(new Date(t), zona),
        );
      }
    }
    // Before 1964 Jakarta was +07.30 and Jayapura +09.30 (IANA): those instants still come out right.
    expect(waktuSetempat(new Date('1960-06-01T12:00:00Z'), 'Asia/Jakarta')).toMatchObject({ tanggal: '1960-06-01', jam: 19, menit: 30 });
    expect(waktuSetempat(new Date('1960-06-01T12:00:00Z'), 'Asia/Jayapura')).toMatchObject({ jam: 21, menit: 30 });
    expect(waktuSetempat(new Date('1960-06-01T12:00:00Z'), 'Asia/Makassar')).toMatchObject({ jam: 20, menit: 0 });
    expect(instanSetempat('1960-06-01', '19.30', 'Asia/Jakarta').toISOString()).toBe('1960-06-01T12:00:00.000Z');
    expect(waktuSetempat(new Date(-1), 'Asia/Jakarta')).toMatchObject({ tanggal: '1970-01-01', jam: 6, menit: 59, detik: 59 });
  });
});
