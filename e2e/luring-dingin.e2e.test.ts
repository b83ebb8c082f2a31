import { describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { axe, halamanMasuk, lingkunganBerkas, masuk } from './harness.ts';

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
    // A page's request is sent while the worker starts (navigation preload), not after it has started.
    expect(await page.evaluate(async () => (await (await navigator.serviceWorker.ready).navigationPreload.getState()).enabled)).toBe(true);
    // The page's API calls go straight to the network (the worker's static route: it is not woken for
    // them); its scripts come through the worker's fetch handler, which keeps them for offline use.
    const sumber = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as (PerformanceResourceTiming & { workerMatchedSourceType?: string })[]).map((r) => ({
        jenis: new URL(r.name).pathname.split('/')[1],
        sumber: r.workerMatchedSourceType ?? '',
      }))
    );
    expect(new Set(sumber.filter((r) => r.jenis === 'api').map((r) => r.sumber))).toEqual(new Set(['network']));
    expect(new Set(sumber.filter((r) => r.jenis === 'assets').map((r) => r.sumber))).toEqual(new Set(['']));

    await ctx.setOffline(true);
    await page.getByRole('button', { name: 'Presensi Masuk' }).click();
    await expect.poll(async () => page.getByTestId('antrian-presensi').innerText(), { timeout: 15_000 }).toContain('Presensi masuk');

    // The session ends (cookie gone) and the app is opened again with no signal.
    await ctx.clearCookies();
    await page.goto('/presensi').catch(() => {});
    const luring = page.getByTestId('luring-tanpa-sesi');
    await luring.waitFor({ timeout: 15_000 });
    expect(await luring.innerText()).toContain('Anda belum masuk dan perangkat ini sedang tidak tersambung ke internet');
    expect(await page.getByTestId('antrian-luring').innerText()).toMatch(/Presensi masuk pukul \d{2}\.\d{2}, \d{1,2} [A-Z][a-z]+ \d{4} \(dibuat tanpa sinyal oleh .+\)/);
    const r = await axe(page).withTags(['wcag2a', 'wcag2aa']).include('main').analyze();
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

  it("a check-in queued by one user on a shared phone is never sent as the next user's: kept for its owner, sent when they log in, or removed", async () => {
    // Two of the demo BKPSDM's pegawai accounts (the atasan and the head; the plain ASN is the first test's).
    const pegawai = env.akun.filter((a) => /^\d{18}$/.test(a.namaPengguna) && a.peran.includes('atasan'));
    expect(pegawai.length).toBeGreaterThanOrEqual(2);
    const [a, b] = [pegawai[0]!.namaPengguna, pegawai[1]!.namaPengguna];
    const t = await env.db.one<{ lat: number, lon: number }>(sql`select lat, lon from titik_presensi where nama = 'Kantor BKPSDM'`);
    const page = await halamanMasuk(env, a, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, permissions: ['geolocation'],
      geolocation: { latitude: Number(t.lat) + 0.0003, longitude: Number(t.lon), accuracy: 12 } });
    const ctx = page.context();
    const luring = async (nip: string) =>
      (await env.db.one<{ n: number }>(sql`select count(*)::int as n from presensi r join pegawai p on p.id = r.pegawai_id where p.nip = ${nip} and r.luring`)).n;
    await page.goto('/presensi');
    await page.getByRole('button', { name: 'Presensi Masuk' }).waitFor();
    // User A checks in without signal: queued on the phone, with A as its owner.
    await ctx.setOffline(true);
    await page.getByRole('button', { name: 'Presensi Masuk' }).click();
    await expect.poll(async () => page.getByTestId('antrian-presensi').innerText(), { timeout: 15_000 }).toContain('Presensi masuk');
    expect(await page.evaluate(() =>
      new Promise<unknown[]>((lulus) => {
        const r = indexedDB.open('simasn-presensi');
        r.onsuccess = () => {
          const q = r.result.transaction('antrian').objectStore('antrian').getAll();
          q.onsuccess = () => lulus(q.result.map((x: { pemilik?: string }) => x.pemilik));
        };
      })
    )).toEqual([a]);

    // Signal back, but A hands the phone over first: A logs out, B logs in on the same phone.
    await ctx.clearCookies();
    await ctx.setOffline(false);
    await masuk(page, b);
    await page.goto('/presensi');
    const lain = page.getByTestId('antrian-pengguna-lain');
    await lain.waitFor({ timeout: 15_000 });
    expect(await lain.innerText()).toMatch(/Presensi masuk .+ \(\d{18}\) pukul \d{2}\.\d{2}/);
    expect(await lain.innerText()).toContain('tidak dikirim atas nama Anda');
    await page.getByRole('button', { name: 'Kirim sekarang' }).count().then((n) => expect(n).toBe(0));
    // Given time to send, nothing went out: neither as B's nor as A's.
    await page.waitForTimeout(1500);
    expect([await luring(a), await luring(b)]).toEqual([0, 0]);

    // B queues one too, then hands back to A: A's item goes out as A's, B's waits for B.
    await ctx.setOffline(true);
    await page.getByRole('button', { name: 'Presensi Masuk' }).click();
    await expect.poll(async () => page.getByTestId('antrian-presensi').innerText(), { timeout: 15_000 }).toContain('Presensi masuk');
    // B hands the phone back before the signal returns (B's own item would go out as B's once online).
    await ctx.clearCookies();
    await ctx.setOffline(false);
    await masuk(page, a);
    await page.goto('/presensi');
    await expect.poll(() => luring(a), { timeout: 20_000 }).toBe(1);
    await expect.poll(async () => page.getByTestId('antrian-presensi').count(), { timeout: 15_000 }).toBe(0);
    expect(await page.getByTestId('antrian-pengguna-lain').innerText()).toContain(`(${b})`);
    expect(await luring(b)).toBe(0);

    // A removes B's item by hand (after a confirmation): it is gone from the phone, never sent.
    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('antrian-pengguna-lain').getByRole('button', { name: 'Hapus' }).click();
    await expect.poll(async () => page.getByTestId('info-presensi').innerText()).toContain('dihapus dari ponsel ini tanpa dikirim');
    await expect.poll(async () => page.getByTestId('antrian-pengguna-lain').count()).toBe(0);
    await ctx.clearCookies();
    await masuk(page, b);
    await page.goto('/presensi');
    await page.getByRole('button', { name: 'Presensi Masuk' }).waitFor();
    await page.waitForTimeout(1500);
    expect(await luring(b)).toBe(0);
  });
});
