import { describe, expect, test } from 'vitest';
import { sql } from '@simasn/db';
import { foto, halamanMasuk, lingkunganBerkas, periksaAxe } from './harness.ts';

/**
 * The SKP journey in Chromium: the demo ASN (on a phone) drafts the SKP of the year from an RHK
 * of the atasan, with an indicator and its target, and signs it; the atasan finds it waiting in
 * the team view (desktop) and agrees; the ASN then sees it agreed and records a realisasi. Axe
 * on every page on the way; with SIMASN_SHOTS=<folder> screenshots at 390 and 1280 px.
 */
const env = lingkunganBerkas();
const PONSEL = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };

describe('SKP', () => {
  test('ASN menyusun SKP dari RHK atasan di ponsel dan menandatanganinya, atasan menyetujui, ASN mencatat realisasi', async () => {
    const asnNip = env.akun.find((a) => /^\d{18}$/.test(a.namaPengguna) && !a.peran.some((p) => /atasan/i.test(p)))!.namaPengguna;
    const atasanNip = env.akun.find((a) => /^\d{18}$/.test(a.namaPengguna) && a.peran.some((p) => /atasan/i.test(p)))!.namaPengguna;
    const tahun = Number(new Date(env.sekarang()).toISOString().slice(0, 4));

    // 1. The ASN drafts the SKP on a phone, the RHK intervening the atasan's.
    const asn = await halamanMasuk(env, asnNip, PONSEL);
    await asn.goto('/kinerja');
    await asn.getByRole('heading', { name: `Belum ada SKP tahun ${tahun}` }).waitFor();
    await periksaAxe(asn);
    await foto(asn, 'kinerja-kosong');
    await asn.getByRole('button', { name: `Susun SKP ${tahun}` }).click();
    const form = asn.getByRole('form', { name: 'Tambah rencana hasil kerja' });
    await form.waitFor();
    const pilihAtasan = form.getByLabel('RHK atasan yang diintervensi');
    await expect.poll(() => pilihAtasan.locator('option').count()).toBeGreaterThan(1);
    await pilihAtasan.selectOption({ index: 1 });
    await form.getByLabel('Rencana hasil kerja').fill('Tersusunnya analisis kebutuhan diklat teknis pegawai');
    // Saving without a target names the field.
    await form.getByRole('textbox', { name: 'Indikator', exact: true }).fill('Jumlah dokumen analisis kebutuhan diklat');
    await form.getByRole('button', { name: 'Simpan RHK' }).click();
    await form.locator('small.salah').filter({ hasText: 'isi target (angka)' }).waitFor();
    await form.getByRole('textbox', { name: 'Target', exact: true }).fill('4');
    await form.getByLabel('Satuan').fill('dokumen');
    await form.getByRole('button', { name: 'Simpan RHK' }).click();
    await asn.getByText('RHK ditambahkan.').waitFor();
    const rhk = asn.getByTestId('daftar-rhk').locator('li').filter({ hasText: 'Tersusunnya analisis kebutuhan diklat teknis pegawai' });
    await expect.poll(() => rhk.innerText()).toContain('4 dokumen');
    expect(await rhk.innerText()).toContain('Mengintervensi RHK atasan');
    await periksaAxe(asn);
    await foto(asn, 'kinerja-draf');
    await asn.getByRole('button', { name: 'Tandatangani dan ajukan ke penilai' }).click();
    await asn.getByText('SKP ditandatangani dan diajukan kepada pejabat penilai.').waitFor();
    await expect.poll(() => asn.getByTestId('kepala-skp').locator('.lencana').innerText()).toBe('Menunggu persetujuan penilai');

    // 2. The atasan finds it waiting in the team view and agrees.
    const atasan = await halamanMasuk(env, atasanNip, DESKTOP);
    await atasan.goto('/kinerja/tim');
    const baris = atasan.locator('tr').filter({ hasText: 'Menunggu persetujuan Anda' }).filter({ hasText: asnNip.slice(0, 8) });
    await baris.waitFor();
    await periksaAxe(atasan);
    await foto(atasan, 'kinerja-tim');
    await baris.getByRole('link', { name: 'Periksa' }).click();
    await atasan.getByRole('button', { name: 'Setujui SKP' }).waitFor();
    await periksaAxe(atasan);
    await foto(atasan, 'kinerja-periksa');
    await atasan.getByRole('button', { name: 'Setujui SKP' }).click();
    await atasan.getByText('SKP disetujui: rencana kinerja ini disepakati.').waitFor();
    const s = await env.db.one<{ status: string, penilai: string }>(sql`
      select s.status, pn.nip as penilai from skp s join pegawai p on p.id = s.pegawai_id join pegawai pn on pn.id = s.penilai_pegawai_id
       where p.nip = ${asnNip} and s.tahun = ${tahun}`);
    expect(s).toEqual({ status: 'disetujui', penilai: atasanNip });

    // 3. The ASN sees it agreed and records the realisasi of the first quarter.
    await asn.reload();
    await expect.poll(() => asn.getByTestId('kepala-skp').locator('.lencana').innerText()).toBe('Disepakati');
    await rhk.getByRole('button', { name: 'Catat realisasi' }).click();
    const real = asn.getByRole('form', { name: 'Realisasi Tersusunnya analisis kebutuhan diklat teknis pegawai' });
    await real.getByLabel('Periode').selectOption('tw1');
    await real.getByRole('textbox', { name: 'Realisasi', exact: true }).fill('1 dokumen analisis kebutuhan diklat selesai');
    await real.getByRole('button', { name: 'Simpan realisasi' }).click();
    await asn.getByText('Realisasi Triwulan I disimpan.').waitFor();
    await expect.poll(() => rhk.innerText()).toContain('1 dokumen analisis kebutuhan diklat selesai');
    await periksaAxe(asn);
    await foto(asn, 'kinerja-disepakati');

    // 4. The atasan rates the year with reasons; the distribution warning shows its numbers before the rating is final.
    await atasan.reload();
    const nilai = atasan.getByRole('form', { name: 'Nilai SKP' });
    await nilai.getByLabel('Rating hasil kerja', { exact: true }).selectOption('di_atas');
    await nilai.getByLabel('Alasan rating hasil kerja').fill('Target analisis kebutuhan diklat tercapai sebelum waktunya');
    await nilai.getByLabel('Alasan rating perilaku kerja').fill('Perilaku kerja sesuai ekspektasi');
    await nilai.getByRole('button', { name: 'Simpan penilaian' }).click();
    await atasan.getByText('Penilaian disimpan sebagai draf: predikat Baik.').waitFor();
    // Saved, the rating shows the distribution warning (before anything is final), and finalising becomes an explicit "anyway".
    const peringatan = atasan.getByTestId('peringatan-distribusi');
    // The only annual rating of the perangkat daerah: one Baik of one is above the 70% an organisation rated Baik allows.
    await peringatan.waitFor();
    expect(await peringatan.innerText()).toContain('tetapi ada 1 dari 1 pegawai (100%)');
    await periksaAxe(atasan);
    await foto(atasan, 'kinerja-peringatan');
    await nilai.getByRole('button', { name: 'Tetap finalkan' }).click();
    await atasan.getByText('Penilaian Tahunan final: Baik.').waitFor();
    expect(await env.db.one(sql`select r.predikat, r.sumber from riwayat_skp r join pegawai p on p.id = r.pegawai_id where p.nip = ${asnNip} and r.tahun = ${tahun}`)).toEqual({
      predikat: 'baik',
      sumber: 'skp',
    });
    await asn.reload();
    await expect.poll(() => asn.getByTestId('penilaian-skp').innerText()).toContain('Penilaian Tahunan: Baik');
    await periksaAxe(asn);
    await foto(asn, 'kinerja-predikat');
  });
});
