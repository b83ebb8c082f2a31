import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATURAN_PRESENSI, ATURAN_PRESENSI_BAWAAN, aturanPresensi, bacaJam, jadwalHari, type KalenderPresensi, LIBUR_NASIONAL_2026, menitKerjaSeminggu, menitScan, nilaiHari,
  PERBUP_SUKAMAJU_2026 as A, PERPRES_21_2023, type PolaMingguan, STATUS_HARI, type StatusHari, uraianDasarHari } from '../src/index.ts';

const hadir = (jamMasuk: string | null, jamPulang: string | null) => ({ status: 'hadir' as const, jamMasuk, jamPulang });
const jam = (menit: number) => `${String(Math.floor(menit / 60)).padStart(2, '0')}:${String(menit % 60).padStart(2, '0')}`;
const SENIN = '2026-01-05';
const JUMAT = '2026-01-09';
const nilai = (tanggal: string, masuk: string | null, pulang: string | null, kalender: KalenderPresensi = {}) =>
  nilaiHari(A, jadwalHari(A, kalender, tanggal), hadir(masuk, pulang));

describe('aturan presensi: the registry', () => {
  it("names a day's rule and calendar in words, never by their version ids", () => {
    expect(uraianDasarHari(A, 'kalender-17/libur-2026-v2')).toBe(
      'Dasar: Perbup Sukamaju 2026 tentang Hari dan Jam Kerja (fiktif, demo); kalender kerja unit versi 17, daftar libur 2026 versi 2.',
    );
    expect(uraianDasarHari(A, 'kalender-bawaan')).toBe('Dasar: Perbup Sukamaju 2026 tentang Hari dan Jam Kerja (fiktif, demo); kalender kerja bawaan instansi.');
    expect(uraianDasarHari(PERPRES_21_2023, null)).toBe(`Dasar: ${PERPRES_21_2023.nama}.`);
  });

  it('has the demo Perbup as the default and refuses an unknown id in Indonesian', () => {
    expect(ATURAN_PRESENSI_BAWAAN).toBe('perbup-sukamaju-2026');
    expect(aturanPresensi('perbup-sukamaju-2026')).toEqual({ ok: true, nilai: A });
    const h = aturanPresensi('perbup-lain');
    expect(h.ok).toBe(false);
    expect(!h.ok && h.alasan).toMatch(/tidak dikenal; pilihan: perbup-sukamaju-2026, perpres-21-2023/);
    expect(aturanPresensi('toString').ok).toBe(false);
  });

  it('keeps the weekly totals of Perpres 21/2023 in every weekly pattern: 37 h 30 min, Ramadan 32 h 30 min', () => {
    for (const a of Object.values(ATURAN_PRESENSI)) {
      for (const p of Object.values(a.pola)) {
        if (p.jenis !== 'mingguan') continue;
        expect(menitKerjaSeminggu(p), `${a.id} ${p.id}`).toBe(37 * 60 + 30);
        expect(menitKerjaSeminggu(p, true), `${a.id} ${p.id} ramadan`).toBe(32 * 60 + 30);
      }
    }
    expect((PERPRES_21_2023.pola['lima-hari'] as PolaMingguan).hari[1]!.masuk).toBe('07:30');
  });

  it('reads HH:MM times and refuses malformed ones', () => {
    expect(bacaJam('07:30')).toEqual({ ok: true, nilai: 450 });
    expect(bacaJam('7.05')).toEqual({ ok: true, nilai: 425 });
    expect(bacaJam('16:00:59')).toEqual({ ok: true, nilai: 960 });
    expect(bacaJam('31:00')).toEqual({ ok: true, nilai: 1860 });
    for (const s of ['7', '07:60', '48:00', 'jam tujuh', '07:30:61', '']) expect(bacaJam(s).ok, s).toBe(false);
  });
});

