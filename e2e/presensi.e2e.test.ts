import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from '@simasn/db';
import { instanSetempat, jadwalHari, LIBUR_NASIONAL_2026, PERBUP_SUKAMAJU_2026, tambahHari, hariIniIso } from '@simasn/domain';
import { halamanMasuk, lingkunganBerkas, periksaAxe } from './harness.ts';

/**
 * The ASN's check-in journey on a phone-sized Chromium (390 px) with emulated geolocation: late
 * inside the radius (TL with minutes), outside the radius (the distance), a check-out made with no
 * signal (queued on the phone, sent when back online, recorded as offline with both times), and
 * the admin OPD's review queue and dashboard. The server's clock is set to the next working day
 * (Date faked in this process, where the server runs), so TL/PSW do not depend on the hour the
 * test runs. The day follows the demo's own today (the harness builds the demo kabupaten at this
 * machine's date), so the demo's schedules and points are in force on it.
 */

/** The next working day under the demo Perbup after the real today, at a local time (WIB). */
const HARI = (() => {
  let t = tambahHari(hariIniIso(new Date(), 'Asia/Jakarta'), 1);
  const libur = Object.fromEntries(LIBUR_NASIONAL_2026.map((l) => [l.tanggal, l.nama]));
  while (!jadwalHari(PERBUP_SUKAMAJU_2026, { libur }, t).hariKerja) t = tambahHari(t, 1);
  return t;
})();
/** Friday ends at 16.30, other days at 16.00: the check-out at 09.30 (within the session's 2 idle hours) is PSW4 with its minutes. */
const JUMAT = jadwalHari(PERBUP_SUKAMAJU_2026, {}, HARI).pulang === '16:30';
const PULANG_CEPAT = JUMAT ? 'Pulang sebelum waktunya 420 menit (PSW4)' : 'Pulang sebelum waktunya 390 menit (PSW4)';
/** Sets the clock of the server (this process) and, when given, of the phone's browser (the time an offline check-in carries). */
async function pukul(jam: string, ctx?: BrowserContext) {
  const t = instanSetempat(HARI, jam, 'Asia/Jakarta');
  vi.setSystemTime(t);
  await ctx?.clock.setFixedTime(t);
}

vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
vi.setSystemTime(instanSetempat(HARI, '06:00', 'Asia/Jakarta'));
const env = lingkunganBerkas();
afterAll(() => {
  vi.useRealTimers();
});

let kantor = { lat: 0, lon: 0 };
let nipAsn = '';

beforeAll(async () => {
  nipAsn = env.akun.find((a) => a.peran.length === 1 && a.peran[0] === 'asn')!.namaPengguna;
  const t = await env.db.one<{ lat: number, lon: number }>(sql`select lat, lon from titik_presensi where nama = 'Kantor BKPSDM'`);
  kantor = { lat: Number(t.lat), lon: Number(t.lon) };
});

