import { mkdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { samarkanNik } from '@simasn/domain';
import { apiGet, halamanMasuk, lingkunganBerkas } from './harness.ts';

interface UsulanPensiun {
  id: number;
  nama: string;
  data: { pemeriksaanKeluarga?: { nikPegawai: string | null, selisih: { nik: string | null }[] } };
}

const env = lingkunganBerkas({ jumlahPegawai: 1500 });
const FOLDER_GAMBAR = process.env.FOLDER_GAMBAR_E2E;

/** Every API answer the page receives, as text. */
function rekamJawaban(page: Page): string[] {
  const semua: string[] = [];
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) void r.text().then((t) => semua.push(t), () => {});
  });
  return semua;
}

describe('data pribadi: satu aturan penyamaran', () => {
  test('pimpinan membuka usulan pensiun dan melihat NIK tersamar; verifikator melihatnya utuh', async () => {
    // A pension request of the demo that went through the family check (its data holds the NIKs).
    const verif = await halamanMasuk(env, 'verifikator');
    const daftar = await apiGet<{ items: UsulanPensiun[] }>(verif, '/api/layanan/usulan?jenis=pensiun&limit=200');
    const u = daftar.items.find((x) => x.data.pemeriksaanKeluarga?.nikPegawai)!;
    expect(u).toBeDefined();
    const nik = u.data.pemeriksaanKeluarga!.nikPegawai!;
    expect(nik).toMatch(/^\d{16}$/);

    for (const lebar of [1280, 390]) {
      const pimpinan = await halamanMasuk(env, 'pimpinan', { viewport: { width: lebar, height: lebar > 400 ? 900 : 844 } });
      const jawaban = rekamJawaban(pimpinan);
      await pimpinan.goto(`/simantun-tanduk?usulan=${u.id}`);
      await expect.poll(() => pimpinan.getByTestId('panel-usulan').innerText().catch(() => ''), { timeout: 20_000 }).toContain(`NIK pegawai: ${samarkanNik(nik)}`);
      expect(await pimpinan.content()).not.toContain(nik);
      // Nothing the browser received carries a NIK in clear (the request's data, its list, the profile).
      await pimpinan.goto(`/pegawai/${(await apiGet<{ nip: string }>(verif, `/api/layanan/usulan/${u.id}`)).nip}`);
      await pimpinan.getByRole('heading', { level: 1 }).waitFor();
      expect(jawaban.length).toBeGreaterThan(3);
      expect(jawaban.filter((t) => /(?<![0-9A-Za-z]|\d[.,])\d{16}(?![0-9A-Za-z])/.test(t))).toEqual([]);
      if (FOLDER_GAMBAR) {
        mkdirSync(FOLDER_GAMBAR, { recursive: true });
        await pimpinan.goto(`/simantun-tanduk?usulan=${u.id}`);
        await pimpinan.getByTestId('nik-pemeriksaan').waitFor();
        await pimpinan.getByTestId('pemeriksaan-keluarga').scrollIntoViewIfNeeded();
        await pimpinan.screenshot({ path: `${FOLDER_GAMBAR}/pimpinan-pensiun-${lebar}.png`, fullPage: true });
      }
    }

    // Who may see the employee's personal data sees it in clear.
    await verif.goto(`/simantun-tanduk?usulan=${u.id}`);
    await expect.poll(() => verif.getByTestId('panel-usulan').innerText().catch(() => ''), { timeout: 20_000 }).toContain(`NIK pegawai: ${nik}`);
  });
});