describe('jadwalHari: the demo Perbup', () => {
  it('Mon-Thu 07.30-16.00, Fri 07.30-16.30, Saturday and Sunday off, naming the rule version', () => {
    for (const t of ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08']) {
      expect(jadwalHari(A, {}, t)).toMatchObject({ hariKerja: true, masuk: '07:30', pulang: '16:00', lintasTengahMalam: false, ramadan: false,
        versiAturan: 'perbup-sukamaju-2026' });
    }
    expect(jadwalHari(A, {}, JUMAT)).toMatchObject({ hariKerja: true, masuk: '07:30', pulang: '16:30' });
    expect(jadwalHari(A, {}, '2026-01-10')).toMatchObject({ hariKerja: false, alasan: 'Hari Sabtu', masuk: null, pulang: null });
    expect(jadwalHari(A, {}, '2026-01-11')).toMatchObject({ hariKerja: false, alasan: 'Hari Minggu' });
    expect(jadwalHari(A, { versi: 'kal-3' }, SENIN)).toMatchObject({ versiAturan: 'perbup-sukamaju-2026', versiKalender: 'kal-3' });
  });

  it('Ramadan 2026-02-18 to 2026-03-19 inclusive: 08.00-15.00, Friday 15.30', () => {
    expect(jadwalHari(A, {}, '2026-02-17')).toMatchObject({ masuk: '07:30', pulang: '16:00', ramadan: false });
    expect(jadwalHari(A, {}, '2026-02-18')).toMatchObject({ masuk: '08:00', pulang: '15:00', ramadan: true });
    expect(jadwalHari(A, {}, '2026-02-20')).toMatchObject({ masuk: '08:00', pulang: '15:30', ramadan: true });
    expect(jadwalHari(A, {}, '2026-03-19')).toMatchObject({ masuk: '08:00', pulang: '15:00', ramadan: true });
    expect(jadwalHari(A, {}, '2026-03-20')).toMatchObject({ masuk: '07:30', pulang: '16:30', ramadan: false });
    expect(jadwalHari(A, {}, '2026-02-21')).toMatchObject({ hariKerja: false });
    // A calendar may carry its own Ramadan range (a yearly circular), replacing the rule set's.
    expect(jadwalHari(A, { ramadan: [{ dari: '2026-02-19', sampai: '2026-03-20' }] }, '2026-02-18')).toMatchObject({ masuk: '07:30', ramadan: false });
    expect(jadwalHari(A, { ramadan: [{ dari: '2026-02-19', sampai: '2026-03-20' }] }, '2026-03-20')).toMatchObject({ masuk: '08:00', pulang: '15:30' });
  });

  it('holidays and cuti bersama are days off for offices, with their name', () => {
    const libur = new Map(LIBUR_NASIONAL_2026.map((l) => [l.tanggal, l.nama]));
    expect(LIBUR_NASIONAL_2026.filter((l) => l.jenis === 'libur_nasional')).toHaveLength(17);
    expect(LIBUR_NASIONAL_2026.filter((l) => l.jenis === 'cuti_bersama')).toHaveLength(8);
    expect(jadwalHari(A, { libur }, '2026-01-01')).toMatchObject({ hariKerja: false, alasan: 'Libur: Tahun Baru 2026 Masehi' });
    expect(jadwalHari(A, { libur: { '2026-03-24': 'Cuti bersama Idul Fitri' } }, '2026-03-24')).toMatchObject({ hariKerja: false });
    expect(jadwalHari(A, { libur }, '2026-01-02')).toMatchObject({ hariKerja: true });
  });

  it('a 6-day week works on Saturday (07.30-13.00) and keeps Sunday off', () => {
    const k = { pola: 'enam-hari' };
    expect(jadwalHari(A, k, '2026-01-10')).toMatchObject({ hariKerja: true, masuk: '07:30', pulang: '13:00', pola: 'enam-hari' });
    expect(jadwalHari(A, k, JUMAT)).toMatchObject({ hariKerja: true, masuk: '07:30', pulang: '11:30' });
    expect(jadwalHari(A, k, '2026-01-11')).toMatchObject({ hariKerja: false, alasan: 'Hari Minggu' });
    expect(jadwalHari(A, k, '2026-02-21')).toMatchObject({ hariKerja: true, masuk: '08:00', pulang: '13:00', ramadan: true });
  });

  it('shifts: rotation from its start date, a roster overrides it, holidays do not stop a 24-hour service', () => {
    const k = { pola: 'shift-rsud' };
    // urutan P P S S M M - -, from 2026-01-01
    const kode = Array.from({ length: 10 }, (_, i) => jadwalHari(A, k, `2026-01-${String(i + 1).padStart(2, '0')}`).shift?.kode ?? '-').join('');
    expect(kode).toBe('PPSSMM--PP');
    expect(jadwalHari(A, k, '2025-12-31')).toMatchObject({ hariKerja: false, alasan: 'Lepas dinas (tidak ada shift)' });
    expect(jadwalHari(A, k, '2026-01-05')).toMatchObject({ hariKerja: true, masuk: '21:00', pulang: '07:00', lintasTengahMalam: true, shift: { kode: 'M', nama: 'Malam' } });
    expect(jadwalHari(A, { ...k, libur: { '2026-01-01': 'Tahun Baru' } }, '2026-01-01')).toMatchObject({ hariKerja: true, shift: { kode: 'P' } });
    expect(jadwalHari(A, { ...k, jadwalShift: { '2026-01-01': 'M', '2026-01-02': null } }, '2026-01-01')).toMatchObject({ masuk: '21:00', lintasTengahMalam: true });
    expect(jadwalHari(A, { ...k, jadwalShift: { '2026-01-02': null } }, '2026-01-02')).toMatchObject({ hariKerja: false });
    // a pegawai's place in the rotation: shifted by 2 days, 1 January is an S day
    expect(jadwalHari(A, { ...k, geserRotasi: 2 }, '2026-01-01').shift?.kode).toBe('S');
    expect(jadwalHari(A, { ...k, geserRotasi: 8 }, '2026-01-01').shift?.kode).toBe('P');
    expect(() => jadwalHari(A, { pola: 'tidak-ada' }, SENIN)).toThrow(/Pola kerja "tidak-ada" tidak ada pada aturan perbup-sukamaju-2026/);
  });
});