describe('check-in from the phone', () => {
  it('late inside the radius, outside with the distance, offline and back online: each result shown at once, nothing doubled', async () => {
    const page = await halamanMasuk(env, nipAsn, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, permissions: ['geolocation'],
      geolocation: { latitude: kantor.lat + 0.0003, longitude: kantor.lon, accuracy: 12 } });
    const ctx = page.context();
    await page.goto('/presensi');
    await expect.poll(async () => page.getByText('Titik presensi Anda').innerText(), { timeout: 15_000 }).toContain('Kantor BKPSDM');
    await periksaAxe(page, { main: true });
    // The app is installable: its manifest and service worker are served.
    expect(await page.evaluate(async () => (await (await fetch('/manifest.webmanifest')).json()).start_url)).toBe('/presensi');
    expect(await page.evaluate(async () => (await fetch('/sw.js')).status)).toBe(200);

    await pukul('07:42', ctx);
    await page.getByRole('button', { name: 'Presensi Masuk' }).click();
    const hasil = page.getByTestId('hasil-presensi');
    await expect.poll(async () => hasil.innerText(), { timeout: 15_000 }).toContain('Terlambat 12 menit (TL1)');
    expect(await hasil.innerText()).toContain(`Keterlambatan ini tidak dihitung bila Anda pulang paling cepat pukul ${JUMAT ? '16.42' : '16.12'}.`);
    await periksaAxe(page, { main: true });

    await pukul('07:50', ctx);
    await ctx.setGeolocation({ latitude: kantor.lat, longitude: kantor.lon - 0.02, accuracy: 10 });
    await page.getByRole('button', { name: 'Presensi Masuk' }).click();
    await expect.poll(async () => hasil.innerText(), { timeout: 15_000 }).toMatch(/Di luar radius: 2\.\d{3} m dari Kantor BKPSDM/);

    // No signal: the check-out is kept on the phone with the time of the tap.
    await pukul('09:30', ctx);
    await ctx.setGeolocation({ latitude: kantor.lat + 0.0002, longitude: kantor.lon, accuracy: 15 });
    await ctx.setOffline(true);
    await expect.poll(async () => page.getByTestId('status-sinyal').innerText(), { timeout: 15_000 }).toBe('Tanpa sinyal');
    await page.getByRole('button', { name: 'Presensi Pulang' }).click();
    await expect.poll(async () => page.getByTestId('info-presensi').innerText(), { timeout: 15_000 }).toContain(
      'Tidak ada sinyal. Presensi pulang pukul 09.30 disimpan di ponsel ini',
    );
    expect(await page.getByTestId('antrian-presensi').innerText()).toContain('Presensi pulang pukul 09.30');
    expect(await env.db.one(sql`select count(*)::int as n from presensi where jenis = 'pulang' and tanggal = ${HARI} and luring`)).toEqual({ n: 0 });
    await periksaAxe(page, { main: true });

    // Back online twelve minutes later: sent by itself, judged at the time of the tap.
    await pukul('09:42', ctx);
    await ctx.setOffline(false);
    await expect.poll(async () => hasil.innerText(), { timeout: 15_000 }).toContain(PULANG_CEPAT);
    expect(await hasil.innerText()).toContain('Dibuat tanpa sinyal pukul 09.30 dan diterima server 12 menit kemudian.');
    await expect.poll(async () => page.getByTestId('antrian-presensi').count(), { timeout: 15_000 }).toBe(0);
    const r = await env.db.many<{ luring: boolean, selisih: number }>(sql`
      select r.luring, extract(epoch from r.waktu_terima - r.waktu_perangkat)::int / 60 as selisih from presensi r join pegawai p on p.id = r.pegawai_id
       where p.nip = ${nipAsn} and r.tanggal = ${HARI} and r.jenis = 'pulang'`);
    expect(r).toEqual([{ luring: true, selisih: 12 }]);
    // Today's list: the late check-in, the attempt outside, the offline check-out; the first phone bound itself.
    await expect.poll(async () => page.getByTestId('presensi-hari-ini').locator('li').count(), { timeout: 15_000 }).toBe(3);
    expect(await env.db.one(sql`select count(*)::int as n from perangkat_presensi d join pegawai p on p.id = d.pegawai_id where p.nip = ${nipAsn} and d.status = 'aktif'`)).toEqual(
      { n: 1 },
    );
  });
});

describe('review and dashboard', () => {
  it("the admin OPD sees the planted fraud patterns with their evidence, decides one, and today's attendance", async () => {
    await pukul('16:30');
    const page = await halamanMasuk(env, 'admin.bkpsdm', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto('/presensi/tinjau');
    const antrian = page.getByTestId('antrian-sinyal');
    await expect.poll(async () => antrian.innerText(), { timeout: 15_000 }).toContain('Koordinat sama dipakai banyak orang');
    expect(await antrian.innerText()).toMatch(/yang sama persis dipakai [56] orang/);
    await page.getByLabel('Jenis sinyal').selectOption('kecepatan_mustahil');
    await expect.poll(async () => antrian.innerText(), { timeout: 15_000 }).toMatch(/Berpindah \d+(,\d)? km dalam \d+ menit \([\d.]+ km\/jam; batas 200 km\/jam\)/);
    await periksaAxe(page, { main: true });
    await page.getByRole('button', { name: /^Putuskan sinyal Perpindahan terlalu cepat/ }).first().click();
    await page.getByLabel('Keputusan').selectOption('pelanggaran');
    await page.getByRole('button', { name: 'Simpan keputusan' }).click();
    await expect.poll(async () => page.getByText('catatan pelanggaran minimal 5 karakter').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.getByLabel('Catatan').fill('Mengaku memakai aplikasi lokasi palsu saat klarifikasi');
    await page.getByRole('button', { name: 'Simpan keputusan' }).click();
    await page.getByLabel('Status', { exact: true }).selectOption('pelanggaran');
    await expect.poll(async () => antrian.innerText(), { timeout: 15_000 }).toContain('Mengaku memakai aplikasi lokasi palsu saat klarifikasi');

    await page.goto('/presensi/hari-ini');
    await expect.poll(async () => page.getByTestId('jumlah-hadir').innerText(), { timeout: 15_000 }).not.toBe('0');
    expect(Number(await page.getByTestId('jumlah-terlambat').innerText())).toBeGreaterThanOrEqual(1);
    await periksaAxe(page, { main: true });
  });
});
