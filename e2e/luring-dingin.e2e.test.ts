import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { halamanMasuk, lingkunganBerkas, masuk } from './harness.ts';

/**
 * The PWA opened with no signal and no session (a cold start): the cached shell shows a clear
 * Indonesian message and the check-ins queued on the phone; when the signal returns, the login
 * leads to the attendance page, which sends them (recorded as made offline). Nothing is lost.
 */
const env = lingkunganBerkas();

describe('cold start offline', () => {
  it('shows the queued check-ins without a session and sends them after the login', async () => {
    const nip = env.akun.find((a) => a.peran.length === 1 && a.peran[0] === 'asn')!.namaPengguna;
    const t = await env.db.one<{ lat: number, lon: number }>(sql`select lat, lon from titik_presensi where nama = 'Kantor BKPSDM'`);
    const page = await halamanMasuk(env, nip, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, permissions: ['geolocation'],
      geolocation: { latitude: Number(t.lat) + 0.0003, longitude: Number(t.lon), accuracy: 12 } });
    const ctx = page.context();
    await page.goto('/presensi');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Under the service worker's control, so that the shell and the scripts are cached.
    await page.reload();
    await page.getByRole('button', { name: 'Presensi Masuk' }).waitFor();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    await ctx.setOffline(true);
    await page.getByRole('button', { name: 'Presensi Masuk' }).click();
    await expect.poll(async () => page.getByTestId('antrian-presensi').innerText(), { timeout: 15_000 }).toContain('Presensi masuk');

    // The session ends (cookie gone) and the app is opened again with no signal.
    await ctx.clearCookies();
    await page.goto('/presensi').catch(() => {});
    const luring = page.getByTestId('luring-tanpa-sesi');
    await luring.waitFor({ timeout: 15_000 });
    expect(await luring.innerText()).toContain('Anda belum masuk dan perangkat ini sedang tidak tersambung ke internet');
    expect(await page.getByTestId('antrian-luring').innerText()).toMatch(/Presensi masuk pukul \d{2}\.\d{2}, \d{1,2} [A-Z][a-z]+ \d{4} \(dibuat tanpa sinyal\)/);
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).include('main').analyze();
    expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    expect(await env.db.one(sql`select count(*)::int as n from presensi r join pegawai p on p.id = r.pegawai_id where p.nip = ${nip} and r.luring`)).toEqual({ n: 0 });

    // Signal again: the login page, then the attendance page sends what waited, as made offline.
    await ctx.setOffline(false);
    // The page asks again by itself on the browser's "online" event; "Coba lagi" does the same.
    if (await luring.isVisible()) await luring.getByRole('button', { name: 'Coba lagi' }).click().catch(() => {});
    await page.waitForURL('**/masuk', { timeout: 15_000 });
    await masuk(page, nip);
    await page.waitForURL('**/presensi');
    await expect.poll(async () =>
      (await env.db.one<{ n: number }>(sql`
      select count(*)::int as n from presensi r join pegawai p on p.id = r.pegawai_id where p.nip = ${nip} and r.luring and r.jenis = 'masuk'`)).n, { timeout: 20_000 }).toBe(1);
    await expect.poll(async () => page.getByTestId('antrian-presensi').count(), { timeout: 15_000 }).toBe(0);
  });
});