describe('nilaiHari: TL and PSW bands at every boundary', () => {
  const kasus: [number, string, number][] = [[0, 'tepat', 0], [1, 'TL1', 0.5], [30, 'TL1', 0.5], [31, 'TL2', 1], [60, 'TL2', 1], [61, 'TL3', 1.25], [90, 'TL3', 1.25], [
    91,
    'TL4',
    1.5,
  ], [300, 'TL4', 1.5]];
  it.each(kasus)('check-in %i minutes after 07.30 (no make-up) gives %s, cut %d%%', (menit, kode, potongan) => {
    const n = nilai(SENIN, jam(450 + menit), '16:00');
    expect(n).toMatchObject({ kodeMasuk: kode, terlambatMenit: menit, kodePulang: 'tepat', pulangCepatMenit: 0, potonganPersen: potongan, versiAturan: 'perbup-sukamaju-2026' });
  });

  it.each(kasus.map(([m, k, p]) => [m, k.replace('TL', 'PSW'), p] as const))('check-out %i minutes before 16.00 gives %s, cut %d%%', (menit, kode, potongan) => {
    expect(nilai(SENIN, '07:30', jam(960 - menit))).toMatchObject({ kodeMasuk: 'tepat', kodePulang: kode, pulangCepatMenit: menit, potonganPersen: potongan });
  });

  it('an early check-in is on time with 0 minutes; TL and PSW add up', () => {
    expect(nilai(SENIN, '06:45', '16:00')).toMatchObject({ kodeMasuk: 'tepat', terlambatMenit: 0, potonganPersen: 0, keterangan: 'Masuk tepat waktu; pulang tepat waktu.' });
    expect(nilai(SENIN, '09:15', '15:00')).toMatchObject({ kodeMasuk: 'TL4', terlambatMenit: 105, kodePulang: 'PSW2', pulangCepatMenit: 60, potonganPersen: 2.5 });
  });

  it('no check-in is TL4, no check-out is PSW4 (1,5% each), minutes 0', () => {
    expect(nilai(SENIN, null, '16:00')).toMatchObject({ kodeMasuk: 'TL4', terlambatMenit: 0, kodePulang: 'tepat', potonganPersen: 1.5 });
    expect(nilai(SENIN, '07:30', null)).toMatchObject({ kodeMasuk: 'tepat', kodePulang: 'PSW4', pulangCepatMenit: 0, potonganPersen: 1.5 });
    const n = nilai(SENIN, null, null);
    expect(n).toMatchObject({ kodeMasuk: 'TL4', kodePulang: 'PSW4', potonganPersen: 3 });
    expect(n.keterangan).toBe('Tidak absen masuk (TL4, potongan 1,5%); tidak absen pulang (PSW4, potongan 1,5%).');
  });

  it('Friday ends at 16.30 and Ramadan days at 15.00/15.30 with an 08.00 start', () => {
    expect(nilai(JUMAT, '07:30', '16:00')).toMatchObject({ kodePulang: 'PSW1', pulangCepatMenit: 30 });
    expect(nilai(JUMAT, '07:30', '16:30')).toMatchObject({ kodePulang: 'tepat', potonganPersen: 0 });
    expect(nilai('2026-02-18', '08:00', '15:00')).toMatchObject({ kodeMasuk: 'tepat', kodePulang: 'tepat', potonganPersen: 0 });
    expect(nilai('2026-02-17', '08:00', '15:00')).toMatchObject({ kodeMasuk: 'TL1', terlambatMenit: 30, kodePulang: 'PSW2', pulangCepatMenit: 60 });
    expect(nilai('2026-03-20', '08:00', '15:30')).toMatchObject({ kodeMasuk: 'TL1', kodePulang: 'PSW2' });
    expect(nilai('2026-03-13', '08:01', '15:30')).toMatchObject({ kodeMasuk: 'TL1', terlambatMenit: 1, kodePulang: 'tepat' });
  });
});

