import { describe, expect, it } from 'vitest';
import { ambangHukdisBerikutnya, cekGeofence, JENIS_HUKDIS, JENIS_HUKDIS_USULAN, jadwalHari, jarakMeter, kecepatanKmJam, LABEL_HUKDIS, LABEL_STATUS_HARI, nilaiHari,
  PERBUP_SUKAMAJU_2026 as A, rekapPegawai, STATUS_HARI, type StatusHari, tambahHari, USULAN_HUKDIS, usulanHukdis } from '../src/index.ts';

const hari = (tanggal: string, status: StatusHari, jamMasuk: string | null = null, jamPulang: string | null = null) => ({ tanggal,
  nilai: nilaiHari(A, jadwalHari(A, {}, tanggal), { status, jamMasuk, jamPulang }) });

describe('usulanHukdis: PP 94/2021 ladder', () => {
  it('proposes by the alpa days of a year at every threshold', () => {
    const harap: [number, string | null][] = [
      [0, null],
      [2, null],
      [3, 'teguran_lisan'],
      [4, 'teguran_tertulis'],
      [6, 'teguran_tertulis'],
      [7, 'pernyataan_tidak_puas'],
      [10, 'pernyataan_tidak_puas'],
      [11, 'potongan_tpp_25_6_bulan'],
      [13, 'potongan_tpp_25_6_bulan'],
      [14, 'potongan_tpp_25_9_bulan'],
      [16, 'potongan_tpp_25_9_bulan'],
      [17, 'potongan_tpp_25_12_bulan'],
      [20, 'potongan_tpp_25_12_bulan'],
      [21, 'penurunan_jabatan'],
      [24, 'penurunan_jabatan'],
      [25, 'pembebasan_jabatan'],
      [27, 'pembebasan_jabatan'],
      [28, 'pdhtaps'],
      [200, 'pdhtaps'],
    ];
    for (const [n, u] of harap) expect(usulanHukdis(n, Math.min(n, 1)), String(n)).toBe(u);
  });

  it('proposes PDHTAPS at 10 consecutive working days of alpa, whatever the year count', () => {
    expect(usulanHukdis(10, 10)).toBe('pdhtaps');
    expect(usulanHukdis(10, 9)).toBe('pernyataan_tidak_puas');
    expect(usulanHukdis(12, 11)).toBe('pdhtaps');
  });

  it('names the next threshold, labels every proposal and maps it to a riwayat hukdis kind', () => {
    expect(ambangHukdisBerikutnya(0)).toEqual({ usulan: 'teguran_lisan', sisaHari: 3 });
    expect(ambangHukdisBerikutnya(10)).toEqual({ usulan: 'potongan_tpp_25_6_bulan', sisaHari: 1 });
    expect(ambangHukdisBerikutnya(28)).toBeNull();
    for (const u of USULAN_HUKDIS) {
      expect(LABEL_HUKDIS[u]).toMatch(/^[A-Z]/);
      expect(JENIS_HUKDIS[JENIS_HUKDIS_USULAN[u]]).toBeDefined();
    }
    for (const s of STATUS_HARI) expect(LABEL_STATUS_HARI[s]).toMatch(/^[A-Z]/);
  });
});

