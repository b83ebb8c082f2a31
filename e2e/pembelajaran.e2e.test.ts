import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sql } from '@simasn/db';
import { halamanMasuk, lingkunganBerkas, nilaiIpAsn } from './harness.ts';

/**
 * Issue 13 "done when" (the course half), end to end in Chromium: BKD builds a short course in the
 * editor (a reading and a one-item quiz, 20 JP, counted by IP ASN as diklat teknis) and publishes
 * it; an ASN on a phone enrols, reads the module, fails then passes the quiz, and gets the
 * certificate; the riwayat diklat on Data Saya shows the course, "Pengembangan Kompetensi Saya"
 * counts its 20 JP, the public verification page (no login) says it is valid, and the ASN's IP ASN
 * as the BKD reads it rises. Screenshots with SIMASN_SHOTS=<folder>.
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

async function polos(page: Page) {
  const teks = await page.locator('main').innerText();
  expect(teks).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b|undefined|null|NaN/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
}

const ipAsn = (page: Page, unitId: number, tahun: number, nip: string) => nilaiIpAsn(page, unitId, tahun, nip, 'Kompetensi');

describe('kursus e-learning sampai sertifikat, riwayat diklat, 20 JP dan IP ASN', () => {
  test('BKD menerbitkan kursus; ASN di ponsel menyelesaikannya; sertifikat, riwayat, JP dan IP ASN mengikutinya', async () => {
    const tahun = Number(new Date(env.sekarang()).toISOString().slice(0, 4));
    // An ASN (PNS, not an atasan) with no diklat teknis of 20 JP in the last 12 months: the course raises their IP ASN.
    const calon = env.akun.filter((a) => /^\d{18}$/.test(a.namaPengguna) && !a.peran.includes('atasan')).map((a) => a.namaPengguna);
    const asnDb = await env.db.one<{ id: number, unitId: number, nip: string }>(sql`
      select p.id::int as id, p.unit_id::int as "unitId", p.nip from pegawai p
       where p.nip = any(${calon}) and p.status_kepegawaian = 'PNS' and p.kedudukan = 'aktif'
         and not exists (select 1 from riwayat_diklat d where d.pegawai_id = p.id and d.jenis = 'teknis' and coalesce(d.jumlah_jp, 0) >= 20
                           and d.tanggal_selesai > ${new Date(env.sekarang()).toISOString().slice(0, 10)}::date - interval '12 months')
       order by p.nip limit 1`);

    const bkd = await halamanMasuk(env, 'admin.bkd', DESKTOP);
    const [kompetensiSebelum, totalSebelum] = await ipAsn(bkd, asnDb.unitId, tahun, asnDb.nip);

    // 1. BKD builds the course in the editor and publishes it.
    await bkd.goto('/pembelajaran/kelola/baru');
    await bkd.locator('#k-kode').fill('ETIKA-E2E');
    await bkd.locator('#k-judul').fill('Etika Pelayanan Publik');
    await bkd.locator('#k-jp').fill('20');
    await bkd.locator('#k-ipasn').selectOption('teknis');
    await bkd.getByRole('button', { name: 'Tambah bacaan' }).click();
    await bkd.locator('#m-0-judul').fill('Standar pelayanan');
    await bkd.locator('#m-0-isi').fill('Standar pelayanan memuat persyaratan, prosedur, waktu, biaya, produk, dan pengaduan.');
    await bkd.getByRole('button', { name: 'Tambah kuis' }).click();
    await bkd.locator('#m-1-judul').fill('Kuis akhir');
    await bkd.locator('#m-1-s-0').fill('Yang termasuk komponen standar pelayanan adalah');
    await bkd.getByLabel('Pilihan 1', { exact: true }).fill('Waktu penyelesaian');
    await bkd.getByLabel('Pilihan 2', { exact: true }).fill('Warna seragam');
    await bkd.getByRole('button', { name: 'Simpan kursus' }).click();
    await bkd.getByText('Kursus disimpan.').waitFor();
    await bkd.getByRole('button', { name: 'Terbitkan' }).click();
    await bkd.getByText('Kursus diterbitkan: ASN sasaran kini dapat mengikutinya.').waitFor();
    await foto(bkd, 'kursus-sunting');

    // 2. The ASN on a phone: catalogue, enrol, read, fail then pass the quiz.
    const asn = await halamanMasuk(env, asnDb.nip, PONSEL);
    await asn.goto('/pembelajaran');
    await asn.getByRole('link', { name: 'Etika Pelayanan Publik' }).click();
    await asn.getByRole('button', { name: 'Ikuti kursus' }).click();
    await asn.getByRole('button', { name: 'Tandai selesai' }).click();
    await expect.poll(() => asn.getByTestId('modul-kursus').first().getAttribute('class')).toContain('selesai');
    await polos(asn);
    await foto(asn, 'kursus-modul');
    const soal = asn.getByTestId('soal-kuis');
    await soal.getByLabel('Warna seragam').check();
    await asn.getByRole('button', { name: 'Kirim jawaban' }).click();
    await expect.poll(() => asn.getByTestId('hasil-kuis').innerText()).toContain('Belum mencapai nilai lulus');
    await soal.getByLabel('Waktu penyelesaian').check();
    await asn.getByRole('button', { name: 'Kirim jawaban' }).click();
    const sertifikat = asn.getByTestId('sertifikat');
    await expect.poll(() => sertifikat.innerText()).toContain('20 JP tercatat di riwayat diklat Anda');
    await polos(asn);
    await foto(asn, 'kursus-selesai');
    const kode = (await sertifikat.getByRole('link', { name: 'Halaman verifikasi' }).getAttribute('href'))!.split('/').pop()!;
    const pdf = await asn.request.get((await sertifikat.getByRole('link', { name: 'Unduh sertifikat (PDF)' }).getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // 3. The riwayat diklat and the 20 JP.
    await asn.goto('/saya?tab=diklat');
    await expect.poll(() => asn.locator('#panel-tab').innerText()).toContain('Etika Pelayanan Publik');
    await asn.goto('/pembelajaran/saya');
    await expect.poll(() => asn.getByTestId('tabel-jp-saya').innerText()).toContain('Etika Pelayanan Publik');
    const jp = await env.db.one<{ n: number }>(sql`select coalesce(sum(jumlah_jp), 0)::int as n from riwayat_diklat
      where pegawai_id = ${asnDb.id} and extract(year from tanggal_selesai) = ${tahun}`);
    expect(await asn.getByTestId('jp-tahun-ini').innerText()).toBe(`${jp.n},00 JP`);
    await polos(asn);
    await foto(asn, 'jp-saya');
    // A training taken elsewhere: proposed for recognition, on its way to BKD with the certificate to attach.
    await asn.getByRole('button', { name: 'Ajukan pengakuan diklat dari luar SIMASN' }).click();
    const form = asn.getByRole('form', { name: 'Ajukan pengakuan diklat' });
    await form.getByRole('button', { name: 'Lanjut: lampirkan sertifikat' }).click();
    await expect.poll(() => form.innerText()).toContain('nama diklat wajib diisi');
    await form.locator('#dl-nama').fill('Bimtek Pelayanan Prima');
    await form.locator('#dl-penyelenggara').fill('BPSDM Provinsi');
    await form.locator('#dl-mulai').fill(`02/02/${tahun}`);
    await form.locator('#dl-selesai').fill(`03/02/${tahun}`);
    await form.locator('#dl-jp').fill('16');
    await form.locator('#dl-nomor').fill('BPSDM/2026/0012');
    await form.getByRole('button', { name: 'Lanjut: lampirkan sertifikat' }).click();
    await asn.waitForURL(/\/layanan\/usulan\/\d+$/);
    await expect.poll(() => asn.locator('main').innerText()).toContain('Sertifikat/STTPP');
    await foto(asn, 'diklat-luar');

    // 4. The public verification page, without a session.
    const tamu = await (await env.konteks(PONSEL)).newPage();
    await tamu.goto(`/verifikasi-sertifikat/${kode}`);
    await expect.poll(() => tamu.getByTestId('hasil-verifikasi').innerText()).toContain('Sertifikat ini sah');
    expect(await tamu.getByTestId('hasil-verifikasi').innerText()).toContain('Etika Pelayanan Publik');
    await foto(tamu, 'verifikasi');

    // 5. The IP ASN as the BKD reads it rises by the diklat teknis points.
    const [kompetensiSesudah, totalSesudah] = await ipAsn(bkd, asnDb.unitId, tahun, asnDb.nip);
    expect(kompetensiSesudah).toBeGreaterThan(kompetensiSebelum);
    expect(totalSesudah).toBeCloseTo(totalSebelum + (kompetensiSesudah - kompetensiSebelum), 2);

    // 6. BKD's 20 JP list finds the ASN meeting the target.
    await bkd.goto(`/pembelajaran/jp?q=${asnDb.nip}`);
    await expect.poll(() => bkd.getByTestId('tabel-jp').innerText()).toContain('Memenuhi');
    await bkd.goto('/pembelajaran/jp?saring=kurang');
    await bkd.getByTestId('tabel-jp').waitFor();
    await polos(bkd);
    await foto(bkd, 'jp-pegawai');

    // 7. BKD revokes the certificate (checked, then confirmed): the public page, opened again, shows it revoked with the day.
    await bkd.goto('/pembelajaran/kelola');
    const cabut = bkd.getByRole('form', { name: 'Cabut sertifikat' });
    await cabut.getByLabel('Kode verifikasi sertifikat').fill(kode);
    await cabut.getByLabel('Alasan pencabutan').fill('Peserta terbukti tidak mengikuti kursus sendiri.');
    await cabut.getByRole('button', { name: 'Periksa sertifikat' }).click();
    await expect.poll(() => cabut.getByTestId('konfirmasi-cabut').innerText()).toContain('Etika Pelayanan Publik');
    await cabut.getByTestId('konfirmasi-cabut').getByRole('button', { name: 'Cabut sertifikat' }).click();
    await expect.poll(() => cabut.innerText()).toMatch(/dicabut pada \d{1,2} \S+ \d{4}; riwayat diklat 20 JP dihapus\./);
    await tamu.reload();
    await expect.poll(() => tamu.getByTestId('hasil-verifikasi').innerText()).toMatch(/Sertifikat ini sudah dicabut pada \d{1,2} \S+ \d{4} dan tidak berlaku\./);
    expect(await tamu.getByTestId('hasil-verifikasi').innerText()).not.toContain('Sertifikat ini sah');
    await polos(tamu);
    await foto(tamu, 'verifikasi-dicabut');
  });
});