describe('nilaiHari: make-up time (up to 30 minutes)', () => {
  it('forgives lateness of at most 30 minutes when the check-out is at least as many minutes after the end', () => {
    expect(nilai(SENIN, '08:00', '16:30')).toMatchObject({ kodeMasuk: 'tepat', terlambatMenit: 30, gantiWaktu: true, lebihMenit: 30, potonganPersen: 0 });
    expect(nilai(SENIN, '07:31', '16:01')).toMatchObject({ kodeMasuk: 'tepat', gantiWaktu: true, potonganPersen: 0 });
    expect(nilai(JUMAT, '07:50', '16:50')).toMatchObject({ kodeMasuk: 'tepat', gantiWaktu: true });
    expect(nilai('2026-02-18', '08:20', '15:20')).toMatchObject({ kodeMasuk: 'tepat', gantiWaktu: true });
  });

  it('does not forgive one minute short, more than 30 minutes late, or without a check-out', () => {
    expect(nilai(SENIN, '08:00', '16:29')).toMatchObject({ kodeMasuk: 'TL1', terlambatMenit: 30, gantiWaktu: false, potonganPersen: 0.5 });
    expect(nilai(SENIN, '08:01', '17:30')).toMatchObject({ kodeMasuk: 'TL2', terlambatMenit: 31, gantiWaktu: false, potonganPersen: 1 });
    expect(nilai(SENIN, '07:40', null)).toMatchObject({ kodeMasuk: 'TL1', kodePulang: 'PSW4', potonganPersen: 2 });
    expect(nilaiHari(PERPRES_21_2023, jadwalHari(PERPRES_21_2023, {}, SENIN), hadir('07:40', '17:00'))).toMatchObject({ kodeMasuk: 'TL1', gantiWaktu: false });
  });
});

