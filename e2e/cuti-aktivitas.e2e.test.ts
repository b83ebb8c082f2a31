import { describe, expect, test } from 'vitest';
import { sql } from '@simasn/db';
import { statusHariUsulan } from '@simasn/cuti';
import { foto, halamanMasuk, lingkunganBerkas, periksaAxe } from './harness.ts';

/**
 * SIPERLU leave and activities in Chromium at phone size: the ASN requests cuti tahunan (the
 * form counts the working days), the atasan approves it from the inbox and the day's status
 * (statusHariUsulan, what presensi reads) becomes cuti; the atasan then approves the team's
 * submitted activities in bulk after the confirmation dialog. Axe on every page on the way.
 * With SIMASN_SHOTS=<folder> the pages are also saved as screenshots at 390 and 1280 px.
 */
const env = lingkunganBerkas();
const PONSEL = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('cuti dan aktivitas harian', () => {
  test('ASN mengajukan cuti di ponsel, atasan menyetujui, status harinya berubah; atasan menyetujui aktivitas secara massal', async () => {
    const asnNip = env.akun.find((a) => /^\d{18}$/.test(a.namaPengguna) && !a.peran.some((p) => /atasan/i.test(p)))!.namaPengguna;
    const atasanNip = env.akun.find((a) => /^\d{18}$/.test(a.namaPengguna) && a.peran.some((p) => /atasan/i.test(p)))!.namaPengguna;
    const p = await env.db.one<{ id: number, instansiId: number, nama: string }>(sql`select id, instansi_id as "instansiId", nama from pegawai where nip = ${asnNip}`);

    // 1. The ASN requests two days of cuti tahunan on a phone.
    const asn = await halamanMasuk(env, asnNip, PONSEL);
    await asn.goto('/cuti');
    await asn.getByTestId('saldo-cuti').waitFor();
    const form = asn.getByRole('form', { name: 'Ajukan cuti atau izin' });
    await form.getByLabel('Jenis').selectOption('cuti_tahunan');
    await form.getByLabel('Mulai tanggal').fill('08/03/2030');
    await form.getByLabel('Sampai tanggal').fill('11/03/2030');
    // Friday to Monday: the weekend is not counted.
    await expect.poll(() => asn.getByTestId('pratinjau-cuti').innerText()).toContain('2 hari kerja dari 4 hari');
    await form.getByLabel('Alasan').fill('Menghadiri wisuda anak di Yogyakarta');
    await foto(asn, 'cuti-form');
    await form.getByRole('button', { name: 'Ajukan' }).click();
    await asn.getByText('Cuti tahunan 8 Maret 2030 s.d. 11 Maret 2030 diajukan; menunggu persetujuan atasan langsung.').waitFor();
    const kartu = asn.getByTestId('daftar-cuti-saya').locator('li').filter({ hasText: '8 Maret 2030' });
    await expect.poll(() => kartu.locator('.lencana').innerText()).toBe('Diproses');
    await periksaAxe(asn);
    await foto(asn, 'cuti-saya');
    expect(await statusHariUsulan(env.db, p.instansiId, [p.id], '2030-03-08', '2030-03-11')).toEqual([]);

    // 2. The atasan approves it from the inbox on a phone.
    const atasan = await halamanMasuk(env, atasanNip, PONSEL);
    await atasan.goto('/persetujuan');
    const permintaan = atasan.getByTestId('antrian-cuti').locator('li').filter({ hasText: '8 Maret 2030' });
    await permintaan.waitFor();
    expect(await permintaan.innerText()).toContain(p.nama);
    await periksaAxe(atasan);
    await foto(atasan, 'persetujuan');
    await permintaan.getByRole('button', { name: 'Setujui' }).click();
    const dialog = atasan.getByRole('dialog');
    await dialog.getByText('2 hari kerja').waitFor();
    await dialog.getByRole('button', { name: 'Setujui' }).click();
    await atasan.getByText(/disetujui\.$/).first().waitFor();
    const hari = await statusHariUsulan(env.db, p.instansiId, [p.id], '2030-03-08', '2030-03-11');
    expect(hari.map((h) => [h.tanggal, h.status, h.hariKerja])).toEqual([['2030-03-08', 'cuti', true], ['2030-03-09', 'cuti', false], ['2030-03-10', 'cuti', false], [
      '2030-03-11',
      'cuti',
      true,
    ]]);
    await asn.reload();
    await expect.poll(() => asn.getByTestId('daftar-cuti-saya').locator('li').filter({ hasText: '8 Maret 2030' }).locator('.lencana').innerText()).toBe('Disetujui');

    // 3. The team's submitted activities, approved in bulk after the confirmation.
    const antrian = atasan.getByTestId('antrian-aktivitas');
    await antrian.waitFor();
    const n = await antrian.locator('li').count();
    expect(n).toBeGreaterThan(1);
    await atasan.getByLabel(/Pilih semua/).check();
    await atasan.getByRole('button', { name: `Setujui (${n})` }).click();
    const d2 = atasan.getByRole('dialog', { name: `Setujui ${n} aktivitas?` });
    await d2.waitFor();
    await periksaAxe(atasan);
    await d2.getByRole('button', { name: `Setujui ${n} aktivitas` }).click();
    await atasan.getByText(`${n} aktivitas disetujui.`).waitFor();
    await atasan.getByText('Tidak ada aktivitas yang menunggu keputusan Anda.').waitFor();
    expect((await env.db.one<{ n: number }>(sql`select count(*)::int as n from aktivitas_harian where status = 'diajukan'`)).n).toBe(0);
  });

  test('halaman aktivitas harian dan yang belum mengisi, ponsel dan layar lebar', async () => {
    const asnNip = env.akun.find((a) => /^\d{18}$/.test(a.namaPengguna) && !a.peran.some((p) => /atasan/i.test(p)))!.namaPengguna;
    for (const ukuran of [PONSEL, { viewport: { width: 1280, height: 900 } }]) {
      const asn = await halamanMasuk(env, asnNip, ukuran);
      await asn.goto('/aktivitas');
      const form = asn.getByRole('form', { name: 'Catat aktivitas' });
      // Times as people write them (8.00, 07.00): the hint says so, and the field shows what it read.
      expect(await form.locator('#akt-mulai-petunjuk').innerText()).toBe('contoh 07.30');
      await form.getByLabel('Jam mulai').fill('8.00');
      await form.getByLabel('Jam selesai').fill('07.00');
      await form.getByLabel('Jam mulai').press('Tab');
      expect(await form.getByLabel('Jam mulai').inputValue()).toBe('08.00');
      await form.getByRole('button', { name: 'Simpan konsep' }).click();
      // The schema's messages beside their fields, nothing sent.
      await expect.poll(() => form.locator('#akt-selesai-salah').innerText()).toBe('jam selesai harus sesudah jam mulai');
      await periksaAxe(asn);
      await foto(asn, 'aktivitas');
      await asn.goto('/cuti');
      await asn.getByTestId('saldo-cuti').waitFor();
      await foto(asn, 'cuti-saya');
      const opd = await halamanMasuk(env, 'admin.bkpsdm', ukuran);
      await opd.goto('/aktivitas/belum-isi?tanggal=2026-10-28');
      await opd.getByTestId('tabel-belum-isi').waitFor();
      await periksaAxe(opd);
      await foto(opd, 'belum-isi');
      const atasanNip = env.akun.find((a) => /^\d{18}$/.test(a.namaPengguna) && a.peran.some((p) => /atasan/i.test(p)))!.namaPengguna;
      const atasan = await halamanMasuk(env, atasanNip, ukuran);
      await atasan.goto('/persetujuan');
      await atasan.getByRole('heading', { name: 'Aktivitas harian bawahan' }).waitFor();
      await foto(atasan, 'persetujuan-akhir');
    }
  });
});
