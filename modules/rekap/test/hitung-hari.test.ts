import { describe, expect, it } from 'vitest';
import type { StatusHariUsulan } from '@simasn/cuti';
import { jadwalHari, PERBUP_SUKAMAJU_2026, PERPRES_21_2023 } from '@simasn/domain';
import { nilaiHariPegawai, pilihScan, type Scan } from '../src/hari/hitung-hari.ts';
import { tandaHari } from '../src/hari/tanda.ts';

/** The pure day rule of the rekap: which scans count, then calendar, request, scans; live days. */
const P = { id: 7, unitId: 3, jalurUnit: '/1/3/' };
const SELASA = '2026-04-07';
const kantor = jadwalHari(PERBUP_SUKAMAJU_2026, {}, SELASA);
const malam = jadwalHari(PERBUP_SUKAMAJU_2026, { pola: 'shift-rsud', jadwalShift: { [SELASA]: 'M' } }, SELASA);
const jam = (j: string) => Number(j.slice(0, 2)) * 60 + Number(j.slice(3, 5));
const scan = (jenis: 'masuk' | 'pulang', j: string, x: Partial<Scan> = {}): Scan => ({ pegawaiId: 7, tanggal: SELASA, jenis, menit: jam(j), sumber: 'ponsel', luring: false,
  ditolak: false, ditinjau: false, ...x });
const usulan = (x: Partial<StatusHariUsulan>): StatusHariUsulan => ({ pegawaiId: 7, tanggal: SELASA, status: 'cuti', jenis: 'cuti_tahunan', usulanId: 12, hariKerja: true,
  bebasPresensi: true, bebasAktivitas: true, keterangan: 'Cuti tahunan 7 April 2026, usulan nomor 12', ...x });

describe('which check-in and check-out count', () => {
  it('the earliest check-in and the latest check-out (5 minutes after the end do not make up 10 late); a rejected one is left out and named', () => {
    const s = pilihScan(kantor, [scan('masuk', '07:40'), scan('masuk', '07:20', { ditolak: true }), scan('masuk', '07:45'), scan('pulang', '16:02'), scan('pulang', '16:05')], []);
    expect(s.masuk?.menit).toBe(jam('07:40'));
    expect(s.pulang?.menit).toBe(jam('16:05'));
    expect(s.ditolak).toHaveLength(1);
    const h = nilaiHariPegawai(P, kantor, undefined, s);
    expect(h).toMatchObject({ status: 'hadir', kodeMasuk: 'TL1', terlambatMenit: 10, kodePulang: 'tepat', jamMasuk: '07:40', jamPulang: '16:05', potonganPersen: 0.5 });
    expect(h.keterangan).toContain('Presensi masuk pukul 07.20 tidak dihitung: dinyatakan pelanggaran oleh peninjau.');
    expect(h.keterangan).toContain('Dasar: Perbup Sukamaju 2026 tentang Hari dan Jam Kerja (fiktif, demo).');
    expect(h.keterangan).not.toMatch(/perbup-|kalender-\d|libur-\d{4}-v/);
    expect(tandaHari(h)).toBe('TL1');
  });

  it('a night shift takes its check-out from the next morning, and leaves the morning check-out of the night before', () => {
    expect(malam).toMatchObject({ hariKerja: true, masuk: '21:00', pulang: '07:00', lintasTengahMalam: true });
    const s = pilihScan(malam, [scan('pulang', '07:02'), scan('masuk', '20:50')], [scan('pulang', '07:05', { tanggal: '2026-04-08' })]);
    expect(s.masuk?.menit).toBe(jam('20:50'));
    expect(s.pulang?.menit).toBe(1440 + jam('07:05'));
    const h = nilaiHariPegawai(P, malam, undefined, s);
    expect(h).toMatchObject({ status: 'hadir', kodeMasuk: 'tepat', kodePulang: 'tepat', jamPulang: '31:05' });
    expect(h.keterangan).toContain('Pulang pukul 07.05 (hari berikutnya)');
  });

  it('a check-in waiting for the reviewer counts until decided, and says so', () => {
    const h = nilaiHariPegawai(P, kantor, undefined, pilihScan(kantor, [scan('masuk', '07:25', { ditinjau: true, luring: true }), scan('pulang', '16:00')], []));
    expect(h).toMatchObject({ status: 'hadir', kodeMasuk: 'tepat', menungguTinjau: true });
    expect(h.keterangan).toContain('(ponsel, dikirim tanpa sinyal)');
    expect(h.keterangan).toContain('menunggu tinjauan admin');
  });
});