describe('rekapPegawai', () => {
  it('counts working days, TL/PSW per band and sums the cuts', () => {
    const r = rekapPegawai(A, [
      hari('2026-01-05', 'hadir', '07:45', '16:00'),
      hari('2026-01-06', 'hadir', null, '15:00'),
      hari('2026-01-07', 'izin'),
      hari('2026-01-08', 'alpa'),
      hari('2026-01-09', 'cuti'),
      hari('2026-01-10', 'alpa'),
      hari('2026-01-12', 'libur'),
    ]);
    expect(r).toMatchObject({ hariKerja: 5, hadir: 2, alpa: 1, alpaBerturutMaks: 1, tl: { TL1: 1, TL2: 0, TL3: 0, TL4: 1 }, psw: { PSW1: 0, PSW2: 1, PSW3: 0, PSW4: 0 },
      potonganDisiplinPersen: 0.5 + 1.5 + 1 + 2 + 5, usulanHukdis: null, versiAturan: 'perbup-sukamaju-2026' });
    expect(r.perStatus).toMatchObject({ hadir: 2, izin: 1, alpa: 1, cuti: 1, libur: 0 });
  });

  it('counts an alpa run over consecutive working days: weekends and holidays do not break it, a present day does', () => {
    // Mon 5 Jan .. Fri 16 Jan 2026: 10 working days of alpa over two weeks, given out of order
    const dua = Array.from({ length: 12 }, (_, i) => tambahHari('2026-01-05', i)).reverse().map((t) => hari(t, 'alpa'));
    expect(rekapPegawai(A, dua)).toMatchObject({ hariKerja: 10, alpa: 10, alpaBerturutMaks: 10, usulanHukdis: 'pdhtaps' });
    const putus = dua.map((h) => (h.tanggal === '2026-01-09' ? hari('2026-01-09', 'hadir', '07:30', '16:30') : h));
    expect(rekapPegawai(A, putus)).toMatchObject({ alpa: 9, alpaBerturutMaks: 5, usulanHukdis: 'pernyataan_tidak_puas' });
  });

  it('caps the cut at 100% and counts the ladder per calendar year', () => {
    const banyak = Array.from({ length: 40 }, (_, i) => tambahHari('2026-01-01', i * 7 - 3)).filter((t) => t.slice(0, 4) === '2026').map((t) => hari(t, 'alpa'));
    const r = rekapPegawai(A, banyak);
    expect(r.alpa).toBeGreaterThanOrEqual(28);
    expect(r.potonganDisiplinPersen).toBe(100);
    expect(r.usulanHukdis).toBe('pdhtaps');
    // 4 alpa at the end of 2025 and 4 at the start of 2026 are two years of 4 (teguran tertulis), not 8
    const lintas = ['2025-12-22', '2025-12-23', '2025-12-29', '2025-12-30', '2026-01-05', '2026-01-06', '2026-01-12', '2026-01-13'].map((t) => hari(t, 'alpa'));
    expect(rekapPegawai(A, lintas)).toMatchObject({ alpa: 8, alpaPerTahun: { 2025: 4, 2026: 4 }, usulanHukdis: 'teguran_tertulis' });
  });
});

describe('geofence', () => {
  const kantor = { lat: -8.1335, lon: 113.2246, radiusMeter: 100, id: 'a' };
  it('measures haversine distances', () => {
    expect(jarakMeter(kantor, kantor)).toBe(0);
    // one degree of latitude is about 111,2 km
    expect(jarakMeter({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111_195, -1);
    // Jakarta (Monas) to Surabaya (Tugu Pahlawan) about 663 km
    expect(jarakMeter({ lat: -6.1754, lon: 106.8272 }, { lat: -7.2458, lon: 112.7378 }) / 1000).toBeCloseTo(663, -1);
  });

  it('is inside on the radius, outside one metre beyond it, and names the nearest point', () => {
    const utara = { lat: kantor.lat + 99.99 / 111_195.08, lon: kantor.lon };
    const h = cekGeofence(utara, [kantor]);
    expect(h.diDalam).toBe(true);
    expect(h.jarakMeter!).toBeCloseTo(100, 0);
    const luar = cekGeofence({ lat: kantor.lat + 101.5 / 111_195, lon: kantor.lon }, [kantor]);
    expect(luar.diDalam).toBe(false);
    expect(luar.titikTerdekat?.id).toBe('a');
    const kedua = { lat: kantor.lat + 0.01, lon: kantor.lon, radiusMeter: 500, id: 'b' };
    expect(cekGeofence({ lat: kantor.lat + 0.0095, lon: kantor.lon }, [kantor, kedua])).toMatchObject({ diDalam: true, titikTerdekat: { id: 'b' } });
    expect(cekGeofence(kantor, [])).toEqual({ diDalam: false, titikTerdekat: null, jarakMeter: null });
  });

  it('computes travel speed between consecutive points', () => {
    const a = { lat: 0, lon: 0, waktu: new Date('2026-01-05T00:00:00Z') };
    const b = { lat: 1, lon: 0, waktu: new Date('2026-01-05T01:00:00Z') };
    expect(kecepatanKmJam(a, b)).toBeCloseTo(111.2, 1);
    expect(kecepatanKmJam(a, { ...b, waktu: a.waktu })).toBe(Infinity);
    expect(kecepatanKmJam(a, { ...a })).toBe(0);
  });
});
