import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hariIniIso, ZONA_BAWAAN } from '@simasn/domain';
import { bacaDocx, bacaPdf } from '@simasn/platform/dokumen/baca';
import { apiGet, halamanMasuk, lingkunganBerkas } from './harness.ts';

/**
 * Issue 12 items 2-4 in Chromium: the ASN (on a phone) links an approved daily activity to an RHK
 * of the agreed SKP and downloads the SKP document; the atasan (desktop) opens the periodic
 * evaluation page, rates the current quarter against the realisasi so far and makes it final;
 * the ASN sees it and downloads the evaluation as PDF and DOCX. With SIMASN_SHOTS=<folder>
 * screenshots at 390 and 1280 px.
 */
const env = lingkunganBerkas();
const PONSEL = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };

async function foto(page: Page, nama: string) {
  const folder = process.env.SIMASN_SHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: `${folder}/${nama}-${page.viewportSize()?.width ?? 0}.png`, fullPage: true });
}

/** A state-changing API call with the page's session (and its CSRF token). */
async function api<T>(page: Page, method: string, url: string, data?: unknown): Promise<T> {
  const { csrfToken } = await apiGet<{ csrfToken: string }>(page, '/api/auth/sesi');
  const r = await page.request.fetch(url, { method, data, headers: { 'x-csrf-token': csrfToken } });
  if (!r.ok()) throw new Error(`${method} ${url}: ${r.status()} ${await r.text()}`);
  return (await r.json()) as T;
}

interface Skp {
  id: number;
  versi: number;
  status: string;
  pegawai: { nama: string };
  rhk: { id: number, akarId: number, uraian: string }[];
}

async function berkas(page: Page, href: string): Promise<Buffer> {
  const r = await page.request.get(href);
  expect(r.status(), href).toBe(200);
  return r.body();
}