describe('the day status', () => {
  it('a closed working day without a counted check-in is alpa with its cut', () => {
    const h = nilaiHariPegawai(P, kantor, undefined, pilihScan(kantor, [], []));
    expect(h).toMatchObject({ status: 'alpa', potonganPersen: 5, hariKerja: true });
    expect(tandaHari(h)).toBe('A');
  });

  it('an approved request sets the status without TL/PSW; a dispensasi from presensi is present without a cut', () => {
    const c = nilaiHariPegawai(P, kantor, usulan({}), pilihScan(kantor, [scan('masuk', '09:00')], []));
    expect(c).toMatchObject({ status: 'cuti', jenisAbsen: 'cuti_tahunan', kodeMasuk: null, potonganPersen: 0, usulanId: 12 });
    expect(c.keterangan).toMatch(/^Cuti tahunan 7 April 2026, usulan nomor 12: tanpa potongan/);
    const i = nilaiHariPegawai(P, kantor, usulan({ status: 'izin', jenis: 'izin', keterangan: 'Izin 7 April 2026, usulan nomor 13' }), pilihScan(kantor, [], []));
    expect(i).toMatchObject({ status: 'izin', potonganPersen: 2 });
    const d = nilaiHariPegawai(P, kantor, usulan({ status: null, jenis: 'dispensasi' }), pilihScan(kantor, [], []));
    expect(d).toMatchObject({ status: 'hadir', kodeMasuk: null, potonganPersen: 0 });
    expect(tandaHari(d)).toBe('H');
  });

  it('a day off stays a day off whatever was requested or scanned', () => {
    const sabtu = jadwalHari(PERBUP_SUKAMAJU_2026, {}, '2026-04-11');
    const h = nilaiHariPegawai(P, sabtu, usulan({ tanggal: '2026-04-11', hariKerja: false }), pilihScan(sabtu, [scan('masuk', '08:00')], []));
    expect(h).toMatchObject({ status: 'libur', hariKerja: false, potonganPersen: 0 });
    expect(h.keterangan).toContain('Hari Sabtu');
  });

  it('a day still running: no check-out yet is not PSW4, nothing yet is no mark; once over, PSW4 and alpa', () => {
    const pagi = nilaiHariPegawai(P, kantor, undefined, pilihScan(kantor, [scan('masuk', '07:35')], []), { berjalanMenit: jam('10:00') });
    expect(pagi).toMatchObject({ status: 'hadir', kodeMasuk: 'TL1', kodePulang: null, potonganPersen: 0.5 });
    expect(pagi.keterangan).toContain('belum absen pulang');
    expect(nilaiHariPegawai(P, kantor, undefined, pilihScan(kantor, [], []), { berjalanMenit: jam('10:00') }).status).toBeNull();
    expect(nilaiHariPegawai(P, kantor, undefined, pilihScan(kantor, [scan('masuk', '07:35')], []))).toMatchObject({ kodePulang: 'PSW4', potonganPersen: 2 });
  });

  it('names the rule version it used; another version gives another result (no make-up time under Perpres 21/2023)', () => {
    const s = pilihScan(kantor, [scan('masuk', '07:50'), scan('pulang', '16:25')], []);
    expect(nilaiHariPegawai(P, kantor, undefined, s)).toMatchObject({ kodeMasuk: 'tepat', versiAturan: 'perbup-sukamaju-2026' });
    expect(nilaiHariPegawai(P, kantor, undefined, s, { aturanGanti: PERPRES_21_2023 })).toMatchObject({ kodeMasuk: 'TL1', versiAturan: 'perpres-21-2023' });
  });
});
