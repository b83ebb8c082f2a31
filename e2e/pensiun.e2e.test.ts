import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { formatTanggal, hariIniIso, ZONA_BAWAAN } from '@simasn/domain';
import { apiGet, halamanMasuk, lampirkanDanTeruskan, lingkunganBerkas, pdfSementara, tungguLangkah } from './harness.ts';

interface BarisPensiun {
  nip: string;
  nama: string;
  tmtPensiun: string;
  usulan: { id: number } | null;
}
interface Usulan {
  id: number;
  langkah: string;
  status: string;
  dokumen: { kode: string, label: string, wajib: boolean, terlampir: unknown }[];
  jejak: { keLangkah: string, waktu: string }[];
}

const env = lingkunganBerkas({ jumlahPegawai: 1500 });

const HARI_INI = hariIniIso(env.sekarang(), ZONA_BAWAAN);

async function bukaUsulan(page: Page, id: number) {
  await page.goto(`/simantun-tanduk?usulan=${id}`);
  await page.getByTestId('panel-usulan').waitFor();
}

describe('SIMANTUN TANDUK: dari daftar BUP sampai SK pensiun diserahkan', () => {
  test('ASN mengajukan, BKD memverifikasi, mengusulkan ke BKN, mencatat SK dan penyerahannya; setiap langkah bertanggal di linimasa ASN', async () => {
    // Someone on the BUP list without a request yet files their own pension.
    const bkd = await halamanMasuk(env, 'admin.bkd');
    const daftar = await apiGet<{ pegawai: BarisPensiun[] }>(bkd, '/api/pensiun');
    const calon = daftar.pegawai.find((p) => !p.usulan)!;
    expect(calon).toBeDefined();

    const asn = await halamanMasuk(env, calon.nip, { viewport: { width: 390, height: 844 } });
    await asn.goto('/simantun-tanduk');
    const baris = asn.getByTestId('daftar-bup').getByRole('row').filter({ hasText: calon.nama });
    await baris.waitFor({ timeout: 15_000 });
    await expect.poll(() => baris.innerText()).toContain(formatTanggal(calon.tmtPensiun));
    await baris.getByRole('button', { name: 'Ajukan pensiun' }).click();
    await asn.waitForURL(/usulan=\d+/);
    const id = Number(new URL(asn.url()).searchParams.get('usulan'));
    await tungguLangkah(asn, /Berkas pensiun/);

    // The file, uploaded once: only what the archive does not already hold.
    await lampirkanDanTeruskan(asn, id);
    await tungguLangkah(asn, /Verifikasi BKD/);
    await expect.poll(() => asn.getByTestId('pemeriksaan-keluarga').count()).toBe(1);

    // BKD verification from its queue.
    const verif = await halamanMasuk(env, 'verifikator');
    await verif.goto('/simantun-tanduk');
    await verif.getByTestId('antrian-pensiun').first().getByRole('link', { name: String(id), exact: true }).click();
    await tungguLangkah(verif, /Verifikasi BKD/);
    // The verifier opens the uploaded documents: a preview inside the page, and a download.
    const dok = verif.getByTestId('dokumen-dpcp');
    await dok.getByRole('button', { name: /^Lihat / }).click();
    const src = await verif.getByTestId('pratinjau-dokumen').getAttribute('src');
    const pdf = await verif.request.get(src!);
    expect([pdf.status(), pdf.headers()['content-type'], pdf.headers()['x-frame-options']]).toEqual([200, 'application/pdf', 'SAMEORIGIN']);
    expect(await dok.getByRole('link', { name: 'Unduh' }).getAttribute('download')).toBeTruthy();
    // Family data differing from the register: Teruskan waits for a note, which the history keeps.
    const rinci = await apiGet<{ data: { pemeriksaanKeluarga?: { selisih: unknown[] } } }>(verif, `/api/layanan/usulan/${id}`);
    const catatan = 'Selisih data keluarga sudah dicek dengan akta kelahiran';
    if (rinci.data.pemeriksaanKeluarga?.selisih.length) {
      await verif.getByTestId('tanda-usulan').waitFor();
      expect(await verif.getByRole('button', { name: 'Teruskan' }).isDisabled()).toBe(true);
      await verif.getByLabel(/Catatan atau alasan/).fill(catatan);
    }
    await verif.getByRole('button', { name: 'Teruskan' }).click();
    await tungguLangkah(verif, /Usulan ke BKN/);
    if (rinci.data.pemeriksaanKeluarga?.selisih.length) expect(await verif.getByTestId('jejak-layanan').innerText()).toContain(catatan);

    // The usulan to BKN from the generic request page: the step's fields come from the engine,
    // and a missing one is named under its input.
    await bkd.goto(`/layanan/usulan/${id}`);
    await bkd.getByLabel('Nomor usulan/registrasi BKN').fill('BKN-E2E-0001');
    await bkd.getByRole('button', { name: 'Teruskan' }).click();
    await expect.poll(() => bkd.locator('.salah').allInnerTexts()).toEqual(['Tanggal usulan ke BKN wajib diisi']);
    await bkd.getByLabel('Tanggal usulan ke BKN').fill(HARI_INI);
    await bkd.getByRole('button', { name: 'Teruskan' }).click();
    await expect.poll(() => bkd.getByTestId('data-langkah').innerText().catch(() => ''), { timeout: 15_000 }).toContain('BKN-E2E-0001');
    expect(await bkd.getByTestId('data-langkah').innerText()).toContain(formatTanggal(HARI_INI));

    // The SK with its document and the handover, on the service's own page.
    await bukaUsulan(bkd, id);
    await tungguLangkah(bkd, /SK pensiun terbit/);
    await bkd.getByLabel('Unggah SK pensiun dari BKN').setInputFiles(pdfSementara('sk-pensiun.pdf'));
    await expect.poll(() => bkd.getByTestId('dokumen-sk_pensiun').innerText(), { timeout: 10_000 }).toContain('diunggah');
    await bkd.getByLabel('Nomor SK pensiun').fill('00042/KEP/AY/13001/26');
    await bkd.getByLabel('Tanggal SK pensiun').fill(HARI_INI);
    await bkd.getByRole('button', { name: 'Teruskan' }).click();
    await tungguLangkah(bkd, /Penyerahan SK/);
    await bkd.getByLabel('Tanggal penyerahan SK').fill(HARI_INI);
    await bkd.getByLabel('Diterima oleh').fill(calon.nama);
    await bkd.getByRole('button', { name: 'Teruskan' }).click();
    await tungguLangkah(bkd, /Pensiun berlaku/);

    // The ASN sees every step with its date, and the SK.
    await bukaUsulan(asn, id);
    await expect.poll(() => asn.getByTestId('sk-pensiun').innerText()).toContain('00042/KEP/AY/13001/26');
    // The timeline: six dated transitions; every step shows the date it was reached.
    await expect.poll(() => asn.getByTestId('jejak-layanan').getByRole('listitem').count()).toBe(6);
    const langkah = await asn.locator('.langkah-layanan li').allInnerTexts();
    expect(langkah.map((t) => t.split('\n')[0])).toEqual(['Berkas pensiun', 'Verifikasi BKD', 'Usulan ke BKN', 'SK pensiun terbit', 'Penyerahan SK', 'Pensiun berlaku (TMT)']);
    for (const t of langkah) expect(t).toMatch(/\d{4}/);
    const akhir = await apiGet<Usulan>(asn, `/api/layanan/usulan/${id}`);
    expect(akhir.jejak.map((j) => j.keLangkah)).toEqual(['pengajuan', 'verifikasi', 'usulan_bkn', 'sk', 'penyerahan', 'tmt']);
    expect(akhir.jejak.every((j) => !!j.waktu)).toBe(true);
  });
});