describe('SKP documents, periodic evaluation and daily activities', () => {
  test('ASN menautkan aktivitas ke RHK dan mengunduh SKP; atasan menilai triwulan berjalan; ASN mengunduh evaluasinya', async () => {
    const asnNip = env.akun.find((a) => /^\d{18}$/.test(a.namaPengguna) && !a.peran.some((p) => /atasan/i.test(p)))!.namaPengguna;
    const atasanNip = env.akun.find((a) => /^\d{18}$/.test(a.namaPengguna) && a.peran.some((p) => /atasan/i.test(p)))!.namaPengguna;
    const hariIni = hariIniIso(new Date(env.sekarang()), ZONA_BAWAAN);
    const tahun = Number(hariIni.slice(0, 4));
    const asn = await halamanMasuk(env, asnNip, PONSEL);
    const atasan = await halamanMasuk(env, atasanNip, DESKTOP);

    // Setup through the API: the ASN's SKP of the year agreed (whatever the demo already holds), and one approved activity today.
    let skp = (await apiGet<{ skp: Skp | null }>(asn, `/api/kinerja/saya?tahun=${tahun}`)).skp;
    if (!skp) skp = await api<Skp>(asn, 'POST', '/api/kinerja/skp', { tahun });
    if (skp.status === 'draf') {
      if (!skp.rhk.length) {
        const pilihan = await apiGet<{ rhkAtasan: { akarId: number }[] }>(asn, `/api/kinerja/skp/${skp.id}/pilihan-rhk`);
        skp = await api<Skp>(asn, 'POST', `/api/kinerja/skp/${skp.id}/rhk`, { versi: skp.versi, jenis: 'utama', uraian: 'Terverifikasinya berkas usulan kenaikan pangkat',
          rhkAtasanAkarId: pilihan.rhkAtasan[0]?.akarId ?? null,
          indikator: [{ aspek: 'kuantitas', uraian: 'Berkas yang diverifikasi', pendekatan: 'kuantitatif', targetMin: 120, satuan: 'berkas' }] });
      }
      skp = await api<Skp>(asn, 'POST', `/api/kinerja/skp/${skp.id}/ajukan`, { versi: skp.versi });
    }
    if (skp.status === 'diajukan') skp = await api<Skp>(atasan, 'POST', `/api/kinerja/skp/${skp.id}/setujui`, { versi: skp.versi, setuju: true });
    expect(skp.status).toBe('disetujui');
    const rhk = skp.rhk[0]!;
    const akt = await api<{ id: number }>(asn, 'POST', '/api/aktivitas', { tanggal: hariIni, uraian: 'Memverifikasi berkas usulan kenaikan pangkat', kuantitas: 7, satuan: 'berkas',
      jamMulai: '08:00', jamSelesai: '10:30' });
    await api(asn, 'POST', '/api/aktivitas/ajukan', { ids: [akt.id] });
    await api(atasan, 'POST', '/api/aktivitas/putuskan', { ids: [akt.id], keputusan: 'setujui' });

    // 1. The ASN links the activity to the RHK on a phone; it counts as evidence of its realisasi.
    await asn.goto(`/kinerja?tahun=${tahun}`);
    const kartu = asn.getByTestId('daftar-rhk').locator(':scope > li').filter({ hasText: rhk.uraian }).first();
    await kartu.getByRole('button', { name: 'Tautkan aktivitas harian' }).click();
    const form = asn.getByRole('form', { name: `Tautkan aktivitas harian ke ${rhk.uraian}` });
    await form.getByLabel(/Memverifikasi berkas usulan kenaikan pangkat/).check();
    await foto(asn, 'skpdok-tautkan');
    await form.getByRole('button', { name: /Tautkan 1 aktivitas/ }).click();
    await asn.getByText('1 aktivitas harian ditautkan').waitFor();
    await expect.poll(() => kartu.getByTestId('ringkas-aktivitas').innerText()).toContain('aktivitas harian disetujui');
    expect(await kartu.getByTestId('ringkas-aktivitas').innerText()).toContain('berkas');
    await foto(asn, 'skpdok-kinerja-saya');

    // 2. The SKP document from its download link: the official layout, opened as PDF and DOCX.
    const unduh = asn.getByTestId('kepala-skp');
    const pdf = await bacaPdf(await berkas(asn, (await unduh.getByTestId('unduh-rencana-tahunan-pdf').getAttribute('href'))!));
    const teks = pdf.halaman.join(' ');
    expect(teks).toContain('SASARAN KINERJA PEGAWAI');
    expect(teks).toContain(skp.pegawai.nama);
    expect(teks).toContain(rhk.uraian);
    expect(teks).toMatch(/Pegawai yang Dinilai,/);
    const docx = await bacaDocx(await berkas(asn, (await unduh.getByTestId('unduh-rencana-tahunan-docx').getAttribute('href'))!));
    expect(docx.teks).toContain('SASARAN KINERJA PEGAWAI');

    // 3. The atasan's periodic evaluation: the current quarter, the realisasi so far, then the rating.
    await atasan.goto(`/kinerja/evaluasi-periodik?tahun=${tahun}`);
    const baris = atasan.locator('tr').filter({ hasText: asnNip.slice(0, 8) });
    await baris.waitFor();
    expect(await baris.innerText()).toMatch(/Belum dinilai|draf/);
    await foto(atasan, 'skpdok-evaluasi-periodik');
    await atasan.setViewportSize({ width: 390, height: 844 });
    await foto(atasan, 'skpdok-evaluasi-periodik');
    await atasan.setViewportSize({ width: 1280, height: 900 });
    await baris.getByRole('link', { name: /Nilai|Buka/ }).click();
    const nilai = atasan.getByRole('form', { name: 'Nilai SKP' });
    await nilai.waitFor();
    const konteks = atasan.getByTestId('konteks-penilaian');
    await expect.poll(() => konteks.innerText()).toContain('aktivitas harian disetujui');
    const periode = await nilai.getByLabel(/^Periode/).inputValue();
    expect(periode).toMatch(/^tw[1-4]$/);
    await nilai.getByLabel('Alasan rating hasil kerja').fill('Verifikasi berkas sesuai target triwulan');
    await nilai.getByLabel('Alasan rating perilaku kerja').fill('Perilaku kerja sesuai ekspektasi');
    await nilai.getByLabel('Catatan periode (opsional)').fill('Pertahankan ketelitian verifikasi berkas');
    await nilai.getByRole('button', { name: 'Simpan penilaian' }).click();
    await atasan.getByText(/Penilaian disimpan sebagai draf: predikat Baik\./).waitFor();
    await foto(atasan, 'skpdok-nilai-triwulan');
    await nilai.getByRole('button', { name: /finalkan/i }).click();
    await atasan.getByText(/Penilaian Triwulan (I|II|III|IV) final: Baik\./).waitFor();

    // 4. The ASN sees the periodic rating and downloads the evaluation.
    await asn.reload();
    const penilaian = asn.getByTestId('penilaian-skp');
    await expect.poll(() => penilaian.innerText()).toMatch(/Penilaian Triwulan (I|II|III|IV): Baik/);
    expect(await penilaian.innerText()).toContain('Pertahankan ketelitian verifikasi berkas');
    await foto(asn, 'skpdok-penilaian-asn');
    await asn.setViewportSize({ width: 1280, height: 900 });
    await foto(asn, 'skpdok-penilaian-asn');
    const ev = await bacaPdf(await berkas(asn, (await asn.getByTestId(`unduh-evaluasi-${periode}-pdf`).getAttribute('href'))!));
    const t = ev.halaman.join(' ');
    expect(t).toContain('EVALUASI KINERJA PEGAWAI PERIODIK');
    expect(t).toContain('PREDIKAT KINERJA PEGAWAI');
    expect(t).toContain('Verifikasi berkas sesuai target triwulan');
    expect(t).toContain('aktivitas harian disetujui');
    expect(t).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b|undefined|null|NaN/);
    const evDocx = await bacaDocx(await berkas(asn, (await asn.getByTestId(`unduh-evaluasi-${periode}-docx`).getAttribute('href'))!));
    expect(evDocx.teks).toContain('RATING PERILAKU KERJA');
  });
});
