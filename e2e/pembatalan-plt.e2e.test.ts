import { describe, expect, test } from 'vitest';
import { sql } from '@simasn/db';
import { statusHariUsulan } from '@simasn/cuti';
import { foto, halamanMasuk, lingkunganBerkas, periksaAxe, pilihUnit } from './harness.ts';

/**
 * Cancelling an approved leave and naming a plt, in Chromium: the ASN asks on a phone to cancel
 * the last day of an approved leave, the atasan approves the cancellation from the inbox, the day
 * is no longer leave; admin BKD names a plt for a unit on the Pengganti Atasan page at desktop
 * width. Axe on every page on the way. With SIMASN_SHOTS=<folder> screenshots at 390 and 1280 px.
 */
const env = lingkunganBerkas();
const PONSEL = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };

describe('pembatalan cuti dan pengganti atasan', () => {
  test('ASN memohon pembatalan cuti yang disetujui, atasan menyetujuinya; admin menetapkan Plt.', async () => {
    const asnNip = env.akun.find((a) => /^\d{18}$/.test(a.namaPengguna) && !a.peran.some((p) => /atasan/i.test(p)))!.namaPengguna;
    const atasanNip = env.akun.find((a) => /^\d{18}$/.test(a.namaPengguna) && a.peran.some((p) => /atasan/i.test(p)))!.namaPengguna;
    const p = await env.db.one<{ id: number, instansiId: number }>(sql`select id, instansi_id as "instansiId" from pegawai where nip = ${asnNip}`);

    const asn = await halamanMasuk(env, asnNip, PONSEL);
    await asn.goto('/cuti');
    await asn.getByTestId('saldo-cuti').waitFor();
    const form = asn.getByRole('form', { name: 'Ajukan cuti atau izin' });
    await form.getByLabel('Jenis').selectOption('cuti_tahunan');
    await form.getByLabel('Mulai tanggal').fill('12/03/2031');
    await form.getByLabel('Sampai tanggal').fill('14/03/2031');
    await form.getByLabel('Alasan').fill('Mengantar orang tua berobat');
    await form.getByRole('button', { name: 'Ajukan' }).click();
    await asn.getByText(/Cuti tahunan 12 Maret 2031 s\.d\. 14 Maret 2031 diajukan/).waitFor();

    const atasan = await halamanMasuk(env, atasanNip, PONSEL);
    await atasan.goto('/persetujuan');
    const permintaan = atasan.getByTestId('antrian-cuti').locator('li').filter({ hasText: '12 Maret 2031' });
    await permintaan.getByRole('button', { name: 'Setujui' }).click();
    await atasan.getByRole('dialog').getByRole('button', { name: 'Setujui' }).click();
    await atasan.getByText(/disetujui\.$/).first().waitFor();

    // The ASN asks to be back at work on Friday 14 March.
    await asn.reload();
    const kartu = asn.getByTestId('daftar-cuti-saya').locator('li').filter({ hasText: '12 Maret 2031' });
    await kartu.getByRole('button', { name: 'Mohon pembatalan' }).click();
    const batal = kartu.getByRole('form');
    await batal.getByLabel('Kembali bekerja mulai').fill('14/03/2031');
    await batal.getByLabel('Alasan pembatalan').fill('Orang tua sudah pulih');
    await foto(asn, 'pembatalan-form');
    await batal.getByRole('button', { name: 'Kirim ke atasan' }).click();
    await kartu.getByTestId('status-pembatalan').getByText('Menunggu persetujuan atasan').waitFor();
    await periksaAxe(asn);
    await foto(asn, 'pembatalan-menunggu');

    await atasan.reload();
    const kotak = atasan.getByTestId('pembatalan-cuti').filter({ hasText: '14 Maret 2031' });
    expect(await kotak.innerText()).toContain('1 hari kerja kembali');
    await periksaAxe(atasan);
    await foto(atasan, 'persetujuan-pembatalan');
    await kotak.getByRole('button', { name: 'Setujui pembatalan' }).click();
    await atasan.getByRole('dialog').getByRole('button', { name: 'Setujui' }).click();
    await atasan.getByText(/1 hari kerja dikembalikan/).waitFor();
    const hari = await statusHariUsulan(env.db, p.instansiId, [p.id], '2031-03-12', '2031-03-14');
    expect(hari.map((h) => h.tanggal)).toEqual(['2031-03-12', '2031-03-13']);
    await asn.reload();
    await kartu.getByTestId('cuti-dibatalkan').waitFor();
    expect(await kartu.innerText()).toContain('semula sampai 14 Maret 2031');
    await foto(asn, 'pembatalan-disetujui');

    // Admin BKD names a plt for the atasan's unit at desktop width.
    const admin = await halamanMasuk(env, 'admin.bkd', DESKTOP);
    await admin.goto('/pengganti-atasan');
    const f = admin.getByRole('form', { name: 'Tetapkan pengganti' });
    const unit = await env.db.one<{ nama: string }>(sql`select u.nama from pegawai p join unit_organisasi u on u.id = p.unit_id where p.nip = ${atasanNip}`);
    await pilihUnit(f.getByLabel('Unit yang atasannya berhalangan'), unit.nama);
    await f.getByLabel('NIP atasan yang berhalangan').fill(atasanNip);
    await f.getByLabel('NIP pengganti').fill(asnNip);
    await f.getByLabel('Alasan').fill('Atasan mengikuti diklat kepemimpinan');
    await f.getByRole('button', { name: 'Simpan' }).click();
    await admin.getByTestId('daftar-pengganti').getByText('Atasan mengikuti diklat kepemimpinan', { exact: false }).waitFor();
    await periksaAxe(admin);
    await foto(admin, 'pengganti-atasan');
    // The plt reaches the away atasan's inbox from their own leave page.
    await asn.goto('/cuti');
    await asn.getByTestId('bertindak-sebagai').getByRole('link', { name: 'Buka persetujuan' }).click();
    await asn.waitForURL('**/persetujuan/pengganti');
    await asn.getByTestId('bertindak-sebagai').waitFor();
    await periksaAxe(asn);
    await foto(asn, 'persetujuan-plt');
  });
});