describe('nilaiHari: status of the day', () => {
  it('izin 2%, alpa 5%, the others no cut and no TL/PSW; libur and weekends are not working days', () => {
    const potongan: Record<StatusHari, number> = { hadir: 0, dinas_luar: 0, cuti: 0, tugas_belajar: 0, diklat: 0, sakit: 0, izin: 2, alpa: 5, libur: 0 };
    for (const s of STATUS_HARI) {
      if (s === 'hadir') continue;
      const n = nilaiHari(A, jadwalHari(A, {}, SENIN), { status: s, jamMasuk: null, jamPulang: null });
      expect(n, s).toMatchObject({ kodeMasuk: null, kodePulang: null, terlambatMenit: 0, pulangCepatMenit: 0, potonganPersen: potongan[s], hariKerja: s !== 'libur' });
    }
    expect(nilaiHari(A, jadwalHari(A, {}, SENIN), { status: 'izin', jamMasuk: null, jamPulang: null }).keterangan).toBe('Izin: potongan 2%, jam masuk dan pulang tidak dinilai.');
    expect(nilaiHari(A, jadwalHari(A, {}, SENIN), { status: 'cuti', jenisCuti: 'tahunan', jamMasuk: null, jamPulang: null }).keterangan).toMatch(/^Cuti tahunan: tanpa potongan/);
    const sabtu = nilaiHari(A, jadwalHari(A, {}, '2026-01-10'), { status: 'alpa', jamMasuk: null, jamPulang: null });
    expect(sabtu).toMatchObject({ hariKerja: false, potonganPersen: 0, kodeMasuk: null, keterangan: 'Hari Sabtu: bukan hari kerja, tidak dinilai.' });
    const libur = nilaiHari(A, jadwalHari(A, { libur: { [SENIN]: 'Libur daerah' } }, SENIN), hadir('09:00', '10:00'));
    expect(libur).toMatchObject({ hariKerja: false, kodeMasuk: null, potonganPersen: 0 });
  });
});

describe('nilaiHari: a night shift crossing midnight', () => {
  const k = { pola: 'shift-rsud' };
  const MALAM = '2026-01-05'; // shift M 21.00-07.00
  const n = (masuk: string | null, pulang: string | null) => nilaiHari(A, jadwalHari(A, k, MALAM), hadir(masuk, pulang));
  it('judges the check-in against 21.00 and the check-out against 07.00 the next morning', () => {
    expect(n('20:45', '07:05')).toMatchObject({ kodeMasuk: 'tepat', kodePulang: 'tepat', potonganPersen: 0 });
    expect(n('21:31', '07:00')).toMatchObject({ kodeMasuk: 'TL2', terlambatMenit: 31 });
    expect(n('00:30', '07:00')).toMatchObject({ kodeMasuk: 'TL4', terlambatMenit: 210 });
    expect(n('21:00', '06:30')).toMatchObject({ kodePulang: 'PSW1', pulangCepatMenit: 30 });
    expect(n('21:00', '05:29')).toMatchObject({ kodePulang: 'PSW4', pulangCepatMenit: 91 });
    expect(n('21:00', '23:00')).toMatchObject({ kodePulang: 'PSW4', pulangCepatMenit: 480 });
    expect(n('21:00', '30:30')).toMatchObject({ kodePulang: 'PSW1', pulangCepatMenit: 30 });
    // make-up time across midnight: 20 minutes late, left 07.20
    expect(n('21:20', '07:20')).toMatchObject({ kodeMasuk: 'tepat', gantiWaktu: true, potonganPersen: 0 });
  });

  it('places a bare time on the nearer end of the shift (the off-duty gap 07.00-21.00 splits at 14.00)', () => {
    const j = jadwalHari(A, k, MALAM);
    expect(menitScan(j, '13:59')).toBe(1440 + 13 * 60 + 59);
    expect(menitScan(j, '14:00')).toBe(14 * 60);
    expect(menitScan(jadwalHari(A, {}, SENIN), '06:00')).toBe(360);
  });
});

describe('nilaiHari: properties', () => {
  it('on a day-shift working day, a later check-in never lowers the cut (without make-up) and codes follow the bands', () => {
    fc.assert(fc.property(fc.integer({ min: 360, max: 900 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 600, max: 1080 }), (m, d, p) => {
      const a = nilai(SENIN, jam(m), jam(p));
      const b = nilai(SENIN, jam(m + d), jam(p));
      if (!a.gantiWaktu && !b.gantiWaktu) expect(b.potonganPersen).toBeGreaterThanOrEqual(a.potonganPersen);
      const tl = Math.max(0, m - 450);
      expect(a.terlambatMenit).toBe(tl);
      expect(a.pulangCepatMenit).toBe(Math.max(0, 960 - p));
      const satu = [0, 0.5, 1, 1.25, 1.5];
      expect(satu.flatMap((x) => satu.map((y) => x + y))).toContain(a.potonganPersen);
    }), { numRuns: 300 });
  });
});
